import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { packageRoot } from '../package-info.js';

/**
 * Ordered SQL migrations from src/server/db/migrations (NNNN_name.sql), each
 * run once in its own transaction, under an advisory lock so that two
 * processes starting together do not race. A released migration must never
 * change: its checksum is recorded, and a changed file stops the start-up.
 */

export interface Migration {
  readonly id: string;
  readonly sql: string;
  readonly checksum: string;
}

export function migrationsDir(): string {
  return path.join(packageRoot(), 'src', 'server', 'db', 'migrations');
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = fs.readFileSync(path.join(dir, file), 'utf8');
      return { id: file.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

export async function migrate(pool: pg.Pool, migrations = loadMigrations()): Promise<string[]> {
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock(7305, 0)');
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map(
      (await client.query<{ id: string; checksum: string }>('SELECT id, checksum FROM schema_migrations')).rows.map((r) => [r.id, r.checksum]),
    );
    const known = new Set(migrations.map((m) => m.id));
    for (const id of done.keys()) {
      if (!known.has(id)) throw new Error(`The database has migration ${id}, which this version of Haven does not know: it is newer than this code.`);
    }
    for (const m of migrations) {
      const recorded = done.get(m.id);
      if (recorded !== undefined) {
        if (recorded !== m.checksum)
          throw new Error(`Migration ${m.id} was changed after it was applied. Released migrations must not be edited; add a new one.`);
        continue;
      }
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (id, checksum) VALUES ($1, $2)', [m.id, m.checksum]);
        await client.query('COMMIT');
        applied.push(m.id);
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${m.id} failed: ${(err as Error).message}`);
      }
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(7305, 0)').catch(() => undefined);
    client.release();
  }
  return applied;
}
