import { Anchor, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Liaison, ReferralView } from '../../core/referrals/referral.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { useFormat } from '../i18n/format.js';
import { Facts, Section } from '../persons/Facts.js';
import { CountryText, ReferralStatusBadge, useBilingualLabels } from './labels.js';
import { otherLanguage } from './logic.js';

export function ReferralHeader({ r }: { r: ReferralView }) {
  const { t } = useTranslation('referrals');
  const labels = useBilingualLabels(otherLanguage(r));
  return (
    <>
      <PageHeader title={t('view.title', { reference: r.reference })} />
      <Group gap="sm" mb="md" mt={-8} data-testid="referral-header">
        <ReferralStatusBadge status={r.status} label={labels.status(r.status)} />
        <Text size="sm">
          {r.from.name} (<CountryText code={r.fromCountry} />) → {r.to.name} (<CountryText code={r.toCountry} />)
        </Text>
      </Group>
    </>
  );
}

function LiaisonText({ liaison }: { liaison: Liaison | null }) {
  const { t } = useTranslation('referrals');
  if (!liaison) return null;
  return (
    <Stack gap={0}>
      <span>{liaison.name}</span>
      {liaison.email ? (
        <Anchor href={`mailto:${liaison.email}`} size="sm">
          {liaison.email}
        </Anchor>
      ) : null}
      {liaison.phone ? (
        <Text span size="sm">
          {t('view.phone', { phone: liaison.phone })}
        </Text>
      ) : null}
    </Stack>
  );
}

export function Summary({ r }: { r: ReferralView }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const labels = useBilingualLabels(otherLanguage(r));
  const sender = r.direction === 'outgoing';
  const rows: { label: string; value: ReactNode }[] = [
    {
      label: t('view.from'),
      value: (
        <span data-testid="referral-from">
          {r.from.name} · <CountryText code={r.fromCountry} />
        </span>
      ),
    },
    {
      label: t('view.to'),
      value: (
        <span data-testid="referral-to">
          {r.to.name} · <CountryText code={r.toCountry} />
        </span>
      ),
    },
    { label: t('view.service'), value: [r.service.name, format.list(r.service.types.map((x) => t(`serviceTypes.${x}`)))].filter(Boolean).join(' · ') },
    { label: t('view.status'), value: <span data-testid="referral-status-text">{labels.status(r.status)}</span> },
  ];
  if (r.transnational) {
    rows.push(
      { label: t('view.phase'), value: r.phase ? <span data-testid="referral-phase">{labels.phase(r.phase)}</span> : null },
      { label: t('view.fromLiaison'), value: r.fromLiaison ? <LiaisonText liaison={r.fromLiaison} /> : null },
      { label: t('view.toLiaison'), value: r.toLiaison ? <LiaisonText liaison={r.toLiaison} /> : null },
    );
  } else {
    rows.push({ label: sender ? t('view.ourLiaison') : t('view.theirLiaison'), value: r.fromLiaison ? <LiaisonText liaison={r.fromLiaison} /> : null });
    if (r.toLiaison) rows.push({ label: sender ? t('view.theirLiaison') : t('view.ourLiaison'), value: <LiaisonText liaison={r.toLiaison} /> });
  }
  rows.push(
    { label: t('view.sentAt'), value: format.dateTime(r.sentAt) },
    { label: t('view.acceptedAt'), value: r.acceptedAt ? format.dateTime(r.acceptedAt) : null },
    { label: t('view.closedAt'), value: r.closedAt ? format.dateTime(r.closedAt) : null },
  );
  if (sender) {
    rows.push(
      {
        label: t('view.case'),
        value: r.caseId ? (
          <Anchor component={Link} to={`/cases/${r.caseId}`} data-testid="sender-case-link">
            {t('view.caseNumber', { number: r.caseNumber ?? 0 })}
          </Anchor>
        ) : null,
      },
      {
        label: t('view.basis'),
        value: (
          <Stack gap={2} data-testid="referral-basis">
            <span>{r.basis === 'consent' ? t('view.basisConsent') : t('view.basisOverride')}</span>
            {r.basis === 'override' && r.overrideReason ? (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {r.overrideReason}
              </Text>
            ) : null}
          </Stack>
        ),
      },
    );
  } else {
    rows.push({
      label: t('view.ourCase'),
      value: r.receiverCaseId ? (
        <Anchor component={Link} to={`/cases/${r.receiverCaseId}`} data-testid="receiver-case">
          {t('view.openOurCase')}
        </Anchor>
      ) : null,
    });
  }
  return (
    <Section id="referral-summary" title={t('view.summaryTitle')} testId="referral-summary">
      <Facts rows={rows} empty={t('view.none')} />
    </Section>
  );
}
