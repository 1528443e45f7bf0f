/**
 * Calendar dates ('YYYY-MM-DD' strings), ages and the recovery and reflection period.
 *
 * Pure integer arithmetic on the proleptic Gregorian calendar: no `Date`, no time zone, so the
 * browser and the server agree. The only clock reading is `todayUtc`, used by the schemas to refuse
 * future dates; every other function takes the date it works on.
 */
import { z } from 'zod';

export type CalendarDate = string;

const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real calendar date, or undefined (wrong format, 2025-02-30, month 13, year 0000). */
export function parseDate(text: string): DateParts | undefined {
  const m = DATE_FORMAT.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isCalendarDate(text: string): boolean {
  return parseDate(text) !== undefined;
}

function partsOf(date: CalendarDate): DateParts {
  const parts = parseDate(date);
  if (!parts) throw new RangeError(`not a calendar date: ${date}`);
  return parts;
}

export function formatDate({ year, month, day }: DateParts): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (negative before). Howard Hinnant's days_from_civil. */
export function toDayNumber(date: CalendarDate): number {
  const { year, month, day } = partsOf(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `toDayNumber`. */
export function fromDayNumber(days: number): CalendarDate {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 1 || year > 9999) throw new RangeError('date out of range');
  return formatDate({ year, month, day });
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError('days must be an integer');
  return fromDayNumber(toDayNumber(date) + days);
}

/** Negative, zero or positive as `a` is before, on or after `b`. ISO dates compare as strings. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today in UTC. */
export function todayUtc(now: Date = new Date()): CalendarDate {
  return now.toISOString().slice(0, 10);
}

/**
 * Whole years from `from` to `on`: the number of anniversaries of `from` reached by `on`, negative
 * when `on` is before `from`. Someone born on 29 February has their birthday on 1 March in common
 * years (the day after 28 February), as in most European legislations.
 */
export function wholeYearsBetween(from: CalendarDate, on: CalendarDate): number {
  const a = partsOf(from);
  const b = partsOf(on);
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years -= 1;
  return years;
}

/** Age in whole years on a date; undefined before birth. */
export function ageFromBirthDate(birthDate: CalendarDate, on: CalendarDate): number | undefined {
  if (compareDates(on, birthDate) < 0) return undefined;
  return wholeYearsBetween(birthDate, on);
}

/**
 * Age on a date from an estimate ("about 16" on 2025-03-01). The estimate is read as the person's
 * youngest plausible age: they are taken to have just turned `years` on the day of the estimate, so
 * they reach the next year exactly one year later. For children this errs towards minority, as the
 * presumption of age in the Council of Europe Trafficking Convention (art. 10(3)) requires.
 */
export function ageFromEstimate(years: number, estimatedOn: CalendarDate, on: CalendarDate): number | undefined {
  const age = years + wholeYearsBetween(estimatedOn, on);
  return age < 0 ? undefined : age;
}

// ---- Recovery and reflection period ----

/** The Council of Europe Convention (art. 13) requires at least 30 days; organisations may set more. */
export const DEFAULT_REFLECTION_DAYS = 30;
export const MAX_REFLECTION_DAYS = 365;

/**
 * The last day of a reflection period of `days` days that starts on (and includes) `start`:
 * 30 days from 1 March end on 30 March.
 */
export function reflectionPeriod(start: CalendarDate, days: number = DEFAULT_REFLECTION_DAYS): CalendarDate {
  if (!Number.isInteger(days) || days < 1 || days > MAX_REFLECTION_DAYS) throw new RangeError(`reflection days must be 1–${MAX_REFLECTION_DAYS}`);
  return addDays(start, days - 1);
}

/** The day to remind the caseworker, `daysBefore` days before the period's last day. */
export function reminderDate(end: CalendarDate, daysBefore: number): CalendarDate {
  if (!Number.isInteger(daysBefore) || daysBefore < 0) throw new RangeError('daysBefore must be a non-negative integer');
  return addDays(end, -daysBefore);
}

// ---- Schemas ----

/** A real calendar date. */
export const calendarDate = z.string().refine(isCalendarDate, 'a real calendar date as YYYY-MM-DD, e.g. 2025-03-01');

/**
 * A date not after today. One day of slack for time zones ahead of UTC (a caseworker in Kyiv at
 * 01:00 is already in tomorrow's UTC date).
 */
export const pastDate = calendarDate.refine((d) => compareDates(d, addDays(todayUtc(), 1)) <= 0, 'must not be in the future');

/** An organisation's setting for the reflection period. */
export const reflectionSettings = z.strictObject({
  reflectionDays: z.number().int().min(1).max(MAX_REFLECTION_DAYS).default(DEFAULT_REFLECTION_DAYS),
  reminderDaysBefore: z.number().int().min(0).max(60).default(7),
});
export type ReflectionSettings = z.infer<typeof reflectionSettings>;
