import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CourseSummary } from '../../core/learning/learner-view.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { LANGUAGE_NAMES } from '../i18n/languages.js';
import { certificateUrl, useAddStarter, useCourses } from './api.js';
import { catalogueSections, learnable as canLearn } from './catalogue.js';
import { InviteLearner } from './InviteLearner.js';
import { localOf } from './local.js';

/** `/learning`: the network's published courses with the user's progress; for trainers, their drafts. */
export function CoursesPage() {
  const { t } = useTranslation('learning');
  const errorText = useErrorText();
  const permissions = useMe().data?.permissions ?? [];
  const courses = useCourses();
  const starter = useAddStarter();
  const [note, setNote] = useState<string | null>(null);
  const canWrite = permissions.includes('courses:write');
  const canInvite = permissions.includes('learners:invite');

  const actions = canWrite ? (
    <>
      <Button component={Link} to="/learning/courses/new">
        {t('list.new')}
      </Button>
      <Button
        variant="default"
        loading={starter.isPending}
        onClick={() => {
          setNote(null);
          starter.mutate(undefined, { onSuccess: () => setNote(t('list.starterAdded')) });
        }}
      >
        {t('list.starter')}
      </Button>
    </>
  ) : null;

  const items = courses.data?.items ?? [];
  const { network: published, preparing } = catalogueSections(items);

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} actions={actions} />
      <Stack gap="xl">
        <SuccessNote message={note} />
        <FormAlert message={starter.error ? errorText(starter.error) : null} />
        {courses.isPending ? <PageLoader /> : null}
        {courses.error ? (
          <Alert color="red" role="alert">
            {errorText(courses.error)}
          </Alert>
        ) : null}
        {courses.data ? (
          <Stack component="section" aria-labelledby="network-courses" gap="sm">
            <Title order={2} size="h3" id="network-courses">
              {t('list.network')}
            </Title>
            {published.length === 0 ? (
              <Text c="dimmed" data-testid="courses-empty">
                {t('list.empty')}
              </Text>
            ) : (
              <CourseCards items={published} label={t('list.label')} canStats={permissions.includes('courses:stats')} />
            )}
          </Stack>
        ) : null}
        {courses.data && canWrite ? (
          <Stack component="section" aria-labelledby="draft-courses" gap="sm">
            <Title order={2} size="h3" id="draft-courses">
              {t('list.drafts')}
            </Title>
            {preparing.length === 0 ? (
              <Text c="dimmed">{t('list.draftsEmpty')}</Text>
            ) : (
              <CourseCards items={preparing} label={t('list.draftsLabel')} canStats={permissions.includes('courses:stats')} />
            )}
          </Stack>
        ) : null}
        {canInvite ? <InviteLearner /> : null}
      </Stack>
    </>
  );
}

function CourseCards({ items, label, canStats }: { items: readonly CourseSummary[]; label: string; canStats: boolean }) {
  const { t, i18n } = useTranslation('learning');
  const format = useFormat();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={label} data-testid="course-list">
      {items.map((c) => {
        const title = localOf(c.title, i18n.language, c.defaultLanguage);
        const summary = localOf(c.summary, i18n.language, c.defaultLanguage);
        const e = c.enrolment;
        const learnable = canLearn(c);
        return (
          <Card key={c.id} component="li" withBorder padding="sm" data-testid="course-row">
            <Stack gap={6}>
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <Stack gap={0}>
                  <Title order={3} size="h4">
                    {learnable ? (
                      <Anchor component={Link} to={`/learning/courses/${c.id}`} inherit>
                        {title}
                      </Anchor>
                    ) : (
                      title
                    )}
                  </Title>
                  <Text size="sm" c="dimmed">
                    {t('by', { organisation: c.orgName })}
                  </Text>
                </Stack>
                <Group gap="xs">
                  {c.status === 'published' ? null : (
                    <Badge variant="outline" color="gray.8" style={{ textTransform: 'none' }}>
                      {t(`status.${c.status}`)}
                    </Badge>
                  )}
                  {e?.status === 'completed' ? (
                    <Badge color="teal.9" style={{ textTransform: 'none' }} data-testid="course-completed">
                      {t('list.completed')}
                    </Badge>
                  ) : null}
                </Group>
              </Group>
              {summary ? <Text size="sm">{summary}</Text> : null}
              <Fact label={t('list.languages')} value={format.list(c.languages.map((l) => LANGUAGE_NAMES[l]))} />
              <Fact
                label={t('list.length')}
                value={[c.minutes ? t('minutes', { minutes: c.minutes }) : null, t('lessonsCount', { count: c.lessons })].filter(Boolean).join(' · ')}
              />
              {learnable ? (
                <Fact
                  label={t('list.progress')}
                  value={
                    !e
                      ? t('list.notStarted')
                      : e.status === 'completed'
                        ? t('list.completedOn', { date: format.date(e.completedAt ?? e.startedAt) })
                        : t('list.progressValue', { done: e.completedLessons.length, total: c.lessons })
                  }
                  testId="course-progress"
                />
              ) : null}
              {c.editable && c.version !== null && c.changedSincePublished ? (
                <Text size="sm" c="dimmed">
                  {t('list.changed', { version: c.version })}
                </Text>
              ) : null}
              <Group gap="xs" wrap="wrap">
                {learnable && e?.status !== 'completed' ? (
                  <Button
                    component={Link}
                    to={`/learning/courses/${c.id}`}
                    size="compact-md"
                    aria-label={e ? t('list.continueNamed', { title }) : t('list.startNamed', { title })}
                  >
                    {e ? t('list.continue') : t('list.start')}
                  </Button>
                ) : null}
                {e?.status === 'completed' && e.certificateCode ? (
                  <Anchor href={certificateUrl(e.id)} size="sm" download aria-label={t('list.certificateNamed', { title })}>
                    {t('list.certificate')}
                  </Anchor>
                ) : null}
                {c.editable ? (
                  <Anchor component={Link} to={`/learning/courses/${c.id}/edit`} size="sm" aria-label={t('list.editNamed', { title })}>
                    {t('list.edit')}
                  </Anchor>
                ) : null}
                {c.editable && canStats && c.version !== null ? (
                  <Anchor component={Link} to={`/learning/courses/${c.id}/stats`} size="sm" aria-label={t('list.statsNamed', { title })}>
                    {t('list.stats')}
                  </Anchor>
                ) : null}
              </Group>
            </Stack>
          </Card>
        );
      })}
    </Stack>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Text size="sm">
      <Text span fw={600} size="sm">
        {label}
      </Text>{' '}
      <span data-testid={testId}>{value}</span>
    </Text>
  );
}
