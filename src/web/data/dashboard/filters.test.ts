import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPeriod, filtersFromParams, filtersToParams, isCalendarDate, presetPeriod } from './filters.js';

const TODAY = '2026-11-23';

describe('presetPeriod', () => {
  it('gives whole months for the last twelve, the year so far, and the whole of last year', () => {
    expect(presetPeriod('last12', TODAY)).toEqual({ from: '2025-12-01', to: TODAY });
    expect(presetPeriod('last12', '2026-01-05')).toEqual({ from: '2025-02-01', to: '2026-01-05' });
    expect(presetPeriod('last12', '2026-12-31')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('thisYear', TODAY)).toEqual({ from: '2026-01-01', to: TODAY });
    expect(presetPeriod('lastYear', TODAY)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('always makes a valid period ending no later than today (property)', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.constantFrom('last12', 'thisYear', 'lastYear' as const), (today, preset) => {
        const period = presetPeriod(preset, today);
        expect(checkPeriod(period.from, period.to)).toBeNull();
        expect(period.to <= today).toBe(true);
      }),
    );
  });
});

describe('the address', () => {
  it('reads a preset, dates and a country, and falls back to the last twelve months', () => {
    expect(filtersFromParams(new URLSearchParams(''), TODAY)).toEqual({
      choice: 'last12',
      period: { from: '2025-12-01', to: TODAY },
      country: '',
      problem: null,
    });
    expect(filtersFromParams(new URLSearchParams('period=lastYear&country=grc'), TODAY)).toEqual({
      choice: 'lastYear',
      period: { from: '2025-01-01', to: '2025-12-31' },
      country: 'GRC',
      problem: null,
    });
    expect(filtersFromParams(new URLSearchParams('period=nonsense&country=Greece'), TODAY).choice).toBe('last12');
    expect(filtersFromParams(new URLSearchParams('period=nonsense&country=Greece'), TODAY).country).toBe('');
    expect(filtersFromParams(new URLSearchParams('from=2026-03-01&to=2026-02-01'), TODAY)).toEqual({
      choice: 'custom',
      period: { from: '2026-03-01', to: '2026-02-01' },
      country: '',
      problem: { field: 'to', problem: 'order' },
    });
    expect(filtersFromParams(new URLSearchParams('from=2026-02-30'), TODAY).problem).toEqual({ field: 'from', problem: 'missing' });
  });

  it('writes what it reads back', () => {
    for (const search of ['', 'period=thisYear', 'period=lastYear&country=ALB', 'from=2026-01-01&to=2026-02-01&country=GRC']) {
      const read = filtersFromParams(new URLSearchParams(search), TODAY);
      expect(filtersToParams(read.choice, read.period, read.country).toString()).toBe(search);
    }
  });

  it('refuses a period of ten years or more, as the server does', () => {
    expect(checkPeriod('2016-01-01', '2025-12-31')).toBeNull();
    expect(checkPeriod('2016-01-01', '2026-01-01')).toEqual({ field: 'to', problem: 'tooLong' });
    expect(checkPeriod('2016-02-29', '2026-02-28')).toBeNull();
    expect(checkPeriod('2016-02-29', '2026-03-01')).toEqual({ field: 'to', problem: 'tooLong' });
  });

  it('knows a calendar date', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-2-1')).toBe(false);
  });
});
