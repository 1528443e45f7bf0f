import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONSENT_GIVEN_BY, CONSENT_METHOD, CONSENT_PURPOSE } from '../../../core/cases/codes.js';
import { createConsentRequest } from '../../../core/cases/consent.js';
import type { EntryView } from '../../../core/cases/views.js';
import { useForm } from '../../app/form.js';
import { useOrganisations } from '../../platform/organisations/api.js';
import { ConsentSummary } from './ConsentsPanel.js';
import { EntryModal, useEntryEditor } from './EntryModal.js';
import { area, CodeSelect, DateInput, opt, str } from './fields.js';
import { localToday } from './taskGroups.js';

interface ConsentValues {
  purpose: string;
  organisationId: string;
  givenBy: string;
  method: string;
  witnessName: string;
  givenOn: string;
  expiresOn: string;
  note: string;
}

const toValues = (d: Record<string, unknown>): ConsentValues => ({
  purpose: str(d.purpose),
  organisationId: str(d.organisationId),
  givenBy: str(d.givenBy),
  method: str(d.method),
  witnessName: str(d.witnessName),
  givenOn: str(d.givenOn),
  expiresOn: str(d.expiresOn),
  note: str(d.note),
});

const toRequest = (v: ConsentValues) => ({
  purpose: opt(v.purpose),
  // Only sharing names an organisation, only oral consent a witness.
  organisationId: v.purpose === 'sharing' ? opt(v.organisationId) : undefined,
  givenBy: opt(v.givenBy),
  method: opt(v.method),
  witnessName: v.method === 'oral-with-witness' ? opt(v.witnessName) : undefined,
  givenOn: opt(v.givenOn),
  expiresOn: opt(v.expiresOn),
  note: opt(v.note),
});

/** Record a consent, or change one. */
export function ConsentForm({ caseId, entry, onClose }: { caseId: string; entry?: EntryView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const initial = entry ? toValues(entry.data) : { ...toValues({}), givenBy: 'person', method: 'written', givenOn: localToday() };
  const form = useForm<ConsentValues>(initial, { choices: ['purpose', 'organisationId', 'givenBy', 'method'] });
  const editor = useEntryEditor(caseId, 'consents', entry, form, toValues);
  const organisations = useOrganisations();
  const v = form.values;

  const onSubmit = () => {
    const body = form.validate(createConsentRequest, toRequest(v));
    if (body) editor.submit(body, onClose);
  };

  const orgOptions = [
    { value: '', label: t('caseWork:choose'), disabled: true },
    ...(organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name })),
  ];

  return (
    <EntryModal
      title={entry ? t('caseWork:edit.consent') : t('caseWork:add.consent')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      pending={editor.pending}
      theirs={editor.theirs}
      renderTheirs={(e) => <ConsentSummary data={e.data} />}
      onStartFromTheirs={editor.startFromTheirs}
    >
      <Stack>
        <CodeSelect
          label={t('caseWork:fields.purpose')}
          list="consent-purpose"
          ids={CONSENT_PURPOSE.ids}
          value={v.purpose}
          onChange={(x) => form.set('purpose', x)}
          error={form.errors.purpose}
          required
        />
        {v.purpose === 'sharing' ? (
          <NativeSelect
            label={t('caseWork:fields.organisation')}
            data={orgOptions}
            value={v.organisationId}
            onChange={(event) => form.set('organisationId', event.currentTarget.value)}
            error={form.errors.organisationId ?? (organisations.error ? t('caseWork:consent.noOrganisations') : undefined)}
            required
          />
        ) : null}
        <CodeSelect
          label={t('caseWork:fields.givenBy')}
          list="consent-given-by"
          ids={CONSENT_GIVEN_BY.ids}
          value={v.givenBy}
          onChange={(x) => form.set('givenBy', x)}
          error={form.errors.givenBy}
          required
        />
        <CodeSelect
          label={t('caseWork:fields.method')}
          list="consent-method"
          ids={CONSENT_METHOD.ids}
          value={v.method}
          onChange={(x) => form.set('method', x)}
          error={form.errors.method}
          required
        />
        {v.method === 'oral-with-witness' ? (
          <TextInput
            label={t('caseWork:fields.witnessName')}
            description={t('caseWork:fields.witnessHint')}
            required
            autoComplete="off"
            {...form.text('witnessName')}
          />
        ) : null}
        <DateInput label={t('caseWork:fields.givenOn')} required {...form.text('givenOn')} />
        <DateInput label={t('caseWork:fields.expiresOn')} description={t('caseWork:fields.expiresHint')} {...form.text('expiresOn')} />
        <Textarea label={t('caseWork:fields.consentNote')} autosize minRows={2} maxRows={8} {...area(form, 'note')} />
      </Stack>
    </EntryModal>
  );
}
