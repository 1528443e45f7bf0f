/** The words of a figure's keys in the interface language: codes, countries, months. */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Figure } from '../../../core/data/dashboard/dashboard.js';
import { monthName } from '../../hotline/figures/display.js';
import { useFormat } from '../../i18n/format.js';
import { countryName } from '../../platform/countries.js';
import { keyLabel } from './logic.js';

/** Every namespace a key's label may come from (see logic.ts labelKeys). */
const LABEL_NAMESPACES = ['dashboard', 'codes', 'hotlineFigures', 'referrals', 'identification'] as const;

export type FigureLabeller = (figure: Pick<Figure, 'id' | 'keyKind' | 'codeList'>, key: string) => string;

/** `ownReasons`: the organisation's own contact reasons, id → label (its dashboard only). */
export function useKeyLabel(ownReasons: ReadonlyMap<string, string>): FigureLabeller {
  const { t, i18n } = useTranslation(LABEL_NAMESPACES);
  const { locale } = useFormat();
  return useCallback<FigureLabeller>(
    (figure, key) =>
      keyLabel(figure, key, {
        own: (f, k) => (f.id === 'contact-reasons' ? ownReasons.get(k) : undefined),
        translate: (keys) => {
          const found = keys.find((k) => i18n.exists(k));
          return found ? (t(found as never) as string) : null;
        },
        country: (alpha3) => countryName(alpha3, locale),
        month: (month) => monthName(locale, month),
      }),
    [t, i18n, locale, ownReasons],
  );
}
