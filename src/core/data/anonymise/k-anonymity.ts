/**
 * k-anonymity for the CTDC case file: full-domain generalisation of the quasi-identifiers, then
 * suppression of the records left in classes smaller than k, and a check of the property on the
 * written rows.
 *
 * - hierarchies.ts: the generalisation hierarchies, their levels, and the records as their leaves;
 * - lattice.ts: the search of the lattice of levels and its information-loss metric;
 * - this file: `anonymise`, the suppression and its report;
 * - ctdc-csv.ts: the rows and the CSV file written;
 * - check-k.ts: `checkK`, the check of the property on the rows read back.
 */
import { type CaseFacts, QUASI_IDENTIFIERS, type QuasiIdentifier } from './ctdc.js';
import {
  ageHierarchy,
  countryHierarchy,
  encode,
  genderHierarchy,
  type Hierarchy,
  LEVEL_NAMES,
  type Leaves,
  type Levels,
  yearHierarchy,
} from './hierarchies.js';
import { better, checkLevels, classify, combinations, evaluate, lattice, type NodeResult, SMALL_SPACE } from './lattice.js';

export const DEFAULT_K = 11;
export const DEFAULT_MAX_SUPPRESSION = 0.05;

export interface AnonymiseOptions {
  readonly k?: number;
  /** The largest share of records the search may suppress (0 to 1). */
  readonly maxSuppression?: number;
  /** Use these levels instead of searching (a baseline, or a release that must match an earlier one). */
  readonly levels?: Levels;
}

export interface SuppressedClasses {
  /** Size of the equivalence class after generalisation (below k). */
  readonly size: number;
  readonly classes: number;
  readonly records: number;
}

export interface AnonymisationReport {
  readonly k: number;
  readonly records: number;
  readonly kept: number;
  readonly suppressed: number;
  readonly suppressedShare: number;
  readonly maxSuppression: number;
  /** False when no generalisation kept suppression within the bound (the least suppression was chosen). */
  readonly boundMet: boolean;
  readonly levels: Levels;
  readonly levelNames: Readonly<Record<QuasiIdentifier, string>>;
  /** Average loss per record and quasi-identifier, 0 (nothing generalised or suppressed) to 1. */
  readonly informationLoss: number;
  /** Equivalence classes in the file, and the smallest one's size. */
  readonly classes: number;
  readonly smallestClass: number;
  /** Why records were suppressed: every one was in a class smaller than k after generalisation. */
  readonly suppression: {
    readonly reason: 'class-smaller-than-k';
    readonly classes: number;
    readonly records: number;
    readonly bySize: readonly SuppressedClasses[];
  };
  /** What suppression alone (no generalisation) would have removed. */
  readonly withoutGeneralisation: { readonly suppressed: number; readonly suppressedShare: number };
  readonly nodesEvaluated: number;
}

export interface Anonymised {
  readonly report: AnonymisationReport;
  /** 1 for each record kept, 0 for each suppressed. */
  readonly kept: Uint8Array;
  readonly hierarchies: Readonly<Record<QuasiIdentifier, Hierarchy>>;
  readonly leaves: Leaves;
}

/**
 * Generalises and suppresses `facts` so that every combination of quasi-identifier values of the
 * records kept occurs at least k times. Throws a RangeError for bad options and a FactsError for
 * facts that cannot be published (an unknown country code).
 */
export function anonymise(facts: readonly CaseFacts[], options: AnonymiseOptions = {}): Anonymised {
  const k = options.k ?? DEFAULT_K;
  const maxSuppression = options.maxSuppression ?? DEFAULT_MAX_SUPPRESSION;
  if (!Number.isInteger(k) || k < 2 || k > 1_000_000) throw new RangeError(`k must be a whole number from 2 to 1,000,000, got ${k}`);
  if (!(maxSuppression >= 0 && maxSuppression <= 1)) throw new RangeError(`the share suppressed must be from 0 to 1, got ${maxSuppression}`);
  if (options.levels) checkLevels(options.levels);

  const n = facts.length;
  const { leaves, firstYear, span } = encode(facts);
  const h: Record<QuasiIdentifier, Hierarchy> = {
    gender: genderHierarchy,
    ageBroad: ageHierarchy,
    citizenship: countryHierarchy,
    CountryOfExploitation: countryHierarchy,
    yearOfRegistration: yearHierarchy(firstYear, span),
  };
  const combos = combinations(leaves, n, span);
  const scratch = new Int32Array(SMALL_SPACE);

  const base = evaluate(combos, h, { gender: 0, ageBroad: 0, citizenship: 0, CountryOfExploitation: 0, yearOfRegistration: 0 }, k, scratch);
  const nodes = options.levels ? [options.levels] : lattice();
  const bound = Math.floor(maxSuppression * n + 1e-9);
  let best: NodeResult | undefined;
  let least: NodeResult | undefined;
  for (const levels of nodes) {
    const r = evaluate(combos, h, levels, k, scratch);
    if (r.suppressed <= bound && (!best || better(r, best))) best = r;
    if (!least || r.suppressed < least.suppressed || (r.suppressed === least.suppressed && better(r, least))) least = r;
  }
  const chosen = (best ?? least) as NodeResult;

  // Suppress the records of the classes smaller than k.
  const { classOf, sizes } = classify(combos, h, chosen.levels, scratch);
  const keepCombo = new Uint8Array(classOf.length);
  for (let i = 0; i < classOf.length; i++) keepCombo[i] = (sizes[classOf[i] as number] as number) >= k ? 1 : 0;
  const kept = new Uint8Array(n);
  for (let i = 0; i < n; i++) kept[i] = keepCombo[combos.of[i] as number] as number;

  const bySize = new Map<number, { classes: number; records: number }>();
  let keptClasses = 0;
  let smallest = 0;
  for (const s of sizes) {
    if (s >= k) {
      keptClasses++;
      smallest = smallest === 0 ? s : Math.min(smallest, s);
    } else {
      const b = bySize.get(s) ?? { classes: 0, records: 0 };
      b.classes++;
      b.records += s;
      bySize.set(s, b);
    }
  }
  const suppressedClasses = [...bySize.values()].reduce((s, b) => s + b.classes, 0);
  const levelNames = Object.fromEntries(QUASI_IDENTIFIERS.map((q) => [q, LEVEL_NAMES[q][chosen.levels[q]] ?? ''])) as Record<QuasiIdentifier, string>;
  const share = (x: number) => (n === 0 ? 0 : x / n);
  return {
    kept,
    hierarchies: h,
    leaves,
    report: {
      k,
      records: n,
      kept: n - chosen.suppressed,
      suppressed: chosen.suppressed,
      suppressedShare: share(chosen.suppressed),
      maxSuppression,
      boundMet: best !== undefined,
      levels: chosen.levels,
      levelNames,
      informationLoss: n === 0 ? 0 : chosen.loss / (n * QUASI_IDENTIFIERS.length),
      classes: keptClasses,
      smallestClass: smallest,
      suppression: {
        reason: 'class-smaller-than-k',
        classes: suppressedClasses,
        records: chosen.suppressed,
        bySize: [...bySize.entries()].sort((x, y) => x[0] - y[0]).map(([size, b]) => ({ size, ...b })),
      },
      withoutGeneralisation: { suppressed: base.suppressed, suppressedShare: share(base.suppressed) },
      nodesEvaluated: nodes.length + 1,
    },
  };
}
