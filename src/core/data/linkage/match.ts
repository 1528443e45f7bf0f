/**
 * Matching sets of linkage keys: candidate pairs (all pairs, or pairs that
 * share a blocking band), their scores, and a 1-to-1 assignment (greedy by
 * score, each key used once).
 *
 * Keys are packed in a `KeySet` (one Uint32Array for all keys, with each
 * key's per-field popcounts and a mask of the fields present), so that the
 * inner loop reads memory in order and only counts the bits of a∧b: the
 * popcounts of a and b, and the fields present in both, come from the set.
 */
import type { LinkageScheme, SchemeLayout } from './scheme.js';
import { popcount, popcount32 } from './similarity.js';
import { wasmKernel } from './wasm-kernel.js';

export interface KeySet {
  readonly n: number;
  readonly words: number;
  /** Key i is data[i*words .. (i+1)*words). */
  readonly data: Uint32Array;
  /** Bits set in key i. */
  readonly pop: Int32Array;
  /** Bit f set when field f (in scheme order) is present in key i. */
  readonly mask: Uint32Array;
  /** Bits set in field f of key i: segPop[i*fields + f]. */
  readonly segPop: Uint16Array;
}

export function keySet(lay: SchemeLayout, keys: readonly Uint32Array[]): KeySet {
  const words = lay.words;
  const fields = lay.segments.length;
  if (fields > 32) throw new Error('at most 32 fields');
  const n = keys.length;
  const data = new Uint32Array(n * words);
  const pop = new Int32Array(n);
  const mask = new Uint32Array(n);
  const segPop = new Uint16Array(n * fields);
  keys.forEach((k, i) => {
    if (k.length !== words) throw new Error(`key ${i} has ${k.length} words, the scheme ${words}`);
    data.set(k, i * words);
    let m = 0;
    let total = 0;
    lay.segments.forEach((seg, f) => {
      const p = popcount(k, seg.word, seg.word + seg.words);
      segPop[i * fields + f] = p;
      total += p;
      if (p > 0) m |= 1 << f;
    });
    pop[i] = total;
    mask[i] = m >>> 0;
  });
  return { n, words, data, pop, mask, segPop };
}

/** |a| + |b| over the fields present in both (the denominator of the score). */
export function denominator(a: KeySet, i: number, b: KeySet, j: number, fields: number): number {
  const ma = a.mask[i] as number;
  const mb = b.mask[j] as number;
  if (ma === mb) return (a.pop[i] as number) + (b.pop[j] as number);
  const common = ma & mb;
  let den = 0;
  for (let f = 0; f < fields; f++) {
    if (common & (1 << f)) den += (a.segPop[i * fields + f] as number) + (b.segPop[j * fields + f] as number);
  }
  return den;
}

/** |a ∧ b| of key i of `a` and key j of `b` (fields missing on one side are zero in its key, so they add nothing). */
export function andCount(a: KeySet, i: number, b: KeySet, j: number): number {
  const w = a.words;
  const ao = i * w;
  const bo = j * w;
  const da = a.data;
  const db = b.data;
  let c = 0;
  for (let k = 0; k < w; k++) c += popcount32((da[ao + k] as number) & (db[bo + k] as number));
  return c;
}

export function pairScore(a: KeySet, i: number, b: KeySet, j: number, fields: number): number {
  const den = denominator(a, i, b, j, fields);
  return den === 0 ? 0 : (2 * andCount(a, i, b, j)) / den;
}

/** Candidate pairs with their scores, as parallel arrays. */
export interface Pairs {
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
  length: number;
}

export class PairList implements Pairs {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  score = new Float64Array(1024);
  length = 0;
  push(i: number, j: number, s: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(x: T, make: (n: number) => T): T => {
        const y = make(x.length * 2);
        y.set(x);
        return y;
      };
      this.a = grow(this.a, (n) => new Int32Array(n));
      this.b = grow(this.b, (n) => new Int32Array(n));
      this.score = grow(this.score, (n) => new Float64Array(n));
    }
    this.a[this.length] = i;
    this.b[this.length] = j;
    this.score[this.length] = s;
    this.length++;
  }
}

export interface CompareOptions {
  readonly threshold: number;
  /**
   * 'wasm' (the default where WebAssembly SIMD is available): count |a∧b| for
   * a whole row of `b` with the SIMD kernel; 'js': plain JavaScript, with
   * the popcount window (the baseline, and the fallback).
   */
  readonly kernel?: 'wasm' | 'js';
}

export interface CompareStats {
  /** Pairs whose bits were counted. */
  comparisons: number;
  /** Pairs skipped by the popcount bound (they could not reach the threshold). */
  pruned: number;
}

/**
 * Every pair of `a` × `b` with score ≥ threshold.
 *
 * With the SIMD kernel every pair is counted (a row at a time). The
 * JavaScript path skips pairs that cannot reach the threshold whatever their
 * common bits (2·min(|a|,|b|)/(|a|+|b|) < t, for keys with the same fields
 * present): `b` is sorted by popcount and each key of `a` scans only the
 * window of popcounts it can match. Both give exactly the same pairs.
 */
export function allPairs(lay: SchemeLayout, a: KeySet, b: KeySet, opts: CompareOptions, stats?: CompareStats): Pairs {
  const wasm = opts.kernel === 'js' ? undefined : wasmKernel(lay.words);
  if (!wasm) return allPairsJs(lay, a, b, opts, stats);
  const t = opts.threshold;
  const fields = lay.segments.length;
  const out = new PairList();
  wasm.load(b.data);
  const counts = new Int32Array(b.n);
  const bPop = b.pop;
  const bMask = b.mask;
  for (let i = 0; i < a.n; i++) {
    wasm.count(a.data, i * a.words, 0, b.n, counts);
    const ma = a.mask[i] as number;
    const pa = a.pop[i] as number;
    for (let j = 0; j < b.n; j++) {
      const c = counts[j] as number;
      if (c === 0) continue;
      const den = bMask[j] === ma ? pa + (bPop[j] as number) : denominator(a, i, b, j, fields);
      if (den > 0 && 2 * c >= t * den) out.push(i, j, (2 * c) / den);
    }
  }
  if (stats) stats.comparisons += a.n * b.n;
  return out;
}

function allPairsJs(lay: SchemeLayout, a: KeySet, b: KeySet, opts: CompareOptions, stats?: CompareStats): Pairs {
  const t = opts.threshold;
  const fields = lay.segments.length;
  const out = new PairList();
  // Group b by field mask, each group sorted by popcount.
  const groups = new Map<number, number[]>();
  for (let j = 0; j < b.n; j++) {
    const m = b.mask[j] as number;
    const g = groups.get(m);
    if (g) g.push(j);
    else groups.set(m, [j]);
  }
  const sorted = [...groups].map(([m, js]) => {
    js.sort((x, y) => (b.pop[x] as number) - (b.pop[y] as number));
    const idx = Int32Array.from(js);
    const pops = Int32Array.from(js, (j) => b.pop[j] as number);
    return { m, idx, pops };
  });
  let comparisons = 0;
  let pruned = 0;
  for (let i = 0; i < a.n; i++) {
    const ma = a.mask[i] as number;
    const pa = a.pop[i] as number;
    for (const g of sorted) {
      let from = 0;
      let to = g.idx.length;
      if (g.m === ma) {
        // 2·min(pa,pb)/(pa+pb) ≥ t  ⇔  pb ∈ [pa·t/(2−t), pa·(2−t)/t]
        from = lowerBound(g.pops, Math.ceil((pa * t) / (2 - t) - 1e-9));
        to = lowerBound(g.pops, Math.floor((pa * (2 - t)) / t + 1e-9) + 1);
        pruned += g.idx.length - (to - from);
      }
      comparisons += to - from;
      for (let x = from; x < to; x++) {
        const j = g.idx[x] as number;
        const c = andCount(a, i, b, j);
        const den = g.m === ma ? pa + (b.pop[j] as number) : denominator(a, i, b, j, fields);
        if (den > 0 && 2 * c >= t * den) out.push(i, j, (2 * c) / den);
      }
    }
  }
  if (stats) {
    stats.comparisons += comparisons;
    stats.pruned += pruned;
  }
  return out;
}

function lowerBound(xs: Int32Array, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((xs[mid] as number) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---------------------------------------------------------------- blocking

/** A small deterministic generator (mulberry32) seeded from a string: the band positions. */
function rng(seed: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  let s = h >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Band {
  readonly field: string;
  /** Absolute bit positions in the key. */
  readonly positions: Int32Array;
}

/**
 * The scheme's blocking bands: for each blocking field, `bands` sets of
 * `bandBits` distinct positions of its segment, drawn from the scheme id.
 * Bands are computed from the key itself, so blocking reveals nothing the
 * keys do not.
 */
export function bands(lay: SchemeLayout): Band[] {
  const scheme: LinkageScheme = lay.scheme;
  const out: Band[] = [];
  for (const b of scheme.blocking) {
    const seg = lay.segments.find((s) => s.spec.field === b.field);
    if (!seg) continue;
    const next = rng(`${scheme.id}/${b.field}`);
    for (let k = 0; k < b.bands; k++) {
      const chosen = new Set<number>();
      while (chosen.size < Math.min(b.bandBits, seg.spec.bits)) chosen.add(seg.word * 32 + Math.floor(next() * seg.spec.bits));
      out.push({ field: b.field, positions: Int32Array.from([...chosen].sort((x, y) => x - y)) });
    }
  }
  return out;
}

/**
 * The block key of key i in band `band` (index `bandIndex`): a 32-bit hash of
 * the band's bits, or -1 when the band's field is missing in the key (a
 * missing field blocks with nothing).
 */
export function blockKey(set: KeySet, i: number, band: Band, bandIndex: number): number {
  const base = i * set.words;
  let h = Math.imul(bandIndex + 1, 0x9e3779b1);
  let any = 0;
  const ps = band.positions;
  for (let k = 0; k < ps.length; k++) {
    const p = ps[k] as number;
    const bit = ((set.data[base + (p >>> 5)] as number) >>> (p & 31)) & 1;
    any |= bit;
    h = Math.imul(h ^ (bit + 2 * k + 1), 0x85ebca6b);
    h ^= h >>> 13;
  }
  return any ? h >>> 0 : -1;
}

/**
 * Pairs that share at least one band, scored, with score ≥ threshold. Each
 * pair is counted once however many bands it shares.
 */
export function blockedPairs(lay: SchemeLayout, a: KeySet, b: KeySet, opts: CompareOptions, stats?: CompareStats): Pairs {
  const t = opts.threshold;
  const fields = lay.segments.length;
  const out = new PairList();
  const bs = bands(lay);
  // Index of b: band key → keys of b (a map per band).
  const index = bs.map((band, k) => {
    const m = new Map<number, number[]>();
    for (let j = 0; j < b.n; j++) {
      const key = blockKey(b, j, band, k);
      if (key < 0) continue;
      const list = m.get(key);
      if (list) list.push(j);
      else m.set(key, [j]);
    }
    return m;
  });
  const seen = new Int32Array(b.n).fill(-1);
  let comparisons = 0;
  for (let i = 0; i < a.n; i++) {
    for (let k = 0; k < bs.length; k++) {
      const key = blockKey(a, i, bs[k] as Band, k);
      if (key < 0) continue;
      const list = index[k]?.get(key);
      if (!list) continue;
      for (const j of list) {
        if (seen[j] === i) continue;
        seen[j] = i;
        comparisons++;
        const den = denominator(a, i, b, j, fields);
        if (den === 0) continue;
        const c = andCount(a, i, b, j);
        if (2 * c >= t * den) out.push(i, j, (2 * c) / den);
      }
    }
  }
  if (stats) stats.comparisons += comparisons;
  return out;
}

// ---------------------------------------------------------------- 1-to-1

/** Greedy 1-to-1 assignment: pairs by score, best first (ties by index), each key of a and of b used once. */
export function oneToOne(pairs: Pairs): { a: number; b: number; score: number }[] {
  const order = Array.from({ length: pairs.length }, (_, k) => k);
  order.sort(
    (x, y) =>
      (pairs.score[y] as number) - (pairs.score[x] as number) ||
      (pairs.a[x] as number) - (pairs.a[y] as number) ||
      (pairs.b[x] as number) - (pairs.b[y] as number),
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const out: { a: number; b: number; score: number }[] = [];
  for (const k of order) {
    const i = pairs.a[k] as number;
    const j = pairs.b[k] as number;
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    out.push({ a: i, b: j, score: pairs.score[k] as number });
  }
  return out;
}
