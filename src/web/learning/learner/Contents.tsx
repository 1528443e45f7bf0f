import { Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LearnerCourse } from '../../../core/learning/course.js';
import { localOf } from '../local.js';

/** The course's modules and lessons, each lesson marked when done; the current one marked as the page. */
export function Contents({
  course,
  language,
  completed,
  currentId,
  onOpen,
}: {
  course: LearnerCourse;
  language: string;
  completed: readonly string[];
  currentId: string | undefined;
  onOpen: (lessonId: string) => void;
}) {
  const { t } = useTranslation('learning');
  const fallback = course.defaultLanguage;
  return (
    <nav aria-labelledby="course-contents" data-testid="course-contents">
      <Text fw={700} id="course-contents" mb="xs">
        {t('learn.contents')}
      </Text>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {course.modules.map((m) => (
          <li key={m.id}>
            <Text size="sm" fw={600}>
              {localOf(m.title, language, fallback)}
            </Text>
            <Stack component="ol" gap={2} p={0} m={0} mt={4} style={{ listStyle: 'none' }}>
              {m.lessons.map((l) => {
                const done = completed.includes(l.id);
                const current = l.id === currentId;
                return (
                  <li key={l.id}>
                    <UnstyledButton
                      onClick={() => onOpen(l.id)}
                      aria-current={current ? 'step' : undefined}
                      data-testid="contents-lesson"
                      data-done={done || undefined}
                      px="xs"
                      py={4}
                      w="100%"
                      style={{
                        borderRadius: 4,
                        background: current ? 'var(--mantine-color-blue-light)' : undefined,
                        fontWeight: current ? 700 : undefined,
                      }}
                    >
                      <Text span size="sm" c={done ? 'teal.9' : undefined} aria-hidden="true" mr={6}>
                        {done ? '✓' : '○'}
                      </Text>
                      <Text span size="sm">
                        {localOf(l.title, language, fallback)}
                      </Text>
                      {done ? <VisuallyHidden> {t('learn.done')}</VisuallyHidden> : null}
                    </UnstyledButton>
                  </li>
                );
              })}
            </Stack>
          </li>
        ))}
      </Stack>
    </nav>
  );
}
