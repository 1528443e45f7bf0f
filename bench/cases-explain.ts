/**
 * Where the time of a case page goes (`bench:cases --explain 1`): runs the page's three handlers'
 * database work (the same functions the routes call, in the same tenant transactions, commit
 * included) for random cases as a caseworker, times every statement, then shows EXPLAIN (ANALYZE,
 * BUFFERS) of the slowest kinds of statement.
 */
import type pg from 'pg';
import { permissionsOf } from '../src/core/platform/policy.js';
import { viewerOf } from '../src/server/cases/access.js';
import { auditRecord } from '../src/server/cases/audit.js';
import { requireCase } from '../src/server/cases/routes.js';
import { timelineOf } from '../src/server/cases/store.js';
import { OrgKeys } from '../src/server/crypto/org-keys.js';
import { openDatabase } from '../src/server/db/database.js';
import type { Principal } from '../src/server/http/principal.js';
import { readablePerson } from '../src/server/persons/routes.js';
import type { Services } from '../src/server/services.js';
import { caseId, personId } from './cases-data.js';
import type { BenchSetup } from './cases-setup.js';
import { percentile } from './lib.js';
import { Rng } from './names-generator.js';

type Query = { text: string; values?: unknown[] };

const label = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 110);

/** A client that records how long each statement takes, by statement. */
function timing(c: pg.PoolClient, times: Map<string, number[]>): pg.PoolClient {
  return new Proxy(c, {
    get(target, prop, receiver) {
      if (prop !== 'query') return Reflect.get(target, prop, receiver);
      return async (q: string | Query, values?: unknown[]) => {
        const text = typeof q === 'string' ? q : q.text;
        const vals = typeof q === 'string' ? values : (q.values ?? values);
        const t0 = performance.now();
        const out = await target.query(text, vals);
        const k = label(text);
        const list = times.get(k) ?? [];
        list.push(performance.now() - t0);
        times.set(k, list);
        samples.set(k, { text, ...(vals ? { values: vals } : {}) });
        return out;
      };
    },
  });
}
const samples = new Map<string, Query>();

export async function explainPage(url: string, dataDir: string, masterKey: Buffer, setup: BenchSetup, people: number) {
  const db = await openDatabase({ dataDir, databaseUrl: url, masterKey, poolSize: 2, migrate: false });
  const s = { orgKeys: new OrgKeys(masterKey) } as unknown as Services;
  const u = setup.users.find((x) => x.role === 'caseworker');
  if (!u) throw new Error('no caseworker');
  const p = {
    id: u.id,
    orgId: setup.orgId,
    roles: ['caseworker'],
    email: u.email,
    permissions: permissionsOf(['caseworker']),
  } as unknown as Principal;
  const times = new Map<string, number[]>();
  const steps: Record<string, number[]> = { 'person (tx)': [], 'case (tx)': [], 'timeline (tx)': [], 'BEGIN + context': [], COMMIT: [] };
  const rng = new Rng(42);
  const tx = async (step: string, fn: (c: pg.PoolClient) => Promise<unknown>) => {
    const raw = await db.app.connect();
    try {
      const t0 = performance.now();
      await raw.query(
        `BEGIN; SELECT set_config('app.org_id', '${setup.orgId}', true), set_config('app.user_id', '${u.id}', true), set_config('app.network_admin', 'off', true)`,
      );
      const t1 = performance.now();
      await fn(timing(raw, times));
      const t2 = performance.now();
      await raw.query('COMMIT');
      const t3 = performance.now();
      steps['BEGIN + context']?.push(t1 - t0);
      steps.COMMIT?.push(t3 - t2);
      steps[step]?.push(t3 - t0);
    } finally {
      raw.release();
    }
  };
  for (let n = 0; n < 300; n++) {
    const i = u.pick(() => rng.next()) % people || people;
    await tx('person (tx)', async (c) => {
      if (!(await readablePerson(s, c, await viewerOf(c, p), personId(i)))) throw new Error(`person ${i} not readable`);
      await auditRecord(c, p, '127.0.0.1', 'person.read', 'person', personId(i));
    });
    await tx('case (tx)', async (c) => {
      await requireCase(s, c, p, caseId(i));
      await auditRecord(c, p, '127.0.0.1', 'case.read', 'case', caseId(i));
    });
    await tx('timeline (tx)', async (c) => {
      await requireCase(s, c, p, caseId(i));
      await auditRecord(c, p, '127.0.0.1', 'case.read-timeline', 'case', caseId(i));
      await timelineOf(c, setup.orgId, caseId(i));
    });
  }
  const f = (n: number) => n.toFixed(2).padStart(7);
  const lines = ['', '== where a case page goes (one caseworker, sequential, 300 random cases; ms per statement)'];
  const data: Record<string, { count: number; p50: number; p99: number; total: number }> = {};
  for (const [k, v] of Object.entries(steps)) {
    data[k] = { count: v.length, p50: percentile(v, 50), p99: percentile(v, 99), total: v.reduce((a, b) => a + b, 0) };
    lines.push(`  ${k.padEnd(112)} p50 ${f(percentile(v, 50))}  p99 ${f(percentile(v, 99))}  ×${v.length}`);
  }
  const ranked = [...times.entries()].map(([k, v]) => ({ k, v, total: v.reduce((a, b) => a + b, 0) })).sort((a, b) => b.total - a.total);
  for (const { k, v, total } of ranked) {
    data[k] = { count: v.length, p50: percentile(v, 50), p99: percentile(v, 99), total };
    lines.push(`  ${k.padEnd(112)} p50 ${f(percentile(v, 50))}  p99 ${f(percentile(v, 99))}  ×${v.length}`);
  }
  // EXPLAIN ANALYZE of the three costliest reads, in a transaction rolled back.
  const raw = await db.app.connect();
  try {
    await raw.query(`BEGIN; SELECT set_config('app.org_id', '${setup.orgId}', true), set_config('app.user_id', '${u.id}', true)`);
    for (const { k } of ranked.filter((r) => /^(SELECT|WITH)/i.test(r.k) && !/audit_append|set_config|org_data_key/.test(r.k)).slice(0, 4)) {
      const q = samples.get(k);
      if (!q) continue;
      const plan = await raw.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.text}`, q.values);
      lines.push('', `-- EXPLAIN ANALYZE: ${k}`, ...plan.rows.map((r) => `   ${r['QUERY PLAN']}`));
    }
    const audit = await raw.query<{ 'QUERY PLAN': string }>(
      "EXPLAIN (ANALYZE, BUFFERS) SELECT audit_append(now(), $1, $2, 'x', 'case.read', 'case', 'x', '127.0.0.1', 'success', '[]')",
      [setup.orgId, u.id],
    );
    lines.push('', '-- EXPLAIN ANALYZE: SELECT audit_append(...)', ...audit.rows.map((r) => `   ${r['QUERY PLAN']}`));
    await raw.query('ROLLBACK');
  } finally {
    raw.release();
  }
  await db.close({ stopEmbedded: false });
  return { lines, data };
}
