import { Checkbox, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TASK_KIND } from '../../../core/cases/codes.js';
import type { CaseView, EntryView } from '../../../core/cases/views.js';
import { createTaskRequest } from '../../../core/cases/work.js';
import { useMe } from '../../api/me.js';
import { useForm } from '../../app/form.js';
import { useColleagueNames } from './api.js';
import { EntryModal, useEntryEditor } from './EntryModal.js';
import { CodeSelect, DateInput, opt, str } from './fields.js';
import { TaskSummary } from './TasksPanel.js';

interface TaskValues {
  kind: string;
  title: string;
  due: string;
  time: string;
  assigneeId: string;
  done: boolean;
}

const toValues = (d: Record<string, unknown>): TaskValues => ({
  kind: str(d.kind) || 'task',
  title: str(d.title),
  due: str(d.due),
  time: str(d.time),
  assigneeId: str(d.assigneeId),
  done: d.done === true,
});

/** Whom a task may be given to: the user, the case's caseworker and team (and whoever has it now). */
export function useAssigneeOptions(kase: CaseView, current?: string) {
  const { t } = useTranslation('caseWork');
  const me = useMe().data;
  const names = useColleagueNames().data;
  const ids = [...new Set([me?.user.id, kase.caseworkerId, ...(kase.teamIds ?? []), current].filter((id): id is string => Boolean(id)))];
  const label = (id: string) => (id === me?.user.id ? `${t('tasks.me')} (${me.user.name})` : (names?.get(id) ?? t('tasks.someone')));
  return [{ value: '', label: t('tasks.unassigned') }, ...ids.map((id) => ({ value: id, label: label(id) }))];
}

export function TaskForm({ caseId, kase, entry, onClose }: { caseId: string; kase: CaseView; entry?: EntryView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const me = useMe().data;
  const form = useForm<TaskValues>(entry ? toValues(entry.data) : { ...toValues({}), assigneeId: me?.user.id ?? '' }, { choices: ['kind'] });
  const editor = useEntryEditor(caseId, 'tasks', entry, form, toValues);
  const assignees = useAssigneeOptions(kase, str(entry?.data.assigneeId));
  const v = form.values;

  const onSubmit = () => {
    const body = form.validate(createTaskRequest, {
      kind: opt(v.kind),
      title: opt(v.title),
      due: opt(v.due),
      time: opt(v.time),
      assigneeId: opt(v.assigneeId),
      done: v.done,
    });
    if (body) editor.submit(body, onClose);
  };

  return (
    <EntryModal
      title={entry ? t('caseWork:edit.task') : t('caseWork:add.task')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      pending={editor.pending}
      theirs={editor.theirs}
      renderTheirs={(e) => <TaskSummary data={e.data} />}
      onStartFromTheirs={editor.startFromTheirs}
    >
      <Stack>
        <CodeSelect
          label={t('caseWork:fields.kind')}
          list="task-kind"
          ids={TASK_KIND.ids}
          value={v.kind}
          onChange={(x) => form.set('kind', x)}
          error={form.errors.kind}
          required
        />
        <TextInput label={t('caseWork:fields.title')} required autoComplete="off" maxLength={200} data-autofocus {...form.text('title')} />
        <Group grow align="flex-start">
          <DateInput label={t('caseWork:fields.due')} {...form.text('due')} />
          <TextInput type="time" label={t('caseWork:fields.time')} description={t('caseWork:fields.timeHint')} {...form.text('time')} />
        </Group>
        <NativeSelect
          label={t('caseWork:fields.assignee')}
          data={assignees}
          value={v.assigneeId}
          onChange={(event) => form.set('assigneeId', event.currentTarget.value)}
          error={form.errors.assigneeId}
        />
        {entry ? <Checkbox label={t('caseWork:fields.done')} checked={v.done} onChange={(event) => form.set('done', event.currentTarget.checked)} /> : null}
      </Stack>
    </EntryModal>
  );
}
