/**
 * The generalisation hierarchies of the quasi-identifiers, and the encoding of the records as
 * leaves of them. One level applies to a whole column, "full-domain", as in Samarati 2001 and
 * LeFevre et al.'s Incognito, 2005:
 * - gender: kept as recorded (one level);
 * - ageBroad: CTDC age band → minor or adult ("0--17" / "18+") → "*";
 * - citizenship, CountryOfExploitation: alpha-3 → M49 area → M49 region (regions.ts) → "*";
 * - yearOfRegistration: year → 2-year period ("2020--2021") → 5-year period ("2020--2024") → "*".
 * An unknown value (an empty cell) stays unknown until its column is suppressed to "*".
 */
import { AGE_BANDS, ageBand, type CaseFacts, GENDER_LABELS, genderLabel, MINOR_BANDS, type QuasiIdentifier } from './ctdc.js';
import { M49_AREAS, M49_COUNTRIES } from './regions.js';

export type Levels = Readonly<Record<QuasiIdentifier, number>>;

/** The highest level of each quasi-identifier (gender is never generalised). */
export const MAX_LEVEL: Levels = { gender: 0, ageBroad: 2, citizenship: 3, CountryOfExploitation: 3, yearOfRegistration: 3 };

export const LEVEL_NAMES: Readonly<Record<QuasiIdentifier, readonly string[]>> = {
  gender: ['as recorded'],
  ageBroad: ['CTDC age band', 'minor or adult', 'suppressed (*)'],
  citizenship: ['country', 'M49 area', 'M49 region', 'suppressed (*)'],
  CountryOfExploitation: ['country', 'M49 area', 'M49 region', 'suppressed (*)'],
  yearOfRegistration: ['year', '2-year period', '5-year period', 'suppressed (*)'],
};

export const SUPPRESSED = '*';

// ---------------------------------------------------------------- hierarchies

export interface Level {
  /** leaf → group */
  readonly group: Int32Array;
  readonly groups: number;
  readonly labels: readonly string[];
  /** Information loss of each group (0 for unknown, 1 for "*"). */
  readonly loss: Float64Array;
}

export interface Hierarchy {
  readonly leaves: number;
  readonly levels: readonly Level[];
}

/** A level from leaf → group key; `unknown` is the leaf that stands for an unknown value. */
function level(leaves: number, unknown: number | undefined, keyOf: (leaf: number) => string, star = false): Level {
  const group = new Int32Array(leaves);
  const ids = new Map<string, number>();
  const labels: string[] = [];
  const members: number[] = [];
  for (let leaf = 0; leaf < leaves; leaf++) {
    const key = star ? SUPPRESSED : leaf === unknown ? '' : keyOf(leaf);
    let id = ids.get(key);
    if (id === undefined) {
      id = labels.length;
      ids.set(key, id);
      labels.push(key);
      members.push(0);
    }
    group[leaf] = id;
    if (leaf !== unknown) members[id] = (members[id] ?? 0) + 1;
  }
  const domain = leaves - (unknown === undefined ? 0 : 1);
  const loss = new Float64Array(labels.length);
  for (let id = 0; id < labels.length; id++) {
    if (labels[id] === SUPPRESSED) loss[id] = 1;
    else if (labels[id] === '') loss[id] = 0;
    else loss[id] = domain <= 1 ? 0 : ((members[id] ?? 1) - 1) / (domain - 1);
  }
  return { group, groups: labels.length, labels, loss };
}

const GENDER_LEAVES = ['', ...GENDER_LABELS];
export const genderHierarchy: Hierarchy = { leaves: GENDER_LEAVES.length, levels: [level(GENDER_LEAVES.length, 0, (l) => GENDER_LEAVES[l] ?? '')] };

export const AGE_UNKNOWN = AGE_BANDS.length;
export const ageHierarchy: Hierarchy = {
  leaves: AGE_BANDS.length + 1,
  levels: [
    level(AGE_BANDS.length + 1, AGE_UNKNOWN, (l) => AGE_BANDS[l] ?? ''),
    level(AGE_BANDS.length + 1, AGE_UNKNOWN, (l) => (l < MINOR_BANDS ? '0--17' : '18+')),
    level(AGE_BANDS.length + 1, AGE_UNKNOWN, () => SUPPRESSED, true),
  ],
};

const COUNTRY_INDEX = new Map(M49_COUNTRIES.map((c, i) => [c, i]));
const COUNTRY_UNKNOWN = M49_COUNTRIES.length;
const AREA_OF_LEAF = M49_AREAS.flatMap((a) => a.countries.map(() => a));
export const countryHierarchy: Hierarchy = {
  leaves: M49_COUNTRIES.length + 1,
  levels: [
    level(M49_COUNTRIES.length + 1, COUNTRY_UNKNOWN, (l) => M49_COUNTRIES[l] ?? ''),
    level(M49_COUNTRIES.length + 1, COUNTRY_UNKNOWN, (l) => AREA_OF_LEAF[l]?.name ?? ''),
    level(M49_COUNTRIES.length + 1, COUNTRY_UNKNOWN, (l) => AREA_OF_LEAF[l]?.region ?? ''),
    level(M49_COUNTRIES.length + 1, COUNTRY_UNKNOWN, () => SUPPRESSED, true),
  ],
};

export function yearHierarchy(first: number, span: number): Hierarchy {
  const period = (width: number) => (l: number) => {
    const start = Math.floor((first + l) / width) * width;
    return `${start}--${start + width - 1}`;
  };
  return {
    leaves: span,
    levels: [
      level(span, undefined, (l) => String(first + l)),
      level(span, undefined, period(2)),
      level(span, undefined, period(5)),
      level(span, undefined, () => SUPPRESSED, true),
    ],
  };
}

// ---------------------------------------------------------------- encoding

/** The quasi-identifier values of each record, as leaf numbers of the hierarchies. */
export interface Leaves {
  readonly gender: Uint8Array;
  readonly ageBroad: Uint8Array;
  readonly citizenship: Uint16Array;
  readonly CountryOfExploitation: Uint16Array;
  readonly yearOfRegistration: Uint16Array;
}

const GENDER_LEAF = new Map(GENDER_LEAVES.map((g, i) => [g, i]));

/** Thrown for facts that cannot be published: an unknown country code, a year out of range. */
export class FactsError extends Error {
  constructor(
    readonly index: number,
    readonly field: string,
    message: string,
  ) {
    super(`record ${index + 1}: ${field}: ${message}`);
  }
}

const MAX_YEAR_SPAN = 200;

export function encode(facts: readonly CaseFacts[]): { leaves: Leaves; firstYear: number; span: number } {
  const n = facts.length;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const y = (facts[i] as CaseFacts).registrationYear;
    if (!Number.isInteger(y) || y < 1900 || y > 2200) throw new FactsError(i, 'registrationYear', `must be a year, got ${y}`);
    if (y < first) first = y;
    if (y > last) last = y;
  }
  if (n === 0) first = last = 2000;
  const span = last - first + 1;
  if (span > MAX_YEAR_SPAN) throw new FactsError(0, 'registrationYear', `the years span more than ${MAX_YEAR_SPAN} years (${first} to ${last})`);
  const leaves: Leaves = {
    gender: new Uint8Array(n),
    ageBroad: new Uint8Array(n),
    citizenship: new Uint16Array(n),
    CountryOfExploitation: new Uint16Array(n),
    yearOfRegistration: new Uint16Array(n),
  };
  const country = (i: number, field: string, code: string | undefined) => {
    if (code === undefined || code === '') return COUNTRY_UNKNOWN;
    const leaf = COUNTRY_INDEX.get(code);
    if (leaf === undefined) throw new FactsError(i, field, `not an ISO 3166-1 alpha-3 country code: "${code}"`);
    return leaf;
  };
  for (let i = 0; i < n; i++) {
    const f = facts[i] as CaseFacts;
    leaves.gender[i] = GENDER_LEAF.get(genderLabel(f.gender)) ?? 0;
    leaves.ageBroad[i] = ageBand(f.age) ?? AGE_UNKNOWN;
    leaves.citizenship[i] = country(i, 'citizenship', f.citizenship);
    leaves.CountryOfExploitation[i] = country(i, 'countryOfExploitation', f.countryOfExploitation);
    leaves.yearOfRegistration[i] = f.registrationYear - first;
  }
  return { leaves, firstYear: first, span };
}
