/**
 * The case page under load (`npm run bench:cases`).
 *
 * Loads N persons (default 1,000,000) with realistic multilingual names, a case for each and a few
 * entries and timeline lines per case into Haven's own schema, in one organisation of a fresh
 * database (`bench/cases-data.ts`), starts the real platform server on it in its own process, signs
 * in 20 users (administrators, supervisors and caseworkers, each with a second factor) and has them
 * load case pages back to back: GET /api/persons/:id, GET /api/cases/:id and
 * GET /api/cases/:id/timeline issued together, on random cases each may read. Baseline, in the same
 * run and alternating with it: the same users loading a "page" of three GET /api/me. Then the same
 * users search by name through the API with variants of real names (another script, another
 * transliteration, a typo, swapped order…), as bench/search.ts makes them.
 *
 * Reports page-load p50/p95/p99, pages/s, the per-request latencies, the ratio against the
 * baseline, the server's peak RSS, search p50/p95 and recall@10, and PASS/FAIL against the targets
 * (page p99 < 50 ms, server RSS < 512 MB). Exits 0 whether the targets are met or not, 1 when the
 * measurement itself failed (a non-200 answer, a server that does not start).
 *
 * Options: --people N (1000000), --users N (20), --seconds S per subject (30), --rounds N (3),
 * --warmup S (5), --queries N (300), --seed N (20240501), --json <file>, --explain 1 (EXPLAIN
 * ANALYZE of the page's queries on the loaded data), --think MS (1000: pause after each page in the
 * paced run), --paced-seconds S (120: length of the paced run); experiments, not Haven's configuration: --async-commit 1 (synchronous_commit = off on
 * the benchmark database).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import pg from 'pg';
import { createFreshDatabase } from '../src/server/db/fresh-database.js';
import { type EmbeddedServer, openEmbedded } from '../src/server/db/embedded.js';
import { openDatabase } from '../src/server/db/database.js';
import { loadMasterKey, unwrapOrgKey } from '../src/server/ops/keys.js';
import { type CpuShares, cpuWindow, postmasterPid } from './cpu.js';
import { sampleWaits, type Waits } from './cases-waits.js';
import { afterLoad, beforeLoad, caseId, loadPeople, personId, TABLES } from './cases-data.js';
import { explainPage } from './cases-explain.js';
import { provision } from './cases-setup.js';
import { request, runPages, signIn, summarise, type Timings, type VirtualUser } from './cases-users.js';
import { mb, parseArgs, peakRssOf, repoRoot, sleep, verdict, watchdog, writeJson } from './lib.js';
import { canonical, PeopleGenerator, QueryMaker, Rng, VARIANT_TYPES, type VariantType } from './names-generator.js';
import { TIE_LIMIT } from './search-report.js';

const TARGET_PAGE_P99_MS = 50;
const TARGET_RSS_BYTES = 512 * 1024 * 1024;

const args = parseArgs();
const people = Math.round(args.num('people', 1_000_000));
const userCount = Math.round(args.num('users', 20));
const seconds = args.num('seconds', 30);
const rounds = Math.round(args.num('rounds', 3));
const warmup = args.num('warmup', 5);
const queryCount = Math.round(args.num('queries', 300));
const seed = Math.round(args.num('seed', 20240501));
const explain = args.num('explain', 0) > 0;
const thinkMs = args.num('think', 1000);
/** The paced run is light (about 20 pages/s): long enough for its p99 to rest on a few dozen pages. */
const pacedSeconds = args.num('paced-seconds', 120);
/** Experiment, not Haven's configuration: the benchmark database with synchronous_commit = off. */
const asyncCommit = args.num('async-commit', 0) > 0;

let embedded: EmbeddedServer | undefined;
let pgHome: string | undefined;
let server: ChildProcess | undefined;
const dirs: string[] = [];
let dropTarget: { adminUrl: string; name: string } | undefined;
const clients = new Set<pg.Client>();

async function cleanup(): Promise<void> {
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await Promise.race([new Promise((r) => server?.once('exit', r)), sleep(15_000)]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  server = undefined;
  for (const c of clients) await c.end().catch(() => undefined);
  clients.clear();
  if (dropTarget) {
    const { adminUrl, name } = dropTarget;
    dropTarget = undefined;
    const c = new pg.Client({ connectionString: adminUrl });
    try {
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`DROP ROLE IF EXISTS ${name}_app`);
    } catch (e) {
      console.error(`could not drop the benchmark database ${name}: ${(e as Error).message}`);
    } finally {
      await c.end().catch(() => undefined);
    }
  }
  if (embedded?.startedHere) await embedded.stop().catch(() => undefined);
  embedded = undefined;
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    console.error(`\n${sig}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}
watchdog(10 * 60_000 + (people / 1_000_000) * 40 * 60_000 + (2 * rounds * seconds + 3 * warmup + queryCount) * 1000, cleanup);

const log = (line: string) => console.log(line);
const tmp = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(d);
  return d;
};

async function connect(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  clients.add(c);
  return c;
}

/** Our own throw-away server: settings for the bulk load only, reset before anything is measured. */
const LOAD_SETTINGS = ["max_wal_size = '8GB'", "checkpoint_timeout = '30min'", "maintenance_work_mem = '512MB'"];

async function freshDatabase(): Promise<{ url: string; adminUrl: string; backend: string }> {
  let adminUrl = process.env.DATABASE_URL;
  let backend = 'external';
  if (!adminUrl) {
    pgHome = tmp('haven-bench-cases-pg-');
    embedded = await openEmbedded(pgHome);
    adminUrl = embedded.url;
    backend = 'embedded';
    const c = await connect(adminUrl);
    for (const s of LOAD_SETTINGS) await c.query(`ALTER SYSTEM SET ${s}`);
    await c.query('SELECT pg_reload_conf()');
  }
  const { url, name } = await createFreshDatabase(adminUrl, 'haven_cases_bench');
  dropTarget = { adminUrl, name };
  return { url, adminUrl, backend };
}

async function startServer(dataDir: string, url: string): Promise<{ url: string; pid: number; rss: () => number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/cases-server.ts')], {
    cwd: repoRoot,
    env: { ...process.env, HAVEN_DATA_DIR: dataDir, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1', HAVEN_LOG_LEVEL: 'warn', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  server = child;
  const first = await new Promise<string>((resolve, reject) => {
    const rl = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened`)));
  });
  const { url: base, pid } = JSON.parse(first) as { url: string; pid: number };
  let peak = 0;
  const sample = () => {
    try {
      const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m?.[1]) peak = Math.max(peak, Number(m[1]) * 1024);
    } catch {
      // gone
    }
  };
  setInterval(sample, 100).unref();
  return { url: base, pid, rss: () => peak };
}

const f1 = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));

function line(label: string, s: ReturnType<typeof summarise>, unit: string): string {
  return `${label.padEnd(34)} p50 ${f1(s.p50).padStart(5)} ms  p95 ${f1(s.p95).padStart(5)} ms  p99 ${f1(s.p99).padStart(5)} ms  max ${f1(s.max).padStart(5)} ms  ${f1(s.perSec).padStart(6)} ${unit}/s  (${s.count})`;
}

function merge(ts: readonly Timings[]): Timings {
  const requests: Record<string, number[]> = {};
  for (const t of ts) for (const [k, v] of Object.entries(t.requests)) requests[k] = [...(requests[k] ?? []), ...v];
  return {
    pages: ts.flatMap((t) => t.pages),
    requests,
    failures: ts.reduce((n, t) => n + t.failures, 0),
    firstFailure: ts.find((t) => t.firstFailure)?.firstFailure,
    wallMs: ts.reduce((n, t) => n + t.wallMs, 0),
  };
}

async function main(): Promise<void> {
  console.log(
    `bench:cases — ${people.toLocaleString('en-GB')} persons and cases, ${userCount} users, ${rounds} rounds × ${f1(seconds / rounds)} s per subject; node ${process.version}, ${os.cpus().length} CPUs`,
  );
  const db = await freshDatabase();
  console.log(`database: ${db.backend} PostgreSQL, fresh database ${dropTarget?.name}`);
  const dataDir = tmp('haven-bench-cases-data-');
  const masterKey = loadMasterKey(dataDir, {}).key;

  // Migrations, the network, the organisation and its users (enrolled), as Haven does it.
  const haven = await openDatabase({ dataDir, databaseUrl: db.url, masterKey, poolSize: 2 });
  const setup = await provision(haven, masterKey, userCount, people);
  const owner = await connect(db.url);
  const version = (await owner.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]?.v ?? '?';
  const wrapped = (await owner.query<{ k: Buffer }>('SELECT wrapped_key AS k FROM organisations WHERE id = $1', [setup.orgId])).rows[0]?.k;
  if (!wrapped) throw new Error('no organisation key');
  const key = unwrapOrgKey(masterKey, setup.orgId, wrapped);

  // ---- load
  const gen = new PeopleGenerator(seed, path.resolve(repoRoot, '..', 'shared', 'data', 'febrl'));
  const pickRng = new Rng(seed ^ 0x7a79);
  const targetIds = new Set<number>();
  while (targetIds.size < Math.min(queryCount, people)) targetIds.add(1 + pickRng.int(people));
  console.log('loading (COPY on six connections; secondary indexes, foreign keys and the vocabulary trigger off, then rebuilt):');
  const saved = await beforeLoad(owner);
  const copiers = await Promise.all(TABLES.map(() => connect(db.url)));
  for (const c of copiers) await c.query('SET synchronous_commit = off');
  const loaded = await loadPeople(
    copiers,
    { orgId: setup.orgId, partnerOrgId: setup.partnerOrgId, key, caseworkers: setup.caseworkerIds, people, gen, targets: targetIds, seed },
    log,
  );
  for (const c of copiers) {
    clients.delete(c);
    await c.end();
  }
  console.log(
    `load: ${(loaded.loadMs / 1000).toFixed(1)} s for ${people.toLocaleString('en-GB')} persons, ${loaded.names.toLocaleString('en-GB')} names, ${loaded.tokens.toLocaleString('en-GB')} tokens, ${people.toLocaleString('en-GB')} cases, ${loaded.entries.toLocaleString('en-GB')} entries, ${loaded.timeline.toLocaleString('en-GB')} timeline lines`,
  );
  const t1 = performance.now();
  const buildMs = await afterLoad(owner, saved, log);
  const rebuildMs = performance.now() - t1;
  console.log(`indexes, keys, vocabulary, VACUUM ANALYZE: ${(rebuildMs / 1000).toFixed(1)} s`);
  if (embedded) {
    const admin = await connect(db.adminUrl);
    for (const s of LOAD_SETTINGS) await admin.query(`ALTER SYSTEM RESET ${s.split(' ')[0]}`);
    await admin.query('SELECT pg_reload_conf()');
  }
  await owner.query('CHECKPOINT');
  const dbBytes = Number((await owner.query<{ b: string }>('SELECT pg_database_size(current_database()) AS b')).rows[0]?.b ?? 0);
  await haven.close({ stopEmbedded: false });
  if (asyncCommit) {
    await owner.query(`ALTER DATABASE ${dropTarget?.name} SET synchronous_commit = off`);
    console.log("EXPERIMENT: synchronous_commit = off for this database (commits do not wait for the WAL flush); not Haven's configuration");
  }

  // ---- the server, and the users signed in
  const srv = await startServer(dataDir, db.url);
  console.log(`Haven serving on ${srv.url} (pid ${srv.pid}); database ${mb(dbBytes)}`);
  const users: VirtualUser[] = [];
  for (const u of setup.users) users.push({ email: u.email, role: u.role, pick: u.pick, cookie: await signIn(srv.url, u.email, setup.password, u.totpSecret) });
  const rng = new Rng(seed ^ 0x1234);
  const r = () => rng.next();
  const casePage = (u: VirtualUser): [string, string][] => {
    const i = u.pick(r) % people || people;
    return [
      ['GET /api/persons/:id', `/api/persons/${personId(i)}`],
      ['GET /api/cases/:id', `/api/cases/${caseId(i)}`],
      ['GET /api/cases/:id/timeline', `/api/cases/${caseId(i)}/timeline`],
    ];
  };
  const mePage = (): [string, string][] => [
    ['GET /api/me', '/api/me'],
    ['GET /api/me', '/api/me'],
    ['GET /api/me', '/api/me'],
  ];
  const check = await request(srv.url, 'GET', casePage(users[0] as VirtualUser)[1]?.[1] ?? '', { cookie: users[0]?.cookie ?? '' });
  if (check.status !== 200) throw new Error(`a case answered ${check.status}: ${check.body.slice(0, 300)}`);

  console.log(`warm-up: ${warmup} s of case pages, ${warmup} s of the baseline`);
  await runPages(srv.url, users, warmup, casePage);
  await runPages(srv.url, users, warmup, mePage);
  const pageRuns: Timings[] = [];
  const baseRuns: Timings[] = [];
  const cpu: Record<'page' | 'base' | 'paced', CpuShares[]> = { page: [], base: [], paced: [] };
  const postmaster = pgHome ? postmasterPid(path.join(pgHome, 'pg')) : undefined;
  const waits: Waits[] = [];
  for (let round = 1; round <= rounds; round++) {
    const order = round % 2 ? (['page', 'base'] as const) : (['base', 'page'] as const);
    for (const which of order) {
      const end = cpuWindow(srv.pid, postmaster);
      const stopWaits = which === 'page' ? await sampleWaits(db.url, `${dropTarget?.name}_app`) : undefined;
      const t = await runPages(srv.url, users, seconds / rounds, which === 'page' ? casePage : mePage);
      cpu[which].push(end());
      if (stopWaits) waits.push(await stopWaits());
      (which === 'page' ? pageRuns : baseRuns).push(t);
      console.log(
        `round ${round}  ${line(which === 'page' ? 'case page (3 GETs together)' : 'baseline (3 × GET /api/me)', summarise(t.pages, t.wallMs), 'pages')}`,
      );
    }
  }
  const page = merge(pageRuns);
  const base = merge(baseRuns);
  // The same users as people work: a pause after each page (think time).
  const endPaced = cpuWindow(srv.pid, postmaster);
  const paced = await runPages(srv.url, users, pacedSeconds, casePage, thinkMs);
  cpu.paced.push(endPaced());
  console.log(`paced    ${line(`case page, ${thinkMs} ms think time`, summarise(paced.pages, paced.wallMs), 'pages')}`);
  const failures = page.failures + base.failures + paced.failures;
  if (failures) throw new Error(`${failures} answers were not 200, e.g. ${page.firstFailure ?? base.firstFailure ?? paced.firstFailure}`);
  const meanCpu = (xs: CpuShares[]): CpuShares => ({
    machinePct: xs.reduce((n, x) => n + x.machinePct, 0) / xs.length,
    serverPct: xs.reduce((n, x) => n + x.serverPct, 0) / xs.length,
    postgresPct: xs.reduce((n, x) => n + x.postgresPct, 0) / xs.length,
    loadGeneratorPct: xs.reduce((n, x) => n + x.loadGeneratorPct, 0) / xs.length,
    othersPct: xs.reduce((n, x) => n + x.othersPct, 0) / xs.length,
  });
  const sessionStates: Record<string, number> = {};
  for (const w of waits) for (const [k, v] of Object.entries(w.mean)) sessionStates[k] = (sessionStates[k] ?? 0) + v / waits.length;
  const cpuLine = (label: string, c: CpuShares) =>
    `  CPU during ${label.padEnd(22)} machine ${c.machinePct.toFixed(0)}% of ${os.cpus().length} CPUs; Haven server ${c.serverPct.toFixed(0)}%, PostgreSQL ${c.postgresPct.toFixed(0)}%, load generator ${c.loadGeneratorPct.toFixed(0)}%, other work on the machine ${c.othersPct.toFixed(0)}% (of one CPU)`;

  // ---- search through the API, with name variants
  const qm = new QueryMaker(gen);
  const qrng = new Rng(seed ^ 0x9e37);
  const queries = loaded.targets.map((target, n) => {
    const type = VARIANT_TYPES[n % VARIANT_TYPES.length] as VariantType;
    const v = qm.make(target, type, qrng);
    return { target, type, text: v.text, sameName: (loaded.holders.get(canonical(target)) ?? 1) - 1 };
  });
  // Each query is asked by a user who may read the target: its caseworker, their supervisor or an administrator.
  const askers = queries.map((q) => {
    const able = users.filter((u) => u.role === 'org-admin' || setup.canRead(u.email, q.target.id));
    return able[qrng.int(able.length)] as VirtualUser;
  });
  let next = 0;
  const outcomes: { ms: number; hit: boolean; type: VariantType; tie: boolean }[] = [];
  let searchFailures = 0;
  const s0 = performance.now();
  await Promise.all(
    users.map(async (u) => {
      while (next < queries.length) {
        const n = next++;
        const q = queries[n];
        const asker = askers[n];
        if (!q || !asker) continue;
        const a = await request(srv.url, 'GET', `/api/persons?limit=10&q=${encodeURIComponent(q.text)}`, { cookie: asker === u ? u.cookie : asker.cookie });
        if (a.status !== 200) {
          searchFailures++;
          continue;
        }
        const ids = (JSON.parse(a.body) as { items: { id: string }[] }).items.map((x) => x.id);
        outcomes.push({ ms: a.ms, hit: ids.includes(personId(q.target.id)), type: q.type, tie: q.sameName >= TIE_LIMIT });
      }
    }),
  );
  const searchWall = performance.now() - s0;
  if (searchFailures) throw new Error(`${searchFailures} searches were not answered 200`);
  const fair = outcomes.filter((o) => !o.tie);
  const recall = fair.filter((o) => o.hit).length / Math.max(1, fair.length);
  const recallAll = outcomes.filter((o) => o.hit).length / Math.max(1, outcomes.length);
  const search = summarise(
    outcomes.map((o) => o.ms),
    searchWall,
  );

  const profile = explain ? await explainPage(db.url, dataDir, masterKey, setup, people) : undefined;

  // ---- summary
  const serverPeak = Math.max(srv.rss(), peakRssOf(srv.pid) ?? 0);
  const ps = summarise(page.pages, page.wallMs);
  const bs = summarise(base.pages, base.wallMs);
  const passP99 = ps.p99 < TARGET_PAGE_P99_MS;
  const passRss = serverPeak < TARGET_RSS_BYTES;
  console.log(`\n== bench:cases summary (${people.toLocaleString('en-GB')} persons and cases, ${userCount} users, ${db.backend} PostgreSQL ${version})`);
  console.log(
    `load ${(loaded.loadMs / 1000).toFixed(1)} s (COPY, keys and sealing in Node) + indexes/keys/vocabulary/analyse ${(rebuildMs / 1000).toFixed(1)} s; database ${mb(dbBytes)}`,
  );
  console.log(line('case page (3 GETs together)', ps, 'pages'));
  console.log(line('baseline (3 × GET /api/me)', bs, 'pages'));
  for (const [k, v] of Object.entries(page.requests)) console.log(line(`  ${k}`, summarise(v, page.wallMs), 'req'));
  const pacedS = summarise(paced.pages, paced.wallMs);
  console.log(line(`case page, ${thinkMs} ms think time`, pacedS, 'pages'));
  console.log(cpuLine('case pages', meanCpu(cpu.page)));
  console.log(cpuLine('the baseline', meanCpu(cpu.base)));
  console.log(cpuLine('paced case pages', meanCpu(cpu.paced)));
  console.log(
    `  database sessions of the platform during case pages (mean per 20 ms sample): ${Object.entries(sessionStates)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')}`,
  );
  console.log(
    `ratio page/baseline: p50 ${(ps.p50 / bs.p50).toFixed(1)}×, p99 ${(ps.p99 / bs.p99).toFixed(1)}×, throughput ${(bs.perSec / ps.perSec).toFixed(1)}× fewer pages/s`,
  );
  console.log(line('search GET /api/persons?q=', search, 'queries'));
  console.log(
    `search recall@10 ${recall.toFixed(3)} over ${fair.length} queries (${recallAll.toFixed(3)} incl. ${outcomes.length - fair.length} tie-limited names)`,
  );
  for (const type of VARIANT_TYPES) {
    const xs = fair.filter((o) => o.type === type);
    console.log(`  ${type.padEnd(8)} recall@10 ${(xs.filter((o) => o.hit).length / Math.max(1, xs.length)).toFixed(3)} (${xs.length})`);
  }
  console.log(`server peak RSS ${mb(serverPeak)} (target < ${mb(TARGET_RSS_BYTES)}): ${verdict(passRss)}`);
  console.log(
    `page p99 ${f1(ps.p99)} ms, back to back (target < ${TARGET_PAGE_P99_MS} ms): ${verdict(passP99)}; with ${thinkMs} ms think time: p99 ${f1(pacedS.p99)} ms`,
  );
  if (profile) for (const l of profile.lines) console.log(l);

  writeJson(args.json, {
    benchmark: 'cases',
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    database: db.backend,
    postgres: version,
    people,
    users: userCount,
    seconds,
    rounds,
    seed,
    load: {
      ms: loaded.loadMs,
      rebuildMs,
      buildMs,
      names: loaded.names,
      tokens: loaded.tokens,
      entries: loaded.entries,
      timeline: loaded.timeline,
      databaseBytes: dbBytes,
    },
    page: ps,
    baseline: bs,
    paced: { thinkMs, ...pacedS },
    cpu: { page: meanCpu(cpu.page), baseline: meanCpu(cpu.base), paced: meanCpu(cpu.paced) },
    sessionStates,
    experiments: { asyncCommit },
    requests: Object.fromEntries(Object.entries(page.requests).map(([k, v]) => [k, summarise(v, page.wallMs)])),
    ratios: { p50: ps.p50 / bs.p50, p99: ps.p99 / bs.p99, throughput: bs.perSec / ps.perSec },
    search: { ...search, recallAt10: recall, recallAt10All: recallAll, queries: outcomes.length, tieLimited: outcomes.length - fair.length },
    serverPeakRssBytes: serverPeak,
    targets: {
      pageP99Ms: { target: TARGET_PAGE_P99_MS, value: ps.p99, pass: passP99 },
      serverRssBytes: { target: TARGET_RSS_BYTES, value: serverPeak, pass: passRss },
    },
    ...(profile ? { profile: profile.data } : {}),
  });
}

try {
  await main();
  await cleanup();
  process.exit(0);
} catch (err) {
  console.error(`\nbench:cases FAILED: ${(err as Error).stack ?? (err as Error).message}`);
  await cleanup();
  process.exit(1);
}
