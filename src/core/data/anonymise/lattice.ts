/**
 * The search of the lattice of generalisation levels. It evaluates every node of the lattice
 * (3 × 4 × 4 × 4 = 192 combinations of levels) on the distinct combinations of quasi-identifier
 * values rather than on the records, so it costs the same for a million records as for the few
 * thousand combinations they hold. Of the nodes that leave at most `maxSuppression` of the records
 * in classes smaller than k, it chooses the one with the least information loss; when none does,
 * the one that suppresses least. Information loss is Iyengar's loss metric (2002): for each record
 * and quasi-identifier, (leaves under the published value − 1) ÷ (leaves of the domain − 1), a
 * suppressed record costing 1 for each; averaged. Exhaustive search makes the choice optimal for
 * this metric, which the monotone pruning of Samarati's binary search or Incognito would not
 * guarantee for it.
 */
import { QUASI_IDENTIFIERS, type QuasiIdentifier } from './ctdc.js';
import { ageHierarchy, countryHierarchy, type Hierarchy, type Leaves, type Level, type Levels, MAX_LEVEL } from './hierarchies.js';

export interface NodeResult {
  readonly levels: Levels;
  readonly suppressed: number;
  readonly loss: number;
  readonly height: number;
}

export const SMALL_SPACE = 1 << 22;

/** Distinct combinations of leaves with their counts, and each record's combination. */
export function combinations(leaves: Leaves, n: number, span: number) {
  const A = ageHierarchy.leaves;
  const C = countryHierarchy.leaves;
  const index = new Map<number, number>();
  const of = new Int32Array(n);
  const count: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < n; i++) {
    const key =
      (((leaves.gender[i] as number) * A + (leaves.ageBroad[i] as number)) * C + (leaves.citizenship[i] as number)) * C * span +
      (leaves.CountryOfExploitation[i] as number) * span +
      (leaves.yearOfRegistration[i] as number);
    let c = index.get(key);
    if (c === undefined) {
      c = count.length;
      index.set(key, c);
      count.push(0);
      first.push(i);
    }
    count[c] = (count[c] as number) + 1;
    of[i] = c;
  }
  const d = count.length;
  const pick = <T extends Uint8Array | Uint16Array>(src: T, make: (n: number) => T): T => {
    const out = make(d);
    for (let c = 0; c < d; c++) out[c] = src[first[c] as number] as number;
    return out;
  };
  return {
    of,
    count: Int32Array.from(count),
    leaves: {
      gender: pick(leaves.gender, (m) => new Uint8Array(m)),
      ageBroad: pick(leaves.ageBroad, (m) => new Uint8Array(m)),
      citizenship: pick(leaves.citizenship, (m) => new Uint16Array(m)),
      CountryOfExploitation: pick(leaves.CountryOfExploitation, (m) => new Uint16Array(m)),
      yearOfRegistration: pick(leaves.yearOfRegistration, (m) => new Uint16Array(m)),
    } satisfies Leaves,
  };
}

export type Combos = ReturnType<typeof combinations>;

/** Class of each combination under `levels`, and each class's record count. */
export function classify(combos: Combos, h: Readonly<Record<QuasiIdentifier, Hierarchy>>, levels: Levels, scratch: Int32Array) {
  const L = QUASI_IDENTIFIERS.map((q) => h[q].levels[levels[q]] as Level);
  const [g, a, c, e, y] = L as [Level, Level, Level, Level, Level];
  const space = g.groups * a.groups * c.groups * e.groups * y.groups;
  const d = combos.count.length;
  const classOf = new Int32Array(d);
  const sizes: number[] = [];
  const cl = combos.leaves;
  if (space <= scratch.length) {
    // Dense: the class key indexes the scratch array (cleared afterwards).
    const touched: number[] = [];
    for (let i = 0; i < d; i++) {
      const key =
        (((g.group[cl.gender[i] as number] as number) * a.groups + (a.group[cl.ageBroad[i] as number] as number)) * c.groups +
          (c.group[cl.citizenship[i] as number] as number)) *
          e.groups *
          y.groups +
        (e.group[cl.CountryOfExploitation[i] as number] as number) * y.groups +
        (y.group[cl.yearOfRegistration[i] as number] as number);
      let id = (scratch[key] as number) - 1;
      if (id < 0) {
        id = sizes.length;
        sizes.push(0);
        scratch[key] = id + 1;
        touched.push(key);
      }
      sizes[id] = (sizes[id] as number) + (combos.count[i] as number);
      classOf[i] = id;
    }
    for (const key of touched) scratch[key] = 0;
  } else {
    const ids = new Map<number, number>();
    for (let i = 0; i < d; i++) {
      const key =
        (((g.group[cl.gender[i] as number] as number) * a.groups + (a.group[cl.ageBroad[i] as number] as number)) * c.groups +
          (c.group[cl.citizenship[i] as number] as number)) *
          e.groups *
          y.groups +
        (e.group[cl.CountryOfExploitation[i] as number] as number) * y.groups +
        (y.group[cl.yearOfRegistration[i] as number] as number);
      let id = ids.get(key);
      if (id === undefined) {
        id = sizes.length;
        sizes.push(0);
        ids.set(key, id);
      }
      sizes[id] = (sizes[id] as number) + (combos.count[i] as number);
      classOf[i] = id;
    }
  }
  return { classOf, sizes, L };
}

export function evaluate(combos: Combos, h: Readonly<Record<QuasiIdentifier, Hierarchy>>, levels: Levels, k: number, scratch: Int32Array): NodeResult {
  const { classOf, sizes, L } = classify(combos, h, levels, scratch);
  const [g, a, c, e, y] = L as [Level, Level, Level, Level, Level];
  const cl = combos.leaves;
  let suppressed = 0;
  let loss = 0;
  for (let i = 0; i < classOf.length; i++) {
    const n = combos.count[i] as number;
    if ((sizes[classOf[i] as number] as number) < k) {
      suppressed += n;
      loss += n * QUASI_IDENTIFIERS.length;
    } else {
      loss +=
        n *
        ((g.loss[g.group[cl.gender[i] as number] as number] as number) +
          (a.loss[a.group[cl.ageBroad[i] as number] as number] as number) +
          (c.loss[c.group[cl.citizenship[i] as number] as number] as number) +
          (e.loss[e.group[cl.CountryOfExploitation[i] as number] as number] as number) +
          (y.loss[y.group[cl.yearOfRegistration[i] as number] as number] as number));
    }
  }
  const height = QUASI_IDENTIFIERS.reduce((s, q) => s + levels[q], 0);
  return { levels, suppressed, loss, height };
}

/** Every combination of levels, lowest first. */
export function lattice(): Levels[] {
  const out: Levels[] = [];
  for (let a = 0; a <= MAX_LEVEL.ageBroad; a++)
    for (let c = 0; c <= MAX_LEVEL.citizenship; c++)
      for (let e = 0; e <= MAX_LEVEL.CountryOfExploitation; e++)
        for (let y = 0; y <= MAX_LEVEL.yearOfRegistration; y++)
          out.push({ gender: 0, ageBroad: a, citizenship: c, CountryOfExploitation: e, yearOfRegistration: y });
  return out;
}

export function better(x: NodeResult, y: NodeResult): boolean {
  if (x.loss !== y.loss) return x.loss < y.loss;
  if (x.suppressed !== y.suppressed) return x.suppressed < y.suppressed;
  return x.height < y.height;
}

export function checkLevels(levels: Levels): void {
  for (const q of QUASI_IDENTIFIERS) {
    const l = levels[q];
    if (!Number.isInteger(l) || l < 0 || l > MAX_LEVEL[q]) throw new RangeError(`level of ${q} must be 0 to ${MAX_LEVEL[q]}, got ${l}`);
  }
}
