import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecommendationStatus, SourceKind, Theme } from '../../core/advocacy/recommendation.js';
import { useFormat } from '../i18n/format.js';
import { countryName } from '../platform/countries.js';

/** The advocacy screens' labels of codes, countries and months, in the interface language. */
export function useAdvocacyLabels() {
  const { t } = useTranslation('advocacy');
  const format = useFormat();
  return useMemo(() => {
    const months = new Intl.DateTimeFormat(format.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    return {
      locale: format.locale,
      status: (s: RecommendationStatus) => t(`status.${s}`),
      theme: (x: Theme) => t(`theme.${x}`),
      sourceKind: (k: SourceKind) => t(`sourceKind.${k}`),
      country: (code: string) => countryName(code, format.locale),
      month: (m: string) => months.format(new Date(Date.UTC(Number(m.slice(0, 4)), Number(m.slice(5, 7)) - 1, 1))),
      /** A calendar date `YYYY-MM-DD` as a long date (read as a UTC day). */
      day: (d: string) => format.date(`${d}T12:00:00Z`),
      number: format.number,
    };
  }, [t, format]);
}
