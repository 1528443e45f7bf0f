/** The capacity codes in the interface language: areas, ratings, kinds, statuses, match reasons, countries. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacityArea, ExchangeStatus, MatchReason, OfferKind, OfferStatus } from '../../core/capacity/capacity.js';
import { useFormat } from '../i18n/format.js';
import { countryName } from '../platform/countries.js';

export interface CapacityLabels {
  area: (area: CapacityArea) => string;
  rating: (rating: number) => string;
  kind: (kind: OfferKind) => string;
  offerStatus: (status: OfferStatus) => string;
  status: (status: ExchangeStatus) => string;
  reason: (reason: MatchReason) => string;
  country: (alpha3: string) => string;
}

const RATINGS = ['1', '2', '3', '4'] as const;

export function useCapacityLabels(): CapacityLabels {
  const { t } = useTranslation('capacity');
  const { locale } = useFormat();
  return useMemo(() => {
    const country = (alpha3: string) => countryName(alpha3, locale);
    return {
      area: (area) => t(`areas.${area}`),
      rating: (rating) => {
        const key = RATINGS[rating - 1];
        return key ? t(`ratings.${key}`) : String(rating);
      },
      kind: (kind) => t(`kinds.${kind}`),
      offerStatus: (status) => t(`offerStatuses.${status}`),
      status: (status) => t(`statuses.${status}`),
      reason: (r) => {
        switch (r.code) {
          case 'gap':
            return t('matches.reasons.gap', { value: r.value });
          case 'language':
            return t('matches.reasons.language', {
              value: String(r.value ?? '')
                .split(',')
                .join(', '),
            });
          default:
            return t(`matches.reasons.${r.code}`);
        }
      },
      country,
    };
  }, [t, locale]);
}

/** Background colours of the ratings 1-4 (light, with dark text: contrast well above 4.5:1). */
export const RATING_COLOURS: Readonly<Record<number, string>> = { 1: '#ffe3e3', 2: '#fff3bf', 3: '#d3f9d8', 4: '#b2f2bb' };
