/**
 * The dashboard's filters as the address keeps them: a quick period (`?period=thisYear`) or two
 * dates (`?from=...&to=...`), and for the network a country of member organisations (`&country=GRC`).
 * Pure: today's date is passed in.
 */
import { MAX_DASHBOARD_YEARS } from '../../../core/data/dashboard/dashboard.js';

export const DASHBOARD_PRESETS = ['last12', 'thisYear', 'lastYear'] as const;
export type DashboardPreset = (typeof DASHBOARD_PRESETS)[number];
export type DashboardChoice = DashboardPreset | 'custom';
export const DEFAULT_DASHBOARD_PRESET: DashboardPreset = 'last12';

/** Calendar dates, YYYY-MM-DD, both included. */
export interface DashboardPeriod {
  readonly from: string;
  readonly to: string;
}

export interface DashboardFilters {
  readonly choice: DashboardChoice;
  readonly period: DashboardPeriod;
  /** Alpha-3, or '' for every member organisation. */
  readonly country: string;
  /** What is wrong with dates typed into the address, or null. */
  readonly problem: PeriodProblem | null;
}

export type PeriodProblem = { field: 'from' | 'to'; problem: 'missing' | 'order' | 'tooLong' };

/** The widest period the server answers, in years (MAX_DASHBOARD_YEARS). */
export const MAX_YEARS = MAX_DASHBOARD_YEARS;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{3}$/;

export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/** The calendar date of a moment where the browser is. */
export function localDate(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** A quick period's dates: the last twelve months are whole months up to today (twelve bars by month). */
export function presetPeriod(preset: DashboardPreset, today: string): DashboardPeriod {
  const year = Number(today.slice(0, 4));
  switch (preset) {
    case 'last12': {
      const month = Number(today.slice(5, 7)); // 1..12
      const index = year * 12 + (month - 1) - 11;
      const fromYear = Math.floor(index / 12);
      const fromMonth = (index % 12) + 1;
      return { from: `${String(fromYear).padStart(4, '0')}-${String(fromMonth).padStart(2, '0')}-01`, to: today };
    }
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'lastYear':
      return { from: `${String(year - 1).padStart(4, '0')}-01-01`, to: `${String(year - 1).padStart(4, '0')}-12-31` };
  }
}

/** What is wrong with two chosen dates, on the field to correct; null when they make a period. */
export function checkPeriod(from: string, to: string): PeriodProblem | null {
  if (!isCalendarDate(from)) return { field: 'from', problem: 'missing' };
  if (!isCalendarDate(to)) return { field: 'to', problem: 'missing' };
  if (to < from) return { field: 'to', problem: 'order' };
  // The same day MAX_YEARS later is one day too many (compared as text: a 29 February that does not exist still sorts right).
  if (to >= `${String(Number(from.slice(0, 4)) + MAX_YEARS).padStart(4, '0')}${from.slice(4)}`) return { field: 'to', problem: 'tooLong' };
  return null;
}

export function isDashboardPreset(value: string | null): value is DashboardPreset {
  return (DASHBOARD_PRESETS as readonly string[]).includes(value ?? '');
}

/** The filters an address means; anything unreadable falls back to the default (a bad country to none). */
export function filtersFromParams(params: URLSearchParams, today: string): DashboardFilters {
  const raw = (params.get('country') ?? '').toUpperCase();
  const country = COUNTRY.test(raw) ? raw : '';
  const from = params.get('from');
  const to = params.get('to');
  if (from !== null || to !== null) {
    const period = { from: from ?? '', to: to ?? '' };
    return { choice: 'custom', period, country, problem: checkPeriod(period.from, period.to) };
  }
  const preset = params.get('period');
  const choice = isDashboardPreset(preset) ? preset : DEFAULT_DASHBOARD_PRESET;
  return { choice, period: presetPeriod(choice, today), country, problem: null };
}

/** The address of a choice: a preset by name, dates as they are, the country when there is one. */
export function filtersToParams(choice: DashboardChoice, period: DashboardPeriod, country: string): URLSearchParams {
  const params = new URLSearchParams();
  if (choice === 'custom') {
    params.set('from', period.from);
    params.set('to', period.to);
  } else if (choice !== DEFAULT_DASHBOARD_PRESET) {
    params.set('period', choice);
  }
  if (country) params.set('country', country);
  return params;
}
