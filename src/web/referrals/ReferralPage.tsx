import { Alert, Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { Section } from '../persons/Facts.js';
import { useReferral } from './api.js';
import { ReferralActions } from './ReferralActions.js';
import { History } from './ReferralHistory.js';
import { Messages } from './ReferralMessages.js';
import { ReferralHeader, Summary } from './ReferralSummary.js';
import { SnapshotView } from './SnapshotView.js';

/** What the referral page was opened with: just sent from the new referral form. */
export interface ReferralPageState {
  sent?: boolean;
}

/**
 * `/referrals/:id`: a referral as the caller's side sees it: both organisations (and, across a
 * border, the phase and both liaisons, with labels in both languages), what was shared, what the
 * side may do now, the history and the thread between the two sides.
 */
export function ReferralPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  const referral = useReferral(id);
  const sent = (useLocation().state as ReferralPageState | null)?.sent ?? false;
  const [note, setNote] = useState<{ text: string; caseId?: string | null | undefined } | null>(sent ? { text: t('view.sent') } : null);
  const [stale, setStale] = useState(false);

  const back = (
    <Anchor component={Link} to="/referrals" size="sm" mb="xs" display="inline-block">
      {t('view.back')}
    </Anchor>
  );
  if (referral.isPending) return <PageLoader />;
  if (referral.error) {
    return (
      <>
        {back}
        <PageHeader title={t('view.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(referral.error, 'not_found') ? t('view.notFound') : errorText(referral.error)}
        </Alert>
      </>
    );
  }
  const r = referral.data;
  return (
    <>
      {back}
      <ReferralHeader r={r} />
      <SuccessNote message={note?.text} mb="md" />
      {note?.caseId ? (
        <Text mb="md" data-testid="receiver-case-link">
          <Anchor component={Link} to={`/cases/${note.caseId}`}>
            {t('view.openNewCase')}
          </Anchor>
        </Text>
      ) : null}
      {stale ? (
        <Alert
          color="yellow"
          role="alert"
          mb="md"
          data-testid="referral-stale"
          withCloseButton
          onClose={() => setStale(false)}
          closeButtonLabel={t('view.dismiss')}
        >
          {t('view.stale')}
        </Alert>
      ) : null}
      <Stack gap="md" maw={1100}>
        <ReferralActions
          r={r}
          onDone={(text, caseId) => {
            setStale(false);
            setNote({ text, caseId });
          }}
          onStale={() => {
            setNote(null);
            setStale(true);
          }}
        />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <Summary r={r} />
          <Section id="referral-shared" title={t('view.sharedTitle')} testId="referral-shared">
            {r.shared ? (
              <SnapshotView snapshot={r.shared} />
            ) : (
              <Alert color="yellow" variant="light" data-testid="shared-erased">
                {r.consentWithdrawn ? t('view.consentWithdrawn') : t('view.sharedErased')}
              </Alert>
            )}
          </Section>
        </SimpleGrid>
        <History r={r} />
        <Messages r={r} />
      </Stack>
    </>
  );
}
