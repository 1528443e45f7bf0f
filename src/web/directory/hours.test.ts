import { describe, expect, it } from 'vitest';
import type { Schedule } from '../../core/referrals/directory.js';
import { formatTime, openState, timeZoneLabel, timeZones, weekdayName, weekHours } from './hours.js';

const weekdays: Schedule = { byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' };
const night: Schedule = { byday: ['FR', 'SA'], opensAt: '22:00', closesAt: '06:00', description: 'Night shelter' };
const morning: Schedule = { byday: ['FR'], opensAt: '07:30', closesAt: '08:30' };

describe('opening hours, day by day', () => {
  it('lists every day from Monday, with its openings in order and closed days empty', () => {
    const week = weekHours([weekdays, night, morning]);
    expect(week.map((d) => d.day)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']);
    expect(week[0]!.intervals).toEqual([{ opensAt: '09:00', closesAt: '17:00', overnight: false, description: undefined }]);
    expect(week[4]!.intervals.map((i) => `${i.opensAt}-${i.closesAt}`)).toEqual(['07:30-08:30', '09:00-17:00', '22:00-06:00']);
    expect(week[5]!.intervals).toEqual([{ opensAt: '22:00', closesAt: '06:00', overnight: true, description: 'Night shelter' }]);
    expect(week[6]!.intervals).toEqual([]);
  });

  it('counts closing at the opening time as running through to the next day', () => {
    expect(weekHours([{ byday: ['SU'], opensAt: '08:00', closesAt: '08:00' }])[6]!.intervals[0]!.overnight).toBe(true);
  });

  it('writes times and days in the reader’s language, not the reader’s time zone', () => {
    expect(formatTime('09:30', 'en-GB')).toBe('09:30');
    expect(formatTime('21:05', 'en-US')).toMatch(/^9:05\sPM$/);
    expect(formatTime('nonsense', 'en')).toBe('nonsense');
    expect(weekdayName('MO', 'en')).toBe('Monday');
    expect(weekdayName('SU', 'en', 'short')).toBe('Sun');
    expect(weekdayName('WE', 'el')).toBe('Τετάρτη');
  });

  it('names a time zone with its offset at the moment', () => {
    expect(timeZoneLabel('Europe/Athens', 'en', new Date('2025-01-15T12:00:00Z'))).toBe('Europe/Athens (GMT+2)');
    expect(timeZoneLabel('Europe/Athens', 'en', new Date('2025-07-15T12:00:00Z'))).toBe('Europe/Athens (GMT+3)');
    expect(timeZoneLabel('Not/AZone', 'en')).toBe('Not/AZone');
  });

  it('offers the browser’s time zones, UTC and the one already saved', () => {
    const zones = timeZones('Etc/GMT+5');
    expect(zones).toContain('UTC');
    expect(zones).toContain('Europe/Athens');
    expect(zones).toContain('Etc/GMT+5');
    expect(new Set(zones).size).toBe(zones.length);
  });
});

describe('open now', () => {
  const service: Parameters<typeof openState>[0] = { status: 'active', alwaysOpen: false, schedules: [weekdays], timeZone: 'Europe/Athens' };
  // Wednesday 15 January 2025.
  const at = (utc: string) => new Date(`2025-01-15T${utc}:00Z`);

  it('follows the service’s own time zone', () => {
    // 07:30 UTC is 09:30 in Athens: open; 15:30 UTC is 17:30 there: closed.
    expect(openState(service, at('07:30'))).toBe('open');
    expect(openState(service, at('15:30'))).toBe('closed');
    expect(openState({ ...service, timeZone: 'UTC' }, at('07:30'))).toBe('closed');
  });

  it('tells a service that is not working from one that is closed at the moment', () => {
    expect(openState({ ...service, status: 'temporarily closed' }, at('07:30'))).toBe('inactive');
    expect(openState({ ...service, alwaysOpen: true, schedules: [] }, at('02:00'))).toBe('open');
    // No opening hours given: neither open nor closed is known.
    expect(openState({ ...service, schedules: [] }, at('07:30'))).toBe('unknown');
  });
});
