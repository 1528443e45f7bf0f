import { Alert, Button, Checkbox, Fieldset, List, Radio, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttemptView, EnrolmentView } from '../../../core/learning/course.js';
import { chosenFor } from '../../../core/learning/grading.js';
import { focusFirstError, useErrorText } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { useAttempt } from '../api.js';
import { localOf } from '../local.js';
import type { LearnerLesson } from './flow.js';
import { bestScoreOf, quizPassed } from './flow.js';

type Quiz = NonNullable<LearnerLesson['quiz']>;

/** A lesson's quiz: one answer (radio) or several (checkboxes) per question; the graded attempt with its feedback. */
export function QuizView({
  enrolment,
  lesson,
  quiz,
  language,
  fallback,
}: {
  enrolment: EnrolmentView;
  lesson: LearnerLesson;
  quiz: Quiz;
  language: string;
  fallback: string;
}) {
  const { t } = useTranslation('learning');
  const errorText = useErrorText();
  const ref = useRef<HTMLFormElement | null>(null);
  const resultRef = useRef<HTMLDivElement | null>(null);
  const attempt = useAttempt(enrolment.id);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<AttemptView | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const text = (texts: Record<string, string>) => localOf(texts, language, fallback);
  const best = bestScoreOf(enrolment, lesson.id);
  const passed = quizPassed(lesson, enrolment);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const blank = new Set(quiz.questions.filter((q) => chosenFor(answers, q.id).length === 0).map((q) => q.id));
    setMissing(blank);
    if (blank.size > 0) {
      focusFirstError(ref.current);
      return;
    }
    attempt.mutate(
      { lessonId: lesson.id, answers },
      {
        onSuccess: (a) => {
          setResult(a);
          requestAnimationFrame(() => resultRef.current?.focus());
        },
        onError: (cause) => setFormError(errorText(cause)),
      },
    );
  };

  const retry = () => {
    setResult(null);
    setAnswers({});
    setMissing(new Set());
  };

  const set = (questionId: string, chosen: string[]) => {
    setAnswers((a) => ({ ...a, [questionId]: chosen }));
    setMissing((m) => {
      if (!m.has(questionId)) return m;
      const next = new Set(m);
      next.delete(questionId);
      return next;
    });
  };

  const graded = (questionId: string) => result?.questions.find((q) => q.id === questionId);

  return (
    <Stack gap="sm" component="section" aria-labelledby="quiz-title" data-testid="quiz">
      <Title order={3} size="h4" id="quiz-title">
        {t('learn.quiz.title')}
      </Title>
      <Text size="sm">
        {t('learn.quiz.intro', { count: quiz.questions.length, passMark: quiz.passMark })}
        {quiz.maxAttempts ? ` ${t('learn.quiz.attemptsLimit', { max: quiz.maxAttempts })}` : ''}
      </Text>
      {passed ? (
        <Text size="sm" c="teal.9" fw={600} data-testid="quiz-passed">
          {t('learn.quiz.alreadyPassed')}
          {best !== undefined ? ` ${t('learn.quiz.bestScore', { score: best })}` : ''}
        </Text>
      ) : best !== undefined ? (
        <Text size="sm">{t('learn.quiz.bestScore', { score: best })}</Text>
      ) : null}
      <form ref={ref} onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          {quiz.questions.map((q, qi) => {
            const chosen = [...chosenFor(answers, q.id)];
            const error = missing.has(q.id) ? (q.kind === 'multiple' ? t('learn.quiz.chooseSeveral') : t('learn.quiz.chooseOne')) : undefined;
            const g = graded(q.id);
            const options = q.options.map((o) => ({ value: o.id, label: text(o.text) }));
            const legend = `${qi + 1}. ${text(q.prompt)}`;
            return (
              <Fieldset key={q.id} legend={legend} disabled={result !== null} data-testid="quiz-question">
                {q.kind === 'multiple' ? (
                  <Checkbox.Group
                    value={chosen}
                    onChange={(v) => set(q.id, v)}
                    error={error}
                    description={t('learn.quiz.chooseSeveral')}
                    aria-label={text(q.prompt)}
                  >
                    <Stack gap="xs" mt="xs">
                      {options.map((o) => (
                        <Checkbox key={o.value} value={o.value} label={o.label} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                ) : (
                  <Radio.Group
                    value={chosen[0] ?? null}
                    onChange={(v) => set(q.id, [v])}
                    error={error}
                    description={t('learn.quiz.chooseOne')}
                    aria-label={text(q.prompt)}
                    name={`q-${q.id}`}
                  >
                    <Stack gap="xs" mt="xs">
                      {options.map((o) => (
                        <Radio key={o.value} value={o.value} label={o.label} />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
                {g ? (
                  <Stack gap={4} mt="xs" data-testid="question-result">
                    <Text fw={700} c={g.correct ? 'teal.9' : 'red.9'}>
                      {g.correct ? t('learn.quiz.right') : t('learn.quiz.wrong')}
                    </Text>
                    {g.feedback.length > 0 ? (
                      <List size="sm" spacing={2}>
                        {g.feedback.map((f, i) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: feedback texts in order
                          <List.Item key={i}>{f}</List.Item>
                        ))}
                      </List>
                    ) : null}
                  </Stack>
                ) : null}
              </Fieldset>
            );
          })}
          <FormAlert message={formError} />
          {result ? null : (
            <Button type="submit" w="fit-content" loading={attempt.isPending}>
              {t('learn.quiz.submit')}
            </Button>
          )}
        </Stack>
      </form>
      {result ? (
        <div ref={resultRef} tabIndex={-1} data-testid="attempt-result">
          <Alert color={result.passed ? 'teal' : 'red'} variant="light" title={t('learn.quiz.score', { score: result.score })}>
            <Stack gap={6}>
              <Text>{result.passed ? t('learn.quiz.passed', { passMark: quiz.passMark }) : t('learn.quiz.failed', { passMark: quiz.passMark })}</Text>
              {result.attemptsLeft !== null ? <Text size="sm">{t('learn.quiz.attemptsLeft', { left: result.attemptsLeft })}</Text> : null}
              {result.attemptsLeft === 0 ? null : (
                <Button variant="default" w="fit-content" onClick={retry}>
                  {t('learn.quiz.again')}
                </Button>
              )}
            </Stack>
          </Alert>
        </div>
      ) : null}
    </Stack>
  );
}
