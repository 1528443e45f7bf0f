/**
 * Bulk load of `bench/cases.ts`: N persons with their names and search keys, a case for each, a
 * few entries and timeline lines per case, into Haven's own schema (migration 0002) in one
 * organisation, sealed with that organisation's key exactly as the stores seal them.
 *
 * For speed the owner drops the tables' secondary indexes and foreign keys and disables the
 * token_vocab trigger, streams six COPYs at once, then puts everything back with the same
 * definitions (pg_get_indexdef / pg_get_constraintdef), builds token_vocab in one statement
 * (what the trigger would have built: one row per skeleton with its count; `coarse` is a function
 * of `skel`) and moves the identity sequences past the ids used. The end state is what the API
 * would have produced, without its audit entries.
 */
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { MAX_TOKENS, type NameKeys, nameKeys, type TokenKeys, tokenize, tokenKeys } from '../src/core/persons/name-keys.js';
import { cyrillicVariant } from '../src/core/persons/transliterate.js';
import { sealJson, sealValue } from '../src/server/crypto/org-keys.js';
import { mb } from './lib.js';
import { canonical, type PeopleGenerator, type Person, Rng, renderWord, schemeScript, type StoredName } from './names-generator.js';

export const TABLES = ['persons', 'person_names', 'person_name_tokens', 'cases', 'case_entries', 'case_timeline'] as const;

const hex = (n: number) => n.toString(16).padStart(12, '0');
/** Deterministic ids, so that the load generator can pick a random case without asking the database. */
export const personId = (i: number) => `00000000-0000-4000-8000-${hex(i)}`;
export const caseId = (i: number) => `00000001-0000-4000-8000-${hex(i)}`;
const entryId = (i: number, k: number) => `00000002-0000-4000-8000-${hex(i * 8 + k)}`;

export interface LoadContext {
  readonly orgId: string;
  readonly partnerOrgId: string;
  readonly key: Buffer;
  /** Case i (1-based) belongs to caseworkers[(i - 1) % caseworkers.length]. */
  readonly caseworkers: readonly string[];
  readonly people: number;
  readonly gen: PeopleGenerator;
  readonly targets: ReadonlySet<number>;
  readonly seed: number;
}

export interface Loaded {
  readonly loadMs: number;
  readonly names: number;
  readonly tokens: number;
  readonly entries: number;
  readonly timeline: number;
  /** Canonical name → number of people who have it (for tie-limited queries). */
  readonly holders: Map<string, number>;
  readonly targets: Person[];
}

// ------------------------------------------------------------------ schema around the load

interface Saved {
  indexes: { name: string; def: string }[];
  fks: { table: string; name: string; def: string }[];
}

export async function beforeLoad(c: pg.Client): Promise<Saved> {
  const indexes = (
    await c.query<{ name: string; def: string }>(
      `SELECT i.relname AS name, pg_get_indexdef(i.oid) AS def FROM pg_index x
         JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relname = ANY($1) AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)`,
      [TABLES],
    )
  ).rows;
  const fks = (
    await c.query<{ table: string; name: string; def: string }>(
      `SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE contype = 'f' AND conrelid::regclass::text = ANY($1)`,
      [TABLES],
    )
  ).rows;
  for (const f of fks) await c.query(`ALTER TABLE ${f.table} DROP CONSTRAINT ${f.name}`);
  for (const i of indexes) await c.query(`DROP INDEX ${i.name}`);
  await c.query('ALTER TABLE person_name_tokens DISABLE TRIGGER token_vocab_insert');
  return { indexes, fks };
}

export async function afterLoad(c: pg.Client, saved: Saved, log: (line: string) => void): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  const timed = async (label: string, sql: string) => {
    const t0 = performance.now();
    await c.query(sql);
    times[label] = performance.now() - t0;
    log(`  ${label}: ${(times[label] / 1000).toFixed(1)} s`);
  };
  await c.query("SET maintenance_work_mem = '512MB'");
  await timed(
    'token_vocab',
    'INSERT INTO token_vocab (org_id, skel, coarse, n) SELECT org_id, skel, min(coarse), count(*)::int FROM person_name_tokens GROUP BY org_id, skel',
  );
  await c.query('ALTER TABLE person_name_tokens ENABLE TRIGGER token_vocab_insert');
  for (const t of ['person_names', 'case_timeline']) {
    await c.query(`SELECT setval(pg_get_serial_sequence('${t}', 'id'), (SELECT max(id) FROM ${t}))`);
  }
  for (const i of saved.indexes) await timed(`index ${i.name}`, i.def);
  for (const f of saved.fks) await timed(`foreign key ${f.table}.${f.name}`, `ALTER TABLE ${f.table} ADD CONSTRAINT ${f.name} ${f.def}`);
  await timed('VACUUM ANALYZE', 'VACUUM ANALYZE');
  return times;
}

// ------------------------------------------------------------------ rows

const tokenCache = new Map<string, TokenKeys>();
const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Same result as nameKeys(text) (checked on the first names loaded), with tokens cached. */
function fastKeys(text: string): NameKeys {
  const variant = cyrillicVariant(text);
  const tokens: TokenKeys[] = [];
  for (const t of tokenize(text)) {
    const key = `${variant}\u0000${t}`;
    let k = tokenCache.get(key);
    if (!k) {
      k = tokenKeys(t, variant);
      tokenCache.set(key, k);
    }
    if (k.norm !== '') tokens.push(k);
    if (tokens.length === MAX_TOKENS) break;
  }
  const sorted = (f: (k: TokenKeys) => string) => tokens.map(f).sort(byString).join(' ');
  return { tokens, normKey: sorted((k) => k.norm), skelKey: sorted((k) => k.skel), coarseKey: sorted((k) => k.coarse) };
}

/** COPY text format: backslash, tab and newline escaped. */
const t = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, ' ').replace(/\n/g, ' ');
const bytea = (b: Buffer) => `\\\\x${b.toString('hex')}`;
const day = (base: number, offset: number) => new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
const ts = (base: number, offsetMs: number) => new Date(base + offsetMs).toISOString();

/** Given and family name of a stored rendering; a swapped rendering is a family name typed into the given-name field. */
function parts(p: Person, n: StoredName): { given: string; family: string } {
  const r = (s: string) =>
    s
      .split(/\s+/u)
      .map((x) => renderWord(x, p.lang, n.scheme))
      .join(' ');
  return n.swapped ? { given: r(p.family), family: r(p.given) } : { given: r(p.given), family: r(p.family) };
}

const CITIZENSHIP: Record<string, string> = {
  uk: 'UKR',
  ru: 'RUS',
  el: 'GRC',
  sq: 'ALB',
  sr: 'SRB',
  bs: 'BIH',
  mk: 'MKD',
  lt: 'LTU',
  kk: 'KAZ',
  en: 'GBR',
  fe: 'AUS',
};
const STATUSES = [
  ['active', 70],
  ['follow-up', 15],
  ['closed', 10],
  ['closed-referred', 5],
] as const;

export async function loadPeople(clients: readonly pg.Client[], ctx: LoadContext, log: (line: string) => void): Promise<Loaded> {
  const cols: Record<(typeof TABLES)[number], string> = {
    persons: 'id, org_id, birth_date, gender, citizenships, languages, contact, documents, created_by, created_at, updated_at',
    person_names: 'id, org_id, person_id, ord, given, family, kind, script',
    person_name_tokens: 'org_id, name_id, person_id, ord, norm, skel, coarse',
    cases:
      'id, org_id, person_id, number, status, opened_on, closed_at, closure, closure_note, trafficking_status, decided_by, decided_on, exploitation_forms, control_methods, events, reflection_starts, reflection_ends, caseworker_id, created_by, created_at, updated_at',
    case_entries: 'id, org_id, case_id, kind, data, sealed, created_by, created_at, updated_at',
    case_timeline: 'id, org_id, case_id, at, actor_id, event, entry_kind, entry_id, detail',
  };
  const streams = TABLES.map((table, n) => (clients[n] as pg.Client).query(copyFrom(`COPY ${table} (${cols[table]}) FROM STDIN`)));
  const write = async (s: NodeJS.WritableStream, chunk: string) => {
    if (chunk !== '' && !s.write(chunk)) await once(s, 'drain');
  };
  const rng = new Rng(ctx.seed ^ 0x51ab);
  const holders = new Map<string, number>();
  const targets: Person[] = [];
  const now = Date.now();
  const t0 = performance.now();
  let nameId = 0;
  let tokens = 0;
  let entries = 0;
  let timeline = 0;
  let checked = 0;
  const BATCH = 2000;
  for (let start = 1; start <= ctx.people; start += BATCH) {
    const out = TABLES.map(() => [] as string[]);
    const [bp, bn, bt, bc, be, bl] = out as [string[], string[], string[], string[], string[], string[]];
    const end = Math.min(ctx.people, start + BATCH - 1);
    for (let i = start; i <= end; i++) {
      const p = ctx.gen.person(i);
      const key = canonical(p);
      holders.set(key, (holders.get(key) ?? 0) + 1);
      if (ctx.targets.has(i)) targets.push(p);
      const pid = personId(i);
      const cid = caseId(i);
      const cw = ctx.caseworkers[(i - 1) % ctx.caseworkers.length] as string;
      const openedDaysAgo = 1 + rng.int(900);
      const opened = now - openedDaysAgo * 86_400_000;
      const contact = { phones: [{ number: `+380 67 ${100 + rng.int(900)} ${1000 + rng.int(9000)}` }], emails: [], addresses: [], messaging: [] };
      const docs =
        rng.next() < 0.4
          ? [{ type: 'passport', number: `FX${100000 + rng.int(900000)}`, issuingCountry: CITIZENSHIP[p.lang], heldBySomeoneElse: false }]
          : null;
      const created = ts(opened, 3_600_000);
      bp.push(
        `${pid}\t${ctx.orgId}\t${p.birthDate}\t${p.female ? 'feminine' : 'masculine'}\t{${CITIZENSHIP[p.lang]}}\t{${p.lang === 'fe' ? 'en' : p.lang}}\t${bytea(sealJson(ctx.key, contact, `persons.contact:${pid}`))}\t${docs ? bytea(sealJson(ctx.key, docs, `persons.documents:${pid}`)) : '\\N'}\t${cw}\t${created}\t${created}\n`,
      );
      p.names.forEach((n, ord) => {
        nameId++;
        const { given, family } = parts(p, n);
        const k = fastKeys(`${given} ${family}`);
        if (checked < 2000) {
          if (JSON.stringify(nameKeys({ given, family })) !== JSON.stringify(k)) throw new Error(`fastKeys differs from nameKeys for "${given} ${family}"`);
          checked++;
        }
        bn.push(`${nameId}\t${ctx.orgId}\t${pid}\t${ord}\t${t(given)}\t${t(family)}\t${ord === 0 ? 'legal' : 'alias'}\t${schemeScript(p.lang, n.scheme)}\n`);
        k.tokens.forEach((tk, o) => {
          bt.push(`${ctx.orgId}\t${nameId}\t${pid}\t${o}\t${t(tk.norm)}\t${t(tk.skel)}\t${t(tk.coarse)}\n`);
          tokens++;
        });
      });
      // The case, its work and its timeline.
      const status = rng.weighted(STATUSES);
      const closed = status === 'closed' || status === 'closed-referred';
      const closeDays = Math.min(openedDaysAgo - 1, 30 + rng.int(300));
      const closedOn = closed ? day(opened, closeDays) : null;
      const closure = closedOn
        ? JSON.stringify({
            reason: closed && status === 'closed-referred' ? 'referred' : 'goals-achieved',
            closedOn,
            ...(status === 'closed-referred' ? { referredToOrganisationId: ctx.partnerOrgId } : {}),
          })
        : null;
      const lines: [number, string, string | null, string | null, string][] = [[0, 'case.opened', null, null, JSON.stringify({ number: i })]];
      const work: [string, Record<string, unknown>, Record<string, unknown> | null][] = [
        ['consent', { purpose: 'data-processing', givenBy: 'person', method: 'written', givenOn: day(opened, 0) }, null],
        ['note', {}, { text: 'First meeting at the drop-in centre; agreed to stay at the shelter tonight.' }],
      ];
      if (rng.next() < 0.6)
        work.push(['task', { kind: 'task', due: day(opened, 14), done: closed, assigneeId: cw }, { title: 'Book an interpreter for the interview' }]);
      if (rng.next() < 0.4) work.push(['note', {}, { text: 'Called back; the situation at home is stable. Next meeting next week.' }]);
      work.forEach(([kind, data, sealed], k) => {
        const eid = entryId(i, k);
        const at = ts(opened, (k + 1) * 3_600_000);
        be.push(
          `${eid}\t${ctx.orgId}\t${cid}\t${kind}\t${t(JSON.stringify(data))}\t${sealed ? bytea(sealJson(ctx.key, sealed, `case_entries.sealed:${eid}`)) : '\\N'}\t${cw}\t${at}\t${at}\n`,
        );
        const facts =
          kind === 'consent'
            ? { purpose: 'data-processing', givenBy: 'person', method: 'written', givenOn: data.givenOn }
            : kind === 'task'
              ? { kind: 'task', due: data.due, done: data.done }
              : {};
        lines.push([(k + 1) * 3_600_000, 'entry.added', kind, eid, JSON.stringify(facts)]);
        entries++;
      });
      if (closed)
        lines.push([
          closeDays * 86_400_000 + 12 * 3_600_000,
          'case.closed',
          null,
          null,
          JSON.stringify({ from: 'active', to: status, reason: 'goals-achieved' }),
        ]);
      const last = lines[lines.length - 1]?.[0] ?? 0;
      const events = JSON.stringify([
        { stage: 'recruitment', country: CITIZENSHIP[p.lang] },
        { stage: 'exploitation', country: 'GRC' },
      ]);
      const reflection = !closed && openedDaysAgo < 60;
      bc.push(
        `${cid}\t${ctx.orgId}\t${pid}\t${i}\t${status}\t${day(opened, 0)}\t${closedOn ? ts(opened, closeDays * 86_400_000 + 12 * 3_600_000) : '\\N'}\t${closure ? t(closure) : '\\N'}\t${closed && rng.next() < 0.5 ? bytea(sealValue(ctx.key, 'Closed after the person found work and housing.', `cases.closure_note:${cid}`)) : '\\N'}\t${openedDaysAgo > 60 ? `actual\tNational Referral Mechanism\t${day(opened, 30)}` : 'possible\t\\N\t\\N'}\t{${p.female ? 'sexual-exploitation' : 'forced-labour'}}\t{threats,debt-bondage}\t${t(events)}\t${reflection ? day(opened, 0) : '\\N'}\t${reflection ? day(opened, 89) : '\\N'}\t${cw}\t${cw}\t${created}\t${ts(opened, last)}\n`,
      );
      for (const [offset, event, kind, eid, detail] of lines) {
        timeline++;
        bl.push(`${timeline}\t${ctx.orgId}\t${cid}\t${ts(opened, offset)}\t${cw}\t${event}\t${kind ?? '\\N'}\t${eid ?? '\\N'}\t${t(detail)}\n`);
      }
    }
    await Promise.all(streams.map((s, n) => write(s, (out[n] as string[]).join(''))));
    if (end % 100_000 === 0 || end === ctx.people) {
      const s = (performance.now() - t0) / 1000;
      log(
        `  loaded ${end.toLocaleString('en-GB')} persons (${nameId.toLocaleString('en-GB')} names, ${tokens.toLocaleString('en-GB')} tokens, ${entries.toLocaleString('en-GB')} entries, ${timeline.toLocaleString('en-GB')} timeline lines) in ${s.toFixed(1)} s, RSS ${mb(process.memoryUsage.rss())}`,
      );
    }
  }
  for (const s of streams) s.end();
  await Promise.all(streams.map((s) => finished(s)));
  tokenCache.clear();
  return { loadMs: performance.now() - t0, names: nameId, tokens, entries, timeline, holders, targets };
}
