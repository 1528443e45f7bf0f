import { describe, expect, it } from 'vitest';
import { evaluate } from '../../core/identification/engine.js';
import { INSTRUMENTS } from '../../core/identification/instruments/index.js';
import { answeredIn, answersFor, shortfallParts, summarise } from './summary.js';

const LABOUR = INSTRUMENTS['adult-labour'];

describe('the result summary', () => {
  it('names the dimensions present and the indicators that made them, for a presumed victim', () => {
    const s = summarise(
      evaluate(LABOUR, {
        'deceived-nature-of-job': 'yes',
        'deceived-wages': 'yes',
        'excessive-hours': 'yes',
        'low-or-no-pay': 'yes',
        'documents-confiscated': 'yes',
        violence: 'yes',
      }),
    );
    expect(s.verdict).toBe('presumed-victim');
    expect(s.presentCount).toBe(3);
    expect(s.dimensions.find((d) => d.id === 'deceptive-recruitment')).toMatchObject({
      present: true,
      yes: ['deceived-nature-of-job', 'deceived-wages'],
      shortfall: [],
    });
    expect(s.missingGroups).toEqual([]);
    expect(s.nextSteps[0]).toBe('refer-to-nrm');
  });

  it('says what is missing and how many open answers could still change an unsettled result', () => {
    const s = summarise(evaluate(LABOUR, { 'excessive-hours': 'yes' }));
    expect(s.verdict).toBe('open');
    const conditions = s.dimensions.find((d) => d.id === 'exploitative-conditions');
    expect(conditions?.present).toBe(false);
    expect(conditions?.shortfall).toEqual([{ strength: 'strong', count: 1 }]);
    expect(s.missingGroups).toHaveLength(3);
    expect(s.couldChange).toBeGreaterThan(0);
    expect(s.nextSteps).toContain('complete-screening');
  });

  it('settles as not indicated when every answer is no', () => {
    const all = Object.fromEntries(LABOUR.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, 'no' as const])));
    const s = summarise(evaluate(LABOUR, all));
    expect(s.verdict).toBe('not-indicated');
    expect(s.couldChange).toBe(0);
    expect(s.nextSteps).toEqual(['refer-to-service', 'keep-in-contact']);
  });

  it('reads a stored result without the newer fields and drops next steps it does not know', () => {
    const s = summarise({
      presumedVictim: false,
      settled: true,
      couldChange: 0,
      unknown: 0,
      nextSteps: ['keep-in-contact', 'call-a-friend'],
      dimensions: {
        violence: { present: true, indicators: [] },
        'exploitative-conditions': { present: false, indicators: [{ id: 'excessive-hours', strength: 'strong' }] },
      },
    });
    expect(s.dimensions.map((d) => d.id)).toEqual(['exploitative-conditions']);
    expect(s.dimensions[0]?.shortfall).toEqual([]);
    expect(s.nextSteps).toEqual(['keep-in-contact']);
  });

  it('lists shortfall parts and keeps only the answers of the chosen set', () => {
    expect(shortfallParts({ strong: 0, medium: 2, weak: 1, mediumOrWeak: 0 })).toEqual([
      { strength: 'medium', count: 2 },
      { strength: 'weak', count: 1 },
    ]);
    expect(shortfallParts(null)).toEqual([]);
    expect(answersFor(INSTRUMENTS['child-sexual'], { 'excessive-hours': 'yes', 'not-an-indicator': 'no' })).not.toHaveProperty('not-an-indicator');
    expect(answeredIn(LABOUR, 0, { 'deceived-wages': 'unknown' })).toEqual({ answered: 1, total: 10 });
  });
});
