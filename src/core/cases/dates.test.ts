import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  ageFromBirthDate,
  calendarDate,
  fromDayNumber,
  isCalendarDate,
  pastDate,
  reflectionPeriod,
  reminderDate,
  toDayNumber,
  todayUtc,
  wholeYearsBetween,
} from './dates.js';

const dates = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('calendar dates', () => {
  it('accepts real dates and refuses impossible ones', () => {
    for (const d of ['2025-02-28', '2024-02-29', '2000-02-29', '1999-12-31']) expect(isCalendarDate(d)).toBe(true);
    for (const d of [
      '2025-02-29',
      '1900-02-29',
      '2025-02-30',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '0000-01-01',
      '2025-1-1',
      '20250101',
      '2025-01-01T00:00',
    ]) {
      expect(isCalendarDate(d)).toBe(false);
    }
  });

  it('day numbers agree with the JavaScript calendar and round-trip', () => {
    fc.assert(
      fc.property(dates, (d) => {
        expect(toDayNumber(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
        expect(fromDayNumber(toDayNumber(d))).toBe(d);
      }),
    );
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
  });

  it('the schema names the problem', () => {
    expect(calendarDate.safeParse('2025-02-30').success).toBe(false);
    expect(pastDate.safeParse(addDays(todayUtc(), 5)).success).toBe(false);
    expect(pastDate.safeParse(todayUtc()).success).toBe(true);
  });
});

describe('age', () => {
  it('turns a year older exactly on the birthday', () => {
    expect(ageFromBirthDate('2007-06-15', '2025-06-14')).toBe(17);
    expect(ageFromBirthDate('2007-06-15', '2025-06-15')).toBe(18);
    expect(ageFromBirthDate('2007-06-15', '2007-06-15')).toBe(0);
    expect(ageFromBirthDate('2007-06-15', '2007-06-14')).toBeUndefined();
  });

  it('someone born on 29 February is a year older on 1 March in common years, on 29 February in leap years', () => {
    expect(ageFromBirthDate('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageFromBirthDate('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageFromBirthDate('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageFromBirthDate('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('is monotonic in the date and moves by at most one a year', () => {
    fc.assert(
      fc.property(dates, dates, dates, (birth, a, b) => {
        fc.pre(birth <= a && a <= b);
        const ageA = ageFromBirthDate(birth, a)!;
        const ageB = ageFromBirthDate(birth, b)!;
        expect(ageA).toBeGreaterThanOrEqual(0);
        expect(ageB).toBeGreaterThanOrEqual(ageA);
        const days = toDayNumber(b) - toDayNumber(a);
        expect(ageB - ageA).toBeLessThanOrEqual(Math.floor(days / 365) + 1);
      }),
    );
  });

  it('agrees with counting days: n years old means between 365n and 366n+1 days', () => {
    fc.assert(
      fc.property(dates, dates, (birth, on) => {
        fc.pre(birth <= on);
        const age = wholeYearsBetween(birth, on);
        const days = toDayNumber(on) - toDayNumber(birth);
        expect(days).toBeGreaterThanOrEqual(age * 365);
        expect(days).toBeLessThan((age + 1) * 366);
      }),
    );
  });
});

describe('reflection period', () => {
  it('30 days from 1 March end on 30 March, and the period can be set per organisation', () => {
    expect(reflectionPeriod('2025-03-01')).toBe('2025-03-30');
    expect(reflectionPeriod('2025-03-01', 90)).toBe('2025-05-29');
    expect(reflectionPeriod('2024-02-15', 30)).toBe('2024-03-15');
    expect(reflectionPeriod('2025-03-01', 1)).toBe('2025-03-01');
    expect(() => reflectionPeriod('2025-03-01', 0)).toThrow(RangeError);
    expect(() => reflectionPeriod('2025-03-01', 1.5)).toThrow(RangeError);
  });

  it('reminds the given days before the end', () => {
    expect(reminderDate('2025-03-30', 7)).toBe('2025-03-23');
    expect(reminderDate('2025-03-30', 0)).toBe('2025-03-30');
    expect(() => reminderDate('2025-03-30', -1)).toThrow(RangeError);
  });

  it('lasts exactly the number of days asked', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 1, max: 365 }), (start, days) => {
        expect(toDayNumber(reflectionPeriod(start, days)) - toDayNumber(start) + 1).toBe(days);
      }),
    );
  });
});
