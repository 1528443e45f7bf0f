/** Durations, percentages, days and months as the figures show them, in a given locale. Pure. */

/** Seconds as a clock: `mm:ss`, or `h:mm:ss` from an hour on. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** A fraction as a whole percentage (`0.5` → "50%"), or `none` when there is none. */
export function percent(locale: string, fraction: number | null, none = '—'): string {
  if (fraction === null || !Number.isFinite(fraction)) return none;
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** A number of days, with at most one decimal (a median of two can end in .5). */
export function days(locale: string, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

function utcDate(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

/** A calendar date short, for an axis: "3 Mar". */
export function shortDay(locale: string, date: string): string {
  const at = utcDate(date);
  return Number.isNaN(at.getTime()) ? date : new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at);
}

/** A calendar date in full, with the weekday: "Monday 3 March 2025". */
export function longDay(locale: string, date: string): string {
  const at = utcDate(date);
  return Number.isNaN(at.getTime()) ? date : new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(at);
}

/** A calendar date as the period shows it: "3 March 2025". */
export function mediumDay(locale: string, date: string): string {
  const at = utcDate(date);
  return Number.isNaN(at.getTime()) ? date : new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

/** A month key of the funnel (YYYY-MM) by name: "March 2025". */
export function monthName(locale: string, key: string): string {
  if (!/^\d{4}-\d{2}$/.test(key)) return key;
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(utcDate(`${key}-01`));
}
