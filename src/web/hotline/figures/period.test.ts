import { describe, expect, it } from 'vitest';
import { addDays, checkPeriod, daysBetween, isDate, localDate, periodFromParams, presetPeriod } from './period.js';

describe('the period of the figures', () => {
  it('starts this week on Monday, this month on the 1st, this year on 1 January, and the last 30 days 29 days back', () => {
    // 2025-03-13 is a Thursday.
    expect(presetPeriod('week', '2025-03-13')).toEqual({ from: '2025-03-10', to: '2025-03-13' });
    expect(presetPeriod('week', '2025-03-10')).toEqual({ from: '2025-03-10', to: '2025-03-10' });
    expect(presetPeriod('week', '2025-03-16')).toEqual({ from: '2025-03-10', to: '2025-03-16' });
    expect(presetPeriod('month', '2025-03-13')).toEqual({ from: '2025-03-01', to: '2025-03-13' });
    expect(presetPeriod('year', '2025-03-13')).toEqual({ from: '2025-01-01', to: '2025-03-13' });
    expect(presetPeriod('last30', '2025-03-13')).toEqual({ from: '2025-02-12', to: '2025-03-13' });
    expect(daysBetween('2025-02-12', '2025-03-13')).toBe(29);
  });

  it('counts across month, year and leap days', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(presetPeriod('week', '2025-01-01')).toEqual({ from: '2024-12-30', to: '2025-01-01' });
  });

  it('refuses missing, reversed and over-long dates on the field to correct, as the server would', () => {
    expect(checkPeriod('', '2025-01-01')).toEqual({ field: 'from', problem: 'missing' });
    expect(checkPeriod('2025-01-01', '2025-02-30')).toEqual({ field: 'to', problem: 'missing' });
    expect(checkPeriod('2025-02-01', '2025-01-01')).toEqual({ field: 'to', problem: 'order' });
    expect(checkPeriod('2024-01-01', '2025-02-05')).toEqual({ field: 'to', problem: 'tooLong' });
    expect(checkPeriod('2024-01-01', '2025-02-04')).toBeNull();
    expect(checkPeriod('2025-01-01', '2025-01-01')).toBeNull();
  });

  it('reads the choice from the address, falling back to the last 30 days', () => {
    const today = '2025-03-13';
    expect(periodFromParams(new URLSearchParams(''), today)).toEqual({ choice: 'last30', period: { from: '2025-02-12', to: today }, problem: null });
    expect(periodFromParams(new URLSearchParams('period=year'), today).period).toEqual({ from: '2025-01-01', to: today });
    expect(periodFromParams(new URLSearchParams('period=decade'), today).choice).toBe('last30');
    expect(periodFromParams(new URLSearchParams('from=2025-01-05&to=2025-01-20'), today)).toEqual({
      choice: 'custom',
      period: { from: '2025-01-05', to: '2025-01-20' },
      problem: null,
    });
    expect(periodFromParams(new URLSearchParams('from=2025-01-05'), today).problem).toEqual({ field: 'to', problem: 'missing' });
  });

  it('knows a real calendar date, and the local one', () => {
    expect(isDate('2025-02-28')).toBe(true);
    expect(isDate('2025-02-29')).toBe(false);
    expect(isDate('25-02-28')).toBe(false);
    expect(localDate(new Date(2025, 0, 9, 23, 30))).toBe('2025-01-09');
  });
});
