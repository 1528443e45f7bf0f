/** A small seeded random generator (mulberry32) for deterministic demo data. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  /** An integer in [lo, hi]. */
  between(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[this.int(xs.length)];
    if (x === undefined) throw new Error('pick from an empty list');
    return x;
  }
  /** Up to n distinct items, in the list's order. */
  some<T>(xs: readonly T[], n: number): T[] {
    const chosen = new Set<number>();
    const want = Math.min(n, xs.length);
    while (chosen.size < want) chosen.add(this.int(xs.length));
    return [...chosen].sort((a, b) => a - b).map((i) => xs[i] as T);
  }
  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, p] of table) total += p;
    let r = this.next() * total;
    for (const [x, p] of table) {
      r -= p;
      if (r < 0) return x;
    }
    const last = table[table.length - 1];
    if (!last) throw new Error('empty table');
    return last[0];
  }
}
