import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { OrgType, Role, UiLanguage } from '../../core/platform/roles.js';
import { HttpError } from '../http/errors.js';
import { newWrappedOrgKey } from '../ops/keys.js';
import { assertGoodPassword, hashPassword } from './passwords.js';

/**
 * Creating the network, organisations and users: shared by the first-run
 * screen, the administration routes and the command line, so every path
 * applies the same rules.
 */

export interface NewOrganisation {
  readonly name: string;
  readonly country: string;
  readonly type: OrgType;
}

export interface NewUser {
  readonly orgId: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly language?: UiLanguage;
  /** Omitted for an invitation: the user chooses it. */
  readonly password?: string;
}

export async function createNetwork(client: pg.PoolClient, name: string, languages: readonly UiLanguage[]): Promise<void> {
  await client.query(
    'INSERT INTO network (id, name, languages) VALUES (1, $1, $2) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, languages = EXCLUDED.languages',
    [name, languages],
  );
}

export async function createOrganisation(client: pg.PoolClient, masterKey: Buffer, org: NewOrganisation): Promise<string> {
  const id = randomUUID();
  const taken = await client.query('SELECT 1 FROM organisations WHERE lower(name) = lower($1)', [org.name]);
  if (taken.rowCount) throw new HttpError(409, 'conflict', `An organisation named "${org.name}" already exists.`, 'name');
  await client.query('INSERT INTO organisations (id, name, country, type, wrapped_key) VALUES ($1, $2, $3, $4, $5)', [
    id,
    org.name,
    org.country,
    org.type,
    newWrappedOrgKey(masterKey, id),
  ]);
  return id;
}

/** E-mail addresses are unique across the network; this look-up crosses organisations on purpose. */
export async function emailTaken(client: pg.PoolClient, email: string): Promise<boolean> {
  const { rows } = await client.query('SELECT 1 FROM auth_user_by_email($1)', [email]);
  return rows.length > 0;
}

export async function createUser(client: pg.PoolClient, user: NewUser): Promise<string> {
  if (await emailTaken(client, user.email)) throw new HttpError(409, 'email_taken', 'A user with this e-mail address already exists.', 'email');
  let hash: string | null = null;
  if (user.password !== undefined) {
    assertGoodPassword(user.password, 'password', user.email);
    hash = await hashPassword(user.password);
  }
  const id = randomUUID();
  await client.query('INSERT INTO users (id, org_id, email, name, roles, language, password_hash, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
    id,
    user.orgId,
    user.email,
    user.name,
    [...new Set(user.roles)],
    user.language ?? 'en',
    hash,
    hash ? 'active' : 'invited',
  ]);
  return id;
}

/** Used where no request context exists yet (first run, CLI): runs as the owner role in one transaction. */
export async function asOwner<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
