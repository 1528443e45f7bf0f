import { useMemo } from 'react';
import { type Formatters, useFormat } from '../../i18n/format.js';
import { clock, days, longDay, mediumDay, monthName, percent, shortDay } from './display.js';

export interface FigureFormat extends Formatters {
  clock: (seconds: number) => string;
  percent: (fraction: number | null) => string;
  days: (value: number) => string;
  shortDay: (date: string) => string;
  longDay: (date: string) => string;
  mediumDay: (date: string) => string;
  monthName: (key: string) => string;
}

/** The app's formatters (the interface language) with those of the figures. */
export function useFigureFormat(): FigureFormat {
  const format = useFormat();
  return useMemo(() => {
    const { locale } = format;
    return {
      ...format,
      clock,
      percent: (fraction) => percent(locale, fraction),
      days: (value) => days(locale, value),
      shortDay: (date) => shortDay(locale, date),
      longDay: (date) => longDay(locale, date),
      mediumDay: (date) => mediumDay(locale, date),
      monthName: (key) => monthName(locale, key),
    };
  }, [format]);
}
