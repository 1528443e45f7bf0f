import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, fromDayNumber, toDayNumber } from '../cases/dates.js';
import { countsTotal, monthEnd, monthsBack, monthsBetween, type ProgressItem, progressBreakdown, progressOf, statusOn } from './progress.js';
import { STATUSES, THEMES } from './recommendation.js';

const START = toDayNumber('2022-01-01');
const day = fc.integer({ min: 0, max: 4 * 365 }).map((n) => fromDayNumber(START + n));

/** An item issued on some day, with changes on or after it, in date order. */
const item: fc.Arbitrary<ProgressItem> = fc
  .record({
    issuedOn: day,
    country: fc.constantFrom('GRC', 'SRB', 'ALB'),
    themes: fc.uniqueArray(fc.constantFrom(...THEMES), { minLength: 1, maxLength: 3 }),
    steps: fc.array(fc.record({ after: fc.integer({ min: 0, max: 200 }), status: fc.constantFrom(...STATUSES) }), { maxLength: 6 }),
  })
  .map(({ issuedOn, country, themes, steps }) => {
    let at = issuedOn;
    const history = steps.map((s) => {
      at = addDays(at, s.after);
      return { date: at, status: s.status };
    });
    return { issuedOn, country, themes, history };
  });

describe('progress by month', () => {
  it('months of a period, their ends, and the months before', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024-02', '2024-01')).toEqual([]);
    expect(monthEnd('2024-02')).toBe('2024-02-29');
    expect(monthEnd('2023-02')).toBe('2023-02-28');
    expect(monthEnd('2024-12')).toBe('2024-12-31');
    expect(monthsBack('2024-03', 12)).toBe('2023-04');
    expect(monthsBack('2024-01', 1)).toBe('2024-01');
  });

  it('a status holds from the day of its change; the last change of a day wins', () => {
    const x: ProgressItem = {
      issuedOn: '2024-01-15',
      country: 'GRC',
      themes: ['data'],
      history: [
        { date: '2024-01-31', status: 'in-progress' },
        { date: '2024-03-01', status: 'implemented' },
        { date: '2024-03-01', status: 'regressed' },
      ],
    };
    expect(statusOn(x, '2024-01-14')).toBeUndefined();
    expect(statusOn(x, '2024-01-15')).toBe('not-started');
    expect(statusOn(x, '2024-01-31')).toBe('in-progress');
    expect(statusOn(x, '2024-02-29')).toBe('in-progress');
    expect(statusOn(x, '2024-03-01')).toBe('regressed');
    expect(progressOf([x], ['2023-12', '2024-01', '2024-02', '2024-03']).map((m) => m.counts)).toEqual([
      { 'not-started': 0, 'in-progress': 0, 'partially-implemented': 0, implemented: 0, regressed: 0 },
      { 'not-started': 0, 'in-progress': 1, 'partially-implemented': 0, implemented: 0, regressed: 0 },
      { 'not-started': 0, 'in-progress': 1, 'partially-implemented': 0, implemented: 0, regressed: 0 },
      { 'not-started': 0, 'in-progress': 0, 'partially-implemented': 0, implemented: 0, regressed: 1 },
    ]);
  });

  it('counts of every month sum to the recommendations that exist by its end', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), day, fc.integer({ min: 1, max: 30 }), (items, start, length) => {
        const from = start.slice(0, 7);
        const months = monthsBetween(from, monthsBack(from, -length + 2));
        expect(months).toHaveLength(length);
        for (const m of progressOf(items, months)) {
          const existing = items.filter((x) => compareDates(x.issuedOn, monthEnd(m.month)) <= 0).length;
          expect(countsTotal(m.counts)).toBe(existing);
        }
      }),
    );
  });

  it('each country’s series adds up to the whole; each theme’s counts the items of that theme', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 30 }), (items) => {
        const months = monthsBetween('2022-01', '2025-12');
        const { total, byCountry, byTheme } = progressBreakdown(items, months);
        months.forEach((_, i) => {
          const whole = countsTotal(total.months[i]!.counts);
          expect(byCountry.reduce((sum, s) => sum + countsTotal(s.months[i]!.counts), 0)).toBe(whole);
          for (const s of byTheme) expect(countsTotal(s.months[i]!.counts)).toBeLessThanOrEqual(whole);
        });
        for (const s of byTheme) {
          const last = countsTotal(s.months.at(-1)!.counts);
          expect(last).toBe(items.filter((x) => x.themes.includes(s.key)).length);
        }
      }),
    );
  });
});
