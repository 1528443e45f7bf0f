/**
 * API throughput and latency (`npm run bench:api`).
 *
 * Starts Haven in this process on a fresh database (an embedded PostgreSQL in
 * a temporary data folder, or a fresh database on DATABASE_URL when set), sets
 * up a network, organisation and enrolled administrator, and a bare Fastify
 * server with one JSON route as the baseline. Then, in rounds that alternate
 * the subjects, autocannon (in a child process, 50 connections) loads:
 *   (a) the bare Fastify route            — the baseline
 *   (b) GET /api/me with the session cookie — the authenticated read
 *   (c) GET /api/users                     — a tenant transaction with RLS in PostgreSQL
 * and reports the medians over the rounds. Targets (issue): (b) throughput at
 * least 40% of (a), and (b) p99 under 25 ms. Exits 0 whether the targets are
 * met or not; exits 1 when a subject answered anything but 2xx (that would
 * measure nothing).
 *
 * Options: --json <file>, --rounds <n> (3), --duration <s> (8), --connections <n> (50), --warmup <s> (2).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import pg from 'pg';
import { createFreshDatabase } from '../src/server/db/fresh-database.js';
import { loadConfig } from '../src/server/config.js';
import { createLogger } from '../src/server/ops/logger.js';
import { type Platform, startPlatform } from '../src/server/platform-server.js';
import { setUp } from '../src/server/testing/client.js';
import { type LoadResult, load, mb, median, ms, parseArgs, RssSampler, rate, stopLoad, verdict, watchdog, writeJson } from './lib.js';

const TARGET_SHARE = 0.4; // (b) throughput ≥ 40% of (a)
const TARGET_P99_MS = 25; // (b) p99 < 25 ms

const args = parseArgs();
const rounds = Math.round(args.num('rounds', 3));
const duration = args.num('duration', 8);
const connections = Math.round(args.num('connections', 50));
const warmup = args.num('warmup', 2);

// ------------------------------------------------------------------ set-up

let platform: Platform | undefined;
let bare: ReturnType<typeof Fastify> | undefined;
let dataDir: string | undefined;
let external: { adminUrl: string; name: string } | undefined;

async function cleanup(): Promise<void> {
  stopLoad();
  await bare?.close().catch(() => undefined);
  bare = undefined;
  await platform?.close().catch((e: Error) => console.error(`closing Haven: ${e.message}`));
  platform = undefined;
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
  if (external) {
    const { adminUrl, name } = external;
    external = undefined;
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
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    console.error(`\n${sig}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}
// Set-up (initdb, migrations) + warm-ups + rounds, with a margin.
watchdog(60_000 + (rounds * 3 + 3) * (duration + warmup + 5) * 1000, cleanup);

async function freshExternalDatabase(adminUrl: string): Promise<string> {
  const { url, name } = await createFreshDatabase(adminUrl, 'haven_bench');
  external = { adminUrl, name };
  return url;
}

async function startHaven(): Promise<{ platform: Platform; backend: string; startMs: number }> {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-bench-api-'));
  const databaseUrl = process.env.DATABASE_URL ? await freshExternalDatabase(process.env.DATABASE_URL) : undefined;
  const env: Record<string, string> = { HAVEN_DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1' };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  const config = { ...loadConfig(env), logLevel: 'silent' };
  const t0 = performance.now();
  const p = await startPlatform({ config, log: createLogger('silent'), serveWeb: false, pidFile: false });
  platform = p;
  return { platform: p, backend: p.db.backend, startMs: performance.now() - t0 };
}

async function startBare(): Promise<string> {
  const app = Fastify();
  app.get('/', async () => ({ hello: 'world' }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  bare = app;
  const address = app.server.address();
  if (!address || typeof address !== 'object') throw new Error('bare server has no address');
  return `http://127.0.0.1:${address.port}/`;
}

// ------------------------------------------------------------------ run

interface Subject {
  readonly key: 'bare' | 'me' | 'users';
  readonly label: string;
  readonly url: string;
  readonly headers?: Record<string, string>;
}

interface Sample extends LoadResult {
  readonly round: number;
  readonly peakRss: number;
}

/** autocannon's latencies are whole milliseconds: 0 means under 1 ms. */
const lat = (n: number) => (n < 1 ? '<1 ms' : `${Math.round(n)} ms`);

function line(label: string, r: { reqPerSec: number; p50: number; p90: number; p99: number; peakRss: number }): string {
  return `${label.padEnd(30)} ${rate(r.reqPerSec).padStart(14)}   p50 ${lat(r.p50).padStart(6)}  p90 ${lat(r.p90).padStart(6)}  p99 ${lat(r.p99).padStart(6)}   peak RSS ${mb(r.peakRss)}`;
}

async function measure(subject: Subject, seconds: number, round: number): Promise<Sample> {
  const rss = new RssSampler().start();
  const r = await load({ url: subject.url, connections, durationSec: seconds, headers: subject.headers });
  const peakRss = rss.stop();
  if (r.non2xx > 0 || r.errors > 0 || r.timeouts > 0) {
    throw new Error(
      `${subject.label}: ${r.non2xx} non-2xx responses, ${r.errors} errors, ${r.timeouts} timeouts out of ${r.requests} (status codes ${JSON.stringify(r.statusCodes)}). A benchmark of failures measures nothing.`,
    );
  }
  return { ...r, round, peakRss };
}

async function main(): Promise<void> {
  console.log(`bench:api — ${rounds} rounds × ${duration} s per subject, ${connections} connections, autocannon in a child process; node ${process.version}, ${os.cpus().length} CPUs`);
  const haven = await startHaven();
  console.log(`Haven started in ${ms(haven.startMs)} (database: ${haven.backend}${external ? `, fresh database ${external.name}` : `, fresh data folder ${dataDir}`})`);

  const admin = await setUp(haven.platform.url);
  // A few more people in the organisation, so that (c) returns a list rather than one row.
  for (let i = 1; i <= 9; i++) {
    const inv = await admin.client.post('/api/users/invitations', { email: `person${i}@example.org`, name: `Person ${i}`, roles: ['caseworker'] });
    if (inv.status !== 201) throw new Error(`invite: ${inv.status} ${JSON.stringify(inv.body)}`);
  }
  const cookie = admin.client.cookie;
  if (!cookie) throw new Error('setUp returned no session cookie');
  const bareUrl = await startBare();

  const subjects: Subject[] = [
    { key: 'bare', label: '(a) bare Fastify GET /', url: bareUrl },
    { key: 'me', label: '(b) GET /api/me (session)', url: `${haven.platform.url}/api/me`, headers: { cookie } },
    { key: 'users', label: '(c) GET /api/users (RLS tx)', url: `${haven.platform.url}/api/users`, headers: { cookie } },
  ];
  // Check each subject answers 200 before loading it.
  for (const s of subjects) {
    const res = await fetch(s.url, { headers: s.headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${s.label} answered ${res.status}: ${body.slice(0, 300)}`);
    if (s.key === 'users') {
      const n = (JSON.parse(body) as { users: unknown[] }).users.length;
      console.log(`(c) lists ${n} users`);
    }
  }

  console.log(`warm-up: ${warmup} s per subject`);
  for (const s of subjects) await measure(s, warmup, 0);

  const samples: Record<Subject['key'], Sample[]> = { bare: [], me: [], users: [] };
  for (let round = 1; round <= rounds; round++) {
    // Alternate the order so that no subject always runs first after a pause.
    const order = round % 2 ? subjects : [...subjects].reverse();
    for (const s of order) {
      const r = await measure(s, duration, round);
      samples[s.key].push(r);
      console.log(`round ${round}  ${line(s.label, r)}`);
    }
  }

  const summary = (key: Subject['key']) => {
    const xs = samples[key];
    return {
      reqPerSec: median(xs.map((x) => x.reqPerSec)),
      p50: median(xs.map((x) => x.p50)),
      p90: median(xs.map((x) => x.p90)),
      p99: median(xs.map((x) => x.p99)),
      peakRss: median(xs.map((x) => x.peakRss)),
      requests: xs.reduce((n, x) => n + x.requests, 0),
      non2xx: xs.reduce((n, x) => n + x.non2xx, 0),
    };
  };
  const a = summary('bare');
  const b = summary('me');
  const c = summary('users');
  // Ratios paired within each round (same machine conditions), then the median.
  const ratioAB = median(samples.bare.map((x, i) => x.reqPerSec / (samples.me[i]?.reqPerSec ?? Number.NaN)));
  const ratioAC = median(samples.bare.map((x, i) => x.reqPerSec / (samples.users[i]?.reqPerSec ?? Number.NaN)));
  const share = 1 / ratioAB;
  const passShare = share >= TARGET_SHARE;
  const passP99 = b.p99 < TARGET_P99_MS;

  console.log(`\n== bench:api summary (medians of ${rounds} rounds × ${duration} s, ${connections} connections, ${haven.backend} PostgreSQL)`);
  console.log(line('(a) bare Fastify GET /', a));
  console.log(line('(b) GET /api/me (session)', b));
  console.log(line('(c) GET /api/users (RLS tx)', c));
  console.log(`ratio a/b throughput: ${ratioAB.toFixed(2)}× — /api/me runs at ${(share * 100).toFixed(0)}% of the bare route (target ≥ ${TARGET_SHARE * 100}%): ${verdict(passShare)}`);
  console.log(`p99 of /api/me: ${lat(b.p99)} (target < ${TARGET_P99_MS} ms): ${verdict(passP99)}`);
  console.log(`ratio a/c throughput: ${ratioAC.toFixed(2)}× — /api/users runs at ${((1 / ratioAC) * 100).toFixed(0)}% of the bare route (information, no target)`);
  console.log(`non-2xx responses: a ${a.non2xx}, b ${b.non2xx}, c ${c.non2xx} (of ${a.requests + b.requests + c.requests})`);
  console.log(`peak RSS is this process's (Haven and the bare server share it; autocannon and PostgreSQL are other processes); peak over the whole run ${mb(process.resourceUsage().maxRSS * 1024)}`);

  writeJson(args.json, {
    benchmark: 'api',
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    database: haven.backend,
    rounds,
    durationSec: duration,
    connections,
    havenStartMs: haven.startMs,
    results: { bare: a, me: b, users: c },
    samples,
    ratios: { bareOverMe: ratioAB, meShareOfBare: share, bareOverUsers: ratioAC },
    targets: {
      meShareOfBare: { target: TARGET_SHARE, value: share, pass: passShare },
      meP99Ms: { target: TARGET_P99_MS, value: b.p99, pass: passP99 },
    },
    processPeakRssBytes: process.resourceUsage().maxRSS * 1024,
  });
}

try {
  await main();
  await cleanup();
  process.exit(0);
} catch (err) {
  console.error(`\nbench:api FAILED: ${(err as Error).message}`);
  await cleanup();
  process.exit(1);
}
