import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from './languages.js';

export interface Formatters {
  locale: string;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
  number: (value: number) => string;
  list: (items: readonly string[]) => string;
}

/** Dates, numbers and lists in the interface language, through `Intl`. */
export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  const locale = intlLocale(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const number = new Intl.NumberFormat(locale);
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    return {
      locale,
      dateTime: (iso) => dateTime.format(new Date(iso)),
      date: (iso) => date.format(new Date(iso)),
      number: (value) => number.format(value),
      list: (items) => list.format(items),
    };
  }, [locale]);
}
