/**
 * The screening engine: from an instrument and the answers to its indicators, whether the person is
 * a presumed victim, why, and what could still change it. Pure (no I/O), shared by the server, the
 * browser (which screens offline) and the command line.
 *
 * Unknown and unanswered indicators count as "not yes" for the result; the rules are monotone (a
 * "yes" never removes a presence), so the result is settled when answering every unknown "yes"
 * would not change it either.
 */
import type { Answer, DecisionRules, DimensionId, InstrumentDefinition, PresenceCombination, Strength } from './instrument.js';

export type Answers = Readonly<Record<string, Answer>>;

export interface StrengthCounts {
  readonly strong: number;
  readonly medium: number;
  readonly weak: number;
}

export interface IndicatorOutcome {
  readonly id: string;
  readonly strength: Strength;
  /** 'unanswered' when the answers do not mention the indicator. */
  readonly answer: Answer | 'unanswered';
}

export interface DimensionOutcome {
  readonly id: DimensionId;
  readonly present: boolean;
  /** The indicators answered yes: what made the dimension present (or not enough). */
  readonly indicators: readonly IndicatorOutcome[];
  readonly yes: StrengthCounts;
  /** Indicators answered unknown or not answered. */
  readonly open: number;
  /** Could be present if every open indicator were answered yes. */
  readonly couldBePresent: boolean;
  /** For an absent dimension, the fewest further "yes" answers of each strength that would make it present; null when present. */
  readonly shortfall: PresenceCombination | null;
}

export interface ScreeningResult {
  readonly instrumentId: string;
  readonly version: number;
  readonly presumedVictim: boolean;
  readonly dimensions: Readonly<Record<DimensionId, DimensionOutcome>>;
  /** The groups of the rule (e.g. recruitment / exploitative conditions / control) and whether each holds. */
  readonly groups: readonly { readonly dimensions: readonly DimensionId[]; readonly satisfied: boolean }[];
  readonly answered: number;
  /** Answered unknown, plus not answered at all. */
  readonly unknown: number;
  /** Open indicators whose "yes" could still change the result (0 when it is settled). */
  readonly couldChange: number;
  readonly settled: boolean;
  readonly nextSteps: readonly NextStep[];
}

/** What the result proposes; the UI and the API say each in the user's language. */
export type NextStep = 'refer-to-nrm' | 'open-or-update-case' | 'start-reflection-period' | 'refer-to-service' | 'complete-screening' | 'keep-in-contact';

/** Ids of answers that are not indicators of the instrument (the command line and the API refuse them). */
export function unknownIndicatorIds(def: InstrumentDefinition, answers: Answers): string[] {
  const known = new Set(def.dimensions.flatMap((d) => d.indicators.map((i) => i.id)));
  return Object.keys(answers).filter((id) => !known.has(id));
}

function countYes(indicators: readonly { strength: Strength }[]): StrengthCounts {
  const c = { strong: 0, medium: 0, weak: 0 };
  for (const i of indicators) c[i.strength]++;
  return c;
}

function meets(c: StrengthCounts, k: PresenceCombination): boolean {
  return c.strong >= k.strong && c.medium >= k.medium && c.weak >= k.weak && c.medium - k.medium + (c.weak - k.weak) >= k.mediumOrWeak;
}

/** Whether these "yes" counts make a dimension present under the rules. */
export function isPresent(c: StrengthCounts, rules: DecisionRules): boolean {
  return rules.presence.some((k) => meets(c, k));
}

/** The fewest further "yes" answers (by strength) that reach one combination. */
function shortfallOf(c: StrengthCounts, rules: DecisionRules): PresenceCombination {
  let best: PresenceCombination | undefined;
  let bestTotal = Number.POSITIVE_INFINITY;
  for (const k of rules.presence) {
    const strong = Math.max(0, k.strong - c.strong);
    const medium = Math.max(0, k.medium - c.medium);
    const weak = Math.max(0, k.weak - c.weak);
    const spare = Math.max(0, c.medium - k.medium) + Math.max(0, c.weak - k.weak);
    const mediumOrWeak = Math.max(0, k.mediumOrWeak - spare);
    const total = strong + medium + weak + mediumOrWeak;
    if (total < bestTotal) {
      bestTotal = total;
      best = { strong, medium, weak, mediumOrWeak };
    }
  }
  return best ?? { strong: 0, medium: 0, weak: 0, mediumOrWeak: 0 };
}

function groupsHold(rules: DecisionRules, present: (d: DimensionId) => boolean) {
  return rules.presumedVictim.map((dims) => ({ dimensions: dims, satisfied: dims.some(present) }));
}

export function evaluate(def: InstrumentDefinition, answers: Answers): ScreeningResult {
  const dims = {} as Record<DimensionId, DimensionOutcome>;
  let answered = 0;
  let unknown = 0;
  for (const d of def.dimensions) {
    const outcomes: IndicatorOutcome[] = d.indicators.map((i) => ({ id: i.id, strength: i.strength, answer: answers[i.id] ?? 'unanswered' }));
    const yesOnes = outcomes.filter((o) => o.answer === 'yes');
    const open = outcomes.filter((o) => o.answer === 'unknown' || o.answer === 'unanswered');
    answered += outcomes.filter((o) => o.answer !== 'unanswered').length;
    unknown += open.length;
    const yes = countYes(yesOnes);
    const present = isPresent(yes, def.rules);
    dims[d.id] = {
      id: d.id,
      present,
      indicators: yesOnes,
      yes,
      open: open.length,
      couldBePresent: present || isPresent(countYes([...yesOnes, ...open]), def.rules),
      shortfall: present ? null : shortfallOf(yes, def.rules),
    };
  }
  const groups = groupsHold(def.rules, (d) => dims[d]?.present ?? false);
  const presumedVictim = groups.every((g) => g.satisfied);
  // Best case: every open indicator answered yes.
  const bestGroups = groupsHold(def.rules, (d) => dims[d]?.couldBePresent ?? false);
  const settled = presumedVictim || !bestGroups.every((g) => g.satisfied);
  let couldChange = 0;
  if (!settled) {
    groups.forEach((g) => {
      if (g.satisfied) return;
      for (const d of g.dimensions) if (dims[d] && !dims[d].present && dims[d].couldBePresent) couldChange += dims[d].open;
    });
  }
  return {
    instrumentId: def.id,
    version: def.version,
    presumedVictim,
    dimensions: dims,
    groups,
    answered,
    unknown,
    couldChange,
    settled,
    nextSteps: nextSteps(presumedVictim, settled),
  };
}

function nextSteps(presumedVictim: boolean, settled: boolean): NextStep[] {
  if (presumedVictim) return ['refer-to-nrm', 'open-or-update-case', 'start-reflection-period', 'refer-to-service'];
  if (!settled) return ['complete-screening', 'open-or-update-case', 'refer-to-service'];
  return ['refer-to-service', 'keep-in-contact'];
}
