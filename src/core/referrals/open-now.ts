/**
 * Whether a service is open at a moment, from its weekly schedules in its own time zone.
 * Pure: the browser and the server give the same answer for the same instant.
 */
import { type Schedule, WEEKDAYS, type Weekday } from './directory.js';

export interface Opening {
  readonly alwaysOpen: boolean;
  readonly status: string;
  readonly schedules: readonly Pick<Schedule, 'byday' | 'opensAt' | 'closesAt'>[];
  readonly timeZone: string;
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The weekday and minute of the day of an instant in a time zone. */
export function localTime(at: Date, timeZone: string): { day: Weekday; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = get('weekday').slice(0, 2).toUpperCase() as Weekday;
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** Open at `at`: active, and always open or inside one of the schedules (a night that runs past midnight counts on the next morning). */
export function isOpenAt(s: Opening, at: Date): boolean {
  if (s.status !== 'active') return false;
  if (s.alwaysOpen) return true;
  if (s.schedules.length === 0) return false;
  const { day, minute } = localTime(at, s.timeZone);
  const yesterday = WEEKDAYS[(WEEKDAYS.indexOf(day) + 6) % 7]!;
  for (const sc of s.schedules) {
    const open = minutes(sc.opensAt);
    const close = minutes(sc.closesAt);
    if (close > open) {
      if (sc.byday.includes(day) && minute >= open && minute < close) return true;
    } else {
      // Past midnight (or 24 hours when close = open): the evening of a listed day, the morning after it.
      if (sc.byday.includes(day) && minute >= open) return true;
      if (sc.byday.includes(yesterday) && minute < close) return true;
    }
  }
  return false;
}
