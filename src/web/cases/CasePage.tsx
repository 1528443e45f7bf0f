import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CaseStatus } from '../../core/cases/case.js';
import type { CaseView } from '../../core/cases/views.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { RecordScreenings } from '../identification/RecordScreenings.js';
import { usePerson } from '../persons/api.js';
import { ChildBadge } from '../persons/ChildBadge.js';
import { useCodeLabel } from '../persons/codeLabels.js';
import { NameList } from '../persons/NameList.js';
import { useOrganisations } from '../platform/organisations/api.js';
import { CaseReferrals } from '../referrals/CaseReferrals.js';
import { useCase } from './api.js';
import { AssignmentSection } from './AssignmentSection.js';
import { ReflectionSection } from './ReflectionSection.js';
import { SituationSection } from './SituationSection.js';
import { StatusBadge } from './StatusBadge.js';
import { StatusChangeModal } from './StatusChangeModal.js';
import { type StatusAction, statusActions } from './status.js';
import { CaseWorkTabs } from './work/CaseWorkTabs.js';

/** A case: who it is about (child badge), its status and changes, who works on it, the situation, the reflection period, then the work. */
export function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['cases', 'common']);
  const errorText = useErrorText();
  const permissions = useMe().data?.permissions ?? [];
  const kase = useCase(id);
  const [changing, setChanging] = useState<{ to: CaseStatus; action: StatusAction } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const label = useCodeLabel();

  if (kase.isPending) return <PageLoader />;
  if (kase.error) {
    return (
      <>
        <PageHeader title={t('cases:case.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(kase.error, 'not_found') ? t('cases:case.notFound') : errorText(kase.error)}
        </Alert>
      </>
    );
  }
  const c = kase.data;
  const canWrite = permissions.includes('cases:write');

  return (
    <>
      <PageHeader
        title={t('cases:case.number', { number: c.number })}
        actions={
          canWrite
            ? statusActions(c.status).map(({ to, action }) => (
                <Button
                  key={to}
                  variant={action === 'close' || action === 'refer' ? 'default' : 'filled'}
                  onClick={() => {
                    setDone(null);
                    setChanging({ to, action });
                  }}
                >
                  {t(`cases:status.${action}.button`)}
                </Button>
              ))
            : null
        }
      />
      <CaseSummary kase={c} canReadPerson={permissions.includes('persons:read')} />
      <SuccessNote message={done} mb="md" />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
          <AssignmentSection kase={c} canWrite={canWrite} />
          <ReflectionSection kase={c} canWrite={canWrite} />
        </SimpleGrid>
        <SituationSection kase={c} canWrite={canWrite} />
        {permissions.includes('screenings:read') ? (
          <RecordScreenings personId={c.personId} caseId={c.id} canCreate={permissions.includes('screenings:create')} />
        ) : null}
        <CaseReferrals caseId={c.id} />
        <section aria-label={t('cases:case.work')}>
          <CaseWorkTabs caseId={c.id} kase={c} canWrite={canWrite} />
        </section>
      </Stack>
      {changing ? (
        <StatusChangeModal
          kase={c}
          to={changing.to}
          action={changing.action}
          onClose={() => setChanging(null)}
          onChanged={(to) => {
            setChanging(null);
            setDone(t('cases:status.changed', { status: label('case-status', to) }));
          }}
        />
      ) : null}
    </>
  );
}

/** The person (names linked, child badge), the status, the dates and, once closed, how it ended. */
function CaseSummary({ kase, canReadPerson }: { kase: CaseView; canReadPerson: boolean }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const label = useCodeLabel();
  const person = usePerson(kase.personId, canReadPerson);
  const organisations = useOrganisations();
  const referredTo = kase.closure?.referredToOrganisationId
    ? (organisations.data?.organisations.find((o) => o.id === kase.closure?.referredToOrganisationId)?.name ?? null)
    : null;

  return (
    <Stack gap="xs" mb="md" data-testid="case-summary">
      <Group gap="sm" align="flex-start">
        {person.data ? (
          <NameList
            names={person.data.names}
            renderFirst={(text) => (
              <Anchor component={Link} to={`/persons/${kase.personId}`} fw={600} size="lg">
                {text}
              </Anchor>
            )}
          />
        ) : (
          <Anchor component={Link} to={`/persons/${kase.personId}`}>
            {t('case.person')}
          </Anchor>
        )}
        {person.data?.child ? <ChildBadge age={person.data.age} size="lg" /> : null}
      </Group>
      <Group gap="sm">
        <StatusBadge status={kase.status} />
        <Text size="sm" c="dimmed">
          {t('case.openedOn', { date: format.date(kase.openedOn) })}
        </Text>
      </Group>
      {kase.closure ? (
        <Text size="sm" data-testid="case-closure">
          {t('case.closedOn', { date: format.date(kase.closure.closedOn), reason: label('closure-reason', kase.closure.reason) })}
          {referredTo ? ` · ${t('case.referredTo', { organisation: referredTo })}` : ''}
          {kase.closure.note ? ` · ${kase.closure.note}` : ''}
        </Text>
      ) : null}
    </Stack>
  );
}
