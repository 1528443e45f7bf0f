import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS, type Weekday } from './directory.js';
import { type Opening, isOpenAt, localTime } from './open-now.js';

/** Is a service open now: weekly hours in the service's own time zone, nights past midnight, daylight saving. */

type Hours = { byday: Weekday[]; opensAt: string; closesAt: string };
const MINUTES_A_WEEK = 7 * 24 * 60;
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));

/**
 * The oracle, written differently from the code under test: each opening is an interval of the
 * week (minutes since Monday 00:00), wrapping at the end of the week; closing at or before the
 * opening time means the next day.
 */
function openInWeek(schedules: readonly Hours[], day: Weekday, minute: number): boolean {
  const now = WEEKDAYS.indexOf(day) * 1440 + minute;
  return schedules.some((s) =>
    s.byday.some((d) => {
      const start = WEEKDAYS.indexOf(d) * 1440 + minutesOf(s.opensAt);
      const length = (minutesOf(s.closesAt) - minutesOf(s.opensAt) + 1440) % 1440 || 1440;
      return (now - start + MINUTES_A_WEEK) % MINUTES_A_WEEK < length;
    }),
  );
}

/** Local wall time of a fixed-offset zone by arithmetic (Etc/GMT-3 is UTC+3). */
function fixedOffsetLocal(at: Date, hours: number): { day: Weekday; minute: number } {
  const local = new Date(at.getTime() + hours * 3_600_000);
  return { day: WEEKDAYS[(local.getUTCDay() + 6) % 7]!, minute: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** Local wall time of any zone from its calendar date (another Intl path than the code's weekday names). */
function calendarLocal(at: Date, timeZone: string): { day: Weekday; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(at);
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const weekday = new Date(Date.UTC(n('year'), n('month') - 1, n('day'))).getUTCDay();
  return { day: WEEKDAYS[(weekday + 6) % 7]!, minute: n('hour') * 60 + n('minute') };
}

const time = fc.integer({ min: 0, max: 1439 }).map(hhmm);
const hours: fc.Arbitrary<Hours> = fc.record({ byday: fc.subarray([...WEEKDAYS], { minLength: 1 }), opensAt: time, closesAt: time });
const schedules = fc.array(hours, { minLength: 1, maxLength: 4 });
const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true });
const offset = fc.integer({ min: -12, max: 14 });
const zoneOf = (h: number) => (h === 0 ? 'Etc/GMT' : `Etc/GMT${h > 0 ? '-' : '+'}${Math.abs(h)}`);
const ZONES = ['Europe/Athens', 'Europe/Kyiv', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'UTC'];

const service = (s: readonly Hours[], timeZone: string, extra: Partial<Opening> = {}): Opening => ({
  alwaysOpen: false,
  status: 'active',
  schedules: s,
  timeZone,
  ...extra,
});

describe('open now', () => {
  it('agrees with the weekly intervals in fixed-offset zones, nights past midnight and the week’s end included', () => {
    fc.assert(
      fc.property(schedules, instant, offset, (s, at, h) => {
        const { day, minute } = fixedOffsetLocal(at, h);
        expect(isOpenAt(service(s, zoneOf(h)), at)).toBe(openInWeek(s, day, minute));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with the weekly intervals in zones with daylight saving and half-hour offsets', () => {
    fc.assert(
      fc.property(schedules, instant, fc.constantFrom(...ZONES), (s, at, zone) => {
        const { day, minute } = calendarLocal(at, zone);
        expect(localTime(at, zone)).toEqual({ day, minute });
        expect(isOpenAt(service(s, zone), at)).toBe(openInWeek(s, day, minute));
      }),
      { numRuns: 2000 },
    );
  });

  it('is the same instant for everyone: a service opens at its own local time, not the viewer’s', () => {
    fc.assert(
      fc.property(hours, instant, offset, offset, (s, at, h1, h2) => {
        // Hours in a zone h2 − h1 hours ahead, moved h2 − h1 hours later in the day, are the same instants (within one day).
        const shift = (h2 - h1) * 60;
        const opens = minutesOf(s.opensAt) + shift;
        const closes = minutesOf(s.closesAt) + shift;
        fc.pre(opens >= 0 && opens < 1440 && closes >= 0 && closes < 1440);
        const moved = { ...s, opensAt: hhmm(opens), closesAt: hhmm(closes) };
        expect(isOpenAt(service([moved], zoneOf(h2)), at)).toBe(isOpenAt(service([s], zoneOf(h1)), at));
      }),
      { numRuns: 1000 },
    );
  });

  it('is never open unless active, and always open when open around the clock', () => {
    fc.assert(
      fc.property(schedules, instant, fc.constantFrom(...ZONES), fc.constantFrom('inactive', 'defunct', 'temporarily closed'), (s, at, zone, status) => {
        expect(isOpenAt(service(s, zone, { status }), at)).toBe(false);
        expect(isOpenAt(service(s, zone, { status, alwaysOpen: true }), at)).toBe(false);
        expect(isOpenAt(service([], zone, { alwaysOpen: true }), at)).toBe(true);
        expect(isOpenAt(service([], zone), at)).toBe(false);
      }),
    );
  });

  it('keeps a Friday night open into Saturday morning, in the service’s zone', () => {
    const night = service([{ byday: ['FR'], opensAt: '22:00', closesAt: '06:00' }], 'Europe/Athens');
    // 2024-06-14 is a Friday; Athens is UTC+3 in summer.
    expect(isOpenAt(night, new Date('2024-06-14T19:30:00Z'))).toBe(true); // Fri 22:30
    expect(isOpenAt(night, new Date('2024-06-15T00:00:00Z'))).toBe(true); // Sat 03:00
    expect(isOpenAt(night, new Date('2024-06-15T02:59:00Z'))).toBe(true); // Sat 05:59
    expect(isOpenAt(night, new Date('2024-06-15T03:00:00Z'))).toBe(false); // Sat 06:00
    expect(isOpenAt(night, new Date('2024-06-14T00:00:00Z'))).toBe(false); // Fri 03:00: Thursday night is not listed
    expect(isOpenAt(night, new Date('2024-06-14T18:59:00Z'))).toBe(false); // Fri 21:59
    // Closing = opening: 24 hours from the opening.
    const day = service([{ byday: ['SU'], opensAt: '12:00', closesAt: '12:00' }], 'UTC');
    expect(isOpenAt(day, new Date('2024-06-16T12:00:00Z'))).toBe(true); // Sun 12:00
    expect(isOpenAt(day, new Date('2024-06-17T11:59:00Z'))).toBe(true); // Mon 11:59
    expect(isOpenAt(day, new Date('2024-06-17T12:00:00Z'))).toBe(false);
    // The week wraps: Sunday night into Monday.
    const sunday = service([{ byday: ['SU'], opensAt: '20:00', closesAt: '02:00' }], 'Pacific/Kiritimati');
    expect(isOpenAt(sunday, new Date('2024-06-16T11:30:00Z'))).toBe(true); // Mon 01:30 at UTC+14
  });

  it('follows daylight saving: the same local hours are different UTC instants in winter and summer', () => {
    const office = service([{ byday: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: '09:00', closesAt: '17:00' }], 'Europe/Athens');
    expect(isOpenAt(office, new Date('2024-01-15T06:30:00Z'))).toBe(false); // 08:30 EET
    expect(isOpenAt(office, new Date('2024-01-15T07:30:00Z'))).toBe(true); // 09:30 EET
    expect(isOpenAt(office, new Date('2024-07-15T06:30:00Z'))).toBe(true); // 09:30 EEST
    expect(isOpenAt(office, new Date('2024-07-15T14:30:00Z'))).toBe(false); // 17:30 EEST
    // The night the clocks go forward (2024-03-31, 03:00 → 04:00).
    const night = service([{ byday: ['SA'], opensAt: '23:00', closesAt: '05:00' }], 'Europe/Athens');
    expect(isOpenAt(night, new Date('2024-03-31T00:59:00Z'))).toBe(true); // 02:59 EET
    expect(isOpenAt(night, new Date('2024-03-31T01:00:00Z'))).toBe(true); // 04:00 EEST
    expect(isOpenAt(night, new Date('2024-03-31T02:00:00Z'))).toBe(false); // 05:00 EEST
  });
});
