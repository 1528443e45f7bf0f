/**
 * Scoring a typed query against a person's stored names.
 *
 * The query is free text in any script and order, possibly with one typo and
 * possibly only one of the names. Each query token is assigned to at most one
 * token of the stored name (best assignment, exhaustively: names have few
 * tokens) and the token similarities are averaged over the query tokens:
 *
 * - 1     same normalised Latin form (Olena / Олена / Ολένα),
 * - 0.95  same skeleton (Kowalenko / Kovalenko, Sevcenko / Ševčenko),
 * - else  the best of 0.95 × (1 − d/len) on skeletons and 1 − d/len on
 *         normalised forms, d the Damerau–Levenshtein (optimal string
 *         alignment) distance, len the longer length: one typo in a 9-letter
 *         name costs ~0.11, in a 4-letter name 0.25, so short names need to
 *         be typed more exactly (Ivan/Iva 0.75);
 * - at least 0.9 when the vowel-less skeletons agree and have 4+ consonants
 *   (Oleksandr/Aleksandr/Alexander/Αλέξανδρος);
 * - 0.85 for a one-letter initial that agrees (O. Kovalenko).
 *
 * A query token that matches nothing counts 0 (strong evidence against); a
 * stored token the query does not mention costs only 5% (the caseworker may
 * know only the family name), so the score is symmetric when both sides have
 * the same number of tokens and deliberately not otherwise. A person's score
 * is the best over the person's names.
 */
import { MAX_TOKENS, type NameInput, type NameKeys, nameKeys, type TokenKeys } from './name-keys.js';

/** A query scoring at least this against a person is presented as a probable match (the four example spellings score ≥ 0.95). */
export const MATCH_THRESHOLD = 0.85;

/** Optimal string alignment distance (Levenshtein plus adjacent transposition), on UTF-16 code units; keys are ASCII. */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  const w = b.length + 1;
  let prev2 = new Array<number>(w).fill(0);
  let prev = Array.from({ length: w }, (_, j) => j);
  let cur = new Array<number>(w).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        v = Math.min(v, prev2[j - 2]! + 1);
      }
      cur[j] = v;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length]!;
}

function editSimilarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 0 : 1 - damerauLevenshtein(a, b) / len;
}

/** Similarity in [0, 1] of two name tokens; symmetric. */
export function tokenSimilarity(a: TokenKeys, b: TokenKeys): number {
  if (a.norm === '' || b.norm === '') return 0;
  if (a.norm === b.norm) return 1;
  if (a.norm.length === 1 || b.norm.length === 1) {
    const [i, t] = a.norm.length === 1 ? [a, b] : [b, a];
    return t.norm.startsWith(i.norm) || t.skel.startsWith(i.skel) ? 0.85 : 0;
  }
  if (a.skel === b.skel) return 0.95;
  let s = Math.max(0.95 * editSimilarity(a.skel, b.skel), editSimilarity(a.norm, b.norm));
  if (a.coarse === b.coarse && a.coarse.length >= 4) s = Math.max(s, 0.9);
  return s;
}

function isKeys(x: NameInput | NameKeys): x is NameKeys {
  return typeof x === 'object' && 'tokens' in x;
}

/** Keys of a name, computing them only if they are not already keys. */
export function keysOf(name: NameInput | NameKeys): NameKeys {
  return isKeys(name) ? name : nameKeys(name);
}

/** Best total similarity over injective assignments of query tokens to name tokens (dynamic programming over used name tokens). */
function bestAssignment(q: readonly TokenKeys[], n: readonly TokenKeys[]): number {
  const sims = q.map((qt) => n.map((nt) => tokenSimilarity(qt, nt)));
  const memo = new Map<number, number>();
  const go = (i: number, used: number): number => {
    if (i === q.length) return 0;
    const key = i * (1 << MAX_TOKENS) + used;
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    let best = go(i + 1, used); // query token i left unmatched
    const row = sims[i]!;
    for (let j = 0; j < n.length; j++) {
      if (used & (1 << j) || row[j]! === 0) continue;
      best = Math.max(best, row[j]! + go(i + 1, used | (1 << j)));
    }
    memo.set(key, best);
    return best;
  };
  return go(0, 0);
}

/** Score in [0, 1] of a query against one name. */
export function nameScore(query: NameInput | NameKeys, name: NameInput | NameKeys): number {
  const q = keysOf(query).tokens;
  const n = keysOf(name).tokens;
  if (q.length === 0 || n.length === 0) return 0;
  const extra = Math.max(0, n.length - q.length);
  const score = (bestAssignment(q, n) / q.length) * Math.max(0.85, 1 - 0.05 * extra);
  return Math.min(1, Math.max(0, score));
}

/** Score in [0, 1] of a query against a person known by several names (best over the names). */
export function score(query: NameInput | NameKeys, names: readonly (NameInput | NameKeys)[]): number {
  const q = keysOf(query);
  let best = 0;
  for (const name of names) best = Math.max(best, nameScore(q, name));
  return best;
}

export interface Ranked<T> {
  readonly item: T;
  readonly score: number;
}

export interface RankOptions {
  /** Keep at most this many (default: all). */
  readonly limit?: number;
  /** Drop candidates scoring below this (default 0: keep all). */
  readonly minScore?: number;
}

/** Candidates best first (ties keep their input order). Pass precomputed `NameKeys` as names to avoid recomputing them. */
export function rank<T extends { readonly names: readonly (NameInput | NameKeys)[] }>(
  query: NameInput,
  candidates: readonly T[],
  options: RankOptions = {},
): Ranked<T>[] {
  const q = nameKeys(query);
  const minScore = options.minScore ?? 0;
  const scored = candidates
    .map((item, index) => ({ item, score: score(q, item.names), index }))
    .filter((r) => r.score >= minScore)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  return scored.slice(0, options.limit ?? scored.length).map(({ item, score: s }) => ({ item, score: s }));
}
