import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useCustomReasonLabels, useHotlineStats } from './api.js';
import { ContactFigures } from './ContactFigures.js';
import { FunnelFigures } from './FunnelFigures.js';
import { Headline } from './Headline.js';
import { localDate, type Period, type PeriodPreset, periodFromParams } from './period.js';
import { PeriodPicker } from './PeriodPicker.js';

/** `/hotline-figures`: the supervisor's figures of the hotline and outreach for a period (last 30 days unless chosen). */
export function HotlineFiguresPage() {
  const { t } = useTranslation('hotlineFigures');
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const { choice, period, problem } = periodFromParams(params, localDate(new Date()));
  const stats = useHotlineStats(period, problem === null);
  const canReadContacts = useMe().data?.permissions.includes('contacts:read') ?? false;
  const customReasons = useCustomReasonLabels(canReadContacts);

  const showPreset = (preset: PeriodPreset) => setParams(new URLSearchParams({ period: preset }), { replace: true });
  const showDates = (dates: Period) => setParams(new URLSearchParams({ from: dates.from, to: dates.to }), { replace: true });
  const data = problem === null ? stats.data : undefined;

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <PeriodPicker choice={choice} period={period} problem={problem} onPreset={showPreset} onDates={showDates} />
      {stats.error ? (
        <Alert color="red" role="alert" mb="md">
          {errorText(stats.error)}
        </Alert>
      ) : null}
      {problem === null && stats.isPending ? <PageLoader /> : null}
      {data ? (
        <Stack gap="xl" aria-busy={stats.isPlaceholderData} data-testid="figures" data-period={`${data.from}/${data.to}`}>
          {stats.isPlaceholderData ? (
            <Text size="sm" c="dimmed" role="status">
              {t('updating')}
            </Text>
          ) : null}
          <Headline stats={data} />
          <ContactFigures stats={data} customReasons={customReasons} />
          <FunnelFigures stats={data} />
        </Stack>
      ) : null}
    </>
  );
}
