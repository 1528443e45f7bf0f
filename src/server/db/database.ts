import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { parse as parseConnectionString } from 'pg-connection-string';
import { hmacHex, deriveKey } from '../ops/keys.js';
import { type EmbeddedServer, openEmbedded } from './embedded.js';
import { migrate } from './migrate.js';

/**
 * The database Haven runs on: its embedded PostgreSQL server, or the server
 * named by DATABASE_URL. Two pools:
 *  - `owner` (the migrating, owning role) for migrations, first-run set-up,
 *    backup and the command line;
 *  - `app`, connected as a login role that is a member of haven_app_role:
 *    not a superuser, cannot bypass row-level security. Request handling
 *    uses only this one, inside `tenant()` transactions.
 */

export type Backend = 'embedded' | 'external';

export interface TenantContext {
  readonly orgId: string;
  readonly userId?: string | undefined;
  readonly networkAdmin?: boolean;
}

export interface Database {
  readonly backend: Backend;
  readonly owner: pg.Pool;
  readonly app: pg.Pool;
  readonly embedded: EmbeddedServer | undefined;
  readonly databaseName: string;
  /** Run fn in one transaction as the app role, scoped to one organisation. */
  tenant<T>(ctx: TenantContext, fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  /** Run fn in one transaction as the app role with no organisation (sees no tenant rows). */
  anonymous<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
  close(options?: { stopEmbedded?: boolean }): Promise<void>;
}

export interface OpenOptions {
  readonly dataDir: string;
  readonly databaseUrl: string | undefined;
  readonly masterKey: Buffer;
  readonly poolSize?: number;
  /** Set false for a short-lived command that must not create the app role. */
  readonly migrate?: boolean;
  readonly applicationName?: string;
}

// Timestamps as ISO strings at the edges; bigint counts as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function contextSql(ctx: TenantContext | undefined): string {
  if (!ctx) return "BEGIN; SELECT set_config('app.org_id', '', true), set_config('app.user_id', '', true), set_config('app.network_admin', 'off', true)";
  if (!UUID.test(ctx.orgId) || (ctx.userId !== undefined && !UUID.test(ctx.userId))) throw new Error('tenant context needs uuids');
  return `BEGIN; SELECT set_config('app.org_id', '${ctx.orgId}', true), set_config('app.user_id', '${ctx.userId ?? ''}', true), set_config('app.network_admin', '${ctx.networkAdmin ? 'on' : 'off'}', true)`;
}

async function inTransaction<T>(pool: pg.Pool, begin: string, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(begin);
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

async function ensureDatabase(superUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: superUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)} ENCODING 'UTF8' TEMPLATE template0`);
  } catch (err) {
    if ((err as { code?: string }).code !== '42P04') throw err; // created meanwhile
  } finally {
    await client.end();
  }
}

/** The login role request handling uses: `<database>_app`, password derived from the master key. */
async function ensureAppRole(owner: pg.Pool, databaseName: string, masterKey: Buffer): Promise<{ user: string; password: string }> {
  const user = `${databaseName
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 58)}_app`;
  const password = hmacHex(deriveKey(masterKey, 'database-app-role'), databaseName);
  const client = await owner.connect();
  try {
    const quoted = client.escapeIdentifier(user);
    const literal = client.escapeLiteral(password);
    await client.query('SELECT pg_advisory_lock(7305, 2)');
    try {
      const found = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [user]);
      if (found.rowCount === 0) {
        await client.query(`CREATE ROLE ${quoted} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE INHERIT PASSWORD ${literal}`);
      } else {
        await client.query(`ALTER ROLE ${quoted} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${literal}`);
      }
      await client.query(`GRANT haven_app_role TO ${quoted}`);
      await client.query(`GRANT CONNECT ON DATABASE ${client.escapeIdentifier(databaseName)} TO ${quoted}`);
    } finally {
      await client.query('SELECT pg_advisory_unlock(7305, 2)');
    }
  } catch (err) {
    throw new Error(
      `Could not create or update the database role "${user}" that requests run as: ${(err as Error).message}. The DATABASE_URL user needs CREATEROLE (or create the role yourself as a member of haven_app_role).`,
    );
  } finally {
    client.release();
  }
  return { user, password };
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  let ownerUrl: string;
  let backend: Backend;
  if (options.databaseUrl) {
    backend = 'external';
    ownerUrl = options.databaseUrl;
  } else {
    backend = 'embedded';
    embedded = await openEmbedded(options.dataDir);
    ownerUrl = embedded.url.replace(/\/postgres$/, '/haven');
    await ensureDatabase(embedded.url, 'haven');
  }
  const parsed = parseConnectionString(ownerUrl);
  const databaseName = parsed.database ?? 'postgres';
  const appName = options.applicationName ?? 'haven';
  const owner = new pg.Pool({ connectionString: ownerUrl, max: 4, application_name: `${appName}-owner` });
  owner.on('error', () => undefined); // idle client errors surface on next use
  let app: pg.Pool | undefined;
  try {
    const version = await owner.query<{ v: number }>("SELECT current_setting('server_version_num')::int AS v");
    if ((version.rows[0]?.v ?? 0) < 150000) throw new Error('Haven needs PostgreSQL 15 or newer.');
    if (options.migrate !== false) await migrate(owner);
    const role = await ensureAppRole(owner, databaseName, options.masterKey);
    const { database, host, port, ssl } = parsed;
    app = new pg.Pool({
      database: database ?? undefined,
      host: host ?? undefined,
      port: port ? Number(port) : undefined,
      ssl: ssl as pg.PoolConfig['ssl'],
      user: role.user,
      password: role.password,
      max: options.poolSize ?? 10,
      application_name: appName,
    });
    app.on('error', () => undefined);
    await app.query('SELECT 1');
  } catch (err) {
    await app?.end().catch(() => undefined);
    await owner.end().catch(() => undefined);
    if (embedded?.startedHere) await embedded.stop();
    throw err;
  }
  const appPool = app;
  return {
    backend,
    owner,
    app: appPool,
    embedded,
    databaseName,
    tenant: (ctx, fn) => inTransaction(appPool, contextSql(ctx), fn),
    anonymous: (fn) => inTransaction(appPool, contextSql(undefined), fn),
    async close({ stopEmbedded = true } = {}) {
      await appPool.end().catch(() => undefined);
      await owner.end().catch(() => undefined);
      if (embedded && stopEmbedded) await embedded.stop();
    },
  };
}

/** The running platform writes its pid here; the CLI leaves the database alone while it lives. */
export function platformPidFile(dataDir: string): string {
  return path.join(dataDir, 'haven.pid');
}

export function platformRunning(dataDir: string): boolean {
  try {
    const pid = Number(fs.readFileSync(platformPidFile(dataDir), 'utf8'));
    if (!pid || pid === process.pid) return false;
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
