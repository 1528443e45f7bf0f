/** The period the figures cover: a preset relative to today, or two dates, checked as the server checks them. */

export const PERIOD_PRESETS = ['week', 'month', 'last30', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type PeriodChoice = PeriodPreset | 'custom';
export const DEFAULT_PRESET: PeriodPreset = 'last30';

/** Calendar dates, YYYY-MM-DD, both included. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** The longest period the server answers (days from the first to the last date). */
export const MAX_PERIOD_DAYS = 400;

const DAY = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date of a moment where the browser is. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

export function isDate(value: string): boolean {
  return DATE.test(value) && !Number.isNaN(utc(value)) && new Date(utc(value)).toISOString().slice(0, 10) === value;
}

export function addDays(date: string, days: number): string {
  return new Date(utc(date) + days * DAY).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / DAY);
}

/** A preset's dates, up to today: the week starts on Monday. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  switch (preset) {
    case 'week': {
      const weekday = new Date(utc(today)).getUTCDay();
      return { from: addDays(today, -((weekday + 6) % 7)), to: today };
    }
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
    case 'year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
  }
}

export type PeriodProblem = { field: 'from' | 'to'; problem: 'missing' | 'order' | 'tooLong' };

/** What is wrong with two chosen dates, on the field to correct; null when the server will accept them. */
export function checkPeriod(from: string, to: string): PeriodProblem | null {
  if (!isDate(from)) return { field: 'from', problem: 'missing' };
  if (!isDate(to)) return { field: 'to', problem: 'missing' };
  if (to < from) return { field: 'to', problem: 'order' };
  if (daysBetween(from, to) > MAX_PERIOD_DAYS) return { field: 'to', problem: 'tooLong' };
  return null;
}

export function isPreset(value: string | null): value is PeriodPreset {
  return (PERIOD_PRESETS as readonly string[]).includes(value ?? '');
}

/**
 * The choice kept in the address (`?period=month`, or `?from=...&to=...`) and the period it
 * means; anything unreadable falls back to the default.
 */
export function periodFromParams(params: URLSearchParams, today: string): { choice: PeriodChoice; period: Period; problem: PeriodProblem | null } {
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    const period = { from: from ?? '', to: to ?? '' };
    return { choice: 'custom', period, problem: checkPeriod(period.from, period.to) };
  }
  const preset = params.get('period');
  const choice = isPreset(preset) ? preset : DEFAULT_PRESET;
  return { choice, period: presetPeriod(choice, today), problem: null };
}
