import { Badge, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SERVICE_OUTCOME, SERVICE_TYPE } from '../../../core/cases/codes.js';
import type { EntryView } from '../../../core/cases/views.js';
import { createServiceRequest } from '../../../core/cases/work.js';
import { useForm } from '../../app/form.js';
import { useOrganisations } from '../../platform/organisations/api.js';
import { useEntries } from './api.js';
import { EntryModal, useEntryEditor } from './EntryModal.js';
import { area, CodeSelect, DateInput, opt, str } from './fields.js';
import { useCodeLabel, useWorkFormat } from './format.js';
import { localToday } from './taskGroups.js';
import { EditButton, EntryCard, EntryList, Facts, LoadState, PanelActions } from './ui.js';

function useProviderName(): (data: Record<string, unknown>) => string | null {
  const organisations = useOrganisations();
  return (data) => {
    const id = str(data.providerOrganisationId);
    const inNetwork = id ? organisations.data?.organisations.find((o) => o.id === id)?.name : undefined;
    return [inNetwork, str(data.provider)].filter(Boolean).join(' · ') || null;
  };
}

function usePeriod(): (data: Record<string, unknown>) => string | null {
  const { t } = useTranslation('caseWork');
  const f = useWorkFormat();
  return (data) => {
    const from = str(data.from);
    const to = str(data.to);
    if (!from) return null;
    return to ? t('services.period', { from: f.day(from), to: f.day(to) }) : t('services.ongoing', { from: f.day(from) });
  };
}

function ServiceSummary({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const provider = useProviderName();
  const period = usePeriod();
  return (
    <Facts
      rows={[
        [t('fields.type'), code('service-type', str(data.type))],
        [t('fields.provider'), provider(data)],
        [t('fields.from'), period(data)],
        [t('fields.outcome'), data.outcome ? code('service-outcome', str(data.outcome)) : null],
        [t('fields.note'), str(data.note)],
      ]}
    />
  );
}

interface ServiceValues {
  type: string;
  providerOrganisationId: string;
  provider: string;
  from: string;
  to: string;
  outcome: string;
  note: string;
}

const toValues = (d: Record<string, unknown>): ServiceValues => ({
  type: str(d.type),
  providerOrganisationId: str(d.providerOrganisationId),
  provider: str(d.provider),
  from: str(d.from),
  to: str(d.to),
  outcome: str(d.outcome),
  note: str(d.note),
});

function ServiceForm({ caseId, entry, onClose }: { caseId: string; entry?: EntryView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const form = useForm<ServiceValues>(entry ? toValues(entry.data) : { ...toValues({}), from: localToday() }, { choices: ['type'] });
  const editor = useEntryEditor(caseId, 'services', entry, form, toValues);
  const organisations = useOrganisations();
  const v = form.values;
  const onSubmit = () => {
    const body = form.validate(createServiceRequest, {
      type: opt(v.type),
      providerOrganisationId: opt(v.providerOrganisationId),
      provider: opt(v.provider),
      from: opt(v.from),
      to: opt(v.to),
      outcome: opt(v.outcome),
      note: opt(v.note),
    });
    if (body) editor.submit(body, onClose);
  };
  const orgOptions = [{ value: '', label: t('caseWork:none') }, ...(organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }))];
  return (
    <EntryModal
      title={entry ? t('caseWork:edit.service') : t('caseWork:add.service')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      pending={editor.pending}
      theirs={editor.theirs}
      renderTheirs={(e) => <ServiceSummary data={e.data} />}
      onStartFromTheirs={editor.startFromTheirs}
    >
      <Stack>
        <CodeSelect
          label={t('caseWork:fields.type')}
          list="service-type"
          ids={SERVICE_TYPE.ids}
          value={v.type}
          onChange={(x) => form.set('type', x)}
          error={form.errors.type}
          required
        />
        <NativeSelect
          label={t('caseWork:fields.providerOrganisation')}
          data={orgOptions}
          value={v.providerOrganisationId}
          onChange={(event) => form.set('providerOrganisationId', event.currentTarget.value)}
          error={form.errors.providerOrganisationId}
        />
        <TextInput
          label={t('caseWork:fields.provider')}
          description={t('caseWork:fields.providerHint')}
          autoComplete="off"
          maxLength={200}
          {...form.text('provider')}
        />
        <Group grow align="flex-start">
          <DateInput label={t('caseWork:fields.from')} required {...form.text('from')} />
          <DateInput label={t('caseWork:fields.to')} {...form.text('to')} />
        </Group>
        <CodeSelect
          label={t('caseWork:fields.outcome')}
          list="service-outcome"
          ids={SERVICE_OUTCOME.ids}
          value={v.outcome}
          onChange={(x) => form.set('outcome', x)}
          error={form.errors.outcome}
          optional
        />
        <Textarea label={t('caseWork:fields.note')} autosize minRows={2} maxRows={8} {...area(form, 'note')} />
      </Stack>
    </EntryModal>
  );
}

/** Services given to the person: type, provider, dates, outcome. */
export function ServicesPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const provider = useProviderName();
  const period = usePeriod();
  const entries = useEntries(caseId, 'services');
  const [editing, setEditing] = useState<{ entry?: EntryView } | null>(null);
  const items = entries.data ?? [];
  return (
    <>
      {canWrite ? (
        <PanelActions>
          <Button onClick={() => setEditing({})}>{t('add.service')}</Button>
        </PanelActions>
      ) : null}
      <LoadState isPending={entries.isPending} error={entries.error} empty={items.length === 0} emptyText={t('empty.services')}>
        <EntryList label={t('tabs.services')}>
          {items.map((entry) => {
            const type = code('service-type', str(entry.data.type));
            return (
              <EntryCard
                key={entry.id}
                testId="service"
                title={type}
                badges={
                  entry.data.outcome ? (
                    <Badge variant="filled" color="indigo.9">
                      {code('service-outcome', str(entry.data.outcome))}
                    </Badge>
                  ) : null
                }
                actions={canWrite ? <EditButton what={`${type} ${period(entry.data) ?? ''}`.trim()} onClick={() => setEditing({ entry })} /> : null}
              >
                <Facts
                  rows={[
                    [t('fields.provider'), provider(entry.data)],
                    [t('fields.from'), period(entry.data)],
                    [t('fields.note'), str(entry.data.note)],
                  ]}
                />
              </EntryCard>
            );
          })}
        </EntryList>
      </LoadState>
      {editing ? <ServiceForm caseId={caseId} entry={editing.entry} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
