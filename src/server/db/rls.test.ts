import type pg from 'pg';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, PASSWORD, type SignedInUser, addUser, enrol, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

/**
 * Row-level security underneath the stores: queries without any WHERE clause,
 * run as the app role the server uses for requests, see only the tenant's rows.
 */

/** Every table that carries tenant rows. */
const TENANT_TABLES = ['users', 'recovery_codes', 'invitations', 'sessions', 'api_tokens', 'audit_log'] as const;

let p: TestPlatform;
let adminA: SignedInUser;
let adminB: SignedInUser;
let orgA: string;
let orgB: string;

/** The organisations whose rows a statement sees. */
async function orgsSeen(c: pg.PoolClient | pg.Pool, table: string): Promise<{ orgs: (string | null)[]; count: number }> {
  const { rows } = await c.query<{ org_id: string | null }>(`SELECT org_id FROM ${table}`);
  return { orgs: [...new Set(rows.map((r) => r.org_id))], count: rows.length };
}

async function ownerCount(table: string, where: string, args: unknown[] = []): Promise<number> {
  const { rows } = await p.db.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, args);
  return rows[0]?.n ?? 0;
}

async function errorOf(promise: Promise<unknown>): Promise<{ code?: string; message: string } | undefined> {
  try {
    await promise;
    return undefined;
  } catch (err) {
    return err as { code?: string; message: string };
  }
}

beforeAll(async () => {
  p = await startTestPlatform();
  adminA = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  orgA = adminA.orgId;
  await addUser(adminA.client, 'analyst-a@example.org', ['analyst']);
  await adminA.client.post('/api/me/tokens', { name: 'token a', password: PASSWORD });

  const created = await adminA.client.post<{ id: string; inviteUrl: string }>('/api/organisations', {
    name: 'Other Org',
    country: 'ALB',
    type: 'ngo',
    adminEmail: 'admin-b@example.org',
    adminName: 'Bea',
  });
  orgB = created.body.id;
  const c = new ApiClient(p.url);
  const acc = await c.post<{ user: { id: string } }>(`/api/invitations/${created.body.inviteUrl.split('/invite/')[1]}/accept`, { password: PASSWORD });
  const { secret } = await enrol(c);
  adminB = { client: c, id: acc.body.user.id, email: 'admin-b@example.org', orgId: orgB, totpSecret: secret };
  await addUser(c, 'analyst-b@example.org', ['analyst']);
  await adminB.client.post('/api/me/tokens', { name: 'token b', password: PASSWORD });
  // A pending invitation in each organisation, and an audit entry of no organisation (unknown e-mail).
  await adminA.client.post('/api/users/invitations', { email: 'pending-a@example.org', name: 'Pending A', roles: ['trainer'] });
  await adminB.client.post('/api/users/invitations', { email: 'pending-b@example.org', name: 'Pending B', roles: ['trainer'] });
  await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'nobody@example.org', password: 'wrong password' });

  // Every tenant table has rows of both organisations, so the checks below mean something.
  for (const t of TENANT_TABLES) {
    expect(await ownerCount(t, 'org_id = $1', [orgA]), `${t} rows of A`).toBeGreaterThan(0);
    expect(await ownerCount(t, 'org_id = $1', [orgB]), `${t} rows of B`).toBeGreaterThan(0);
  }
  expect(await ownerCount('audit_log', 'org_id IS NULL')).toBeGreaterThan(0);
});

afterAll(async () => {
  await p?.close();
});

describe('the role requests run as', () => {
  it('is neither superuser nor able to bypass row-level security, directly or through a role it belongs to', async () => {
    const { rows } = await p.db.app.query<{ user: string; rolsuper: boolean; rolbypassrls: boolean }>(
      'SELECT current_user AS user, r.rolsuper, r.rolbypassrls FROM pg_roles r WHERE r.rolname = current_user',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rolsuper: false, rolbypassrls: false });
    const owner = (await p.db.owner.query<{ user: string }>('SELECT current_user AS user')).rows[0]?.user;
    expect(rows[0]?.user).not.toBe(owner);

    const powerful = await p.db.app.query("SELECT rolname FROM pg_roles WHERE pg_has_role(current_user, oid, 'MEMBER') AND (rolsuper OR rolbypassrls)");
    expect(powerful.rows).toEqual([]);
    // Table owners skip row-level security (no FORCE): the app role must own none of the tenant tables.
    const owned = await p.db.app.query(
      "SELECT relname FROM pg_class WHERE relname = ANY($1) AND relkind = 'r' AND pg_has_role(current_user, relowner, 'MEMBER')",
      [[...TENANT_TABLES]],
    );
    expect(owned.rows).toEqual([]);
    // and row-level security is on for each of them
    const rls = await p.db.owner.query<{ relname: string; relrowsecurity: boolean }>(
      "SELECT relname, relrowsecurity FROM pg_class WHERE relname = ANY($1) AND relkind = 'r'",
      [[...TENANT_TABLES]],
    );
    expect(rls.rows).toHaveLength(TENANT_TABLES.length);
    for (const r of rls.rows) expect(r.relrowsecurity, r.relname).toBe(true);
  });

  it('every table with an organisation column has row-level security and a policy', async () => {
    const { rows } = await p.db.owner.query<{ relname: string; relrowsecurity: boolean; policies: number }>(
      `SELECT c.relname, c.relrowsecurity, (SELECT count(*)::int FROM pg_policy pol WHERE pol.polrelid = c.oid) AS policies
         FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
        WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`,
    );
    expect(rows.map((r) => r.relname)).toEqual(expect.arrayContaining(['screenings', 'idempotency_keys', 'persons', 'cases']));
    for (const r of rows) {
      expect(r.relrowsecurity, r.relname).toBe(true);
      expect(r.policies, r.relname).toBeGreaterThan(0);
    }
  });
});

describe('inside a tenant context', () => {
  it.each(TENANT_TABLES)('a query on %s without WHERE returns only the organisation’s rows', async (table) => {
    for (const org of [orgA, orgB]) {
      const seen = await p.db.tenant({ orgId: org }, (c) => orgsSeen(c, table));
      expect(seen.orgs).toEqual([org]);
      expect(seen.count).toBe(await ownerCount(table, 'org_id = $1', [org]));
    }
  });

  it('the audit trail adds entries of no organisation only for network administrators', async () => {
    const plain = await p.db.tenant({ orgId: orgA }, (c) => orgsSeen(c, 'audit_log'));
    expect(plain.orgs).toEqual([orgA]);
    const network = await p.db.tenant({ orgId: orgA, networkAdmin: true }, (c) => orgsSeen(c, 'audit_log'));
    expect(new Set(network.orgs)).toEqual(new Set([orgA, null]));
    expect(network.count).toBe(await ownerCount('audit_log', 'org_id = $1 OR org_id IS NULL', [orgA]));
    // a network administrator still sees no other organisation's tenant rows
    for (const t of TENANT_TABLES.filter((x) => x !== 'audit_log')) {
      expect((await p.db.tenant({ orgId: orgA, networkAdmin: true }, (c) => orgsSeen(c, t))).orgs).toEqual([orgA]);
    }
  });

  it('refuses to write rows of another organisation', async () => {
    const insertUser = await errorOf(
      p.db.tenant({ orgId: orgA }, (c) =>
        c.query("INSERT INTO users (id, org_id, email, name, roles, status) VALUES ($1, $2, 'planted@example.org', 'Planted', '{org-admin}', 'invited')", [
          randomUUID(),
          orgB,
        ]),
      ),
    );
    expect(insertUser?.code).toBe('42501'); // new row violates row-level security policy
    expect(insertUser?.message).toMatch(/row-level security/);
    expect(await ownerCount('users', "email = 'planted@example.org'")).toBe(0);

    const bUser = (await p.db.owner.query<{ id: string }>('SELECT id FROM users WHERE org_id = $1 LIMIT 1', [orgB])).rows[0]!.id;
    const insertToken = await errorOf(
      p.db.tenant({ orgId: orgA }, (c) =>
        c.query("INSERT INTO api_tokens (id, org_id, user_id, name, token_hash) VALUES ($1, $2, $3, 'planted', '\\x00')", [randomUUID(), orgB, bUser]),
      ),
    );
    expect(insertToken?.code).toBe('42501');
    const insertSession = await errorOf(
      p.db.tenant({ orgId: orgA }, (c) =>
        c.query(
          "INSERT INTO sessions (token_hash, org_id, user_id, csrf_token, second_factor, expires_at) VALUES ('\\x01', $1, $2, 'x', true, now() + interval '1 hour')",
          [orgB, bUser],
        ),
      ),
    );
    expect(insertSession?.code).toBe('42501');

    // Moving one's own row into another organisation is refused too.
    const aUser = (await p.db.owner.query<{ id: string }>("SELECT id FROM users WHERE org_id = $1 AND email = 'analyst-a@example.org'", [orgA])).rows[0]!.id;
    const move = await errorOf(p.db.tenant({ orgId: orgA }, (c) => c.query('UPDATE users SET org_id = $2 WHERE id = $1', [aUser, orgB])));
    expect(move?.code).toBe('42501');

    // Another organisation's rows cannot be changed or deleted: they are not there.
    const before = await p.db.owner.query('SELECT id, name, roles, status FROM users WHERE org_id = $1 ORDER BY id', [orgB]);
    const sessionsB = await ownerCount('sessions', 'org_id = $1', [orgB]);
    const counts = await p.db.tenant({ orgId: orgA }, async (c) => ({
      updated: (await c.query("UPDATE users SET name = 'Hijacked', roles = '{network-admin}' WHERE org_id = $1", [orgB])).rowCount,
      deleted: (await c.query('DELETE FROM sessions WHERE org_id = $1', [orgB])).rowCount,
      tokens: (await c.query('UPDATE api_tokens SET revoked_at = now() WHERE org_id = $1', [orgB])).rowCount,
    }));
    expect(counts).toEqual({ updated: 0, deleted: 0, tokens: 0 });
    expect((await p.db.owner.query('SELECT id, name, roles, status FROM users WHERE org_id = $1 ORDER BY id', [orgB])).rows).toEqual(before.rows);
    expect(await ownerCount('sessions', 'org_id = $1', [orgB])).toBe(sessionsB);
  });

  it('only a network administrator context can create or change other organisations', async () => {
    const insert = await errorOf(
      p.db.tenant({ orgId: orgA }, (c) =>
        c.query("INSERT INTO organisations (id, name, country, type, wrapped_key) VALUES ($1, 'Planted Org', 'GRC', 'ngo', '\\x00')", [randomUUID()]),
      ),
    );
    expect(insert?.code).toBe('42501');
    const renamed = await p.db.tenant(
      { orgId: orgA },
      async (c) => (await c.query("UPDATE organisations SET name = 'Hijacked' WHERE id = $1", [orgB])).rowCount,
    );
    expect(renamed).toBe(0);
    expect((await p.db.owner.query('SELECT name FROM organisations WHERE id = $1', [orgB])).rows[0]).toEqual({ name: 'Other Org' });
  });
});

describe('outside any tenant context', () => {
  it.each(TENANT_TABLES)('%s returns nothing in an anonymous transaction or a plain pool query', async (table) => {
    expect((await p.db.anonymous((c) => orgsSeen(c, table))).count).toBe(0);
    expect((await orgsSeen(p.db.app, table)).count).toBe(0);
    expect(await ownerCount(table, 'true')).toBeGreaterThan(0);
  });

  it('a tenant context does not leak into the next transaction on the same pooled connection', async () => {
    for (const ending of ['commit', 'rollback'] as const) {
      const first = await p.db
        .tenant({ orgId: orgA, userId: adminA.id, networkAdmin: true }, async (c) => {
          const pid = (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
          expect((await orgsSeen(c, 'users')).count).toBeGreaterThan(0);
          if (ending === 'rollback') throw Object.assign(new Error('roll back'), { pid });
          return pid;
        })
        .catch((err: { pid: number }) => err.pid);
      const second = await p.db.anonymous(async (c) => {
        const seen: Record<string, number> = {};
        for (const t of TENANT_TABLES) seen[t] = (await orgsSeen(c, t)).count;
        return {
          pid: (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid,
          settings: (await c.query('SELECT app_org_id() AS org, app_network_admin() AS network')).rows[0],
          seen,
        };
      });
      // The pool hands back the connection just released: the same server process.
      expect(second.pid, `same connection after ${ending}`).toBe(first);
      expect(second.settings).toEqual({ org: null, network: false });
      expect(second.seen).toEqual(Object.fromEntries(TENANT_TABLES.map((t) => [t, 0])));
      // and outside any transaction, on that connection
      const client = await p.db.app.connect();
      try {
        expect((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid).toBe(first);
        expect((await client.query('SELECT app_org_id() AS org')).rows[0]).toEqual({ org: null });
        expect((await orgsSeen(client, 'users')).count).toBe(0);
      } finally {
        client.release();
      }
    }
  });

  it('transaction-local settings end with the transaction', async () => {
    // tenant() uses transaction-local settings only: after it, a raw session-level read finds none.
    const client = await p.db.app.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('app.org_id', $1, true)", [orgB]);
      expect((await orgsSeen(client, 'users')).orgs).toEqual([orgB]);
      await client.query('COMMIT');
      expect((await orgsSeen(client, 'users')).count).toBe(0);
    } finally {
      client.release();
    }
  });
});

describe('the audit trail', () => {
  it('cannot be changed or deleted, even by the owner', async () => {
    // Chained first: the platform's chainer would otherwise number new entries while this runs.
    await p.db.owner.query('SELECT audit_chain()');
    const before = (await p.db.owner.query('SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq')).rows;
    expect(before.length).toBeGreaterThan(0);
    const owner = p.db.owner;
    for (const sql of [
      "UPDATE audit_log SET action = 'tampered' WHERE seq = 1",
      'DELETE FROM audit_log WHERE seq = 1',
      'UPDATE audit_log SET outcome = outcome',
      'DELETE FROM audit_log',
      'TRUNCATE audit_log',
    ]) {
      const err = await errorOf(owner.query(sql));
      expect(err, sql).toBeDefined();
      expect(err?.message, sql).toMatch(/append-only/);
      expect(err?.code, sql).toBe('42501');
    }
    // The app role has no right to change it at all, nor to insert around audit_append().
    for (const sql of [
      "UPDATE audit_log SET action = 'tampered'",
      'DELETE FROM audit_log',
      "INSERT INTO audit_log (seq, at, action, outcome, payload, prev_hash, hash) VALUES (999999, now(), 'x', 'success', 'x', '\\x', '\\x')",
    ]) {
      const err = await p.db
        .tenant({ orgId: orgA, networkAdmin: true }, (c) => c.query(sql))
        .then(
          () => undefined,
          (e: { code?: string }) => e,
        );
      expect(err?.code, sql).toBe('42501');
    }
    expect((await p.db.owner.query('SELECT seq, hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq')).rows.slice(0, before.length)).toEqual(before);
  });
});
