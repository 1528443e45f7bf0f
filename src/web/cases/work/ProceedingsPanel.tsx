import { Badge, Button, Fieldset, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCEEDING_OUTCOME, PROCEEDING_ROLE, PROCEEDING_STAGE } from '../../../core/cases/codes.js';
import type { EntryView } from '../../../core/cases/views.js';
import { createProceedingRequest } from '../../../core/cases/work.js';
import { type Form, useForm } from '../../app/form.js';
import { useEntries } from './api.js';
import { EntryModal, useEntryEditor } from './EntryModal.js';
import { area, CodeSelect, DateInput, opt, str } from './fields.js';
import { useCodeLabel, useWorkFormat } from './format.js';
import { isMoney } from './money.js';
import { EditButton, EntryCard, EntryList, Facts, LoadState, PanelActions } from './ui.js';

function ProceedingSummary({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const f = useWorkFormat();
  return (
    <Facts
      rows={[
        [t('fields.stage'), code('proceeding-stage', str(data.stage))],
        [t('fields.personRole'), code('proceeding-role', str(data.personRole))],
        [t('fields.outcome'), data.outcome ? code('proceeding-outcome', str(data.outcome)) : null],
        [t('fields.court'), str(data.court)],
        [t('fields.reference'), str(data.reference)],
        [t('fields.startedOn'), data.startedOn ? f.day(str(data.startedOn)) : null],
        [t('fields.compensationClaimed'), isMoney(data.compensationClaimed) ? f.money(data.compensationClaimed) : null],
        [t('fields.compensationAwarded'), isMoney(data.compensationAwarded) ? f.money(data.compensationAwarded) : null],
        [t('fields.note'), str(data.note)],
      ]}
    />
  );
}

/** The amount fields carry the names of the money fields, so that an error of the sum lands on its amount. */
interface ProceedingValues {
  stage: string;
  personRole: string;
  outcome: string;
  court: string;
  reference: string;
  startedOn: string;
  compensationClaimed: string;
  claimedCurrency: string;
  compensationAwarded: string;
  awardedCurrency: string;
  note: string;
}

const money = (m: unknown) => (isMoney(m) ? m : { amount: '', currency: '' });

const toValues = (d: Record<string, unknown>): ProceedingValues => ({
  stage: str(d.stage),
  personRole: str(d.personRole),
  outcome: str(d.outcome),
  court: str(d.court),
  reference: str(d.reference),
  startedOn: str(d.startedOn),
  compensationClaimed: money(d.compensationClaimed).amount,
  claimedCurrency: money(d.compensationClaimed).currency || 'EUR',
  compensationAwarded: money(d.compensationAwarded).amount,
  awardedCurrency: money(d.compensationAwarded).currency || 'EUR',
  note: str(d.note),
});

const sum = (amount: string, currency: string) =>
  opt(amount) ? { amount: amount.trim().replace(',', '.'), currency: currency.trim().toUpperCase() } : undefined;

function MoneyFields({
  form,
  legend,
  amount,
  currency,
}: {
  form: Form<ProceedingValues>;
  legend: string;
  amount: 'compensationClaimed' | 'compensationAwarded';
  currency: 'claimedCurrency' | 'awardedCurrency';
}) {
  const { t } = useTranslation('caseWork');
  return (
    <Fieldset legend={legend} variant="unstyled">
      <Group grow align="flex-start">
        <TextInput label={t('fields.amount')} description={t('fields.amountHint')} inputMode="decimal" autoComplete="off" {...form.text(amount)} />
        <TextInput label={t('fields.currency')} description={t('fields.currencyHint')} maxLength={3} autoComplete="off" {...form.text(currency)} />
      </Group>
    </Fieldset>
  );
}

function ProceedingForm({ caseId, entry, onClose }: { caseId: string; entry?: EntryView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const form = useForm<ProceedingValues>(toValues(entry?.data ?? {}), { choices: ['stage', 'personRole'] });
  const editor = useEntryEditor(caseId, 'proceedings', entry, form, toValues);
  const v = form.values;
  const onSubmit = () => {
    const body = form.validate(createProceedingRequest, {
      stage: opt(v.stage),
      personRole: opt(v.personRole),
      outcome: opt(v.outcome),
      court: opt(v.court),
      reference: opt(v.reference),
      startedOn: opt(v.startedOn),
      compensationClaimed: sum(v.compensationClaimed, v.claimedCurrency),
      compensationAwarded: sum(v.compensationAwarded, v.awardedCurrency),
      note: opt(v.note),
    });
    if (body) editor.submit(body, onClose);
  };
  return (
    <EntryModal
      title={entry ? t('caseWork:edit.proceeding') : t('caseWork:add.proceeding')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      pending={editor.pending}
      theirs={editor.theirs}
      renderTheirs={(e) => <ProceedingSummary data={e.data} />}
      onStartFromTheirs={editor.startFromTheirs}
      size="xl"
    >
      <Stack>
        <Group grow align="flex-start">
          <CodeSelect
            label={t('caseWork:fields.stage')}
            list="proceeding-stage"
            ids={PROCEEDING_STAGE.ids}
            value={v.stage}
            onChange={(x) => form.set('stage', x)}
            error={form.errors.stage}
            required
          />
          <CodeSelect
            label={t('caseWork:fields.personRole')}
            list="proceeding-role"
            ids={PROCEEDING_ROLE.ids}
            value={v.personRole}
            onChange={(x) => form.set('personRole', x)}
            error={form.errors.personRole}
            required
          />
        </Group>
        <CodeSelect
          label={t('caseWork:fields.outcome')}
          list="proceeding-outcome"
          ids={PROCEEDING_OUTCOME.ids}
          value={v.outcome}
          onChange={(x) => form.set('outcome', x)}
          error={form.errors.outcome}
          optional
        />
        <Group grow align="flex-start">
          <TextInput label={t('caseWork:fields.court')} autoComplete="off" maxLength={200} {...form.text('court')} />
          <TextInput label={t('caseWork:fields.reference')} autoComplete="off" maxLength={100} {...form.text('reference')} />
        </Group>
        <DateInput label={t('caseWork:fields.startedOn')} {...form.text('startedOn')} />
        <MoneyFields form={form} legend={t('caseWork:fields.compensationClaimed')} amount="compensationClaimed" currency="claimedCurrency" />
        <MoneyFields form={form} legend={t('caseWork:fields.compensationAwarded')} amount="compensationAwarded" currency="awardedCurrency" />
        <Textarea label={t('caseWork:fields.note')} autosize minRows={2} maxRows={10} {...area(form, 'note')} />
      </Stack>
    </EntryModal>
  );
}

/** Legal proceedings: stage, the person's role, outcome, court, compensation. */
export function ProceedingsPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const entries = useEntries(caseId, 'proceedings');
  const [editing, setEditing] = useState<{ entry?: EntryView } | null>(null);
  const items = entries.data ?? [];
  return (
    <>
      {canWrite ? (
        <PanelActions>
          <Button onClick={() => setEditing({})}>{t('add.proceeding')}</Button>
        </PanelActions>
      ) : null}
      <LoadState isPending={entries.isPending} error={entries.error} empty={items.length === 0} emptyText={t('empty.proceedings')}>
        <EntryList label={t('tabs.proceedings')}>
          {items.map((entry) => {
            const stage = code('proceeding-stage', str(entry.data.stage));
            const title = [stage, str(entry.data.court)].filter(Boolean).join(' · ');
            return (
              <EntryCard
                key={entry.id}
                testId="proceeding"
                title={title}
                badges={
                  entry.data.outcome ? (
                    <Badge variant="filled" color="indigo.9">
                      {code('proceeding-outcome', str(entry.data.outcome))}
                    </Badge>
                  ) : null
                }
                actions={canWrite ? <EditButton what={title} onClick={() => setEditing({ entry })} /> : null}
              >
                <ProceedingSummary data={entry.data} />
              </EntryCard>
            );
          })}
        </EntryList>
      </LoadState>
      {editing ? <ProceedingForm caseId={caseId} entry={editing.entry} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
