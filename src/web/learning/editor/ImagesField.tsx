import { Button, FileInput, Group, Image, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/form.js';
import { imageUrl, useUploadImage } from '../api.js';
import { useEditor } from './context.js';
import { type ImageDraft, removeAt, replaceAt } from './draft.js';
import { LocalTextField } from './TextFields.js';

const ACCEPT = 'image/png,image/jpeg,image/webp';
const MAX_BYTES = 5 * 1024 * 1024;

/** A lesson's images: uploaded at once (the course must be saved first), each with its description per language. */
export function ImagesField({ path, images, onChange }: { path: string; images: ImageDraft[]; onChange: (next: ImageDraft[]) => void }) {
  const { t } = useTranslation(['learning', 'common']);
  const editor = useEditor();
  const errorText = useErrorText();
  const [progress, setProgress] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const courseId = editor.courseId;
  const upload = useUploadImage(courseId ?? '', setProgress);

  const add = (file: File | null) => {
    setProblem(null);
    if (!file) return;
    if (!ACCEPT.split(',').includes(file.type) || file.size > MAX_BYTES) {
      setProblem(t('editor.addImageHint'));
      return;
    }
    setProgress(0);
    upload.mutate(file, {
      onSuccess: (fileId) => onChange([...images, { fileId, alt: {} }]),
      onError: (cause) => setProblem(errorText(cause)),
    });
  };

  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('editor.images')}
      </Text>
      {images.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('editor.imagesNone')}
        </Text>
      ) : null}
      {images.map((image, i) => (
        <Group key={image.fileId} align="flex-start" wrap="wrap" gap="sm" data-testid="lesson-image">
          {courseId ? <Image src={imageUrl(courseId, image.fileId)} alt="" w={96} h={72} fit="contain" radius="sm" /> : null}
          <Stack gap={4} flex={1} miw={200}>
            <LocalTextField
              label={t('editor.imageAlt', { n: i + 1 })}
              description={t('editor.imageAltHint')}
              path={`${path}.${i}.alt`}
              value={image.alt}
              onChange={(alt) => onChange(replaceAt(images, i, { ...image, alt }))}
              required
            />
            {editor.error(`${path}.${i}.fileId`) ? (
              <Text size="sm" c="red.8" role="alert" data-testid="image-error">
                {editor.error(`${path}.${i}.fileId`)}
              </Text>
            ) : null}
            <Button
              size="compact-sm"
              variant="default"
              color="red.9"
              w="fit-content"
              aria-label={t('editor.removeImage', { n: i + 1 })}
              onClick={() => {
                editor.clear(path);
                onChange(removeAt(images, i));
              }}
            >
              {t('editor.removeShort')}
            </Button>
          </Stack>
        </Group>
      ))}
      {courseId ? (
        <>
          <FileInput
            label={t('editor.addImage')}
            description={t('editor.addImageHint')}
            placeholder={t('editor.chooseImage')}
            accept={ACCEPT}
            value={null}
            onChange={add}
            error={problem ?? undefined}
            disabled={upload.isPending || images.length >= 20}
            maw={360}
          />
          {upload.isPending ? (
            <Stack gap={4} maw={360}>
              <Progress value={Math.round(progress * 100)} aria-label={t('editor.uploading', { percent: progress })} animated />
              <Text size="sm" role="status">
                {t('editor.uploading', { percent: progress })}
              </Text>
            </Stack>
          ) : null}
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('editor.imagesSaveFirst')}
        </Text>
      )}
    </Stack>
  );
}
