import { Alert, Anchor, Button, Grid, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { EnrolmentView, LearnerCourse } from '../../../core/learning/course.js';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { isApiError } from '../../api/client.js';
import { useErrorText } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useFormat } from '../../i18n/format.js';
import { LANGUAGE_NAMES } from '../../i18n/languages.js';
import { useEnrol, useEnrolments, useLearnerCourse, useProgress } from '../api.js';
import { courseLanguage, localOf } from '../local.js';
import { Completion } from './Completion.js';
import { Contents } from './Contents.js';
import { currentStep, stepsOf } from './flow.js';
import { LessonContent } from './LessonView.js';
import { QuizView } from './QuizView.js';

/** `/learning/courses/:id`: a learner starts a course, follows it lesson by lesson, resumes, takes its quizzes. */
export function CoursePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('learning');
  const errorText = useErrorText();
  const enrolments = useEnrolments();
  const enrolment = enrolments.data?.items.find((e) => e.courseId === id);
  const course = useLearnerCourse(id, enrolment?.courseVersion, enrolments.isSuccess);

  const back = (
    <Anchor component={Link} to="/learning" size="sm" mb="xs" display="inline-block">
      {t('learn.back')}
    </Anchor>
  );
  if (enrolments.error || course.error) {
    const error = enrolments.error ?? course.error;
    return (
      <>
        {back}
        <PageHeader title={t('learn.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(error, 'not_found') ? t('learn.notFound') : errorText(error)}
        </Alert>
      </>
    );
  }
  if (!course.data) return <PageLoader />;
  const view = course.data;
  const language = enrolment?.language ?? courseLanguage(view, i18n.language);
  const title = localOf(view.title, language, view.defaultLanguage);
  return (
    <>
      {back}
      <PageHeader title={title} intro={t('by', { organisation: view.orgName })} />
      {enrolment ? <Following course={view} enrolment={enrolment} /> : <Enrol course={view} />}
    </>
  );
}

/** What the course is, and the choice of its language to start it in. */
function Enrol({ course }: { course: LearnerCourse }) {
  const { t, i18n } = useTranslation('learning');
  const errorText = useErrorText();
  const format = useFormat();
  const enrol = useEnrol(course.id);
  const [language, setLanguage] = useState<UiLanguage>(courseLanguage(course, i18n.language) as UiLanguage);
  const text = (x: Record<string, string>) => localOf(x, language, course.defaultLanguage);
  const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
  return (
    <Paper withBorder p="md" maw={720}>
      <Stack gap="sm">
        {text(course.summary) ? <Text style={{ whiteSpace: 'pre-line' }}>{text(course.summary)}</Text> : null}
        {text(course.audience) ? <Fact label={t('learn.audience')} value={text(course.audience)} /> : null}
        <Fact
          label={t('learn.length')}
          value={[course.minutes ? t('minutes', { minutes: course.minutes }) : null, t('lessonsCount', { count: lessons })].filter(Boolean).join(' · ')}
        />
        <Fact label={t('learn.languages')} value={format.list(course.languages.map((l) => LANGUAGE_NAMES[l]))} />
        <form
          onSubmit={(event) => {
            event.preventDefault();
            enrol.mutate(language);
          }}
        >
          <Stack gap="sm">
            {course.languages.length > 1 ? (
              <NativeSelect
                label={t('learn.language')}
                description={t('learn.languageHint')}
                value={language}
                data={course.languages.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
                onChange={(event) => setLanguage(event.currentTarget.value as UiLanguage)}
                maw={320}
              />
            ) : null}
            <FormAlert message={enrol.error ? errorText(enrol.error) : null} />
            <Button type="submit" w="fit-content" loading={enrol.isPending}>
              {t('learn.enrol')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Text size="sm">
      <Text span fw={600} size="sm">
        {label}
      </Text>{' '}
      {value}
    </Text>
  );
}

/** The course being followed: contents, one lesson at a time, Previous and Next, and the end. */
function Following({ course, enrolment }: { course: LearnerCourse; enrolment: EnrolmentView }) {
  const { t } = useTranslation('learning');
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const progress = useProgress(enrolment.id);
  const headingRef = useRef<HTMLHeadingElement | null>(null);
  const steps = useMemo(() => stepsOf(course), [course]);
  const step = currentStep(steps, params.get('lesson'), enrolment);
  const language = enrolment.language;
  const fallback = course.defaultLanguage;
  const lesson = step?.lesson;
  const done = lesson ? enrolment.completedLessons.includes(lesson.id) : false;

  // Where the learner is: recorded when a lesson not yet done is opened, so that they resume there.
  const recorded = useRef<string | null>(null);
  const { mutate } = progress;
  useEffect(() => {
    if (!lesson || done || recorded.current === lesson.id || enrolment.lastLessonId === lesson.id) return;
    recorded.current = lesson.id;
    mutate({ lessonId: lesson.id, completed: false });
  }, [lesson, done, enrolment.lastLessonId, mutate]);

  if (!step || !lesson) return null;
  const open = (lessonId: string) => {
    setParams({ lesson: lessonId });
    requestAnimationFrame(() => headingRef.current?.focus());
  };
  const previous = steps[step.index - 1];
  const next = steps[step.index + 1];

  const goNext = () => {
    if (lesson.quiz || done) {
      if (next) open(next.lesson.id);
      return;
    }
    progress.mutate({ lessonId: lesson.id, completed: true }, { onSuccess: () => (next ? open(next.lesson.id) : undefined) });
  };

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 2, md: 1 }}>
        <Paper withBorder p="sm">
          <Contents course={course} language={language} completed={enrolment.completedLessons} currentId={lesson.id} onOpen={open} />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 1, md: 2 }}>
        <Stack gap="md">
          {enrolment.status === 'completed' ? <Completion enrolment={enrolment} /> : null}
          <Stack gap="md" component="article" aria-labelledby="lesson-title" data-testid="lesson" lang={language}>
            <Stack gap={0}>
              <Text size="sm" c="dimmed">
                {t('learn.where', {
                  module: localOf(course.modules[step.moduleIndex]?.title ?? {}, language, fallback),
                  n: step.index + 1,
                  total: steps.length,
                })}
              </Text>
              <Title order={2} id="lesson-title" ref={headingRef} tabIndex={-1}>
                {localOf(lesson.title, language, fallback)}
              </Title>
            </Stack>
            <LessonContent courseId={course.id} lesson={lesson} language={language} fallback={fallback} />
            {lesson.quiz ? <QuizView key={lesson.id} enrolment={enrolment} lesson={lesson} quiz={lesson.quiz} language={language} fallback={fallback} /> : null}
          </Stack>
          {done && !lesson.quiz ? (
            <Text size="sm" c="teal.9">
              {t('learn.lessonDone')}
            </Text>
          ) : null}
          <FormAlert message={progress.error ? errorText(progress.error) : null} />
          <Group justify="space-between" data-testid="lesson-navigation">
            {previous ? (
              <Button variant="default" onClick={() => open(previous.lesson.id)}>
                {t('learn.previous')}
              </Button>
            ) : (
              <span />
            )}
            {next ? (
              <Button onClick={goNext} loading={progress.isPending}>
                {t('learn.next')}
              </Button>
            ) : !lesson.quiz && !done ? (
              <Button onClick={goNext} loading={progress.isPending}>
                {t('learn.finish')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
