import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_TYPES, AUDIENCES, type ReachRow, reachResponse } from '../../../core/prevention/campaign.js';
import { foldReach, monthsBetween, type ReachFact, reachPeriod } from './reach.js';

/** The reach dashboard's arithmetic, without a database. */

const sum = (rows: readonly ReachRow[]) =>
  rows.reduce((a, r) => ({ counted: a.counted + r.counted, estimated: a.estimated + r.estimated, activities: a.activities + r.activities }), {
    counted: 0,
    estimated: 0,
    activities: 0,
  });

const day = fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));

const fact: fc.Arbitrary<ReachFact> = fc.record({
  date: day,
  city: fc.option(fc.constantFrom('Chișinău', 'Bălți', 'Iași'), { nil: null }),
  country: fc.constantFrom('MDA', 'ROU'),
  audience: fc.constantFrom(...AUDIENCES),
  type: fc.constantFrom(...ACTIVITY_TYPES),
  orgId: fc.constantFrom('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'),
  orgName: fc.constant('Org'),
  kind: fc.constantFrom('counted', 'estimated'),
  reached: fc.integer({ min: 0, max: 100_000_000 }),
  activities: fc.integer({ min: 1, max: 5 }),
});

describe('foldReach', () => {
  it('total = sum of byMonth = byType = byAudience = byCity = byOrganisation, over the activities of the period only', () => {
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 60 }), day, day, (facts, a, b) => {
        const period = a <= b ? { from: a, to: b } : { from: b, to: a };
        const r = foldReach(facts, period);
        expect(reachResponse.safeParse(r).success).toBe(true);
        const inPeriod = facts.filter((f) => f.date >= period.from && f.date <= period.to);
        const expected = {
          counted: inPeriod.filter((f) => f.kind === 'counted').reduce((n, f) => n + f.reached, 0),
          estimated: inPeriod.filter((f) => f.kind === 'estimated').reduce((n, f) => n + f.reached, 0),
          activities: inPeriod.reduce((n, f) => n + f.activities, 0),
        };
        expect(r.total).toEqual({ key: 'total', ...expected });
        for (const rows of [r.byMonth, r.byType, r.byAudience, r.byCity, r.byOrganisation]) expect(sum(rows)).toEqual(expected);
        expect(r.byMonth.map((m) => m.key)).toEqual(monthsBetween(period.from, period.to));
      }),
      { numRuns: 300 },
    );
  });
});

describe('reachPeriod', () => {
  it('defaults to the 12 whole months up to today', () => {
    expect(reachPeriod({}, '2025-03-15')).toEqual({ from: '2024-04-01', to: '2025-03-31' });
    expect(reachPeriod({}, '2024-12-31')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(reachPeriod({}, '2024-02-10')).toEqual({ from: '2023-03-01', to: '2024-02-29' });
    expect(monthsBetween('2024-04-01', '2025-03-31')).toHaveLength(12);
  });

  it('takes what is given, and the 12 months ending with `to` when only it is', () => {
    expect(reachPeriod({ from: '2025-01-10', to: '2025-02-03' }, '2025-03-15')).toEqual({ from: '2025-01-10', to: '2025-02-03' });
    expect(reachPeriod({ to: '2025-06-15' }, '2025-03-15')).toEqual({ from: '2024-07-01', to: '2025-06-15' });
    expect(reachPeriod({ from: '2025-01-01' }, '2025-03-15')).toEqual({ from: '2025-01-01', to: '2025-03-31' });
    expect(reachPeriod({ to: '0001-05-01' }, '2025-03-15')).toEqual({ from: '0001-01-01', to: '0001-05-01' });
  });

  it('refuses a period backwards or longer than 20 years', () => {
    expect(() => reachPeriod({ from: '2025-02-01', to: '2025-01-01' }, '2025-03-15')).toThrow(/to/);
    expect(() => reachPeriod({ from: '1900-01-01', to: '2025-01-01' }, '2025-03-15')).toThrow(/from/);
  });
});
