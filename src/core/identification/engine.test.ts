import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, evaluate, isPresent, unknownIndicatorIds } from './engine.js';
import { ADULT_RULES, type Answer, CHILD_RULES, DIMENSION_IDS, type DimensionId, type InstrumentDefinition, STRENGTHS, type Strength } from './instrument.js';

/**
 * The decision rules, proved on random instruments and answers: the engine agrees with the rules as
 * the ILO / EC text states them, written here independently of the engine.
 */

/** The presence rule as the text says it, for the default combinations. */
function presentByTheBook(strong: number, medium: number, weak: number): boolean {
  return strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1);
}

const RECRUITMENT: DimensionId[] = ['deceptive-recruitment', 'coercive-recruitment', 'recruitment-abuse-of-vulnerability'];
const CONTROL: DimensionId[] = ['coercion-at-destination', 'abuse-of-vulnerability-at-destination'];

const instrumentArb = (population: 'adult' | 'child') =>
  fc.tuple(...DIMENSION_IDS.map(() => fc.array(fc.constantFrom<Strength>(...STRENGTHS), { minLength: 1, maxLength: 7 }))).map(
    (strengths): InstrumentDefinition => ({
      id: population === 'adult' ? 'adult-labour' : 'child-labour',
      version: 1,
      population,
      exploitation: 'labour',
      rules: population === 'adult' ? ADULT_RULES : CHILD_RULES,
      dimensions: DIMENSION_IDS.map((id, d) => ({ id, indicators: (strengths[d] ?? []).map((strength, i) => ({ id: `d${d}-i${i}`, strength })) })),
    }),
  );

/** Answers for some of the indicators (the rest unanswered). */
const answersFor = (def: InstrumentDefinition) =>
  fc
    .tuple(
      ...def.dimensions.flatMap((d) =>
        d.indicators.map((i) => fc.option(fc.constantFrom<Answer>('yes', 'no', 'unknown'), { nil: undefined }).map((a) => [i.id, a] as const)),
      ),
    )
    .map((pairs) => Object.fromEntries(pairs.filter((p): p is readonly [string, Answer] => p[1] !== undefined)) as Answers);

const caseArb = (population: 'adult' | 'child') => instrumentArb(population).chain((def) => answersFor(def).map((answers) => ({ def, answers })));

function yesCounts(def: InstrumentDefinition, answers: Answers, dim: DimensionId) {
  const d = def.dimensions.find((x) => x.id === dim)!;
  const c = { strong: 0, medium: 0, weak: 0 };
  for (const i of d.indicators) if (answers[i.id] === 'yes') c[i.strength]++;
  return c;
}

describe('a dimension is present', () => {
  it('with 2 strong, 1 strong + 1 medium or weak, 3 medium, or 2 medium + 1 weak; with nothing less', () => {
    fc.assert(
      fc.property(fc.nat(5), fc.nat(5), fc.nat(5), (strong, medium, weak) => {
        expect(isPresent({ strong, medium, weak }, ADULT_RULES)).toBe(presentByTheBook(strong, medium, weak));
      }),
    );
    // The boundaries, spelled out.
    expect(isPresent({ strong: 1, medium: 0, weak: 0 }, ADULT_RULES)).toBe(false);
    expect(isPresent({ strong: 0, medium: 2, weak: 0 }, ADULT_RULES)).toBe(false);
    expect(isPresent({ strong: 0, medium: 1, weak: 5 }, ADULT_RULES)).toBe(false);
    expect(isPresent({ strong: 1, medium: 0, weak: 1 }, ADULT_RULES)).toBe(true);
  });

  it('as the engine reports it, for every dimension of random instruments and answers', () => {
    fc.assert(
      fc.property(caseArb('adult'), ({ def, answers }) => {
        const r = evaluate(def, answers);
        for (const dim of DIMENSION_IDS) {
          const c = yesCounts(def, answers, dim);
          expect(r.dimensions[dim].present).toBe(presentByTheBook(c.strong, c.medium, c.weak));
          expect(r.dimensions[dim].indicators.every((i) => answers[i.id] === 'yes')).toBe(true);
        }
      }),
    );
  });
});

describe('the result', () => {
  it('adults: a recruitment dimension, exploitative conditions and a control dimension, all present', () => {
    fc.assert(
      fc.property(caseArb('adult'), ({ def, answers }) => {
        const r = evaluate(def, answers);
        const p = (d: DimensionId) => r.dimensions[d].present;
        expect(r.presumedVictim).toBe(RECRUITMENT.some(p) && p('exploitative-conditions') && CONTROL.some(p));
      }),
      { numRuns: 500 },
    );
  });

  it('children: exploitative conditions with a recruitment element; no means needed', () => {
    fc.assert(
      fc.property(caseArb('child'), ({ def, answers }) => {
        const r = evaluate(def, answers);
        const p = (d: DimensionId) => r.dimensions[d].present;
        expect(r.presumedVictim).toBe(RECRUITMENT.some(p) && p('exploitative-conditions'));
      }),
      { numRuns: 500 },
    );
  });

  it('a "yes" never takes a presumed victim away (the rules are monotone)', () => {
    fc.assert(
      fc.property(
        caseArb('adult').chain(({ def, answers }) =>
          fc.constantFrom(...def.dimensions.flatMap((d) => d.indicators.map((i) => i.id))).map((id) => ({ def, answers, id })),
        ),
        ({ def, answers, id }) => {
          const before = evaluate(def, answers).presumedVictim;
          const after = evaluate(def, { ...answers, [id]: 'yes' }).presumedVictim;
          if (before) expect(after).toBe(true);
        },
      ),
    );
  });

  it('counts the unknowns, and says whether and how many of them could still change it', () => {
    fc.assert(
      fc.property(caseArb('adult'), ({ def, answers }) => {
        const r = evaluate(def, answers);
        const all = def.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
        const open = all.filter((id) => answers[id] === undefined || answers[id] === 'unknown');
        expect(r.unknown).toBe(open.length);
        expect(r.answered).toBe(all.filter((id) => answers[id] !== undefined).length);
        // Settled exactly when answering every open indicator "yes" would not change the result.
        const best = evaluate(def, { ...answers, ...Object.fromEntries(open.map((id) => [id, 'yes'])) }).presumedVictim;
        expect(r.settled).toBe(best === r.presumedVictim);
        expect(r.couldChange === 0).toBe(r.settled);
        expect(r.couldChange).toBeLessThanOrEqual(r.unknown);
      }),
      { numRuns: 500 },
    );
  });

  it('proposes referral and a case for a presumed victim, finishing the screening when it is open', () => {
    fc.assert(
      fc.property(caseArb('child'), ({ def, answers }) => {
        const r = evaluate(def, answers);
        if (r.presumedVictim) expect(r.nextSteps).toEqual(expect.arrayContaining(['refer-to-nrm', 'open-or-update-case', 'start-reflection-period']));
        else if (!r.settled) expect(r.nextSteps).toContain('complete-screening');
        else expect(r.nextSteps).not.toContain('refer-to-nrm');
      }),
    );
  });

  it('names what an absent dimension lacks', () => {
    const def = fc.sample(instrumentArb('adult'), { numRuns: 1, seed: 7 })[0]!;
    const r = evaluate(def, {});
    for (const d of Object.values(r.dimensions)) {
      expect(d.present).toBe(false);
      const s = d.shortfall!;
      expect(s.strong + s.medium + s.weak + s.mediumOrWeak).toBe(2);
    }
  });

  it('tells which answers are not indicators of the instrument', () => {
    const def = fc.sample(instrumentArb('adult'), { numRuns: 1, seed: 3 })[0]!;
    expect(unknownIndicatorIds(def, { 'd0-i0': 'yes', nonsense: 'no' })).toEqual(['nonsense']);
  });
});
