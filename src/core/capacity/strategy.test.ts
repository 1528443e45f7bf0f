import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityProgress, COMMITMENT_STATUSES, commitmentUpdateRequest, goalProgress, goalRequest } from './strategy.js';

describe('strategy progress', () => {
  it('an activity: the mean of its commitments, withdrawn ones left out; a goal: the mean of its activities', () => {
    const a = activityProgress([
      { progress: 30, status: 'in-progress' },
      { progress: 60, status: 'in-progress' },
      { progress: 100, status: 'withdrawn' },
    ]);
    expect(a).toBe(45);
    expect(activityProgress([])).toBe(0);
    expect(goalProgress([{ progress: a }, { progress: 0 }])).toBe(22.5);
    expect(goalProgress([])).toBe(0);
  });

  it('stays between the least and the greatest of its parts', () => {
    const commitment = fc.record({ progress: fc.integer({ min: 0, max: 100 }), status: fc.constantFrom(...COMMITMENT_STATUSES) });
    fc.assert(
      fc.property(fc.array(fc.array(commitment, { maxLength: 6 }), { maxLength: 6 }), (activities) => {
        const progresses = activities.map((cs) => activityProgress(cs));
        activities.forEach((cs, i) => {
          const counted = cs.filter((c) => c.status !== 'withdrawn').map((c) => c.progress);
          const p = progresses[i]!;
          if (counted.length === 0) expect(p).toBe(0);
          else {
            expect(p).toBeGreaterThanOrEqual(Math.min(...counted));
            expect(p).toBeLessThanOrEqual(Math.max(...counted));
            expect(p * counted.length).toBeCloseTo(
              counted.reduce((x, y) => x + y, 0),
              6,
            );
          }
        });
        const g = goalProgress(progresses.map((progress) => ({ progress })));
        expect(g).toBeGreaterThanOrEqual(0);
        expect(g).toBeLessThanOrEqual(100);
        if (progresses.length > 0)
          expect(g * progresses.length).toBeCloseTo(
            progresses.reduce((x, y) => x + y, 0),
            6,
          );
      }),
    );
  });

  it('a goal’s period must not end before it starts', () => {
    const r = goalRequest.safeParse({ title: 'T', periodStart: '2026-01-01', periodEnd: '2025-01-01' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['periodEnd']);
  });

  it('a commitment is done only at 100 %', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.constantFrom(...COMMITMENT_STATUSES), (progress, status) => {
        const r = commitmentUpdateRequest.safeParse({ version: 0, progress, status });
        expect(r.success).toBe(status !== 'done' || progress === 100);
        if (!r.success) expect(r.error.issues[0]?.path).toEqual(['progress']);
      }),
    );
  });
});
