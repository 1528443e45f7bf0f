/**
 * People counted once across organisations, from their linkage keys alone.
 *
 * Each organisation's keys are matched against every other organisation's (Dice with blocking, then
 * 1-to-1 between the two: one person is one record in an organisation), and the matches join
 * records into groups: a person helped by three organisations is one group of three records. The
 * number of people is the number of groups. A group never holds two records of one organisation: an
 * organisation keeps one record per person, so two people with similar names and the same birthday in
 * one organisation stay two people, even when a third organisation's record resembles both. Matches
 * join groups best score first, and a match that would put two records of one organisation together
 * is left out.
 *
 * The figures per country (of the organisations) come from the same matches, counting only the
 * records of that country's organisations.
 */
import { blockedPairs, type KeySet, keySet, oneToOne } from './match.js';
import type { SchemeLayout } from './scheme.js';

/**
 * The score from which the network's count joins two organisations' records: stricter than the
 * scheme's 0.8 for linking two lists. Across many organisations, false matches between namesakes
 * with close birth dates add up, one pair of organisations after another: on synthetic people
 * (`npm run bench:link`, section 4: 10 organisations of 5,000, a quarter of people known to two or
 * three) 0.8 counted 3.0% too few people, 0.85 0.1% too many, 0.9 3.7% too many.
 */
export const NETWORK_COUNT_THRESHOLD = 0.85;

export interface KeyGroup {
  /** Whose keys: an organisation. */
  readonly owner: string;
  /** The owner's country (ISO alpha-3), for the figures by country. */
  readonly country: string;
  readonly keys: readonly Uint32Array[];
}

export interface CountOnce {
  /** Records: one per person per organisation. */
  readonly raw: number;
  /** People: records matched across organisations counted once. */
  readonly deduplicated: number;
  /** The same, for each owners' country. */
  readonly byCountry: Readonly<Record<string, { readonly raw: number; readonly deduplicated: number; readonly owners: number }>>;
  /** Matched pairs of records (across organisations). */
  readonly links: number;
}

/** Disjoint sets over 0..n-1 (union by size, path halving). */
class Groups {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
    this.size = new Int32Array(n).fill(1);
  }
  find(x: number): number {
    let i = x;
    while (this.parent[i] !== i) {
      const p = this.parent[i] as number;
      this.parent[i] = this.parent[p] as number;
      i = this.parent[i] as number;
    }
    return i;
  }
  union(x: number, y: number): void {
    let a = this.find(x);
    let b = this.find(y);
    if (a === b) return;
    if ((this.size[a] as number) < (this.size[b] as number)) [a, b] = [b, a];
    this.parent[b] = a;
    this.size[a] = (this.size[a] as number) + (this.size[b] as number);
  }
}

/**
 * Counts people once. `onProgress` is told how many pairs of organisations are done of how many
 * (the work grows with the square of their number).
 */
export function countOnce(lay: SchemeLayout, groups: readonly KeyGroup[], threshold: number, onProgress?: (done: number, total: number) => void): CountOnce {
  const sets: KeySet[] = groups.map((g) => keySet(lay, g.keys));
  const offset: number[] = [];
  let n = 0;
  for (const g of groups) {
    offset.push(n);
    n += g.keys.length;
  }
  // Matches are kept as edges, so that the groups by country use only their own organisations' matches.
  const edges: { ga: number; ra: number; gb: number; rb: number; score: number }[] = []; // records as global indices
  const total = (groups.length * (groups.length - 1)) / 2;
  let done = 0;
  for (let x = 0; x < groups.length; x++) {
    for (let y = x + 1; y < groups.length; y++) {
      const a = sets[x] as KeySet;
      const b = sets[y] as KeySet;
      if (a.n > 0 && b.n > 0) {
        for (const m of oneToOne(blockedPairs(lay, a, b, { threshold }))) {
          edges.push({ ga: x, ra: (offset[x] as number) + m.a, gb: y, rb: (offset[y] as number) + m.b, score: m.score });
        }
      }
      onProgress?.(++done, total);
    }
  }
  edges.sort((p, q) => q.score - p.score || p.ra - q.ra || p.rb - q.rb);
  const ownerOf = new Int32Array(n);
  groups.forEach((g, i) => {
    ownerOf.fill(i, offset[i] as number, (offset[i] as number) + g.keys.length);
  });
  const count = (included: (group: number) => boolean): { raw: number; deduplicated: number } => {
    const uf = new Groups(n);
    // The organisations of each group's records, kept at the group's root.
    const owners = new Map<number, Set<number>>();
    const ownersOf = (root: number) => owners.get(root) ?? new Set([ownerOf[root] as number]);
    let raw = 0;
    let merged = 0;
    groups.forEach((g, i) => {
      if (included(i)) raw += g.keys.length;
    });
    for (const { ga, ra, gb, rb } of edges) {
      if (!included(ga) || !included(gb)) continue;
      const x = uf.find(ra);
      const y = uf.find(rb);
      if (x === y) continue;
      const ox = ownersOf(x);
      const oy = ownersOf(y);
      if ([...oy].some((o) => ox.has(o))) continue;
      uf.union(x, y);
      const root = uf.find(x);
      owners.delete(x);
      owners.delete(y);
      owners.set(root, new Set([...ox, ...oy]));
      merged++;
    }
    return { raw, deduplicated: raw - merged };
  };
  const all = count(() => true);
  const byCountry: Record<string, { raw: number; deduplicated: number; owners: number }> = {};
  for (const country of new Set(groups.map((g) => g.country))) {
    const mine = new Set(groups.flatMap((g, i) => (g.country === country ? [i] : [])));
    byCountry[country] = { ...count((i) => mine.has(i)), owners: mine.size };
  }
  return { raw: all.raw, deduplicated: all.deduplicated, byCountry, links: edges.length };
}
