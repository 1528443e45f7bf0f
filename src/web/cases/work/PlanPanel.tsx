import { Badge, Button, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBJECTIVE_STATUS, OBJECTIVE_TYPE } from '../../../core/cases/codes.js';
import type { EntryView } from '../../../core/cases/views.js';
import { createPlanObjectiveRequest } from '../../../core/cases/work.js';
import { useForm } from '../../app/form.js';
import { useEntries } from './api.js';
import { EntryModal, useEntryEditor } from './EntryModal.js';
import { area, CodeSelect, DateInput, opt, str } from './fields.js';
import { useCodeLabel, useWorkFormat } from './format.js';
import { EditButton, EntryCard, EntryList, Facts, LoadState, PanelActions } from './ui.js';

const STATUS_COLOURS: Record<string, string> = { planned: 'indigo.9', 'in-progress': '#8f5100', achieved: 'teal.9', discontinued: 'gray.7' };

function ObjectiveSummary({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const f = useWorkFormat();
  return (
    <Facts
      rows={[
        [t('fields.type'), code('objective-type', str(data.type))],
        [t('fields.status'), code('objective-status', str(data.status))],
        [t('fields.description'), str(data.description)],
        [t('fields.targetOn'), data.targetOn ? f.day(str(data.targetOn)) : null],
      ]}
    />
  );
}

interface ObjectiveValues {
  type: string;
  description: string;
  status: string;
  targetOn: string;
}

const toValues = (d: Record<string, unknown>): ObjectiveValues => ({
  type: str(d.type),
  description: str(d.description),
  status: str(d.status) || 'planned',
  targetOn: str(d.targetOn),
});

function ObjectiveForm({ caseId, entry, onClose }: { caseId: string; entry?: EntryView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const form = useForm<ObjectiveValues>(toValues(entry?.data ?? {}), { choices: ['type', 'status'] });
  const editor = useEntryEditor(caseId, 'plan', entry, form, toValues);
  const v = form.values;
  const onSubmit = () => {
    const body = form.validate(createPlanObjectiveRequest, {
      type: opt(v.type),
      description: opt(v.description),
      status: opt(v.status),
      targetOn: opt(v.targetOn),
    });
    if (body) editor.submit(body, onClose);
  };
  return (
    <EntryModal
      title={entry ? t('caseWork:edit.objective') : t('caseWork:add.objective')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      pending={editor.pending}
      theirs={editor.theirs}
      renderTheirs={(e) => <ObjectiveSummary data={e.data} />}
      onStartFromTheirs={editor.startFromTheirs}
    >
      <Stack>
        <CodeSelect
          label={t('caseWork:fields.type')}
          list="objective-type"
          ids={OBJECTIVE_TYPE.ids}
          value={v.type}
          onChange={(x) => form.set('type', x)}
          error={form.errors.type}
          required
        />
        <Textarea label={t('caseWork:fields.description')} required autosize minRows={2} maxRows={8} {...area(form, 'description')} />
        <CodeSelect
          label={t('caseWork:fields.status')}
          list="objective-status"
          ids={OBJECTIVE_STATUS.ids}
          value={v.status}
          onChange={(x) => form.set('status', x)}
          error={form.errors.status}
          required
        />
        <DateInput label={t('caseWork:fields.targetOn')} {...form.text('targetOn')} />
      </Stack>
    </EntryModal>
  );
}

/** The support plan: its objectives, by type, each with its status. */
export function PlanPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const f = useWorkFormat();
  const entries = useEntries(caseId, 'plan');
  const [editing, setEditing] = useState<{ entry?: EntryView } | null>(null);
  const items = entries.data ?? [];
  const types = OBJECTIVE_TYPE.ids.filter((type) => items.some((e) => e.data.type === type));

  return (
    <>
      {canWrite ? (
        <PanelActions>
          <Button onClick={() => setEditing({})}>{t('add.objective')}</Button>
        </PanelActions>
      ) : null}
      <LoadState isPending={entries.isPending} error={entries.error} empty={items.length === 0} emptyText={t('empty.plan')}>
        <Stack gap="lg">
          {types.map((type) => {
            const label = code('objective-type', type);
            return (
              <section key={type} aria-label={label}>
                <Title order={3} size="h4" mb="xs">
                  {label}
                </Title>
                <EntryList label={label}>
                  {items
                    .filter((e) => e.data.type === type)
                    .map((entry) => {
                      const status = str(entry.data.status);
                      const description = str(entry.data.description);
                      return (
                        <EntryCard
                          key={entry.id}
                          testId="objective"
                          title={description.length > 80 ? `${description.slice(0, 80)}…` : description}
                          badges={
                            <Badge variant="filled" color={STATUS_COLOURS[status] ?? 'gray.7'}>
                              {code('objective-status', status)}
                            </Badge>
                          }
                          actions={canWrite ? <EditButton what={`${label}: ${description.slice(0, 40)}`} onClick={() => setEditing({ entry })} /> : null}
                        >
                          <Facts
                            rows={[
                              [t('fields.description'), description.length > 80 ? description : null],
                              [t('fields.targetOn'), entry.data.targetOn ? f.day(str(entry.data.targetOn)) : null],
                            ]}
                          />
                        </EntryCard>
                      );
                    })}
                </EntryList>
              </section>
            );
          })}
        </Stack>
      </LoadState>
      {editing ? <ObjectiveForm caseId={caseId} entry={editing.entry} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
