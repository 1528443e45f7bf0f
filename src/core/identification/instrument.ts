/**
 * Screening instruments as data: the ILO / European Commission operational indicators of
 * trafficking in human beings (Delphi survey, 2009), four sets of six dimensions, each indicator
 * strong, medium or weak. The structure and strengths follow the published sets; the wording of
 * indicators, questions and guidance is Haven's own (texts/<lang>.ts).
 *
 * Identifiers are stable across versions and organisations: statistics compare them. A screening
 * keeps the instrument id and version it used, so that a later edit never changes an old result.
 */
import { z } from 'zod';

export const INSTRUMENT_IDS = ['adult-labour', 'adult-sexual', 'child-labour', 'child-sexual'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

export const DIMENSION_IDS = [
  'deceptive-recruitment',
  'coercive-recruitment',
  'recruitment-abuse-of-vulnerability',
  'exploitative-conditions',
  'coercion-at-destination',
  'abuse-of-vulnerability-at-destination',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export const STRENGTHS = ['strong', 'medium', 'weak'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const ANSWERS = ['yes', 'no', 'unknown'] as const;
export type Answer = (typeof ANSWERS)[number];

/** One way for a dimension to be present: at least this many "yes" indicators of each strength. */
export const presenceCombination = z.strictObject({
  strong: z.number().int().min(0).default(0),
  medium: z.number().int().min(0).default(0),
  weak: z.number().int().min(0).default(0),
  /** Indicators that are medium or weak (either counts). */
  mediumOrWeak: z.number().int().min(0).default(0),
});
export type PresenceCombination = z.infer<typeof presenceCombination>;

/**
 * The decision rules of an instrument:
 * - `presence`: a dimension is present when the "yes" indicators meet any one combination;
 * - `presumedVictim`: every group must hold at least one present dimension.
 */
export const decisionRules = z.strictObject({
  presence: z.array(presenceCombination).min(1),
  presumedVictim: z.array(z.array(z.enum(DIMENSION_IDS)).min(1)).min(1),
});
export type DecisionRules = z.infer<typeof decisionRules>;

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');

export const indicatorDefinition = z.strictObject({ id: kebab, strength: z.enum(STRENGTHS) });
export type IndicatorDefinition = z.infer<typeof indicatorDefinition>;

export const dimensionDefinition = z.strictObject({ id: z.enum(DIMENSION_IDS), indicators: z.array(indicatorDefinition).min(1) });
export type DimensionDefinition = z.infer<typeof dimensionDefinition>;

/** An instrument's structure and rules (its texts are per language, in texts/<lang>.ts). */
export const instrumentDefinition = z
  .strictObject({
    id: z.enum(INSTRUMENT_IDS),
    version: z.number().int().min(1),
    population: z.enum(['adult', 'child']),
    exploitation: z.enum(['labour', 'sexual']),
    dimensions: z.array(dimensionDefinition).length(DIMENSION_IDS.length),
    rules: decisionRules,
  })
  .superRefine((d, ctx) => {
    const dims = d.dimensions.map((x) => x.id);
    if (new Set(dims).size !== dims.length) ctx.addIssue({ code: 'custom', message: 'each dimension once', path: ['dimensions'] });
    const ids = d.dimensions.flatMap((x) => x.indicators.map((i) => i.id));
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: 'custom', message: `indicator id used twice: ${dup}`, path: ['dimensions'] });
  });
export type InstrumentDefinition = z.infer<typeof instrumentDefinition>;

/** The texts of one indicator in one language. */
export interface IndicatorTexts {
  /** The indicator as a statement: "Deceived about the nature of the job". */
  readonly text: string;
  /** What the interviewer may ask, in plain words, to the person. */
  readonly question: string;
  /** How to ask and what counts (trauma-informed, no leading questions). */
  readonly guidance: string;
}

/** Every text of the instruments in one language. */
export interface InstrumentTexts {
  readonly instruments: Readonly<Record<InstrumentId, { readonly title: string; readonly description: string }>>;
  readonly dimensions: Readonly<Record<DimensionId, { readonly title: string; readonly description: string }>>;
  /** By instrument, then indicator id. */
  readonly indicators: Readonly<Record<InstrumentId, Readonly<Record<string, IndicatorTexts>>>>;
}

/** ILO / EC (2009): a dimension is present with 2 strong, or 1 strong and 1 medium or weak, or 3 medium, or 2 medium and 1 weak. */
export const DEFAULT_PRESENCE: readonly PresenceCombination[] = [
  { strong: 2, medium: 0, weak: 0, mediumOrWeak: 0 },
  { strong: 1, medium: 0, weak: 0, mediumOrWeak: 1 },
  { strong: 0, medium: 3, weak: 0, mediumOrWeak: 0 },
  { strong: 0, medium: 2, weak: 1, mediumOrWeak: 0 },
];

const RECRUITMENT: DimensionId[] = ['deceptive-recruitment', 'coercive-recruitment', 'recruitment-abuse-of-vulnerability'];
const CONTROL: DimensionId[] = ['coercion-at-destination', 'abuse-of-vulnerability-at-destination'];

/** Adults: recruitment (any of three) and exploitative conditions and control at destination (either). */
export const ADULT_RULES: DecisionRules = { presence: [...DEFAULT_PRESENCE], presumedVictim: [RECRUITMENT, ['exploitative-conditions'], CONTROL] };

/**
 * Children: the means are not required (Palermo Protocol art. 3(c)): exploitative conditions with a
 * recruitment element are enough. Kept in the instrument so that a network can set its national rule.
 */
export const CHILD_RULES: DecisionRules = { presence: [...DEFAULT_PRESENCE], presumedVictim: [RECRUITMENT, ['exploitative-conditions']] };
