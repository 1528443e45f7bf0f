import type pg from 'pg';
import type { CaseStatus } from '../../core/cases/case.js';
import type { PersonNameEntry } from '../../core/cases/person.js';
import type { DuplicateCheck, PersonHit } from '../../core/cases/views.js';
import { type NameKeys, type TokenKeys, nameKeys } from '../../core/persons/name-keys.js';
import { MATCH_THRESHOLD, rank } from '../../core/persons/name-match.js';
import { Params, type Viewer, caseReadableSql, personReadableSql } from '../cases/access.js';
import { type PersonRow, casesOf, namesOf, toPersonHit } from './store.js';

/**
 * Finding a person by name in any script or transliteration (design and measurements:
 * docs/cases-design.md, bench/search.ts). The database proposes candidate names through the
 * organisation's vocabulary of token skeletons (person_name_candidates, one round trip); they are
 * re-ranked here with the full matcher, then filtered by what the reader may see and by the other
 * criteria.
 */

/** Tuning measured by bench:search: same-consonant expansions, nearest skeletons, names re-ranked. */
export const SEARCH_TUNING = { coarseCap: 20, vocabCap: 12, nameCap: 400 } as const;
/** Below this name score a result is noise, not a lead. */
export const MIN_SEARCH_SCORE = 0.55;

export interface PersonQuery {
  readonly q?: string | undefined;
  readonly birthDate?: string | undefined;
  readonly citizenship?: string | undefined;
  readonly status?: CaseStatus | undefined;
  readonly caseworkerId?: string | undefined;
  readonly limit: number;
}

interface TokenRow {
  name_id: string;
  person_id: string;
  norm: string;
  skel: string;
  coarse: string;
}

function keysFromTokens(tokens: TokenKeys[]): NameKeys {
  const sorted = (f: (k: TokenKeys) => string) => tokens.map(f).sort().join(' ');
  return { tokens, normKey: sorted((k) => k.norm), skelKey: sorted((k) => k.skel), coarseKey: sorted((k) => k.coarse) };
}

/** Persons of the caller's organisation whose names best match `text`, best first, with their scores. */
export async function nameMatches(c: pg.PoolClient, text: string, minScore: number): Promise<{ personId: string; score: number }[]> {
  const q = nameKeys(text);
  const seen = new Set<string>();
  const is: number[] = [];
  const skels: string[] = [];
  const coarses: string[] = [];
  for (const t of q.tokens) {
    if (t.skel === '' || seen.has(t.skel)) continue;
    seen.add(t.skel);
    is.push(is.length);
    skels.push(t.skel);
    coarses.push(t.coarse);
  }
  if (is.length === 0) return [];
  // Parallel workers cost more than they save on these small index scans (bench:search).
  await c.query("SELECT set_config('max_parallel_workers_per_gather', '0', true)");
  const { rows } = await c.query<TokenRow>({
    name: 'person_name_candidates',
    text: 'SELECT name_id, person_id, norm, skel, coarse FROM person_name_candidates($1, $2, $3, $4, $5, $6)',
    values: [is, skels, coarses, SEARCH_TUNING.coarseCap, SEARCH_TUNING.vocabCap, SEARCH_TUNING.nameCap],
  });
  const byPerson = new Map<string, Map<string, TokenKeys[]>>();
  for (const r of rows) {
    const names = byPerson.get(r.person_id) ?? new Map<string, TokenKeys[]>();
    byPerson.set(r.person_id, names);
    const toks = names.get(r.name_id) ?? [];
    names.set(r.name_id, toks);
    toks.push({ norm: r.norm, skel: r.skel, coarse: r.coarse });
  }
  const candidates = [...byPerson.entries()].map(([personId, names]) => ({ personId, names: [...names.values()].map(keysFromTokens) }));
  return rank(text, candidates, { minScore }).map((r) => ({ personId: r.item.personId, score: r.score }));
}

type HitRow = Pick<PersonRow, 'id' | 'birth_date' | 'estimated_age' | 'estimated_on' | 'gender' | 'citizenships'>;
const HIT_COLUMNS = `p.id, to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') AS estimated_on, p.gender, p.citizenships`;

async function hits(c: pg.PoolClient, v: Viewer, rows: HitRow[], scores: Map<string, number> | null): Promise<PersonHit[]> {
  const ids = rows.map((r) => r.id);
  const names = await namesOf(c, v.orgId, ids);
  const cases = await casesOf(c, v, new Params(), ids);
  return rows.map((r) => toPersonHit(r, names.get(r.id) ?? [], cases.get(r.id) ?? [], scores?.get(r.id) ?? null));
}

/** The persons the viewer may read that match the query: by name (best first), else most recently changed. */
export async function searchPersons(c: pg.PoolClient, v: Viewer, query: PersonQuery): Promise<PersonHit[]> {
  const params = new Params();
  const where = [`p.org_id = ${params.add(v.orgId)}`, personReadableSql('p', v, params)];
  if (query.birthDate) where.push(`p.birth_date = ${params.add(query.birthDate)}::date`);
  if (query.citizenship) where.push(`${params.add(query.citizenship)} = ANY(p.citizenships)`);
  if (query.status || query.caseworkerId) {
    const conds = ['fc.person_id = p.id', caseReadableSql('fc', v, params)];
    if (query.status) conds.push(`fc.status = ${params.add(query.status)}`);
    if (query.caseworkerId) conds.push(`fc.caseworker_id = ${params.add(query.caseworkerId)}::uuid`);
    where.push(`EXISTS (SELECT 1 FROM cases fc WHERE ${conds.join(' AND ')})`);
  }
  const text = query.q?.trim() ?? '';
  if (text === '') {
    const { rows } = await c.query<HitRow>(
      `SELECT ${HIT_COLUMNS} FROM persons p WHERE ${where.join(' AND ')} ORDER BY p.updated_at DESC LIMIT ${params.add(query.limit)}`,
      params.values,
    );
    return hits(c, v, rows, null);
  }
  const matches = await nameMatches(c, text, MIN_SEARCH_SCORE);
  if (matches.length === 0) return [];
  where.push(`p.id = ANY(${params.add(matches.map((m) => m.personId))}::uuid[])`);
  const { rows } = await c.query<HitRow>(`SELECT ${HIT_COLUMNS} FROM persons p WHERE ${where.join(' AND ')}`, params.values);
  const scores = new Map(matches.map((m) => [m.personId, m.score]));
  const order = new Map(matches.map((m, i) => [m.personId, i]));
  rows.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return hits(c, v, rows.slice(0, query.limit), scores);
}

/** Two birth dates more than a year apart mean two people, whatever their names. */
function birthDatesAgree(a: string | null, b: string | null | undefined): boolean {
  if (!a || !b) return true;
  return Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))) <= 1;
}

/**
 * Likely duplicates of a person about to be created: persons of the organisation one of whose
 * names matches one of the new names (score ≥ MATCH_THRESHOLD) and whose birth date does not
 * contradict. Those the viewer may not read are counted, not shown.
 */
export async function findDuplicates(
  c: pg.PoolClient,
  v: Viewer,
  names: readonly PersonNameEntry[],
  birthDate?: string | null,
  exceptId?: string,
): Promise<DuplicateCheck> {
  const scores = new Map<string, number>();
  for (const n of names.slice(0, 5)) {
    for (const m of await nameMatches(c, `${n.given} ${n.family}`.trim(), MATCH_THRESHOLD)) {
      if (m.personId !== exceptId) scores.set(m.personId, Math.max(scores.get(m.personId) ?? 0, m.score));
    }
  }
  if (scores.size === 0) return { items: [], hidden: 0 };
  const params = new Params();
  const readable = personReadableSql('p', v, params);
  const { rows } = await c.query<HitRow & { readable: boolean }>(
    `SELECT ${HIT_COLUMNS}, ${readable} AS readable FROM persons p WHERE p.org_id = ${params.add(v.orgId)} AND p.id = ANY(${params.add([...scores.keys()])}::uuid[])`,
    params.values,
  );
  const likely = rows.filter((r) => birthDatesAgree(r.birth_date, birthDate)).sort((a, b) => (scores.get(b.id) ?? 0) - (scores.get(a.id) ?? 0));
  const shown = likely.filter((r) => r.readable).slice(0, 10);
  return { items: await hits(c, v, shown, scores), hidden: likely.filter((r) => !r.readable).length };
}
