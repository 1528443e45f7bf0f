/**
 * Similarity of linkage keys: Dice coefficients on packed bit arrays.
 *
 * - `dice(a, b)`: 2·|a∧b| / (|a| + |b|) over whole keys (0 when both empty).
 * - `score(a, b)`: the scheme's record score, the weighted mean of the
 *   per-field Dice over the fields present (non-empty) in both keys, so a
 *   field missing on one side neither counts for nor against a match. 0 when
 *   no field is present in both.
 */
import type { SchemeLayout } from './scheme.js';

/** Population count of a 32-bit word (SWAR bit trick). */
export function popcount32(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

export function popcount(a: Uint32Array, from = 0, to = a.length): number {
  let n = 0;
  for (let i = from; i < to; i++) n += popcount32(a[i] as number);
  return n;
}

export function andPopcount(a: Uint32Array, b: Uint32Array, from = 0, to = a.length, aOff = 0, bOff = 0): number {
  let n = 0;
  for (let i = from; i < to; i++) n += popcount32((a[aOff + i] as number) & (b[bOff + i] as number));
  return n;
}

/** Dice coefficient of two keys of equal length. */
export function dice(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error('keys of different lengths');
  const pa = popcount(a);
  const pb = popcount(b);
  if (pa + pb === 0) return 0;
  return (2 * andPopcount(a, b)) / (pa + pb);
}

/**
 * The scheme's record score of two keys: the Dice coefficient over the
 * fields present (non-empty) in both. A field missing on either side is left
 * out of both the numerator and the denominator, so it neither counts for nor
 * against a match. Fields weigh by the bits their tokens set (see the
 * scheme's `hashes`). 0 when no field is present in both.
 */
export function score(lay: SchemeLayout, a: Uint32Array, b: Uint32Array, aOff = 0, bOff = 0): number {
  let c = 0;
  let den = 0;
  for (const seg of lay.segments) {
    const to = seg.word + seg.words;
    let pa = 0;
    let pb = 0;
    let and = 0;
    for (let i = seg.word; i < to; i++) {
      const x = a[aOff + i] as number;
      const y = b[bOff + i] as number;
      pa += popcount32(x);
      pb += popcount32(y);
      and += popcount32(x & y);
    }
    if (pa === 0 || pb === 0) continue;
    c += and;
    den += pa + pb;
  }
  return den === 0 ? 0 : (2 * c) / den;
}
