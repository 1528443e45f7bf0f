import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignCity } from '../../../core/prevention/campaign.js';
import { useFigureFormat } from '../../hotline/figures/useFigureFormat.js';
import { useCampaignLabels } from './labels.js';

/** Sentences shared by the list and the campaign: its period, its cities, its reach. */
export function useCampaignText() {
  const { t } = useTranslation('campaigns');
  const format = useFigureFormat();
  const labels = useCampaignLabels();
  return useMemo(
    () => ({
      period: (startsOn: string, endsOn: string | null) =>
        endsOn ? t('period.range', { from: format.mediumDay(startsOn), to: format.mediumDay(endsOn) }) : t('period.open', { from: format.mediumDay(startsOn) }),
      cities: (cities: readonly CampaignCity[]) => (cities.length ? format.list(cities.map((c) => labels.place(c.country, c.name))) : t('campaign.noCities')),
      reach: (reach: { counted: number; estimated: number }) =>
        reach.counted + reach.estimated === 0
          ? t('reach.none')
          : t('reach.summary', {
              total: format.number(reach.counted + reach.estimated),
              counted: format.number(reach.counted),
              estimated: format.number(reach.estimated),
            }),
    }),
    [t, format, labels],
  );
}
