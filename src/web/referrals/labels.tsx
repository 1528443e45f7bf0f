import { Badge } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus, TrmPhase } from '../../core/referrals/referral.js';
import { useFormat } from '../i18n/format.js';
import { countryName } from '../platform/countries.js';
import { bilingual, flagOf } from './logic.js';

/** Filled badges in dark shades: white text on them meets WCAG AA contrast. */
const STATUS_COLOURS: Record<ReferralStatus, string> = {
  sent: 'indigo.9',
  accepted: 'teal.9',
  declined: 'red.9',
  'in-progress': 'cyan.9',
  completed: 'green.9',
  withdrawn: 'gray.7',
};

export function ReferralStatusBadge({ status, label }: { status: ReferralStatus; label?: string | undefined }) {
  const { t } = useTranslation('referrals');
  return (
    <Badge variant="filled" color={STATUS_COLOURS[status]} data-testid="referral-status" style={{ textTransform: 'none' }}>
      {label ?? t(`status.${status}`)}
    </Badge>
  );
}

/**
 * A country by its name; with `flag`, as "🇬🇷 Greece" (the flag is decoration, the name is what is
 * read out; systems without flag glyphs show two letters or nothing useful, so lists only).
 */
export function CountryText({ code, flag: withFlag = false }: { code: string; flag?: boolean }) {
  const format = useFormat();
  const flag = withFlag ? flagOf(code) : '';
  return (
    <span>
      {flag ? <span aria-hidden="true">{`${flag} `}</span> : null}
      {countryName(code, format.locale)}
    </span>
  );
}

/** The country's name in the interface language. */
export function useCountryName(): (code: string) => string {
  const format = useFormat();
  return (code: string) => countryName(code, format.locale);
}

/**
 * The referral texts in another language (the other side's), once loaded; null until then. The
 * fallback is English, as for the interface.
 */
export function useReferralsIn(language: string): TFunction<'referrals'> | null {
  const { i18n } = useTranslation('referrals');
  const [loaded, setLoaded] = useState<string | null>(() => (i18n.hasResourceBundle(language, 'referrals') ? language : null));
  useEffect(() => {
    let live = true;
    if (i18n.hasResourceBundle(language, 'referrals')) {
      setLoaded(language);
      return;
    }
    void i18n
      .loadLanguages(language)
      .then(() => i18n.loadNamespaces('referrals'))
      .catch(() => undefined)
      .then(() => {
        if (live) setLoaded(language);
      });
    return () => {
      live = false;
    };
  }, [language, i18n]);
  return loaded === language ? (i18n.getFixedT(language, 'referrals') as TFunction<'referrals'>) : null;
}

/** Status and phase labels in the reader's language and the other side's ("Accepted · Прийнято"). */
export function useBilingualLabels(otherLanguage: string) {
  const { t } = useTranslation('referrals');
  const other = useReferralsIn(otherLanguage);
  return {
    status: (s: ReferralStatus) => bilingual([t(`status.${s}`), other?.(`status.${s}`)]),
    phase: (p: TrmPhase) => bilingual([t(`phases.${p}.label`), other?.(`phases.${p}.label`)]),
  };
}
