import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEditor } from './context.js';
import { emptyQuestion, move, nextId, type QuizDraft, removeAt, replaceAt } from './draft.js';
import { QuestionFields } from './QuestionFields.js';
import { NumberText } from './TextFields.js';

/** A lesson's quiz: pass mark, attempts, questions. */
export function QuizFields({ path, quiz, onChange }: { path: string; quiz: QuizDraft; onChange: (next: QuizDraft) => void }) {
  const { t } = useTranslation('learning');
  const editor = useEditor();
  const questionsError = editor.error(`${path}.questions`);
  return (
    <Stack gap="sm" data-testid="quiz">
      <Title order={5}>{t('editor.quiz')}</Title>
      <Group align="flex-start" wrap="wrap">
        <NumberText
          label={t('editor.passMark')}
          description={t('editor.passMarkHint')}
          path={`${path}.passMark`}
          value={quiz.passMark}
          onChange={(passMark) => onChange({ ...quiz, passMark })}
        />
        <NumberText
          label={t('editor.maxAttempts')}
          description={t('editor.maxAttemptsHint')}
          path={`${path}.maxAttempts`}
          value={quiz.maxAttempts}
          onChange={(maxAttempts) => onChange({ ...quiz, maxAttempts })}
        />
      </Group>
      {quiz.questions.map((q, qi) => (
        <QuestionFields
          key={q.id}
          path={`${path}.questions.${qi}`}
          index={qi}
          count={quiz.questions.length}
          question={q}
          onChange={(next) => onChange({ ...quiz, questions: replaceAt(quiz.questions, qi, next) })}
          onMove={(delta) => {
            editor.clear(`${path}.questions`);
            onChange({ ...quiz, questions: move(quiz.questions, qi, delta) });
          }}
          onRemove={() => {
            editor.clear(`${path}.questions`);
            onChange({ ...quiz, questions: removeAt(quiz.questions, qi) });
          }}
        />
      ))}
      {questionsError ? (
        <Text size="sm" c="red.8" role="alert">
          {questionsError}
        </Text>
      ) : null}
      <Button
        variant="light"
        w="fit-content"
        disabled={quiz.questions.length >= 50}
        onClick={() =>
          onChange({
            ...quiz,
            questions: [
              ...quiz.questions,
              emptyQuestion(
                nextId(
                  'question',
                  quiz.questions.map((x) => x.id),
                ),
              ),
            ],
          })
        }
      >
        {t('editor.addQuestion')}
      </Button>
    </Stack>
  );
}
