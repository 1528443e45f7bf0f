/**
 * Cold start of `npm start` on an existing data folder (`npm run bench:start`).
 *
 * Makes sure the build exists, initialises a temporary data folder once
 * (embedded PostgreSQL, migrations, first daily backup), then in rounds that
 * alternate the two subjects spawns
 *   - baseline: `node -e "<http server that answers ok>"`, and
 *   - Haven:    `node bin/haven.mjs serve` (what `npm start` runs, without npm's own start-up),
 * and measures the milliseconds from spawn() until the first 200 answer
 * (GET /api/health for Haven), then stops it with SIGTERM and waits for it, and
 * for its embedded PostgreSQL server, to exit. Target (issue): Haven answers
 * within 3000 ms. Exits 0 whether the target is met or not.
 *
 * Options: --json <file>, --rounds <n> (5).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, max, mb, median, min, ms, parseArgs, peakRssOf, repoRoot, sleep, verdict, waitFor200, watchdog, writeJson } from './lib.js';

const TARGET_MS = 3000;
const args = parseArgs();
const rounds = Math.round(args.num('rounds', 5));

const children = new Set<ChildProcess>();
let dataDir: string | undefined;
const pgLock = () => path.join(dataDir ?? '', 'pg', 'postmaster.pid');

/** The embedded PostgreSQL server's pid while its lock file exists. */
function postmasterPid(): number | undefined {
  try {
    const pid = Number(fs.readFileSync(pgLock(), 'utf8').split('\n')[0]);
    return pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

async function cleanup(): Promise<void> {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  // A Haven killed above leaves its PostgreSQL server (started detached) running: stop it (fast shutdown).
  const pid = postmasterPid();
  if (pid) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // already gone
    }
    for (let i = 0; i < 200 && fs.existsSync(pgLock()); i++) await sleep(50);
  }
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  dataDir = undefined;
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    console.error(`\n${sig}: stopping`);
    void cleanup().finally(() => process.exit(130));
  });
}
watchdog(240_000 + rounds * 30_000, cleanup);

// ------------------------------------------------------------------ processes

interface Started {
  readonly child: ChildProcess;
  readonly readyMs: number;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

async function startAndWait(argv: string[], env: NodeJS.ProcessEnv, url: string, timeoutMs: number): Promise<Started> {
  let out = '';
  let err = '';
  const t0 = performance.now();
  const child = spawn(process.execPath, argv, { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    out += d;
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    err += d;
  });
  const t1 = await waitFor200(url, {
    timeoutMs,
    everyMs: 10,
    gaveUp: () => (child.exitCode !== null || child.signalCode !== null ? `${argv.join(' ')} exited (${child.exitCode ?? child.signalCode}) before answering: ${err.trim().slice(-800)}` : undefined),
  });
  return { child, readyMs: t1 - t0, stdout: () => out, stderr: () => err };
}

/** SIGTERM, then wait for the process (and the embedded PostgreSQL server) to be gone; returns the ms it took. */
async function stop(child: ChildProcess, waitForPostgres: boolean): Promise<number> {
  const t0 = performance.now();
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
  await exited(child);
  clearTimeout(timer);
  children.delete(child);
  if (child.signalCode === 'SIGKILL') throw new Error('the process did not stop within 40 s of SIGTERM');
  if (waitForPostgres) {
    const until = performance.now() + 30_000;
    while (fs.existsSync(pgLock())) {
      if (performance.now() > until) throw new Error(`${pgLock()} still exists 30 s after Haven stopped`);
      await sleep(10);
    }
  }
  return performance.now() - t0;
}

function havenEnv(port: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, HAVEN_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', HAVEN_LOG_LEVEL: 'info' };
  delete env.DATABASE_URL; // the cold start of the embedded database is what is measured
  delete env.NODE_OPTIONS;
  return env;
}

/** `startupMs` from Haven's "Haven is running" log line (time inside `serve()`, from reading the config to listening). */
function loggedStartup(stdout: string): number | undefined {
  for (const lineText of stdout.split('\n')) {
    if (!lineText.includes('Haven is running')) continue;
    try {
      const v = (JSON.parse(lineText) as { startupMs?: unknown }).startupMs;
      if (typeof v === 'number') return v;
    } catch {
      // not JSON
    }
  }
  return undefined;
}

/** Milliseconds between PostgreSQL's last "starting PostgreSQL" and the next "ready to accept connections" in pg.log. */
function postgresStartup(): number | undefined {
  let log: string;
  try {
    log = fs.readFileSync(path.join(dataDir ?? '', 'pg.log'), 'utf8');
  } catch {
    return undefined;
  }
  const at = (lineText: string) => {
    const m = /^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (\w+)/.exec(lineText);
    return m?.[1] ? Date.parse(`${m[1].replace(' ', 'T')}Z`) : undefined; // only differences are used, so the zone does not matter
  };
  const lines = log.split('\n');
  const start = lines.findLastIndex((l) => l.includes('starting PostgreSQL'));
  if (start < 0) return undefined;
  const ready = lines.findIndex((l, i) => i > start && l.includes('ready to accept connections'));
  const a = at(lines[start] ?? '');
  const b = ready > 0 ? at(lines[ready] ?? '') : undefined;
  return a !== undefined && b !== undefined ? b - a : undefined;
}

function ensureBuilt(): { ms: number; rebuilt: boolean } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'ensure-built.mjs')], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' });
  if (r.stderr) process.stderr.write(r.stderr);
  if (r.status !== 0) throw new Error(`node scripts/ensure-built.mjs failed (exit ${r.status})`);
  return { ms: performance.now() - t0, rebuilt: (r.stderr ?? '').includes('building') };
}

// ------------------------------------------------------------------ rounds

interface HavenSample {
  readonly round: number;
  readonly readyMs: number;
  readonly loggedStartupMs: number | undefined;
  readonly postgresStartupMs: number | undefined;
  readonly stopMs: number;
  readonly peakRss: number | undefined;
  /** bin/haven.mjs rebuilt dist/ inside the timed window (sources changed meanwhile): not counted. */
  readonly rebuilt: boolean;
}

interface BaselineSample {
  readonly round: number;
  readonly readyMs: number;
  readonly stopMs: number;
  readonly peakRss: number | undefined;
}

async function runHaven(round: number, timeoutMs = 60_000, beforeStop?: () => Promise<void>): Promise<HavenSample> {
  const port = await freePort();
  const s = await startAndWait([path.join('bin', 'haven.mjs'), 'serve'], havenEnv(port), `http://127.0.0.1:${port}/api/health`, timeoutMs);
  await beforeStop?.();
  const peakRss = peakRssOf(s.child.pid ?? -1);
  const stopMs = await stop(s.child, true);
  return {
    round,
    readyMs: s.readyMs,
    loggedStartupMs: loggedStartup(s.stdout()),
    postgresStartupMs: postgresStartup(),
    stopMs,
    peakRss,
    rebuilt: s.stderr().includes('building'),
  };
}

async function runBaseline(round: number): Promise<BaselineSample> {
  const port = await freePort();
  const code = `require('http').createServer((q,s)=>s.end('ok')).listen(${port},'127.0.0.1')`;
  const s = await startAndWait(['-e', code], { ...process.env, NODE_OPTIONS: '' }, `http://127.0.0.1:${port}/`, 10_000);
  const peakRss = peakRssOf(s.child.pid ?? -1);
  const stopMs = await stop(s.child, false);
  return { round, readyMs: s.readyMs, stopMs, peakRss };
}

const fmtRss = (n: number | undefined) => (n === undefined ? 'n/a' : mb(n));

async function main(): Promise<void> {
  console.log(`bench:start — ${rounds} cold starts of \`node bin/haven.mjs serve\` on an existing data folder (embedded PostgreSQL); node ${process.version}, ${os.cpus().length} CPUs`);
  const built = ensureBuilt();
  console.log(`build check (node scripts/ensure-built.mjs): ${ms(built.ms)}${built.rebuilt ? ' (rebuilt dist/)' : ', up to date'}`);

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-bench-start-'));
  // The first start makes the first daily backup (after listening); wait for it so that later starts find it and skip it.
  const backups = path.join(dataDir, 'backups');
  const hasBackup = () => fs.existsSync(backups) && fs.readdirSync(backups).some((n) => n.endsWith('.backup'));
  const init = await runHaven(0, 120_000, async () => {
    for (let i = 0; i < 300 && !hasBackup(); i++) await sleep(100);
  });
  console.log(`first start (initdb, migrations): ${ms(init.readyMs)} to /api/health 200, stopped in ${ms(init.stopMs)}; data folder ${dataDir}`);
  if (!hasBackup()) {
    console.log('note: the first start left no daily backup (stopped before it finished); the next start will make one after listening');
  }

  const haven: HavenSample[] = [];
  const base: BaselineSample[] = [];
  const excluded: HavenSample[] = [];
  for (let round = 1; round <= rounds; round++) {
    const b = ensureBuilt();
    if (b.rebuilt) console.log(`round ${round}: sources changed, dist/ rebuilt before the round (${ms(b.ms)}, not timed)`);
    const order = round % 2 ? (['baseline', 'haven'] as const) : (['haven', 'baseline'] as const);
    for (const which of order) {
      if (which === 'baseline') {
        const r = await runBaseline(round);
        base.push(r);
        console.log(`round ${round}  baseline node http server   ${ms(r.readyMs).padStart(8)} to first 200   stop ${ms(r.stopMs).padStart(7)}   peak RSS ${fmtRss(r.peakRss)}`);
      } else {
        const r = await runHaven(round, 180_000);
        (r.rebuilt ? excluded : haven).push(r);
        console.log(
          `round ${round}  haven serve                ${ms(r.readyMs).padStart(8)} to /api/health 200   stop ${ms(r.stopMs).padStart(7)}   peak RSS ${fmtRss(r.peakRss)}   (inside serve(): ${r.loggedStartupMs ?? 'n/a'} ms; PostgreSQL log "starting" → "ready": ${r.postgresStartupMs ?? 'n/a'} ms)${r.rebuilt ? '  REBUILT dist/ inside the timed window: not counted' : ''}`,
        );
      }
    }
  }
  if (haven.length === 0) throw new Error('every Haven start rebuilt dist/ (sources kept changing): nothing to report');

  const h = haven.map((x) => x.readyMs);
  const bl = base.map((x) => x.readyMs);
  const hMed = median(h);
  const bMed = median(bl);
  const known = (xs: (number | undefined)[]) => xs.filter((x): x is number => x !== undefined);
  const inServe = median(known(haven.map((x) => x.loggedStartupMs)));
  const pgStart = median(known(haven.map((x) => x.postgresStartupMs)));
  const hRss = median(known(haven.map((x) => x.peakRss)));
  const bRss = median(known(base.map((x) => x.peakRss)));
  const pass = hMed < TARGET_MS;

  console.log(`\n== bench:start summary (${haven.length} Haven starts${excluded.length ? `, ${excluded.length} excluded (rebuilt)` : ''}, ${base.length} baseline starts)`);
  console.log(`haven serve (existing data folder): median ${ms(hMed)}  min ${ms(min(h))}  max ${ms(max(h))}   peak RSS ${fmtRss(hRss)}   stop median ${ms(median(haven.map((x) => x.stopMs)))}`);
  console.log(`baseline node http server:          median ${ms(bMed)}  min ${ms(min(bl))}  max ${ms(max(bl))}   peak RSS ${fmtRss(bRss)}`);
  console.log(`ratio haven/baseline: ${(hMed / bMed).toFixed(1)}×`);
  console.log(
    `where the time goes (medians): ${ms(inServe)} inside serve() (config → listening; of it, PostgreSQL's log shows ${ms(pgStart)} from "starting" to "ready"), ${ms(hMed - inServe)} before it (Node start, build check, module loading) and polling`,
  );
  console.log(`cold start ${ms(hMed)} (target < ${TARGET_MS} ms): ${verdict(pass)}`);

  writeJson(args.json, {
    benchmark: 'cold-start',
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    rounds,
    firstStart: init,
    haven: { medianMs: hMed, minMs: min(h), maxMs: max(h), insideServeMedianMs: inServe, postgresStartupMedianMs: pgStart, peakRssBytes: hRss, samples: haven, excluded },
    baseline: { medianMs: bMed, minMs: min(bl), maxMs: max(bl), peakRssBytes: bRss, samples: base },
    ratio: hMed / bMed,
    target: { ms: TARGET_MS, value: hMed, pass },
  });
}

try {
  await main();
  await cleanup();
  process.exit(0);
} catch (err) {
  console.error(`\nbench:start FAILED: ${(err as Error).message}`);
  await cleanup();
  process.exit(1);
}
