import { Anchor, Image, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { imageUrl } from '../api.js';
import { lessonBlocks } from '../blocks.js';
import { localOf } from '../local.js';
import type { LearnerLesson } from './flow.js';

/** A lesson's text (paragraphs and lists, as text: never HTML), its images through the API, its video as a link. */
export function LessonContent({ courseId, lesson, language, fallback }: { courseId: string; lesson: LearnerLesson; language: string; fallback: string }) {
  const { t } = useTranslation('learning');
  const blocks = lessonBlocks(localOf(lesson.body, language, fallback));
  return (
    <Stack gap="sm" data-testid="lesson-content">
      {blocks.map((b, i) =>
        b.kind === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of one text, in order
          <Text key={i} style={{ whiteSpace: 'pre-line' }}>
            {b.text}
          </Text>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of one text, in order
          <List key={i} spacing={4}>
            {b.items.map((item, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the items of one list, in order
              <List.Item key={j}>{item}</List.Item>
            ))}
          </List>
        ),
      )}
      {lesson.images.map((image) => (
        <Image
          key={image.fileId}
          src={imageUrl(courseId, image.fileId)}
          alt={localOf(image.alt, language, fallback)}
          maw={720}
          fit="contain"
          radius="sm"
          data-testid="lesson-image"
        />
      ))}
      {lesson.videoUrl ? (
        <Anchor href={lesson.videoUrl} target="_blank" rel="noreferrer" w="fit-content" data-testid="lesson-video">
          {t('learn.video')}
        </Anchor>
      ) : null}
    </Stack>
  );
}
