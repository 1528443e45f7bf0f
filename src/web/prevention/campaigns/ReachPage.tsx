import { Alert, Anchor, Group, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ReachResponse } from '../../../core/prevention/campaign.js';
import { useErrorText } from '../../app/form.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useFigureFormat } from '../../hotline/figures/useFigureFormat.js';
import { countryOptions } from '../../platform/countries.js';
import { useCampaigns, useReach } from './api.js';
import { type CampaignLabels, useCampaignLabels } from './labels.js';
import { periodProblem, type ReachFilters, reachFiltersOf, reachParamsOf, reachQueryOf } from './logic.js';
import { ReachFigure } from './ReachFigure.js';
import { type MapCity, ReachMap } from './ReachMap.js';
import { type ReachChartRow, reachChartRows, splitCityKey } from './reach-rows.js';

/** `/campaigns/reach`: people reached by the organisation's campaigns or the network's, over time, by city (bars and a map), audience, activity type and organisation. */
export function CampaignReachPage() {
  const { t } = useTranslation('campaigns');
  const errorText = useErrorText();
  const format = useFigureFormat();
  const labels = useCampaignLabels();
  const [params, setParams] = useSearchParams();
  const filters = reachFiltersOf(params);
  const problem = periodProblem(filters.from, filters.to);
  const reach = useReach(reachQueryOf(filters), !problem);
  const go = (change: Partial<ReachFilters>) => setParams(reachParamsOf({ ...filters, ...change }), { replace: true });
  const data = problem ? undefined : reach.data;
  const network = filters.scope === 'network';

  return (
    <>
      <Anchor component={Link} to={network ? '/campaigns?scope=network' : '/campaigns'} size="sm" mb="xs" display="inline-block">
        {t('campaign.back')}
      </Anchor>
      <PageHeader title={t('reach.title')} intro={t('reach.intro')} />
      <ReachFilterBar filters={filters} onChange={go} problem={problem} />
      {reach.error ? (
        <Alert color="red" role="alert" mb="md">
          {errorText(reach.error)}
        </Alert>
      ) : null}
      {!problem && reach.isPending ? <PageLoader /> : null}
      {data ? (
        <Stack gap="lg" aria-busy={reach.isPlaceholderData} data-testid="reach" data-period={`${data.from}/${data.to}`}>
          <Text role="status" size="sm" c="dimmed" data-testid="reach-shown">
            {reach.isPlaceholderData ? t('reach.updating') : t('reach.showing', { from: format.mediumDay(data.from), to: format.mediumDay(data.to) })}
          </Text>
          <Text fw={600} data-testid="reach-total">
            {data.total.counted + data.total.estimated === 0
              ? t('reach.none')
              : t('reach.headline', {
                  total: format.number(data.total.counted + data.total.estimated),
                  counted: format.number(data.total.counted),
                  estimated: format.number(data.total.estimated),
                  activities: data.total.activities,
                })}
          </Text>
          <ReachFigures data={data} network={network} labels={labels} />
        </Stack>
      ) : null}
    </>
  );
}

function ReachFigures({ data, network, labels }: { data: ReachResponse; network: boolean; labels: CampaignLabels }) {
  const { t } = useTranslation('campaigns');
  const format = useFigureFormat();
  const months = useMemo(() => reachChartRows(data.byMonth, labels.month, 'time'), [data.byMonth, labels]);
  const cities = useMemo(
    () =>
      reachChartRows(
        data.byCity,
        (key) => {
          const city = data.byCity.find((c) => c.key === key);
          const { country, city: name } = city ? { country: city.country, city: city.city } : splitCityKey(key);
          return labels.place(country, name);
        },
        'breakdown',
      ),
    [data.byCity, labels],
  );
  const mapCities = useMemo<MapCity[]>(
    () =>
      data.byCity
        .filter((c) => c.counted + c.estimated > 0 || c.activities > 0)
        .map((c) => ({
          key: c.key,
          name: c.city || labels.country(c.country),
          reached: c.counted + c.estimated,
          latitude: c.latitude,
          longitude: c.longitude,
        })),
    [data.byCity, labels],
  );
  const audiences = useMemo(() => reachChartRows(data.byAudience, (k) => labels.audience(k as never), 'breakdown'), [data.byAudience, labels]);
  const types = useMemo(() => reachChartRows(data.byType, (k) => labels.type(k as never), 'breakdown'), [data.byType, labels]);
  const organisations = useMemo(
    () => reachChartRows(data.byOrganisation, (k) => data.byOrganisation.find((o) => o.key === k)?.orgName ?? k, 'breakdown'),
    [data.byOrganisation],
  );
  const subtitle = t('reach.subtitle', {
    from: format.mediumDay(data.from),
    to: format.mediumDay(data.to),
    scope: network ? t('scope.network') : t('scope.own'),
  });
  const fileStem = ['haven-campaigns', network ? 'network' : 'organisation', data.from, data.to].join('-');
  const shared = { subtitle, fileStem };
  const placed = mapCities.filter((c) => c.latitude !== null && c.longitude !== null);
  const summary = t('map.label', {
    count: placed.length,
    cities: format.list(placed.map((c) => t('map.cityFigure', { city: c.name, reached: format.number(c.reached) }))),
  });
  const monthTick = (row: ReachChartRow) =>
    new Intl.DateTimeFormat(format.locale, { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${row.key}-01T00:00:00Z`));

  return (
    <>
      <ReachFigure id="months" rows={months} shape="columns" tick={monthTick} {...shared} />
      <ReachFigure
        id="cities"
        rows={cities}
        shape="rows"
        before={mapCities.length ? <ReachMap cities={mapCities} formatNumber={format.number} summary={summary} /> : null}
        {...shared}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <ReachFigure id="audiences" rows={audiences} shape="rows" {...shared} />
        <ReachFigure id="types" rows={types} shape="rows" {...shared} />
      </SimpleGrid>
      {network ? <ReachFigure id="organisations" rows={organisations} shape="rows" {...shared} /> : null}
    </>
  );
}

/** Scope, campaign, country and period: all in the address. */
function ReachFilterBar({ filters, onChange, problem }: { filters: ReachFilters; onChange: (change: Partial<ReachFilters>) => void; problem: 'order' | null }) {
  const { t } = useTranslation('campaigns');
  const { locale } = useFigureFormat();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const campaigns = useCampaigns({ scope: filters.scope, limit: 200 });
  const campaignOptions = useMemo(() => {
    const items = campaigns.data?.items ?? [];
    const options = items.map((c) => ({
      value: c.id,
      label: filters.scope === 'network' ? t('reach.campaignOption', { name: c.name, organisation: c.orgName }) : c.name,
    }));
    if (filters.campaignId && !options.some((o) => o.value === filters.campaignId))
      options.push({ value: filters.campaignId, label: t('reach.chosenCampaign') });
    return options;
  }, [campaigns.data, filters.scope, filters.campaignId, t]);

  return (
    <Stack gap="sm" mb="md">
      <SegmentedControl
        aria-label={t('list.scope')}
        value={filters.scope}
        onChange={(value) => onChange({ scope: value === 'network' ? 'network' : 'own', campaignId: '' })}
        data={[
          { value: 'own', label: t('scope.own') },
          { value: 'network', label: t('scope.network') },
        ]}
        style={{ alignSelf: 'flex-start' }}
        data-testid="reach-scope"
      />
      <Group align="flex-start" gap="sm" role="group" aria-label={t('filters.legend')}>
        <Select
          label={t('reach.campaign')}
          placeholder={t('reach.allCampaigns')}
          data={campaignOptions}
          value={filters.campaignId || null}
          onChange={(next) => onChange({ campaignId: next ?? '' })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('reach.clearCampaign') }}
          nothingFoundMessage={t('reach.noCampaign')}
          w={{ base: '100%', sm: 320 }}
          data-testid="reach-campaign"
        />
        <Select
          label={t('filters.country')}
          placeholder={t('filters.any')}
          data={countries}
          value={filters.country || null}
          onChange={(next) => onChange({ country: next ?? '' })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearCountry') }}
          nothingFoundMessage={t('filters.noCountry')}
          limit={300}
          maxDropdownHeight={280}
          w={{ base: '100%', xs: 220 }}
        />
        <TextInput
          type="date"
          label={t('reach.from')}
          description={t('filters.periodHint')}
          value={filters.from}
          onChange={(e) => onChange({ from: e.currentTarget.value })}
          w={{ base: '100%', xs: 170 }}
        />
        <TextInput
          type="date"
          label={t('reach.to')}
          description={t('reach.toHint')}
          value={filters.to}
          onChange={(e) => onChange({ to: e.currentTarget.value })}
          error={problem ? t('filters.order') : undefined}
          errorProps={{ role: 'alert' }}
          w={{ base: '100%', xs: 170 }}
        />
      </Group>
    </Stack>
  );
}
