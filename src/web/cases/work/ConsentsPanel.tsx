import { Badge, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../core/cases/views.js';
import { useOrganisations } from '../../platform/organisations/api.js';
import { useEntries } from './api.js';
import { ConsentForm } from './ConsentForm.js';
import { CONSENT_STATE_COLOURS, consentState } from './consentState.js';
import { str } from './fields.js';
import { useCodeLabel, useWorkFormat } from './format.js';
import { localToday } from './taskGroups.js';
import { EditButton, EntryCard, EntryList, Facts, LoadState, PanelActions } from './ui.js';
import { WithdrawConsentModal } from './WithdrawConsentModal.js';

/** The facts of a consent (also shown as "their version" after a conflict). */
export function ConsentSummary({ data }: { data: Record<string, unknown> }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const f = useWorkFormat();
  const organisations = useOrganisations();
  const orgId = str(data.organisationId);
  const orgName = orgId ? (organisations.data?.organisations.find((o) => o.id === orgId)?.name ?? '—') : null;
  return (
    <Facts
      rows={[
        [t('fields.organisation'), orgName],
        [t('fields.givenBy'), data.givenBy ? code('consent-given-by', str(data.givenBy)) : null],
        [t('fields.method'), data.method ? code('consent-method', str(data.method)) : null],
        [t('fields.witnessName'), str(data.witnessName)],
        [t('fields.givenOn'), data.givenOn ? f.day(str(data.givenOn)) : null],
        [t('fields.expiresOn'), data.expiresOn ? f.day(str(data.expiresOn)) : null],
        [t('fields.withdrawnOn'), data.withdrawnOn ? f.day(str(data.withdrawnOn)) : null],
        [t('fields.consentNote'), str(data.note)],
      ]}
    />
  );
}

type Editing = { mode: 'form'; entry?: EntryView } | { mode: 'withdraw'; id: string } | null;

export function ConsentsPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation('caseWork');
  const code = useCodeLabel();
  const entries = useEntries(caseId, 'consents');
  const [editing, setEditing] = useState<Editing>(null);
  const today = localToday();
  const items = entries.data ?? [];
  const withdrawing = editing?.mode === 'withdraw' ? items.find((e) => e.id === editing.id) : undefined;

  return (
    <>
      {canWrite ? (
        <PanelActions>
          <Button onClick={() => setEditing({ mode: 'form' })}>{t('add.consent')}</Button>
        </PanelActions>
      ) : null}
      <LoadState isPending={entries.isPending} error={entries.error} empty={items.length === 0} emptyText={t('empty.consents')}>
        <EntryList label={t('tabs.consents')}>
          {items.map((entry) => {
            const state = consentState(entry.data, today);
            const purpose = code('consent-purpose', str(entry.data.purpose));
            return (
              <EntryCard
                key={entry.id}
                testId="consent"
                title={purpose}
                badges={
                  <Badge variant="filled" color={CONSENT_STATE_COLOURS[state]}>
                    {t(`consent.state.${state}`)}
                  </Badge>
                }
                actions={
                  canWrite ? (
                    <>
                      <EditButton what={`${t('kinds.consent')}: ${purpose}`} onClick={() => setEditing({ mode: 'form', entry })} />
                      {entry.data.withdrawnOn ? null : (
                        <Button
                          variant="default"
                          size="xs"
                          color="red.9"
                          onClick={() => setEditing({ mode: 'withdraw', id: entry.id })}
                          aria-label={t('consent.withdrawLabel', { purpose })}
                        >
                          {t('consent.withdraw')}
                        </Button>
                      )}
                    </>
                  ) : null
                }
              >
                <ConsentSummary data={entry.data} />
              </EntryCard>
            );
          })}
        </EntryList>
      </LoadState>
      {editing?.mode === 'form' ? <ConsentForm caseId={caseId} entry={editing.entry} onClose={() => setEditing(null)} /> : null}
      {withdrawing ? <WithdrawConsentModal caseId={caseId} entry={withdrawing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
