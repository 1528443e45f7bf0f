/**
 * What a screening result says, in the order the screen tells it: the verdict, each dimension with
 * the indicators that made it (or what it lacks), what could still change it, the next steps. It
 * reads the engine's live result and a stored result alike (a stored one may come from an older
 * version of the engine, so every field beyond the stored schema's is optional).
 */
import type { Answers, NextStep } from '../../core/identification/engine.js';
import {
  DIMENSION_IDS,
  type DimensionId,
  type InstrumentDefinition,
  type InstrumentId,
  type PresenceCombination,
} from '../../core/identification/instrument.js';

export interface ResultLike {
  readonly presumedVictim: boolean;
  readonly settled: boolean;
  readonly couldChange: number;
  readonly unknown: number;
  readonly nextSteps: readonly string[];
  readonly dimensions: Readonly<
    Record<
      string,
      {
        readonly present: boolean;
        readonly indicators: readonly { readonly id: string; readonly strength: string }[];
        readonly shortfall?: PresenceCombination | null;
        readonly open?: number;
        readonly couldBePresent?: boolean;
      }
    >
  >;
  readonly groups?: readonly { readonly dimensions: readonly string[]; readonly satisfied: boolean }[];
}

export type Verdict = 'presumed-victim' | 'open' | 'not-indicated';

export type ShortfallStrength = 'strong' | 'medium' | 'weak' | 'mediumOrWeak';
export interface ShortfallPart {
  readonly strength: ShortfallStrength;
  readonly count: number;
}

export interface DimensionSummary {
  readonly id: DimensionId;
  readonly present: boolean;
  /** The indicators answered yes. */
  readonly yes: readonly string[];
  /** For an absent dimension, the further "yes" answers that would make it present. */
  readonly shortfall: readonly ShortfallPart[];
  readonly open: number;
  readonly couldBePresent: boolean;
}

export interface ResultSummary {
  readonly verdict: Verdict;
  readonly dimensions: readonly DimensionSummary[];
  readonly presentCount: number;
  /** The rule's groups that no present dimension satisfies yet (each: one of these dimensions). */
  readonly missingGroups: readonly (readonly DimensionId[])[];
  readonly couldChange: number;
  readonly unknown: number;
  readonly nextSteps: readonly NextStep[];
}

const NEXT_STEPS: readonly NextStep[] = [
  'refer-to-nrm',
  'open-or-update-case',
  'start-reflection-period',
  'refer-to-service',
  'complete-screening',
  'keep-in-contact',
];
const isDimension = (id: string): id is DimensionId => (DIMENSION_IDS as readonly string[]).includes(id);

export function shortfallParts(s: PresenceCombination | null | undefined): ShortfallPart[] {
  if (!s) return [];
  const parts: ShortfallPart[] = [];
  for (const strength of ['strong', 'medium', 'weak', 'mediumOrWeak'] as const) if (s[strength] > 0) parts.push({ strength, count: s[strength] });
  return parts;
}

export function summarise(result: ResultLike): ResultSummary {
  const dimensions: DimensionSummary[] = DIMENSION_IDS.filter((id) => result.dimensions[id]).map((id) => {
    const d = result.dimensions[id]!;
    return {
      id,
      present: d.present,
      yes: d.indicators.map((i) => i.id),
      shortfall: d.present ? [] : shortfallParts(d.shortfall),
      open: d.open ?? 0,
      couldBePresent: d.couldBePresent ?? d.present,
    };
  });
  const missingGroups = (result.groups ?? []).filter((g) => !g.satisfied).map((g) => g.dimensions.filter(isDimension));
  return {
    verdict: result.presumedVictim ? 'presumed-victim' : result.settled ? 'not-indicated' : 'open',
    dimensions,
    presentCount: dimensions.filter((d) => d.present).length,
    missingGroups,
    couldChange: result.couldChange,
    unknown: result.unknown,
    nextSteps: result.nextSteps.filter((s): s is NextStep => (NEXT_STEPS as readonly string[]).includes(s)),
  };
}

/** The answers that belong to this instrument (after switching sets, the others are dropped). */
export function answersFor(def: InstrumentDefinition, answers: Answers): Record<string, Answers[string]> {
  const ids = new Set(def.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => ids.has(id)));
}

/** How many of a dimension's indicators have an answer. */
export function answeredIn(def: InstrumentDefinition, dimension: number, answers: Answers): { answered: number; total: number } {
  const indicators = def.dimensions[dimension]?.indicators ?? [];
  return { answered: indicators.filter((i) => answers[i.id] !== undefined).length, total: indicators.length };
}

/** The instrument for a population and a form of exploitation. */
export function instrumentIdOf(population: 'adult' | 'child', exploitation: 'labour' | 'sexual'): InstrumentId {
  return `${population}-${exploitation}`;
}
