/** A dashboard, of the organisation or of the network: filters in the address, a notice on suppression, one card per figure. */
import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { DashboardScope } from '../../../core/data/dashboard/dashboard.js';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useCustomReasonLabels } from '../../hotline/figures/api.js';
import { useFigureFormat } from '../../hotline/figures/useFigureFormat.js';
import { countryName } from '../../platform/countries.js';
import { useDashboard } from './api.js';
import { FigureCard } from './FigureCard.js';
import { FilterBar } from './FilterBar.js';
import { type DashboardPeriod, type DashboardPreset, filtersFromParams, filtersToParams, localDate } from './filters.js';
import { useKeyLabel } from './labels.js';
import { SuppressionNotice } from './SuppressionNotice.js';

export function DashboardView({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation('dashboard');
  const format = useFigureFormat();
  const errorText = useErrorText();
  const permissions = useMe().data?.permissions ?? [];
  const canUploadKeys = permissions.includes('linkage:keys');
  const label = useKeyLabel(useCustomReasonLabels(scope === 'organisation' && permissions.includes('contacts:read')));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params, localDate(new Date()));
  const network = scope === 'network';
  const country = network ? filters.country : '';
  const query = useDashboard(scope, filters.period, country, filters.problem === null);

  const go = (choice: Parameters<typeof filtersToParams>[0], period: DashboardPeriod, nextCountry: string) =>
    setParams(filtersToParams(choice, period, network ? nextCountry : ''), { replace: true });
  const data = filters.problem === null ? query.data : undefined;

  return (
    <>
      <PageHeader title={network ? t('network.title') : t('title')} intro={network ? t('network.intro') : t('intro')} />
      <FilterBar
        filters={filters}
        withCountry={network}
        onPreset={(preset: DashboardPreset) => go(preset, filters.period, country)}
        onDates={(period) => go('custom', period, country)}
        onCountry={(next) => go(filters.choice, filters.period, next)}
      />
      {query.error ? (
        <Alert color="red" role="alert" mb="md">
          {errorText(query.error)}
        </Alert>
      ) : null}
      {filters.problem === null && query.isPending ? <PageLoader /> : null}
      {data ? (
        <Stack gap="lg" aria-busy={query.isPlaceholderData} data-testid="dashboard" data-period={`${data.from}/${data.to}`} data-country={data.country ?? ''}>
          <Text role="status" size="sm" c="dimmed" data-testid="period-shown">
            {query.isPlaceholderData
              ? t('updating')
              : data.country
                ? t('filters.showingCountry', {
                    from: format.mediumDay(data.from),
                    to: format.mediumDay(data.to),
                    country: countryName(data.country, format.locale),
                  })
                : t('filters.showing', { from: format.mediumDay(data.from), to: format.mediumDay(data.to) })}
          </Text>
          <SuppressionNotice dashboard={data} canUploadKeys={canUploadKeys} />
          {data.figures.length ? (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
              {data.figures.map((figure) => (
                <FigureCard key={figure.id} figure={figure} dashboard={data} label={label} />
              ))}
            </SimpleGrid>
          ) : (
            <Alert color="gray" variant="light">
              {t('empty')}
            </Alert>
          )}
        </Stack>
      ) : null}
    </>
  );
}
