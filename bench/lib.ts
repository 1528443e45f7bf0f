/**
 * Shared helpers for Haven's benchmarks: command-line options, statistics,
 * peak-RSS sampling, the autocannon load generator (run in a child process so
 * that it never shares an event loop with the server it measures), and the
 * JSON output every benchmark writes with `--json <file>`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------- options

export interface BenchArgs {
  /** Write the figures as JSON to this file. */
  readonly json: string | undefined;
  /** Named numeric options (`--rounds 3`, `--duration=8`). */
  num(name: string, fallback: number): number;
}

export function parseArgs(argv: readonly string[] = process.argv.slice(2)): BenchArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    if (eq > 0) {
      values.set(arg.slice(2, eq), arg.slice(eq + 1));
    } else {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) throw new Error(`${arg} needs a value`);
      values.set(arg.slice(2), next);
      i++;
    }
  }
  return {
    json: values.get('json'),
    num(name, fallback) {
      const v = values.get(name);
      if (v === undefined) return fallback;
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number, got "${v}"`);
      return n;
    },
  };
}

// ---------------------------------------------------------------- statistics

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Nearest-rank percentile (p in 0..100). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = Math.min(s.length, Math.max(1, Math.ceil((p / 100) * s.length)));
  return s[rank - 1] as number;
}

/** Without spreading: a spread of hundreds of thousands of samples overflows the call stack. */
export function min(xs: readonly number[]): number {
  return xs.reduce((m, x) => Math.min(m, x), Number.POSITIVE_INFINITY);
}

export function max(xs: readonly number[]): number {
  return xs.reduce((m, x) => Math.max(m, x), Number.NEGATIVE_INFINITY);
}

// ---------------------------------------------------------------- formatting

export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
export const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
export const rate = (n: number) => `${Math.round(n).toLocaleString('en-GB')} req/s`;
export const verdict = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

export function writeJson(file: string | undefined, data: unknown): void {
  if (!file) return;
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`figures written to ${file}`);
}

// ---------------------------------------------------------------- memory

/** Samples this process's resident set size while running; `stop()` returns the peak seen. */
export class RssSampler {
  private peak = 0;
  private timer: NodeJS.Timeout | undefined;
  start(intervalMs = 50): this {
    this.peak = process.memoryUsage.rss();
    this.timer = setInterval(() => {
      this.peak = Math.max(this.peak, process.memoryUsage.rss());
    }, intervalMs);
    this.timer.unref();
    return this;
  }
  stop(): number {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    return Math.max(this.peak, process.memoryUsage.rss());
  }
}

/** The peak resident set size (VmHWM) of another process, in bytes; undefined when unavailable (not Linux, or gone). */
export function peakRssOf(pid: number): number | undefined {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- network

export { freePort } from '../src/server/ops/free-port.js';

export const sleep = (msecs: number) => new Promise<void>((r) => setTimeout(r, msecs));

/** One GET on a fresh connection; resolves with the status, or undefined when nothing answers yet. */
export function probe(url: string, timeoutMs = 1000): Promise<number | undefined> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
      res.on('error', () => resolve(undefined));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(undefined));
  });
}

/** Polls url every `everyMs` until it answers 200; returns the time of that answer (performance.now()). */
export async function waitFor200(url: string, opts: { timeoutMs: number; everyMs?: number; gaveUp?: () => string | undefined }): Promise<number> {
  const until = performance.now() + opts.timeoutMs;
  while (performance.now() < until) {
    const why = opts.gaveUp?.();
    if (why) throw new Error(why);
    if ((await probe(url)) === 200) return performance.now();
    await sleep(opts.everyMs ?? 10);
  }
  throw new Error(`${url} did not answer 200 within ${opts.timeoutMs} ms`);
}

// ---------------------------------------------------------------- load

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly durationSec: number;
  readonly headers?: Record<string, string>;
}

export interface LoadResult {
  readonly url: string;
  readonly durationSec: number;
  readonly requests: number;
  readonly reqPerSec: number;
  /** Latency in milliseconds (autocannon's histogram has 1 ms resolution). */
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly maxLatency: number;
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly statusCodes: Record<string, number>;
}

interface AutocannonJson {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
  latency: { p50: number; p90: number; p99: number; max: number };
  requests: { total: number };
}

const autocannonCli = (() => {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('autocannon/package.json')), 'autocannon.js');
})();

const running = new Set<ChildProcess>();

/** Stops load generators still running (used when a benchmark is interrupted). */
export function stopLoad(): void {
  for (const child of running) child.kill('SIGKILL');
}

/**
 * Runs autocannon against url in a child process (its own CPU and event loop,
 * so the server in this process is not slowed by the load generator itself).
 */
export function load(opts: LoadOptions): Promise<LoadResult> {
  const args = [autocannonCli, '-j', '-c', String(opts.connections), '-d', String(opts.durationSec)];
  for (const [k, v] of Object.entries(opts.headers ?? {})) args.push('-H', `${k}=${v}`);
  args.push(opts.url);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
    });
    const killer = setTimeout(() => child.kill('SIGKILL'), (opts.durationSec + 20) * 1000);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(killer);
      running.delete(child);
      const line = out.trim().split('\n').at(-1) ?? '';
      let r: AutocannonJson;
      try {
        r = JSON.parse(line) as AutocannonJson;
      } catch {
        reject(new Error(`autocannon exited (${code ?? signal}) without a result: ${err.trim().slice(-500)}`));
        return;
      }
      const statusCodes: Record<string, number> = {};
      for (const [k, v] of Object.entries(r.statusCodeStats ?? {})) statusCodes[k] = v.count;
      resolve({
        url: opts.url,
        durationSec: r.duration,
        requests: r.requests.total,
        reqPerSec: r.requests.total / r.duration,
        p50: r.latency.p50,
        p90: r.latency.p90,
        p99: r.latency.p99,
        maxLatency: r.latency.max,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
        statusCodes,
      });
    });
  });
}

/** Exits the process (with code 1) if the whole script runs longer than `limitMs`, after `cleanup` (bounded to 15 s). */
export function watchdog(limitMs: number, cleanup: () => Promise<void>): void {
  const t = setTimeout(() => {
    console.error(`benchmark: still running after ${Math.round(limitMs / 1000)} s; stopping.`);
    const hard = setTimeout(() => process.exit(1), 15_000);
    hard.unref();
    void cleanup().finally(() => process.exit(1));
  }, limitMs);
  t.unref();
}
