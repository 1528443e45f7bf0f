import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUNNEL_GROUPS, type FunnelPerson, funnel } from './funnel.js';

const date = fc.integer({ min: 0, max: 400 }).map((d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const later = (from: string) => fc.option(fc.integer({ min: 0, max: 60 }).map((d) => new Date(Date.parse(`${from}T00:00:00Z`) + d * 86_400_000).toISOString().slice(0, 10)));
const person: fc.Arbitrary<FunnelPerson> = date.chain((identified) =>
  fc.record({
    identified: fc.constant(identified),
    engaged: later(identified),
    visited: later(identified),
    caseOpened: later(identified),
    zone: fc.constantFrom('Omonia', 'Port', 'Station'),
    team: fc.constantFrom('Night', 'Day'),
  }),
);

describe('the outreach funnel', () => {
  it('counts a cohort at each stage, later stages passing the earlier ones, with the median days', () => {
    const rows = funnel(
      [
        { identified: '2026-03-01', engaged: '2026-03-01', visited: '2026-03-08', caseOpened: '2026-03-10', zone: 'z', team: 't' },
        { identified: '2026-03-02', engaged: null, visited: '2026-03-06', caseOpened: null, zone: 'z', team: 't' },
        { identified: '2026-03-03', engaged: '2026-03-05', visited: null, caseOpened: null, zone: 'z', team: 't' },
        { identified: '2026-03-04', engaged: null, visited: null, caseOpened: null, zone: 'z', team: 't' },
      ],
      'all',
    );
    expect(rows).toEqual([
      {
        key: 'all',
        identified: 4,
        engaged: 3,
        visited: 2,
        caseOpened: 1,
        medianDays: { engaged: 2, visited: 5.5, caseOpened: 9 },
        // Engaged the first day then 7 days to the centre; the one who came straight to the centre took 0 days from "engaged".
        stepDays: { engaged: 2, visited: 3.5, caseOpened: 2 },
      },
    ]);
  });

  it('never counts more people at a later stage than at an earlier one, and loses nobody between groupings', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 60 }), (people) => {
        const total = funnel(people, 'all')[0];
        for (const group of FUNNEL_GROUPS) {
          const rows = funnel(people, group);
          for (const r of rows) {
            expect(r.identified).toBeGreaterThanOrEqual(r.engaged);
            expect(r.engaged).toBeGreaterThanOrEqual(r.visited);
            expect(r.visited).toBeGreaterThanOrEqual(r.caseOpened);
            for (const m of [...Object.values(r.medianDays), ...Object.values(r.stepDays)]) if (m !== null) expect(m).toBeGreaterThanOrEqual(0);
          }
          expect(rows.reduce((n, r) => n + r.identified, 0)).toBe(people.length);
          expect(rows.reduce((n, r) => n + r.caseOpened, 0)).toBe(total?.caseOpened ?? 0);
        }
      }),
    );
  });

  it('groups by the month the person was first met, by zone and by team', () => {
    const p = (identified: string, zone: string, team: string): FunnelPerson => ({ identified, engaged: null, visited: null, caseOpened: null, zone, team });
    const people = [p('2026-01-31', 'A', 'Night'), p('2026-02-01', 'B', 'Night'), p('2026-02-15', 'A', 'Day')];
    expect(funnel(people, 'month').map((r) => [r.key, r.identified])).toEqual([
      ['2026-01', 1],
      ['2026-02', 2],
    ]);
    expect(funnel(people, 'zone').map((r) => [r.key, r.identified])).toEqual([
      ['A', 2],
      ['B', 1],
    ]);
    expect(funnel(people, 'team').map((r) => r.key)).toEqual(['Day', 'Night']);
  });
});
