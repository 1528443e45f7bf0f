import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS, INSTRUMENT_IDS, instrumentDefinition, STRENGTHS, type Strength } from './instrument.js';
import { INSTRUMENTS, instrument } from './instruments/index.js';
import { EN } from './texts/en.js';

const all = INSTRUMENT_IDS.map((id) => INSTRUMENTS[id]);

/** Indicators whose published strength differs between sets (see the instrument files). */
const DIFFERING_STRENGTHS = [
  'abduction-or-sale',
  'abused-cultural-beliefs',
  'debt-at-recruitment',
  'deceived-education-access',
  'exposure-threat',
  'forced-tasks-or-clients',
  'general-context',
  'hazardous-work',
  'illicit-activities',
  'no-access-to-education',
  'past-hardship-at-destination',
  'personal-characteristics',
  'under-strong-influence',
  'violence-threat',
  'violence-threat-at-recruitment',
];

/** Indicators per dimension in the published labour sets (the sexual sets follow them). */
const PUBLISHED_SIZES = {
  adult: [10, 10, 16, 9, 15, 7],
  child: [10, 10, 15, 8, 15, 7],
} as const;

describe('screening instruments', () => {
  it.each(INSTRUMENT_IDS)('%s parses, has its own id, and lists the dimensions in order', (id) => {
    const def = INSTRUMENTS[id];
    expect(instrumentDefinition.parse(def)).toEqual(def);
    expect(def.id).toBe(id);
    expect(def.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
  });

  it('looks instruments up by id and refuses unknown ids', () => {
    expect(instrument('child-sexual')).toBe(INSTRUMENTS['child-sexual']);
    expect(instrument('adult-other')).toBeUndefined();
    expect(instrument('toString')).toBeUndefined();
  });

  it('uses only known strengths, and has strong indicators where the published sets have them', () => {
    for (const def of all) {
      for (const dim of def.dimensions) for (const ind of dim.indicators) expect(STRENGTHS).toContain(ind.strength);
      const strong = (dimId: string) => def.dimensions.find((d) => d.id === dimId)!.indicators.some((i) => i.strength === 'strong');
      for (const dimId of ['deceptive-recruitment', 'coercive-recruitment', 'exploitative-conditions', 'coercion-at-destination']) {
        expect(strong(dimId), `${def.id} ${dimId}`).toBe(true);
      }
      // The vulnerability dimensions have no strong indicator in the published sets.
      expect(strong('recruitment-abuse-of-vulnerability')).toBe(false);
      expect(strong('abuse-of-vulnerability-at-destination')).toBe(false);
    }
  });

  it('has the size of the published sets, dimension by dimension', () => {
    for (const def of all) {
      expect(
        def.dimensions.map((d) => d.indicators.length),
        def.id,
      ).toEqual([...PUBLISHED_SIZES[def.population]]);
      const ids = def.dimensions.flatMap((d) => d.indicators.map((i) => i.id));
      expect(new Set(ids).size, def.id).toBe(ids.length);
    }
  });

  it('keeps the published strengths that decide most results', () => {
    const strength = (id: string, ind: string) =>
      INSTRUMENTS[id as keyof typeof INSTRUMENTS].dimensions.flatMap((d) => d.indicators).find((i) => i.id === ind)?.strength;
    expect(strength('adult-labour', 'deceived-nature-of-job')).toBe('strong');
    expect(strength('adult-labour', 'recruited-by-violence')).toBe('strong');
    expect(strength('adult-labour', 'abduction-or-sale')).toBe('medium');
    expect(strength('adult-labour', 'excessive-hours')).toBe('strong');
    for (const ind of ['documents-confiscated', 'debt-bondage', 'isolation-or-surveillance', 'violence']) {
      expect(strength('adult-labour', ind), ind).toBe('strong');
    }
    // Children: the threats, abduction and debt weigh more, and there is no weak indicator.
    for (const ind of ['violence-threat-at-recruitment', 'abduction-or-sale', 'debt-at-recruitment', 'deceived-education-access']) {
      expect(strength('child-labour', ind), ind).toBe('strong');
    }
    for (const id of ['child-labour', 'child-sexual'] as const) {
      expect(INSTRUMENTS[id].dimensions.flatMap((d) => d.indicators).filter((i) => i.strength === 'weak')).toEqual([]);
    }
    expect(strength('child-labour', 'misinformed-about-law')).toBeUndefined();
    expect(strength('child-labour', 'no-social-protection')).toBeUndefined();
  });

  it('gives a shared indicator id the same strength in every set, except where the published sets differ', () => {
    const seen = new Map<string, Set<Strength>>();
    for (const def of all)
      for (const dim of def.dimensions) for (const ind of dim.indicators) seen.set(ind.id, (seen.get(ind.id) ?? new Set()).add(ind.strength));
    const differing = [...seen].filter(([, s]) => s.size > 1).map(([id]) => id);
    expect(differing.sort()).toEqual([...DIFFERING_STRENGTHS].sort());
    // Ids shared by at least three sets: the comparable core used by statistics.
    const counts = new Map<string, number>();
    for (const def of all) for (const dim of def.dimensions) for (const ind of dim.indicators) counts.set(ind.id, (counts.get(ind.id) ?? 0) + 1);
    expect([...counts.values()].filter((c) => c === 4).length).toBeGreaterThanOrEqual(55);
  });

  it('keeps an indicator in the same dimension in every set', () => {
    const home = new Map<string, string>();
    for (const def of all)
      for (const dim of def.dimensions)
        for (const ind of dim.indicators) {
          expect(home.get(ind.id) ?? dim.id, ind.id).toBe(dim.id);
          home.set(ind.id, dim.id);
        }
  });
});

describe('English texts', () => {
  it('names every instrument and dimension', () => {
    expect(Object.keys(EN.instruments).sort()).toEqual([...INSTRUMENT_IDS].sort());
    expect(Object.keys(EN.dimensions).sort()).toEqual([...DIMENSION_IDS].sort());
    for (const t of [...Object.values(EN.instruments), ...Object.values(EN.dimensions)]) {
      expect(t.title.trim()).not.toBe('');
      expect(t.description.trim()).not.toBe('');
    }
  });

  it.each(INSTRUMENT_IDS)('has exactly one non-empty text, question and guidance per indicator of %s', (id) => {
    const ids = INSTRUMENTS[id].dimensions.flatMap((d) => d.indicators.map((i) => i.id));
    const texts = EN.indicators[id];
    expect(Object.keys(texts).sort()).toEqual([...ids].sort());
    for (const [indId, t] of Object.entries(texts)) {
      expect(Object.keys(t).sort(), indId).toEqual(['guidance', 'question', 'text']);
      for (const s of [t.text, t.question, t.guidance]) expect(s.trim(), indId).not.toBe('');
      expect(t.question.trim().endsWith('?') || t.question.includes('?'), indId).toBe(true);
    }
  });

  it('asks children in their own words', () => {
    for (const [child, adult] of [
      ['child-labour', 'adult-labour'],
      ['child-sexual', 'adult-sexual'],
    ] as const) {
      for (const [indId, t] of Object.entries(EN.indicators[child])) {
        const a = EN.indicators[adult][indId];
        if (a) expect(t.question, `${child} ${indId}`).not.toBe(a.question);
      }
    }
  });
});
