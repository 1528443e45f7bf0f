import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyTask } from '../../../core/cases/views.js';
import { SuccessNote } from '../../app/ui/FormAlert.js';
import { ChildBadge } from '../../persons/ChildBadge.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { useMyTasks } from './api.js';
import { str } from './fields.js';
import { useCodeLabel, useWorkFormat } from './format.js';
import { TaskDoneCheckbox } from './TaskDoneCheckbox.js';
import { useDueText } from './TasksPanel.js';
import { groupTasks, localToday } from './taskGroups.js';
import { EntryCard, EntryList, LoadState } from './ui.js';

function MyTaskCard({ task, overdue, onDone }: { task: MyTask; overdue: boolean; onDone: (title: string) => void }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const due = useDueText();
  const { entry } = task;
  const title = str(entry.data.title);
  return (
    <EntryCard
      testId="my-task"
      title={title}
      highlight={overdue ? 'red' : undefined}
      badges={
        <>
          <Badge variant="filled" color={entry.data.kind === 'appointment' ? 'grape.9' : 'indigo.9'}>
            {code('task-kind', str(entry.data.kind))}
          </Badge>
          {overdue ? (
            <Badge variant="filled" color="red.9">
              {t('tasks.overdue')}
            </Badge>
          ) : null}
        </>
      }
      actions={<TaskDoneCheckbox entry={entry} onSaved={() => onDone(title)} />}
    >
      <Group gap="md">
        {due(entry.data) ? <Text size="sm">{due(entry.data)}</Text> : null}
        <Anchor component={Link} to={`/cases/${entry.caseId}`} size="sm">
          {t('myTasks.caseLink', { number: task.caseNumber })}
        </Anchor>
        {task.personName ? (
          <Text size="sm" c="dimmed">
            {t('myTasks.person', { name: task.personName })}
          </Text>
        ) : null}
        {task.personChild ? <ChildBadge age={task.personAge} size="sm" /> : null}
      </Group>
    </EntryCard>
  );
}

/** The signed-in user's open tasks and appointments by when they are due, and the reflection periods ending soon. */
export function MyTasksPage() {
  const { t } = useTranslation('caseWork');
  const f = useWorkFormat();
  const answer = useMyTasks();
  const [done, setDone] = useState<string | null>(null);
  const today = localToday();
  const tasks = answer.data?.tasks ?? [];
  const reminders = answer.data?.reflectionEnding ?? [];
  const groups = groupTasks(tasks, (task) => ({ due: str(task.entry.data.due), time: str(task.entry.data.time) }), today);

  return (
    <>
      <PageHeader title={t('myTasks.title')} intro={t('myTasks.intro')} />
      <SuccessNote message={done} mb="md" />
      {reminders.length ? (
        <Paper
          withBorder
          p="md"
          mb="lg"
          component="section"
          aria-labelledby="my-tasks-reminders"
          data-testid="reflection-reminders"
          style={{ borderInlineStart: '4px solid var(--mantine-color-indigo-7)' }}
        >
          <Title order={2} size="h4" id="my-tasks-reminders" mb="xs">
            {t('myTasks.reminders')}
          </Title>
          <List spacing={4} size="sm">
            {reminders.map((r) => (
              <List.Item key={r.caseId}>
                <Anchor component={Link} to={`/cases/${r.caseId}`} size="sm">
                  {t('myTasks.reminder', { number: r.caseNumber, date: f.day(r.endsOn) })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Paper>
      ) : null}
      <LoadState isPending={answer.isPending} error={answer.error} empty={tasks.length === 0} emptyText={t('myTasks.empty')}>
        <Stack gap="xl">
          {groups.map(({ group, items }) => (
            <section key={group} aria-labelledby={`my-tasks-${group}`} data-testid={`my-tasks-${group}`}>
              <Title order={2} size="h3" id={`my-tasks-${group}`} mb="sm" c={group === 'overdue' ? 'red.9' : undefined}>
                {`${t(`myTasks.groups.${group}`)} (${f.number(items.length)})`}
              </Title>
              <EntryList label={t(`myTasks.groups.${group}`)}>
                {items.map((task) => (
                  <MyTaskCard key={task.entry.id} task={task} overdue={group === 'overdue'} onDone={(title) => setDone(t('myTasks.markedDone', { title }))} />
                ))}
              </EntryList>
            </section>
          ))}
        </Stack>
      </LoadState>
    </>
  );
}
