import { describe, expect, it } from 'vitest';
import type { HttpError } from '../../http/errors.js';
import { type CountRow, buildFigures, lastDayWithin, monthsOf } from './figures.js';
import { periodOf } from './routes.js';

describe('dashboard figures from counts', () => {
  it('lists every month a period touches', () => {
    expect(monthsOf('2024-11-15', '2025-02-01')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsOf('2025-03-31', '2025-03-31')).toEqual(['2025-03']);
  });

  it('ends a period of ten years the day before the same date ten years on', () => {
    expect(lastDayWithin('2015-01-01', 10)).toBe('2024-12-31');
    expect(lastDayWithin('2016-02-29', 10)).toBe('2026-02-27');
    expect(lastDayWithin('9995-06-01', 10)).toBe('9999-12-31');
  });

  it('groups ages into the CTDC bands, shows fixed keys at zero, and orders open lists by count', () => {
    const rows: CountRow[] = [
      { figure: 'ages', k: '16', cnt: 2, days: null },
      { figure: 'ages', k: '17', cnt: 1, days: null },
      { figure: 'ages', k: '40', cnt: 5, days: null },
      { figure: 'ages', k: 'unknown', cnt: 4, days: null },
      { figure: 'ages', k: null, cnt: 12, days: null },
      { figure: 'citizenships', k: 'unknown', cnt: 9, days: null },
      { figure: 'citizenships', k: 'ALB', cnt: 1, days: null },
      { figure: 'citizenships', k: 'UKR', cnt: 2, days: null },
      { figure: 'citizenships', k: null, cnt: 12, days: null },
      { figure: 'referral-days', k: 'days-to-acceptance', cnt: 3, days: 1.26 },
      { figure: 'referral-days', k: 'days-to-completion', cnt: 0, days: null },
    ];
    const figures = buildFigures(rows, 'organisation', '2025-01-01', '2025-03-31');
    expect(figures.map((f) => f.id)).not.toContain('cases-by-member-country');
    const bands = figures.find((f) => f.id === 'age-bands')!;
    expect(bands.rows.filter((r) => r.value !== 0)).toEqual([
      { key: '9--17', value: 3 },
      { key: '39--47', value: 5 },
      { key: 'unknown', value: 4 },
    ]);
    expect(bands.rows).toHaveLength(10);
    expect(bands.total).toBe(12);
    expect(figures.find((f) => f.id === 'citizenships')!.rows.map((r) => r.key)).toEqual(['UKR', 'ALB', 'unknown']);
    expect(figures.find((f) => f.id === 'cases-opened')!.rows).toEqual([
      { key: '2025-01', value: 0 },
      { key: '2025-02', value: 0 },
      { key: '2025-03', value: 0 },
    ]);
    expect(figures.find((f) => f.id === 'referral-days')!.rows).toEqual([{ key: 'days-to-acceptance', value: 1.3, basis: 3 }]);
    expect(buildFigures([], 'network', '2025-01-01', '2025-01-31').map((f) => f.id)).toContain('cases-by-member-country');
  });
});

describe('the dashboard period', () => {
  const fieldOf = (q: { from?: string; to?: string }): string | undefined => {
    try {
      periodOf(q, '2026-11-23');
      return undefined;
    } catch (err) {
      return (err as HttpError).field;
    }
  };

  it('is the last twelve months (this one and the eleven before) by default', () => {
    expect(periodOf({}, '2026-11-23')).toEqual({ from: '2025-12-01', to: '2026-11-23' });
    expect(periodOf({ to: '2025-01-15' }, '2026-11-23')).toEqual({ from: '2024-02-01', to: '2025-01-15' });
    expect(periodOf({ from: '2026-06-01' }, '2026-11-23')).toEqual({ from: '2026-06-01', to: '2026-11-23' });
    expect(periodOf({ to: '0001-03-01' }, '2026-11-23')).toEqual({ from: '0001-01-01', to: '0001-03-01' });
  });

  it('ends on or after its first day, and spans ten years at most', () => {
    expect(fieldOf({ from: '2025-02-01', to: '2025-01-31' })).toBe('to');
    expect(fieldOf({ from: '2027-01-01' })).toBe('from');
    expect(fieldOf({ from: '2015-01-01', to: '2024-12-31' })).toBeUndefined();
    expect(fieldOf({ from: '2015-01-01', to: '2025-01-01' })).toBe('to');
    expect(fieldOf({ from: '2000-01-01' })).toBe('from');
  });
});
