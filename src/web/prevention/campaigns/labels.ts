/** The campaigns' codes in the interface language: activity types, audiences, how reach was known, countries, months. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityType, Audience, ReachKind } from '../../../core/prevention/campaign.js';
import { monthName } from '../../hotline/figures/display.js';
import { useFormat } from '../../i18n/format.js';
import { countryName } from '../../platform/countries.js';

export interface CampaignLabels {
  locale: string;
  type: (type: ActivityType) => string;
  audience: (audience: Audience) => string;
  reachKind: (kind: ReachKind) => string;
  country: (alpha3: string) => string;
  month: (key: string) => string;
  /** A city with its country: "Chișinău (Moldova)"; a country alone when there is no city. */
  place: (country: string, city: string | null | undefined) => string;
}

export function useCampaignLabels(): CampaignLabels {
  const { t } = useTranslation('campaigns');
  const { locale } = useFormat();
  return useMemo(() => {
    const country = (alpha3: string) => countryName(alpha3, locale);
    return {
      locale,
      type: (type) => t(`types.${type}`),
      audience: (audience) => t(`audiences.${audience}`),
      reachKind: (kind) => t(`reachKinds.${kind}`),
      country,
      month: (key) => monthName(locale, key),
      place: (alpha3, city) => (city ? t('place', { city, country: country(alpha3) }) : country(alpha3)),
    };
  }, [t, locale]);
}
