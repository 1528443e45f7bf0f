import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { CampaignView } from '../../../core/prevention/campaign.js';
import { isApiError } from '../../api/client.js';
import { useErrorText } from '../../app/form.js';
import { SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useFormat } from '../../i18n/format.js';
import { useOrganisations } from '../../platform/organisations/api.js';
import { ActivitiesSection } from './ActivitiesSection.js';
import { useCampaign } from './api.js';
import { useCampaignLabels } from './labels.js';
import { useCampaignText } from './useCampaignText.js';

/** What the campaign page may be told when it opens (after the form saved it). */
export interface CampaignPageState {
  saved?: 'created' | 'updated';
}

/** `/campaigns/:id`: a campaign, its reach and its activities; read-only for other organisations' campaigns. */
export function CampaignPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('campaigns');
  const errorText = useErrorText();
  const saved = (useLocation().state as CampaignPageState | null)?.saved;
  const campaign = useCampaign(id);
  const back = (
    <Anchor component={Link} to="/campaigns" size="sm" mb="xs" display="inline-block">
      {t('campaign.back')}
    </Anchor>
  );
  if (campaign.isPending) return <PageLoader />;
  if (campaign.error) {
    return (
      <>
        {back}
        <PageHeader title={t('campaign.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(campaign.error, 'not_found') ? t('campaign.notFound') : errorText(campaign.error)}
        </Alert>
      </>
    );
  }
  const c = campaign.data;
  return (
    <>
      {back}
      <PageHeader
        title={c.name}
        intro={t('campaign.by', { organisation: c.orgName })}
        actions={
          <>
            <Button
              component={Link}
              to={`/campaigns/reach?${new URLSearchParams({ campaign: c.id, ...(c.editable ? {} : { scope: 'network' }) }).toString()}`}
              variant="default"
            >
              {t('campaign.reach')}
            </Button>
            {c.editable ? (
              <Button component={Link} to={`/campaigns/${c.id}/edit`} variant="default">
                {t('campaign.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <SuccessNote message={saved ? t(`campaign.saved.${saved}`) : null} mb="md" />
      <Stack gap="lg">
        {c.editable ? null : (
          <Alert color="gray" variant="light" data-testid="campaign-read-only">
            {t('campaign.readOnlyNote', { organisation: c.orgName })}
          </Alert>
        )}
        <CampaignSummary campaign={c} />
        <ActivitiesSection campaign={c} />
      </Stack>
    </>
  );
}

function CampaignSummary({ campaign: c }: { campaign: CampaignView }) {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  const labels = useCampaignLabels();
  const text = useCampaignText();
  const none = t('campaign.none');
  const organisations = useOrganisations().data?.organisations;
  const partnerNames = c.organisationIds.map((id) => organisations?.find((o) => o.id === id)?.name ?? t('campaign.memberOrganisation'));
  return (
    <Paper component="section" withBorder p="md" aria-labelledby="campaign-about" data-testid="campaign-summary">
      <Title order={2} size="h3" id="campaign-about" mb="sm">
        {t('campaign.about')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
        <Fact label={t('fields.goal')} value={c.goal || none} />
        <Fact label={t('fields.message')} value={c.message || none} />
        <Fact label={t('list.period')} value={text.period(c.startsOn, c.endsOn)} />
        <Fact label={t('list.cities')} value={text.cities(c.cities)} />
        <Fact label={t('list.reached')} value={text.reach(c.reach)} testId="campaign-reach" />
        <Fact label={t('list.activities')} value={format.number(c.activities)} />
        <Fact label={t('fields.organisations')} value={partnerNames.length ? format.list(partnerNames) : none} testId="campaign-partner-organisations" />
        <Fact label={t('fields.partners')} value={c.partners.length ? format.list(c.partners) : none} />
        <Fact
          label={t('fields.budget')}
          value={c.budget === null ? none : c.currency ? formatMoney(c.budget, c.currency, format.locale) : format.number(c.budget)}
        />
        <div>
          <Text size="sm" fw={600}>
            {t('fields.audiences')}
          </Text>
          {c.audiences.length ? (
            <Group gap={4} mt={2} role="list">
              {c.audiences.map((a) => (
                <Badge key={a} role="listitem" color="indigo.9" variant="outline" style={{ textTransform: 'none' }}>
                  {labels.audience(a)}
                </Badge>
              ))}
            </Group>
          ) : (
            <Text size="sm">{none}</Text>
          )}
        </div>
      </SimpleGrid>
    </Paper>
  );
}

function formatMoney(value: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}
