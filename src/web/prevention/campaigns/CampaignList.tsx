import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignView } from '../../../core/prevention/campaign.js';
import { useFormat } from '../../i18n/format.js';
import { useCampaignText } from './useCampaignText.js';

/** The campaigns found: name, (network) organisation, period, cities, reach and activities. */
export function CampaignList({ items, showOrganisation }: { items: readonly CampaignView[]; showOrganisation: boolean }) {
  const { t } = useTranslation('campaigns');
  const format = useFormat();
  const text = useCampaignText();
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.label')} data-testid="campaign-list">
      {items.map((c) => (
        <Card key={c.id} component="li" withBorder padding="sm" data-testid="campaign-row">
          <Stack gap={6}>
            <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
              <Stack gap={0}>
                <Title order={2} size="h4">
                  <Anchor component={Link} to={`/campaigns/${c.id}`} inherit>
                    {c.name}
                  </Anchor>
                </Title>
                {showOrganisation ? (
                  <Text size="sm" c="dimmed" data-testid="campaign-organisation">
                    {t('list.by', { organisation: c.orgName })}
                  </Text>
                ) : null}
              </Stack>
              {c.editable ? null : (
                <Badge color="gray.8" variant="outline" style={{ textTransform: 'none' }}>
                  {t('campaign.readOnly')}
                </Badge>
              )}
            </Group>
            <Fact label={t('list.period')} value={text.period(c.startsOn, c.endsOn)} />
            <Fact label={t('list.cities')} value={text.cities(c.cities)} testId="campaign-cities" />
            <Fact label={t('list.reached')} value={text.reach(c.reach)} testId="campaign-reach" />
            <Fact label={t('list.activities')} value={format.number(c.activities)} testId="campaign-activities" />
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Text size="sm">
      <Text span fw={600} size="sm">
        {label}
      </Text>{' '}
      <span data-testid={testId}>{value}</span>
    </Text>
  );
}
