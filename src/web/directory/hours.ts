/**
 * Opening hours of a service, day by day, as the service page shows them. Pure: the times stay in
 * the service's own time zone (a shelter in Athens opens at 09:00 Athens time wherever the reader
 * is), only their writing follows the reader's language.
 */
import { type DirectoryService, type Schedule, WEEKDAYS, type Weekday } from '../../core/referrals/directory.js';
import { isOpenAt } from '../../core/referrals/open-now.js';

export interface OpeningInterval {
  opensAt: string;
  closesAt: string;
  /** Closes on the next day (or after 24 hours, when it closes at the time it opens). */
  overnight: boolean;
  description: string | undefined;
}

export interface DayHours {
  day: Weekday;
  intervals: OpeningInterval[];
}

/** Every day of the week, Monday first, with its openings in order of opening time (none: closed). */
export function weekHours(schedules: readonly Pick<Schedule, 'byday' | 'opensAt' | 'closesAt' | 'description'>[]): DayHours[] {
  return WEEKDAYS.map((day) => ({
    day,
    intervals: schedules
      .filter((s) => s.byday.includes(day))
      .map((s) => ({ opensAt: s.opensAt, closesAt: s.closesAt, overnight: s.closesAt <= s.opensAt, description: s.description || undefined }))
      .sort((a, b) => (a.opensAt === b.opensAt ? a.closesAt.localeCompare(b.closesAt) : a.opensAt.localeCompare(b.opensAt))),
  }));
}

/** A "HH:MM" time of day written in the locale's way (e.g. "9:30 AM" in American English). */
export function formatTime(hhmm: string, locale: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const at = new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(at);
}

/** 1 January 2024 was a Monday: the days of that week give the weekdays' names. */
export function weekdayName(day: Weekday, locale: string, width: 'long' | 'short' = 'long'): string {
  const at = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day), 12));
  return new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(at);
}

/** The time zone's name and its current offset, e.g. "Europe/Athens (GMT+3)". */
export function timeZoneLabel(timeZone: string, locale: string, at: Date = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'shortOffset' }).formatToParts(at);
    const offset = parts.find((p) => p.type === 'timeZoneName')?.value;
    return offset ? `${timeZone} (${offset})` : timeZone;
  } catch {
    return timeZone;
  }
}

/** The time zones the browser knows, with UTC and `keep` (a value already saved) always among them. */
export function timeZones(keep?: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set(zones);
  all.add('UTC');
  if (keep) all.add(keep);
  return [...all].sort((a, b) => a.localeCompare(b));
}

/** The reader's own time zone (the default of a new service), UTC if the browser does not say. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export type OpenState = 'open' | 'closed' | 'inactive' | 'unknown';

/** Open now, closed now, not working at all (inactive, defunct, temporarily closed), or unknown (no opening hours given). */
export function openState(service: Pick<DirectoryService, 'status' | 'alwaysOpen' | 'schedules' | 'timeZone'>, at: Date): OpenState {
  if (service.status !== 'active') return 'inactive';
  if (!service.alwaysOpen && service.schedules.length === 0) return 'unknown';
  return isOpenAt(service, at) ? 'open' : 'closed';
}
