import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceStatus, ServiceType } from '../../core/referrals/directory.js';
import { useFormat } from '../i18n/format.js';
import { languageName } from '../persons/languages.js';
import { countryName } from '../platform/countries.js';
import type { EligibleGender } from './filters.js';

/** Names of the directory's codes in the interface language: types, statuses, genders (directory.json), languages and countries (Intl). */
export interface Labels {
  locale: string;
  type: (type: ServiceType) => string;
  status: (status: ServiceStatus) => string;
  gender: (gender: EligibleGender) => string;
  language: (code: string) => string;
  country: (alpha3: string) => string;
}

export function useLabels(): Labels {
  const { t } = useTranslation('directory');
  const { locale } = useFormat();
  return useMemo(
    () => ({
      locale,
      type: (type) => t(`types.${type}`),
      status: (status) => t(`statuses.${status}`),
      gender: (gender) => t(`genders.${gender}`),
      language: (code) => languageName(code, locale),
      country: (alpha3) => countryName(alpha3, locale),
    }),
    [t, locale],
  );
}
