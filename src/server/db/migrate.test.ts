import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../testing/harness.js';
import { loadMigrations, migrate } from './migrate.js';

let pool: pg.Pool;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-mig-'));

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await freshDatabaseUrl() });
});
afterAll(async () => {
  await pool.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  it('apply in order, once, even when two processes start together', async () => {
    const [a, b] = await Promise.all([migrate(pool), migrate(pool)]);
    expect([...(a ?? []), ...(b ?? [])].sort()).toEqual(loadMigrations().map((m) => m.id));
    expect(await migrate(pool)).toEqual([]);
  });

  it('refuse a released migration that was edited', async () => {
    const edited = loadMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'changed' } : m));
    await expect(migrate(pool, edited)).rejects.toThrow(/was changed after it was applied/);
  });

  it('refuse a database that is newer than the code', async () => {
    await expect(migrate(pool, loadMigrations().slice(0, 0))).rejects.toThrow(/does not know/);
  });

  it('roll back a failing migration completely', async () => {
    fs.writeFileSync(path.join(dir, '0001_ok.sql'), 'CREATE TABLE t_ok (id int);');
    fs.writeFileSync(path.join(dir, '0002_bad.sql'), 'CREATE TABLE t_bad (id int); SELECT 1/0;');
    const url = await freshDatabaseUrl();
    const p2 = new pg.Pool({ connectionString: url });
    try {
      await expect(migrate(p2, loadMigrations(dir))).rejects.toThrow(/0002_bad failed/);
      const t = await p2.query("SELECT to_regclass('t_ok') AS ok, to_regclass('t_bad') AS bad");
      expect(t.rows[0]).toEqual({ ok: 't_ok', bad: null });
    } finally {
      await p2.end();
    }
  });
});
