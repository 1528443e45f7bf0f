import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { deriveKey } from '../ops/keys.js';
import { writeBackup } from './backup.js';

/**
 * Daily backups into <dataDir>/backups, named haven-YYYYMMDD-HHMMSS.backup
 * (UTC), encrypted with a key derived from the master key (so they restore
 * with the master key alone). One is made at start when the newest is more
 * than a day old, then the check repeats every hour; the newest `keep` are
 * kept. Logs hold only names, counts and durations.
 */

export interface ScheduleOptions {
  readonly pool: pg.Pool;
  readonly dataDir: string;
  readonly masterKey: Buffer;
  /** How many backups to keep (at least 1). */
  readonly keep: number;
  readonly log: { info(o: object, msg: string): void; error(o: object, msg: string): void };
  /** How often to check whether a backup is due (default one hour). */
  readonly intervalMs?: number;
}

export interface DailyBackups {
  stop(): void;
  /** Makes a backup now (after any in progress); resolves to its path. */
  runNow(): Promise<string>;
}

const NAME = /^haven-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})\.backup$/;
const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

export function backupName(at: Date): string {
  const iso = at.toISOString(); // 2024-05-01T12:34:56.789Z
  return `haven-${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}.backup`;
}

function timeOf(name: string): number | undefined {
  const m = NAME.exec(name);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return Date.UTC(y as number, (mo as number) - 1, d, h, mi, s);
}

/** This schedule's backups, oldest first (the names sort by time). */
async function existing(dir: string): Promise<string[]> {
  try {
    return (await fs.promises.readdir(dir)).filter((n) => NAME.test(n)).sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

export function scheduleDailyBackups(opts: ScheduleOptions): DailyBackups {
  const dir = path.join(opts.dataDir, 'backups');
  const keep = Math.max(1, Math.floor(opts.keep));
  const key = { kind: 'key' as const, key: deriveKey(opts.masterKey, 'daily-backups') };
  let queue: Promise<unknown> = Promise.resolve();
  let pending = 0;
  let stopped = false;

  async function freeName(): Promise<string> {
    for (;;) {
      const name = backupName(new Date());
      if (!fs.existsSync(path.join(dir, name)) && !fs.existsSync(path.join(dir, `${name}.partial`))) return name;
      await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 5));
    }
  }

  /** Deletes all but the newest `keep`, and partial files left by an interrupted run. */
  async function prune(): Promise<string[]> {
    const names = await existing(dir);
    const old = names.slice(0, Math.max(0, names.length - keep));
    for (const n of old) await fs.promises.rm(path.join(dir, n), { force: true });
    for (const n of await fs.promises.readdir(dir)) {
      if (n.startsWith('haven-') && n.endsWith('.backup.partial')) {
        const stat = await fs.promises.stat(path.join(dir, n)).catch(() => undefined);
        if (stat && Date.now() - stat.mtimeMs > HOUR_MS) await fs.promises.rm(path.join(dir, n), { force: true });
      }
    }
    return old;
  }

  async function backupOnce(): Promise<string> {
    const started = Date.now();
    try {
      await fs.promises.mkdir(dir, { recursive: true, mode: 0o700 });
      const name = await freeName();
      const file = path.join(dir, name);
      const result = await writeBackup({ pool: opts.pool, dataDir: opts.dataDir, masterKey: opts.masterKey, out: file, key });
      const deleted = await prune();
      const rows = Object.values(result.tables).reduce((a, b) => a + b, 0);
      opts.log.info(
        { backup: name, tables: Object.keys(result.tables).length, rows, files: result.files, bytes: result.bytes, durationMs: Date.now() - started, deleted },
        'daily backup written',
      );
      return file;
    } catch (err) {
      opts.log.error({ error: (err as Error).message, durationMs: Date.now() - started }, 'daily backup failed');
      throw err;
    }
  }

  function runNow(): Promise<string> {
    pending++;
    const run = queue.then(backupOnce).finally(() => {
      pending--;
    });
    queue = run.catch(() => undefined);
    return run;
  }

  async function due(): Promise<boolean> {
    const newest = (await existing(dir)).map(timeOf).at(-1);
    return newest === undefined || Date.now() - newest >= DAY_MS;
  }

  async function tick(): Promise<void> {
    if (stopped || pending > 0) return;
    let isDue: boolean;
    try {
      isDue = await due();
    } catch (err) {
      opts.log.error({ error: (err as Error).message }, 'daily backup check failed');
      return;
    }
    // A failure is logged by backupOnce; the next check tries again.
    if (isDue) await runNow().catch(() => undefined);
  }

  const first = setTimeout(() => void tick(), 0);
  const timer = setInterval(() => void tick(), opts.intervalMs ?? HOUR_MS);
  first.unref();
  timer.unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
    },
    runNow,
  };
}
