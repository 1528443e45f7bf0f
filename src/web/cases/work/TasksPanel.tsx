import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView, EntryView } from '../../../core/cases/views.js';
import { useMe } from '../../api/me.js';
import { useColleagueNames, useEntries } from './api.js';
import { str } from './fields.js';
import { useCodeLabel, useWorkFormat } from './format.js';
import { TaskDoneCheckbox } from './TaskDoneCheckbox.js';
import { TaskForm } from './TaskForm.js';
import { groupTasks, isOverdue, localToday } from './taskGroups.js';
import { EditButton, EntryCard, EntryList, Facts, LoadState, PanelActions } from './ui.js';

/** "3 Mar 2025, 10:30": the due day and, for an appointment, its time. */
export function useDueText(): (data: Record<string, unknown>) => string | null {
  const f = useWorkFormat();
  return (data) => {
    const due = str(data.due);
    if (!due) return null;
    return data.time ? `${f.day(due)}, ${f.time(str(data.time))}` : f.day(due);
  };
}

/** Who a task is assigned to, by name. */
export function useAssigneeName(): (id: unknown) => string {
  const { t } = useTranslation('caseWork');
  const me = useMe().data;
  const names = useColleagueNames().data;
  return (id) => {
    if (typeof id !== 'string' || !id) return t('tasks.unassigned');
    if (id === me?.user.id) return t('tasks.me');
    return names?.get(id) ?? t('tasks.someone');
  };
}

export function TaskSummary({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const code = useCodeLabel();
  const due = useDueText();
  const assignee = useAssigneeName();
  return (
    <Facts
      rows={[
        [t('caseWork:fields.title'), str(data.title)],
        [t('caseWork:fields.kind'), code('task-kind', str(data.kind))],
        [t('caseWork:fields.due'), due(data)],
        [t('caseWork:fields.assignee'), assignee(data.assigneeId)],
        [t('caseWork:fields.done'), data.done ? t('common:yesNo.yes') : t('common:yesNo.no')],
      ]}
    />
  );
}

function TaskCard({ entry, canWrite, onEdit }: { entry: EntryView; canWrite: boolean; onEdit: () => void }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const due = useDueText();
  const assignee = useAssigneeName();
  const title = str(entry.data.title);
  const overdue = entry.data.done !== true && isOverdue(str(entry.data.due), localToday());
  return (
    <EntryCard
      testId="task"
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
      actions={
        canWrite ? (
          <>
            <TaskDoneCheckbox entry={entry} />
            <EditButton what={title} onClick={onEdit} />
          </>
        ) : null
      }
    >
      <Facts
        rows={[
          [t('fields.due'), due(entry.data)],
          [t('fields.assignee'), assignee(entry.data.assigneeId)],
        ]}
      />
    </EntryCard>
  );
}

/** Tasks and appointments: open ones soonest first (overdue marked), then those done. */
export function TasksPanel({ caseId, kase, canWrite }: { caseId: string; kase: CaseView; canWrite: boolean }) {
  const { t } = useTranslation('caseWork');
  const entries = useEntries(caseId, 'tasks');
  const [editing, setEditing] = useState<{ entry?: EntryView } | null>(null);
  const items = entries.data ?? [];
  const open = groupTasks(
    items.filter((e) => e.data.done !== true),
    (e) => ({ due: str(e.data.due), time: str(e.data.time) }),
    localToday(),
  ).flatMap((g) => g.items);
  const done = items.filter((e) => e.data.done === true);

  return (
    <>
      {canWrite ? (
        <PanelActions>
          <Button onClick={() => setEditing({})}>{t('add.task')}</Button>
        </PanelActions>
      ) : null}
      <LoadState isPending={entries.isPending} error={entries.error} empty={items.length === 0} emptyText={t('empty.tasks')}>
        <Stack gap="lg">
          {open.length ? (
            <EntryList label={t('tabs.tasks')}>
              {open.map((entry) => (
                <TaskCard key={entry.id} entry={entry} canWrite={canWrite} onEdit={() => setEditing({ entry })} />
              ))}
            </EntryList>
          ) : null}
          {done.length ? (
            <section aria-labelledby={`tasks-done-${caseId}`}>
              <Group mb="xs">
                <Title order={3} size="h5" id={`tasks-done-${caseId}`}>
                  <Text span inherit>
                    {t('tasks.finished', { count: done.length })}
                  </Text>
                </Title>
              </Group>
              <EntryList label={t('tasks.finished', { count: done.length })}>
                {done.map((entry) => (
                  <TaskCard key={entry.id} entry={entry} canWrite={canWrite} onEdit={() => setEditing({ entry })} />
                ))}
              </EntryList>
            </section>
          ) : null}
        </Stack>
      </LoadState>
      {editing ? <TaskForm caseId={caseId} kase={kase} entry={editing.entry} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
