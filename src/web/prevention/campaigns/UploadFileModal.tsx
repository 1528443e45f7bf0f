import { Button, FileInput, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityFileView } from '../../../core/prevention/campaign.js';
import { useErrorText } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { useUploadFile } from './api.js';
import { checkActivityFile, FILE_ACCEPT } from './logic.js';

/** A photo or a file of an activity: its type and size checked before anything is sent, with progress. */
export function UploadFileModal({
  campaignId,
  activityId,
  onClose,
  onUploaded,
}: {
  campaignId: string;
  activityId: string;
  onClose: () => void;
  onUploaded: (file: ActivityFileView) => void;
}) {
  const { t } = useTranslation(['campaigns', 'common']);
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const upload = useUploadFile(campaignId, setProgress);

  const problemOf = (f: File | null) => {
    if (!f) return t('common:validation.chooseOne');
    const check = checkActivityFile(f);
    return check.ok ? undefined : t(`files.problem.${check.problem}`);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const problem = problemOf(file);
    const check = file ? checkActivityFile(file) : null;
    if (problem || !file || !check?.ok) {
      setError(problem);
      return;
    }
    setProgress(0);
    upload.mutate(
      { activityId, file, name: file.name, mediaType: check.mediaType },
      { onSuccess: onUploaded, onError: (cause) => setFormError(errorText(cause)) },
    );
  };

  return (
    <Modal
      opened
      onClose={upload.isPending ? () => undefined : onClose}
      title={t('files.uploadTitle')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <FileInput
            label={t('files.file')}
            description={t('files.fileHint')}
            placeholder={t('files.choose')}
            accept={FILE_ACCEPT}
            value={file}
            onChange={(next) => {
              setFile(next);
              setError(next ? problemOf(next) : undefined);
            }}
            error={error}
            required
            clearable
            clearButtonProps={{ 'aria-label': t('files.clear') }}
            data-testid="activity-file-input"
          />
          {upload.isPending ? (
            <Stack gap={4}>
              <Progress value={Math.round(progress * 100)} aria-label={t('files.progress', { percent: progress })} animated />
              <Text size="sm" role="status">
                {t('files.progress', { percent: progress })}
              </Text>
            </Stack>
          ) : null}
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={upload.isPending}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={upload.isPending}>
              {t('files.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
