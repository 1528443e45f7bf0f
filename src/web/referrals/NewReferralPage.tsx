import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { type DirectoryService, SERVICE_TYPES, type ServiceType } from '../../core/referrals/directory.js';
import { useMe } from '../api/me.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { useService } from './api.js';
import { CasePicker } from './CasePicker.js';
import { isReferrable } from './logic.js';
import { ReferralForm } from './ReferralForm.js';
import { ServicePlace, ServiceSearch } from './ServiceSearch.js';

const isServiceType = (value: string | null): value is ServiceType => (SERVICE_TYPES as readonly string[]).includes(value ?? '');

/**
 * `/referrals/new?caseId=…&serviceId=…&type=…`: refer a case to a service of another organisation,
 * on the person's consent or, without one, on a written emergency reason; sharing only the fields
 * chosen, previewed as the receiver will see them.
 */
export function NewReferralPage() {
  const { t } = useTranslation(['referrals', 'common']);
  const navigate = useNavigate();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const caseId = params.get('caseId') ?? '';
  const serviceId = params.get('serviceId') ?? '';
  const type = params.get('type');

  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const chosenService = useService(serviceId || null);
  const service = serviceId ? chosenService.data : undefined;

  return (
    <>
      <Anchor component={Link} to={caseId ? `/cases/${caseId}` : '/referrals'} size="sm" mb="xs" display="inline-block">
        {caseId ? t('new.backToCase') : t('new.backToList')}
      </Anchor>
      <PageHeader title={t('new.title')} intro={t('new.intro')} />
      <Stack gap="md" maw={960}>
        <Card withBorder component="section" aria-labelledby="referral-case">
          <Title order={2} size="h4" id="referral-case" mb="xs">
            {t('new.caseTitle')}
          </Title>
          <CasePicker caseId={caseId} onChange={(id) => setParam('caseId', id)} />
        </Card>
        <Card withBorder component="section" aria-labelledby="referral-service">
          <Group justify="space-between" mb="xs">
            <Title order={2} size="h4" id="referral-service">
              {t('new.serviceTitle')}
            </Title>
            {serviceId ? (
              <Button variant="default" size="xs" onClick={() => setParam('serviceId', null)}>
                {t('new.changeService')}
              </Button>
            ) : null}
          </Group>
          {serviceId ? (
            chosenService.isPending ? (
              <PageLoader />
            ) : chosenService.error ? (
              <Alert color="red" role="alert">
                {t('new.serviceNotFound')}
              </Alert>
            ) : service ? (
              <ChosenService service={service} />
            ) : null
          ) : me ? (
            <ServiceSearch ownOrgId={me.user.orgId} initialType={isServiceType(type) ? type : undefined} onChoose={(s) => setParam('serviceId', s.id)} />
          ) : null}
        </Card>
        {me && service && !isReferrable(service, me.user.orgId) ? (
          <Alert color="yellow" role="alert" data-testid="not-referrable">
            {service.memberOrgId === me.user.orgId ? t('new.ownService') : t('new.notOnHaven')}
          </Alert>
        ) : null}
        {me && caseId && service && isReferrable(service, me.user.orgId) ? (
          <ReferralForm
            key={`${caseId}:${service.id}`}
            caseId={caseId}
            service={service}
            onSent={(id) => void navigate(`/referrals/${id}`, { state: { sent: true } })}
          />
        ) : null}
      </Stack>
    </>
  );
}

function ChosenService({ service }: { service: DirectoryService }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  return (
    <Stack gap={4} data-testid="chosen-service">
      <Text fw={600}>{service.name}</Text>
      <Text size="sm" c="dimmed">
        {format.list(service.types.map((x) => t(`serviceTypes.${x}`)))}
      </Text>
      <ServicePlace service={service} />
    </Stack>
  );
}
