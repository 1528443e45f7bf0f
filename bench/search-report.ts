import type pg from 'pg';
import { type NameKeys, nameKeys } from '../src/core/persons/name-keys.js';
import { rank } from '../src/core/persons/name-match.js';
import { percentile } from './lib.js';
import { type Person, VARIANT_TYPES, type VariantType } from './names-generator.js';

export interface Candidate {
  readonly personId: number;
  readonly names: NameKeys[];
}

export interface SearchResult {
  readonly top: number[];
  readonly candidates: Candidate[];
}

/** Measuring and reporting for `bench/search.ts`: per-query outcomes, recall@10 and latency statistics, and the analysis of misses. */
// ------------------------------------------------------------------ measuring

export interface Query {
  readonly n: number;
  readonly target: Person;
  readonly type: VariantType;
  readonly text: string;
  readonly detail: string;
  readonly stored: string;
  /** Other people with exactly the same name (same language, given and family name). */
  readonly sameName: number;
}

export interface Outcome {
  readonly ms: number;
  readonly hit: boolean;
  readonly result: SearchResult;
}

export type Engine = (c: pg.Client, text: string) => Promise<SearchResult>;

export async function runSequential(c: pg.Client, engine: Engine, qs: readonly Query[]): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for (const q of qs) {
    const t0 = performance.now();
    const result = await engine(c, q.text);
    const ms = performance.now() - t0;
    out.push({ ms, hit: result.top.includes(q.target.id), result });
  }
  return out;
}

export async function runConcurrent(cs: readonly pg.Client[], engine: Engine, qs: readonly Query[]): Promise<{ outcomes: Outcome[]; wallMs: number }> {
  const out = new Array<Outcome | undefined>(qs.length);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    cs.map(async (c) => {
      while (next < qs.length) {
        const i = next++;
        const q = qs[i] as Query;
        const s = performance.now();
        const result = await engine(c, q.text);
        out[i] = { ms: performance.now() - s, hit: result.top.includes(q.target.id), result };
      }
    }),
  );
  return { outcomes: out.map((o) => o as Outcome), wallMs: performance.now() - t0 };
}

export interface Stats {
  readonly n: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Recall at 10 over the queries whose target is findable by name (at most 10 people share the exact name). */
  readonly recall: number;
  /** Recall at 10 over all queries, including those with more than 10 identical names. */
  readonly recallAll: number;
}

export const TIE_LIMIT = 10;

export function stats(qs: readonly Query[], os: readonly Outcome[], pick: (q: Query) => boolean = () => true): Stats {
  const idx = qs.map((q, i) => (pick(q) ? i : -1)).filter((i) => i >= 0);
  const lat = idx.map((i) => (os[i] as Outcome).ms);
  const fair = idx.filter((i) => (qs[i] as Query).sameName < TIE_LIMIT);
  const hits = (is: number[]) => is.filter((i) => (os[i] as Outcome).hit).length;
  return {
    n: idx.length,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
    p99: percentile(lat, 99),
    recall: fair.length ? hits(fair) / fair.length : Number.NaN,
    recallAll: idx.length ? hits(idx) / idx.length : Number.NaN,
  };
}

export const f1 = (n: number) => (Number.isNaN(n) ? '–' : n < 10 ? n.toFixed(1) : n.toFixed(0));
export const f3 = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(3));

export function table(
  title: string,
  qs: readonly Query[],
  haven: readonly Outcome[],
  base: readonly Outcome[],
): Record<string, { haven: Stats; baseline: Stats }> {
  console.log(`\n${title}`);
  console.log(
    `${'variant'.padEnd(10)} ${'n'.padStart(4)} │ ${'Haven p50'.padStart(9)} ${'p95'.padStart(6)} ${'p99'.padStart(6)} ${'R@10'.padStart(6)} ${'R@10 all'.padStart(8)} │ ${'base p50'.padStart(8)} ${'p95'.padStart(6)} ${'p99'.padStart(6)} ${'R@10'.padStart(6)} ${'R@10 all'.padStart(8)} │ p50 ratio`,
  );
  const rows: Record<string, { haven: Stats; baseline: Stats }> = {};
  for (const v of [...VARIANT_TYPES, 'overall'] as const) {
    const pick = (q: Query) => v === 'overall' || q.type === v;
    const h = stats(qs, haven, pick);
    const b = stats(qs, base, pick);
    rows[v] = { haven: h, baseline: b };
    if (v === 'overall') console.log('─'.repeat(112));
    console.log(
      `${v.padEnd(10)} ${String(h.n).padStart(4)} │ ${f1(h.p50).padStart(9)} ${f1(h.p95).padStart(6)} ${f1(h.p99).padStart(6)} ${f3(h.recall).padStart(6)} ${f3(h.recallAll).padStart(8)} │ ${f1(b.p50).padStart(8)} ${f1(b.p95).padStart(6)} ${f1(b.p99).padStart(6)} ${f3(b.recall).padStart(6)} ${f3(b.recallAll).padStart(8)} │ ${(h.p50 / b.p50).toFixed(2)}×`,
    );
  }
  console.log('(ms; R@10 = recall at 10 without the queries whose exact name more than 10 other people share; R@10 all = with them)');
  return rows;
}

// ------------------------------------------------------------------ misses

export interface Miss {
  readonly type: VariantType;
  readonly detail: string;
  readonly query: string;
  readonly stored: string;
  readonly sameName: number;
  readonly queryKeys: string;
  readonly targetKeys: string;
  readonly inCandidates: boolean;
  readonly candidates: number;
  readonly targetScore: number | undefined;
  readonly better: number | undefined;
  readonly equal: number | undefined;
}

export function describeKeys(k: NameKeys): string {
  return k.tokens.map((t) => `${t.norm}/${t.skel}/${t.coarse}`).join(' ');
}

export function analyseMisses(qs: readonly Query[], os: readonly Outcome[]): Miss[] {
  const misses: Miss[] = [];
  qs.forEach((q, i) => {
    const o = os[i] as Outcome;
    if (o.hit) return;
    const qk = nameKeys(q.text);
    const cand = o.result.candidates.find((c) => c.personId === q.target.id);
    let targetScore: number | undefined;
    let better: number | undefined;
    let equal: number | undefined;
    if (cand) {
      const ranked = rank(q.text, o.result.candidates);
      targetScore = ranked.find((r) => r.item.personId === q.target.id)?.score;
      better = ranked.filter((r) => r.score > (targetScore ?? 0)).length;
      equal = ranked.filter((r) => r.score === targetScore && r.item.personId !== q.target.id).length;
    }
    misses.push({
      type: q.type,
      detail: q.detail,
      query: q.text,
      stored: q.target.names.map((n) => n.raw).join(' | '),
      sameName: q.sameName,
      queryKeys: describeKeys(qk),
      targetKeys: q.target.names.map((n) => describeKeys(nameKeys(n.raw))).join(' | '),
      inCandidates: cand !== undefined,
      candidates: o.result.candidates.length,
      targetScore,
      better,
      equal,
    });
  });
  return misses;
}
