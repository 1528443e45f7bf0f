import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeListName } from '../../../core/cases/codes.js';
import { parseDate } from '../../../core/cases/dates.js';
import { useFormat } from '../../i18n/format.js';
import { formatMoney, type Money } from './money.js';

export interface WorkFormat {
  locale: string;
  /** A calendar date ('YYYY-MM-DD') in the locale, the same day whatever the time zone. */
  day: (date: string) => string;
  dateTime: (iso: string) => string;
  /** A time of day ('HH:MM') in the locale's style. */
  time: (hhmm: string) => string;
  money: (money: Money) => string;
  /** A file size in kB or MB. */
  size: (bytes: number) => string;
  number: (value: number) => string;
  list: (items: readonly string[]) => string;
}

/** Dates, times, money and sizes of the work on a case in the interface language. */
export function useWorkFormat(): WorkFormat {
  const base = useFormat();
  return useMemo(() => {
    const { locale } = base;
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' });
    const kb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
    const mb = new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
    return {
      locale,
      day: (date) => {
        const p = parseDate(date);
        return p ? day.format(Date.UTC(p.year, p.month - 1, p.day)) : date;
      },
      dateTime: base.dateTime,
      time: (hhmm) => {
        const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
        return m ? time.format(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2]))) : hhmm;
      },
      money: (m) => formatMoney(locale, m),
      size: (bytes) => (bytes < 1024 * 1024 ? kb.format(Math.max(1, Math.round(bytes / 1024))) : mb.format(bytes / (1024 * 1024))),
      number: base.number,
      list: base.list,
    };
  }, [base]);
}

/** The label of a code (`codes:<list>.<id>`); the id itself when the locale has none (a newer server). */
export function useCodeLabel(): (list: CodeListName, id: string) => string {
  const { t } = useTranslation('codes');
  return useCallback((list: CodeListName, id: string) => t(`${list}.${id}` as 'gender.feminine', { defaultValue: id }), [t]);
}

/** Options of a select for a code list, in its order. */
export function useCodeOptions(): (list: CodeListName, ids: readonly string[]) => { value: string; label: string }[] {
  const label = useCodeLabel();
  return useCallback((list: CodeListName, ids: readonly string[]) => ids.map((id) => ({ value: id, label: label(list, id) })), [label]);
}
