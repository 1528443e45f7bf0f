/**
 * Progress over time, computed from the status histories: for each month of a period, how many
 * recommendations were in each status at the end of that month. A recommendation counts from its
 * issue date on; before its first status change it is `not-started`; a change counts from its date
 * (the date it happened, not the day it was recorded); changes on the same day count in the order
 * they were recorded.
 */
import { compareDates, daysInMonth } from '../cases/dates.js';
import type { ProgressSeries, RecommendationStatus, StatusCounts } from './recommendation.js';
import { zeroCounts } from './recommendation.js';

export interface ProgressItem {
  readonly issuedOn: string;
  readonly country: string;
  readonly themes: readonly string[];
  /** In the order they happened (by date, then as recorded). */
  readonly history: readonly { readonly date: string; readonly status: RecommendationStatus }[];
}

/** `YYYY-MM` → its last day, `YYYY-MM-DD`. */
export function monthEnd(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return `${month}-${String(daysInMonth(year, m)).padStart(2, '0')}`;
}

/** Every month from `from` to `to` (both `YYYY-MM`, inclusive); empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let year = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endYear = Number(to.slice(0, 4));
  const endMonth = Number(to.slice(5, 7));
  while (year < endYear || (year === endYear && m <= endMonth)) {
    out.push(`${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      year++;
    }
  }
  return out;
}

/** The month `count - 1` months before `month` (so that `count` months end with it). */
export function monthsBack(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - (count - 1);
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The status of an item at the end of a day; undefined when it did not exist yet. */
export function statusOn(item: ProgressItem, day: string): RecommendationStatus | undefined {
  if (compareDates(item.issuedOn, day) > 0) return undefined;
  let status: RecommendationStatus = 'not-started';
  for (const change of item.history) {
    if (compareDates(change.date, day) > 0) break;
    status = change.status;
  }
  return status;
}

/** Counts by status at the end of each month. */
export function progressOf(items: readonly ProgressItem[], months: readonly string[]): { month: string; counts: StatusCounts }[] {
  const ends = months.map(monthEnd);
  const counts = months.map(() => zeroCounts());
  for (const item of items) {
    ends.forEach((end, i) => {
      const status = statusOn(item, end);
      if (status) (counts[i] as StatusCounts)[status]++;
    });
  }
  return months.map((month, i) => ({ month, counts: counts[i] as StatusCounts }));
}

/** The whole, and one series per country and per theme (an item with two themes counts in both), keys in order. */
export function progressBreakdown(
  items: readonly ProgressItem[],
  months: readonly string[],
): { total: ProgressSeries; byCountry: ProgressSeries[]; byTheme: ProgressSeries[] } {
  const group = (keysOf: (item: ProgressItem) => readonly string[]): ProgressSeries[] => {
    const groups = new Map<string, ProgressItem[]>();
    for (const item of items) for (const key of new Set(keysOf(item))) groups.set(key, [...(groups.get(key) ?? []), item]);
    return [...groups.keys()].sort().map((key) => ({ key, months: progressOf(groups.get(key) ?? [], months) }));
  };
  return {
    total: { key: 'total', months: progressOf(items, months) },
    byCountry: group((item) => [item.country]),
    byTheme: group((item) => item.themes),
  };
}

/** The sum of a month's counts. */
export const countsTotal = (c: StatusCounts): number => Object.values(c).reduce((a, b) => a + b, 0);
