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
  const locale = intlLocale(i18n.language);
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const number = new Intl.NumberFormat(locale);
    const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
    // An unreadable date is shown as it came rather than breaking the page.
    const safe = (format: Intl.DateTimeFormat, iso: string) => {
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? iso : format.format(value);
    };
    return {
      locale,
      dateTime: (iso) => safe(dateTime, iso),
      date: (iso) => safe(date, iso),
      number: (value) => number.format(value),
      list: (items) => list.format(items),
    };
  }, [locale]);
}
