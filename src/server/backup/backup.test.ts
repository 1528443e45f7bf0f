import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyChain } from '../audit/store.js';
import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/database.js';
import { deriveKey } from '../ops/keys.js';
import { createLogger } from '../ops/logger.js';
import { type Platform, startPlatform } from '../platform-server.js';
import { ApiClient, PASSWORD, type SignedInUser, addUser, setUp, totp } from '../testing/client.js';
import { FAST_SIGNIN, type TestPlatform, freshDatabaseUrl, startTestPlatform } from '../testing/harness.js';
import { writeBackup } from './backup.js';
import type { BackupKey } from './keys.js';
import { BackupError, restoreBackup } from './restore.js';
import { scheduleDailyBackups } from './schedule.js';

const PASSPHRASE: BackupKey = { kind: 'passphrase', passphrase: 'the quick brown fox guards the records' };
const BULK_ROWS = 100_000;

let p: TestPlatform;
let admin: SignedInUser;
let staff: SignedInUser[] = [];
let bearer = '';
let work: string;
let backupFile: string;
let snapshot: Map<string, string>;
let target: { db: Database; dir: string };

type Sums = Map<string, string>;

/** Row count and checksum of every table (schema_migrations without its applied_at, which a restore does not carry). */
async function tableSums(c: pg.ClientBase): Promise<Sums> {
  await c.query("SET TimeZone = 'UTC'");
  const tables = (
    await c.query<{ name: string }>("SELECT relname::text AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' ORDER BY 1")
  ).rows;
  const sums: Sums = new Map();
  for (const { name } of tables) {
    const source = name === 'schema_migrations' ? '(SELECT id, checksum FROM schema_migrations)' : `public.${c.escapeIdentifier(name)}`;
    const { rows } = await c.query<{ n: number; sum: string }>(
      `SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS sum FROM ${source} t`,
    );
    sums.set(name, `${rows[0]?.n}:${rows[0]?.sum}`);
  }
  return sums;
}

/** The owner pool, except that the backup's snapshot is exported and handed to `onSnapshot` right after its BEGIN. */
function exportingSnapshot(pool: pg.Pool, onSnapshot: (id: string) => Promise<void>): pg.Pool {
  return new Proxy(pool, {
    get(target, prop) {
      if (prop !== 'connect') return Reflect.get(target, prop, target);
      return async () => {
        const client = await target.connect();
        return new Proxy(client, {
          get(c, q) {
            const value: unknown = Reflect.get(c, q, c);
            if (q !== 'query') return typeof value === 'function' ? value.bind(c) : value;
            return (...args: unknown[]): unknown => {
              const result: unknown = Reflect.apply(c.query, c, args);
              if (args[0] !== 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY') return result; // a COPY stream must come back as it is
              return (async () => {
                await result;
                const { rows } = await c.query<{ id: string }>('SELECT pg_export_snapshot() AS id');
                await onSnapshot(rows[0]?.id ?? '');
                return result;
              })();
            };
          },
        });
      };
    },
  });
}

async function rowsIn(db: Database): Promise<number> {
  const { rows } = await db.owner.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM organisations) + (SELECT count(*) FROM network) + (SELECT count(*) FROM audit_log) AS n',
  );
  return Number(rows[0]?.n);
}

async function refusedWith(promise: Promise<unknown>): Promise<BackupError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupError);
  return err as BackupError;
}

async function emptyTarget(): Promise<{ db: Database; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-restore-'));
  return { dir, db: await openDatabase({ dataDir: dir, databaseUrl: await freshDatabaseUrl(), masterKey: randomBytes(32) }) };
}

beforeAll(async () => {
  p = await startTestPlatform();
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-backups-'));
  admin = await setUp(p.url);
  staff = [await addUser(admin.client, 'ana@example.org', ['analyst']), await addUser(admin.client, 'tom@example.org', ['trainer'])];
  const token = await admin.client.post<{ token: string }>('/api/me/tokens', { name: 'integration', password: PASSWORD });
  bearer = token.body.token;
  for (let i = 0; i < 200; i++)
    await appendAudit(p.db.owner, {
      orgId: admin.orgId,
      actorId: admin.id,
      actorEmail: admin.email,
      action: 'test.entry',
      ip: '127.0.0.1',
      outcome: 'success',
    });
  await p.db.owner.query(
    `INSERT INTO signin_addresses (ip, failures) SELECT '10.' || (i / 65536) || '.' || (i / 256 % 256) || '.' || (i % 256), i % 7 FROM generate_series(1, ${BULK_ROWS}) i`,
  );
  fs.mkdirSync(path.join(p.dataDir, 'files', 'a'), { recursive: true });
  fs.writeFileSync(path.join(p.dataDir, 'files', 'a', 'b.bin'), randomBytes(3 * 1024 * 1024 + 17));
  fs.writeFileSync(path.join(p.dataDir, 'files', 'note.txt'), 'a small file');
  target = await emptyTarget();
});

afterAll(async () => {
  await target?.db.close();
  if (target) fs.rmSync(target.dir, { recursive: true, force: true });
  await p?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('takes a consistent backup while requests keep changing the data, and restores it exactly', async () => {
    let stop = false;
    let requests = 0;
    const failures: string[] = [];
    const load = staff.map(async (u, k) => {
      for (let i = 0; !stop && failures.length < 10; i++) {
        const patched = await u.client.patch('/api/me', { name: `Name ${k}-${i}` });
        const signedIn = await new ApiClient(p.url).post('/api/auth/sign-in', { email: u.email, password: PASSWORD });
        if (patched.status !== 200 || signedIn.status !== 200) failures.push(`${patched.status}/${signedIn.status}`);
        requests++;
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 300));

    backupFile = path.join(work, 'full.backup');
    const reader = new pg.Client({ connectionString: p.databaseUrl });
    await reader.connect();
    const progress: string[] = [];
    let summary: Awaited<ReturnType<typeof writeBackup>>;
    try {
      const pool = exportingSnapshot(p.db.owner, async (id) => {
        // What the backup sees: read in the same snapshot, then let the requests change things before any COPY.
        await reader.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
        await reader.query(`SET TRANSACTION SNAPSHOT '${id}'`);
        snapshot = await tableSums(reader);
        await reader.query('COMMIT');
        const until = requests + 4;
        while (requests < until) await new Promise((resolve) => setTimeout(resolve, 20));
      });
      summary = await writeBackup({
        pool,
        dataDir: p.dataDir,
        masterKey: p.services.masterKey,
        out: backupFile,
        key: PASSPHRASE,
        onProgress: (x) => progress.push(x.table),
      });
    } finally {
      stop = true;
      await Promise.allSettled(load);
      await reader.end();
    }
    expect(failures).toEqual([]);

    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);
    expect(fs.existsSync(`${backupFile}.partial`)).toBe(false);
    expect(summary.files).toBe(2);
    expect(summary.bytes).toBe(fs.statSync(backupFile).size);
    expect(summary.tables.signin_addresses).toBe(BULK_ROWS);
    expect(Object.keys(summary.tables).sort()).toEqual([...snapshot.keys()].sort());
    expect(progress).toContain('users');
    const raw = fs.readFileSync(backupFile);
    expect(raw.includes(Buffer.from(admin.email))).toBe(false);
    expect(raw.includes(Buffer.from('Helping Hands'))).toBe(false);

    // The source moved on after the snapshot...
    const after = await p.db.owner.connect();
    try {
      const now = await tableSums(after);
      expect(now.get('users')).not.toBe(snapshot.get('users'));
    } finally {
      after.release();
    }

    // ...and the restore is the snapshot, row for row.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-restored-'));
    const url = await freshDatabaseUrl();
    const db = await openDatabase({ dataDir: dir, databaseUrl: url, masterKey: randomBytes(32) });
    let restored: Awaited<ReturnType<typeof restoreBackup>>;
    try {
      restored = await restoreBackup({ pool: db.owner, dataDir: dir, input: backupFile, key: PASSPHRASE });
      expect(restored.masterKey.equals(p.services.masterKey)).toBe(true);
      expect(restored.files).toBe(2);
      expect(restored.tables).toEqual(summary.tables);
      const client = await db.owner.connect();
      try {
        expect(await tableSums(client)).toEqual(snapshot);
      } finally {
        client.release();
      }
      expect(await verifyChain(db.owner)).toMatchObject({ ok: true });
      expect(fs.readFileSync(path.join(dir, 'files', 'a', 'b.bin')).equals(fs.readFileSync(path.join(p.dataDir, 'files', 'a', 'b.bin')))).toBe(true);
      expect(fs.readFileSync(path.join(dir, 'files', 'note.txt'), 'utf8')).toBe('a small file');
      expect(fs.readdirSync(dir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
    } finally {
      await db.close();
    }

    // A platform on the restored database, with the restored master key, lets people in.
    fs.writeFileSync(path.join(dir, 'master.key'), `${restored.masterKey.toString('base64')}\n`, { mode: 0o600 });
    const config = { ...loadConfig({ HAVEN_DATA_DIR: dir, DATABASE_URL: url, PORT: '0', HOST: '127.0.0.1' }), logLevel: 'silent' };
    let second: Platform | undefined;
    try {
      second = await startPlatform({ config, log: createLogger('silent'), signIn: FAST_SIGNIN, serveWeb: false, pidFile: false });
      const c = new ApiClient(second.url);
      expect((await c.post('/api/auth/sign-in', { email: admin.email, password: PASSWORD, totp: totp(admin.totpSecret ?? '', 1) })).status).toBe(200);
      expect((await c.get('/api/me')).status).toBe(200);
      expect((await new ApiClient(second.url).post('/api/auth/sign-in', { email: 'ana@example.org', password: PASSWORD })).status).toBe(200);
      const bot = new ApiClient(second.url);
      bot.bearer = bearer;
      expect((await bot.get('/api/users')).status).toBe(200);
    } finally {
      await second?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves nothing behind when writing a backup fails', async () => {
    const out = path.join(work, 'failed.backup');
    const failing = (x: { table: string }) => {
      if (x.table === 'users') throw new Error('the terminal went away');
    };
    await expect(
      writeBackup({ pool: p.db.owner, dataDir: p.dataDir, masterKey: p.services.masterKey, out, key: PASSPHRASE, onProgress: failing }),
    ).rejects.toThrow('the terminal went away');
    expect(fs.readdirSync(work).filter((n) => n.startsWith('failed'))).toEqual([]);
    expect((await p.db.owner.query('SELECT 1 AS ok')).rows).toEqual([{ ok: 1 }]);
  });

  it('refuses a wrong passphrase or key, and writes nothing', async () => {
    const wrong = await refusedWith(
      restoreBackup({ pool: target.db.owner, dataDir: target.dir, input: backupFile, key: { kind: 'passphrase', passphrase: 'not the passphrase at all' } }),
    );
    expect(wrong).toMatchObject({ code: 'wrong_key', message: 'The passphrase or key does not open this backup.' });
    const key = await refusedWith(restoreBackup({ pool: target.db.owner, dataDir: target.dir, input: backupFile, key: { kind: 'key', key: randomBytes(32) } }));
    expect(key.code).toBe('wrong_key');
    expect(await rowsIn(target.db)).toBe(0);
  });

  it('refuses a changed byte in the middle, at the end or in the header, and writes nothing', async () => {
    const bytes = fs.readFileSync(backupFile);
    const inHeader = bytes.indexOf('"createdAt":"') + 15; // a digit of the year: the header still reads, but no longer matches
    for (const at of [Math.floor(bytes.length / 2), bytes.length - 3, inHeader]) {
      const changed = Buffer.from(bytes);
      changed[at] = (changed[at] ?? 0) ^ 0x01;
      const file = path.join(work, `changed-${at}.backup`);
      fs.writeFileSync(file, changed);
      const err = await refusedWith(restoreBackup({ pool: target.db.owner, dataDir: target.dir, input: file, key: PASSPHRASE }));
      expect(err.code).toBe('damaged');
      expect(err.message).toMatch(at === inHeader ? /part 1 does not verify/ : /part [2-9] does not verify|last part \(number [2-9]\)/);
    }
    expect(await rowsIn(target.db)).toBe(0);
    expect(fs.readdirSync(target.dir).filter((n) => n === 'files' || n.startsWith('.restore-'))).toEqual([]);
  });

  it('rolls back rows already loaded when the restore fails later', async () => {
    const loaded: string[] = [];
    const failing = (x: { table: string }) => {
      loaded.push(x.table);
      if (x.table === 'users') throw new Error('the terminal went away');
    };
    await expect(restoreBackup({ pool: target.db.owner, dataDir: target.dir, input: backupFile, key: PASSPHRASE, onProgress: failing })).rejects.toThrow(
      'the terminal went away',
    );
    expect(loaded).toContain('signin_addresses');
    expect(await rowsIn(target.db)).toBe(0);
    expect((await target.db.owner.query('SELECT count(*)::int AS n FROM signin_addresses')).rows[0]).toEqual({ n: 0 });
    expect(fs.readdirSync(target.dir).filter((n) => n === 'files' || n.startsWith('.restore-'))).toEqual([]);
  });

  it('refuses a cut-off file', async () => {
    const bytes = fs.readFileSync(backupFile);
    for (const length of [bytes.length - 1, bytes.length - 20_000, 1024 * 1024 + 500]) {
      const file = path.join(work, `cut-${length}.backup`);
      fs.writeFileSync(file, bytes.subarray(0, length));
      expect((await refusedWith(restoreBackup({ pool: target.db.owner, dataDir: target.dir, input: file, key: PASSPHRASE }))).code).toBe('damaged');
    }
    expect(await rowsIn(target.db)).toBe(0);
  });

  it('refuses a database that is not empty, a file that is not a backup, and a backup newer than the code', async () => {
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-restore-'));
    try {
      expect((await refusedWith(restoreBackup({ pool: p.db.owner, dataDir: otherDir, input: backupFile, key: PASSPHRASE }))).code).toBe('not_empty');
    } finally {
      fs.rmSync(otherDir, { recursive: true, force: true });
    }
    const random = path.join(work, 'random.bin');
    fs.writeFileSync(random, randomBytes(5000));
    expect((await refusedWith(restoreBackup({ pool: target.db.owner, dataDir: target.dir, input: random, key: PASSPHRASE }))).code).toBe('not_a_backup');
    const removed = await target.db.owner.query<{ id: string; checksum: string }>('DELETE FROM schema_migrations RETURNING id, checksum');
    try {
      expect((await refusedWith(restoreBackup({ pool: target.db.owner, dataDir: target.dir, input: backupFile, key: PASSPHRASE }))).code).toBe('incompatible');
    } finally {
      for (const r of removed.rows) await target.db.owner.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [r.id, r.checksum]);
    }
    expect(await rowsIn(target.db)).toBe(0);
  });
});

describe('tables added by later modules', () => {
  const DDL = `
    CREATE TABLE zz_cases (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      org_id uuid REFERENCES organisations(id),
      parent bigint REFERENCES zz_cases(id),
      title text,
      title_upper text GENERATED ALWAYS AS (upper(title)) STORED,
      tags text[],
      score double precision,
      opened_at timestamptz DEFAULT now());
    CREATE SEQUENCE zz_ticket_seq START 100;
    CREATE TABLE zz_log (n int);
    CREATE FUNCTION zz_log_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO zz_log VALUES (1); RETURN NEW; END $$;
    CREATE TRIGGER zz_cases_log AFTER INSERT ON zz_cases FOR EACH ROW EXECUTE FUNCTION zz_log_insert();`;

  it('are backed up and restored without being listed: identity and generated columns, sequences, awkward text; insert triggers do not fire twice', async () => {
    const source = await emptyTarget();
    const copy = await emptyTarget();
    try {
      await source.db.owner.query(DDL);
      await source.db.owner.query(
        "INSERT INTO organisations (id, name, country, type, wrapped_key) VALUES ('6f1c9a52-52a4-4a55-9a43-7c1f0f5e9b10', 'Org', 'GRC', 'ngo', '\\x00')",
      );
      await source.db.owner.query(
        `INSERT INTO zz_cases (org_id, parent, title, tags, score) VALUES
          ('6f1c9a52-52a4-4a55-9a43-7c1f0f5e9b10', NULL, E'tab\there\nnew line \\ backslash', ARRAY['a,b', 'c"d', NULL], 0.1),
          (NULL, 1, 'Ελληνικά — кириллица — 😀', '{}', 1e-300),
          (NULL, 2, NULL, NULL, 'NaN')`,
      );
      await source.db.owner.query("SELECT nextval('zz_ticket_seq'), nextval('zz_ticket_seq')");
      const file = path.join(work, 'future.backup');
      const key: BackupKey = { kind: 'key', key: randomBytes(32) };
      await writeBackup({ pool: source.db.owner, dataDir: source.dir, masterKey: randomBytes(32), out: file, key });

      // A database without the module's tables cannot take the backup.
      expect((await refusedWith(restoreBackup({ pool: target.db.owner, dataDir: target.dir, input: file, key }))).code).toBe('incompatible');
      expect(await rowsIn(target.db)).toBe(0);

      await copy.db.owner.query(DDL);
      const restored = await restoreBackup({ pool: copy.db.owner, dataDir: copy.dir, input: file, key });
      expect(restored.tables).toMatchObject({ zz_cases: 3, zz_log: 3 });
      const [a, b] = await Promise.all([source.db.owner.connect(), copy.db.owner.connect()]);
      try {
        expect(await tableSums(b)).toEqual(await tableSums(a));
      } finally {
        a.release();
        b.release();
      }
      expect((await copy.db.owner.query("INSERT INTO zz_cases (title) VALUES ('next') RETURNING id")).rows).toEqual([{ id: 4 }]);
      expect((await copy.db.owner.query("SELECT nextval('zz_ticket_seq')::int AS n")).rows).toEqual([{ n: 102 }]);
    } finally {
      await source.db.close();
      await copy.db.close();
      fs.rmSync(source.dir, { recursive: true, force: true });
      fs.rmSync(copy.dir, { recursive: true, force: true });
    }
  });
});

describe('daily backups', () => {
  it('makes one at start and on demand, keeps the newest, and restores with the master key', async () => {
    const dir = path.join(p.dataDir, 'backups');
    fs.mkdirSync(dir, { recursive: true });
    for (const old of ['haven-20200101-000000.backup', 'haven-20200102-000000.backup', 'haven-20200103-000000.backup'])
      fs.writeFileSync(path.join(dir, old), 'old');
    const logged: object[] = [];
    const log = { info: (o: object) => logged.push(o), error: (o: object) => logged.push(o) };
    const schedule = scheduleDailyBackups({ pool: p.db.owner, dataDir: p.dataDir, masterKey: p.services.masterKey, keep: 2, log, intervalMs: 50 });
    let file: string;
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      file = await schedule.runNow();
      await new Promise((resolve) => setTimeout(resolve, 200)); // a few more checks: nothing is due
    } finally {
      schedule.stop();
    }
    const names = fs.readdirSync(dir).sort();
    expect(names).toHaveLength(2);
    expect(names.every((n) => /^haven-\d{8}-\d{6}\.backup$/.test(n) && !n.startsWith('haven-2020'))).toBe(true);
    expect(names).toContain(path.basename(file));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(logged).toHaveLength(2);
    expect(JSON.stringify(logged)).not.toContain('@');
    expect(logged[0]).toMatchObject({ backup: expect.any(String), durationMs: expect.any(Number), deleted: expect.any(Array) });

    const restored = await restoreBackup({
      pool: target.db.owner,
      dataDir: target.dir,
      input: file,
      key: { kind: 'key', key: deriveKey(p.services.masterKey, 'daily-backups') },
    });
    expect(restored.tables.users).toBeGreaterThanOrEqual(3);
    expect(await verifyChain(target.db.owner)).toMatchObject({ ok: true });
  });
});
