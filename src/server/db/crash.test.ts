import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../ops/free-port.js';
import { type ApiClient, PASSWORD, setUp } from '../testing/client.js';

/**
 * Crash safety of the embedded database: the platform process and its
 * PostgreSQL server are killed with SIGKILL while writes are being
 * acknowledged; after a restart every acknowledged write must be there.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-crash-'));
const children: ChildProcess[] = [];

async function startServe(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/run.ts'), 'serve'], {
    cwd: root,
    env: { ...process.env, HAVEN_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', HAVEN_LOG_LEVEL: 'warn', HAVEN_BACKUP_KEEP: '0', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d) => {
    err += String(d);
  });
  children.push(child);
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`serve exited: ${err}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`serve did not start: ${err}`);
}

function postmasterPid(): number {
  return Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** Running, and not a zombie waiting for a parent that was killed to reap it. */
function alive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  try {
    const pid = postmasterPid();
    if (alive(pid)) process.kill(pid, 'SIGKILL');
  } catch {
    // already gone
  }
  await sleep(200);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(inject('postgresKind') === 'external')('embedded database after a crash', () => {
  let client: ApiClient;
  let port: number;

  it('starts, and loses no acknowledged write when the platform and PostgreSQL are killed with SIGKILL', async () => {
    port = await freePort();
    const first = await startServe(port);
    const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
    expect(health).toMatchObject({ database: 'embedded' });
    client = (await setUp(`http://127.0.0.1:${port}`)).client;

    const acknowledged: string[] = [];
    let stop = false;
    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const res = await client.post('/api/me/tokens', { name: `w${w}-${i}`, password: PASSWORD });
          if (res.status === 201) acknowledged.push(`w${w}-${i}`);
        } catch {
          return; // connection cut by the kill
        }
      }
    };
    const writers = Array.from({ length: 6 }, (_, w) => writer(w));
    await sleep(3000);
    const pgPid = postmasterPid();
    first.kill('SIGKILL');
    process.kill(pgPid, 'SIGKILL');
    stop = true;
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(20);
    await sleep(100);
    expect(alive(pgPid)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg', 'postmaster.pid'))).toBe(true); // the stale lock is left behind

    await startServe(port);
    const tokens = await client.get<{ tokens: { name: string }[] }>('/api/me/tokens');
    expect(tokens.status).toBe(200);
    const names = new Set(tokens.body.tokens.map((t) => t.name));
    const lost = acknowledged.filter((n) => !names.has(n));
    console.info(`crash test: ${acknowledged.length} writes acknowledged before SIGKILL, ${lost.length} lost`);
    expect(lost).toEqual([]);
  });

  it('finds the database it left running when only the platform was killed', async () => {
    const pgPid = postmasterPid();
    const running = children.at(-1);
    running?.kill('SIGKILL');
    await sleep(200);
    expect(alive(pgPid)).toBe(true); // orphaned, still serving
    const again = await startServe(port);
    expect(postmasterPid()).toBe(pgPid); // adopted, not restarted
    expect((await client.get('/api/me')).status).toBe(200);
    // a graceful stop stops the adopted database too
    again.kill('SIGTERM');
    await new Promise((resolve) => again.once('exit', resolve));
    await sleep(100);
    expect(alive(pgPid)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'haven.pid'))).toBe(false);
  });
});
