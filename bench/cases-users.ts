/**
 * Virtual users of `bench/cases.ts`: signed-in HTTP clients on keep-alive connections, and the
 * timed loops they run (a page = several GETs issued together; a search = one GET).
 */
import http from 'node:http';
import { generateSync } from 'otplib';
import { max, percentile } from './lib.js';

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });

export interface Answer {
  readonly status: number;
  readonly body: string;
  readonly ms: number;
}

export function request(
  base: string,
  method: 'GET' | 'POST',
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Answer & { cookie?: string }> {
  const url = new URL(path, base);
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method, agent, headers: { ...headers, ...(body ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const cookie = res.headers['set-cookie']?.map((c) => c.split(';')[0] ?? '').find((c) => c.startsWith('haven_session='));
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - t0, ...(cookie ? { cookie } : {}) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: no answer in 30 s`)));
    if (body) req.write(body);
    req.end();
  });
}

export interface VirtualUser {
  readonly email: string;
  readonly role: 'org-admin' | 'supervisor' | 'caseworker';
  readonly cookie: string;
  /** Picks a random case (1-based index) this user may read. */
  readonly pick: (r: () => number) => number;
}

export async function signIn(base: string, email: string, password: string, totpSecret: string): Promise<string> {
  const res = await request(base, 'POST', '/api/auth/sign-in', {}, JSON.stringify({ email, password, totp: generateSync({ secret: totpSecret }) }));
  if (res.status !== 200 || !res.cookie) throw new Error(`sign-in of ${email}: ${res.status} ${res.body.slice(0, 200)}`);
  return res.cookie;
}

export interface Timings {
  /** Page latencies (all requests of the page answered), ms. */
  readonly pages: number[];
  /** Per request path kind: latencies, ms. */
  readonly requests: Record<string, number[]>;
  readonly failures: number;
  readonly firstFailure: string | undefined;
  readonly wallMs: number;
}

/** Each user loads pages back to back until `seconds` have passed. `page(user)` gives the paths of one page, labelled. */
export async function runPages(
  base: string,
  users: readonly VirtualUser[],
  seconds: number,
  page: (u: VirtualUser) => [string, string][],
  thinkMs = 0,
): Promise<Timings> {
  const pages: number[] = [];
  const requests: Record<string, number[]> = {};
  let failures = 0;
  let firstFailure: string | undefined;
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  await Promise.all(
    users.map(async (u) => {
      while (performance.now() < until) {
        const paths = page(u);
        const start = performance.now();
        const answers = await Promise.all(paths.map(([, p]) => request(base, 'GET', p, { cookie: u.cookie })));
        pages.push(performance.now() - start);
        answers.forEach((a, i) => {
          const label = paths[i]?.[0] ?? '?';
          const list = requests[label] ?? [];
          requests[label] = list;
          list.push(a.ms);
          if (a.status !== 200) {
            failures++;
            firstFailure ??= `${paths[i]?.[1]} → ${a.status} ${a.body.slice(0, 200)}`;
          }
        });
        // A person reading the page before the next click (a random share of thinkMs, so users do not move in step).
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
      }
    }),
  );
  return { pages, requests, failures, firstFailure, wallMs: performance.now() - t0 };
}

export interface Summary {
  readonly count: number;
  readonly perSec: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

export function summarise(xs: readonly number[], wallMs: number): Summary {
  return {
    count: xs.length,
    perSec: xs.length / (wallMs / 1000),
    p50: percentile(xs, 50),
    p95: percentile(xs, 95),
    p99: percentile(xs, 99),
    max: max(xs),
  };
}
