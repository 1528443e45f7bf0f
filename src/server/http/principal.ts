import { createHash, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type pg from 'pg';
import { HttpError } from './errors.js';
import { type Action, type Actor, permissionsOf, secondFactorRequired } from '../../core/platform/policy.js';
import type { Role, UiLanguage } from '../../core/platform/roles.js';
import type { Database } from '../db/database.js';

/** Who is calling: a user, through a session cookie or a personal API token. */
export interface Principal extends Actor {
  readonly email: string;
  readonly name: string;
  readonly language: UiLanguage;
  readonly orgName: string;
  readonly orgCountry: string;
  readonly networkName: string;
  readonly networkAdmin: boolean;
  readonly totpEnabled: boolean;
  readonly totpRequired: boolean;
  /** A user who must have a second factor and has none yet may only enrol. */
  readonly enrolmentRequired: boolean;
  readonly permissions: ReadonlySet<Action>;
  readonly via: 'session' | 'token';
  /** sha256 of the session cookie or API token. */
  readonly credentialHash: Buffer;
  readonly csrfToken: string | undefined;
}

export const SESSION_COOKIE = 'haven_session';
export const TOKEN_PREFIX = 'hvn_';

export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret).digest();
}

export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

interface UserRow {
  id: string;
  org_id: string;
  email: string;
  name: string;
  roles: Role[];
  language: UiLanguage;
  status: string;
  totp_enabled: boolean;
  org_name: string;
  org_country: string;
  network_name: string;
}

/** Loads a user as the policy and the web app see them; null when they may not act (disabled, invited). */
export async function loadUser(client: pg.PoolClient, orgId: string, userId: string): Promise<UserRow | null> {
  const { rows } = await client.query<UserRow>(
    `SELECT u.id, u.org_id, u.email, u.name, u.roles, u.language, u.status, u.totp_secret IS NOT NULL AS totp_enabled,
            o.name AS org_name, o.country AS org_country, (SELECT name FROM network) AS network_name
       FROM users u JOIN organisations o ON o.id = u.org_id
      WHERE u.id = $1 AND u.org_id = $2`,
    [userId, orgId],
  );
  const row = rows[0];
  return row && row.status === 'active' ? row : null;
}

export function toPrincipal(row: UserRow, via: 'session' | 'token', credentialHash: Buffer, csrfToken: string | undefined, secondFactor: boolean): Principal {
  const totpRequired = secondFactorRequired(row.roles);
  return {
    id: row.id,
    orgId: row.org_id,
    roles: row.roles,
    email: row.email,
    name: row.name,
    language: row.language,
    orgName: row.org_name,
    orgCountry: row.org_country.trim(),
    networkName: row.network_name ?? '',
    networkAdmin: row.roles.includes('network-admin'),
    totpEnabled: row.totp_enabled,
    totpRequired,
    // A session opened before enrolment counts as enrolled once the code was confirmed in it.
    enrolmentRequired: totpRequired && (!row.totp_enabled || (via === 'session' && !secondFactor)),
    permissions: permissionsOf(row.roles),
    via,
    credentialHash,
    csrfToken,
  };
}

export interface SessionTimes {
  readonly idleMs: number;
}

/**
 * Resolves credentials to principals, with a short cache so that a busy
 * client does not cost a database round trip per request. Changes that must
 * take effect at once (sign-out, disabling a user, role changes) call
 * `forgetUser` / `forget`; other server instances see them within `ttlMs`.
 */
export class PrincipalResolver {
  private readonly cache: LRUCache<string, { principal: Principal; expiresAt: number; lastSeenWritten: number }>;
  constructor(
    private readonly db: Database,
    private readonly times: SessionTimes,
    ttlMs = 5_000,
  ) {
    this.cache = new LRUCache({ max: 10_000, ttl: ttlMs });
  }

  forget(hash: Buffer): void {
    this.cache.delete(hash.toString('hex'));
  }

  /** After a change that every cached principal may show (an organisation's or the network's name). */
  forgetAll(): void {
    this.cache.clear();
  }

  forgetUser(userId: string): void {
    for (const [key, value] of this.cache.entries()) if (value.principal.id === userId) this.cache.delete(key);
  }

  async fromSession(token: string): Promise<Principal | null> {
    const hash = hashSecret(token);
    const key = hash.toString('hex');
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.expiresAt > now) {
      if (now - hit.lastSeenWritten > 60_000) {
        hit.lastSeenWritten = now;
        void this.touch(hit.principal, hash);
      }
      return hit.principal;
    }
    const session = await this.db.anonymous(
      async (c) =>
        (
          await c.query<{ user_id: string; org_id: string; csrf_token: string; second_factor: boolean; last_seen_at: Date; expires_at: Date }>(
            'SELECT * FROM auth_session($1)',
            [hash],
          )
        ).rows[0],
    );
    if (!session) {
      // A session an administrator wiped remotely: the device must erase what it keeps.
      const wiped = await this.db.anonymous(async (c) => (await c.query<{ w: boolean }>('SELECT auth_device_wiped($1) AS w', [hash])).rows[0]?.w);
      if (wiped) throw new HttpError(401, 'device_wiped', 'An administrator ended this session and asked this device to erase what Haven keeps on it.');
      return null;
    }
    const idleEnd = session.last_seen_at.getTime() + this.times.idleMs;
    if (session.expires_at.getTime() <= now || idleEnd <= now) {
      await this.db.tenant({ orgId: session.org_id }, (c) => c.query('DELETE FROM sessions WHERE token_hash = $1 AND org_id = $2', [hash, session.org_id]));
      return null;
    }
    const row = await this.db.tenant({ orgId: session.org_id }, async (c) => {
      const user = await loadUser(c, session.org_id, session.user_id);
      if (user) await c.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1 AND org_id = $2', [hash, session.org_id]);
      return user;
    });
    if (!row) return null;
    const principal = toPrincipal(row, 'session', hash, session.csrf_token, session.second_factor);
    this.cache.set(key, { principal, expiresAt: Math.min(session.expires_at.getTime(), now + this.times.idleMs), lastSeenWritten: now });
    return principal;
  }

  async fromToken(token: string): Promise<Principal | null> {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const hash = hashSecret(token);
    const key = hash.toString('hex');
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit) return hit.principal;
    const found = await this.db.anonymous(
      async (c) => (await c.query<{ id: string; user_id: string; org_id: string }>('SELECT * FROM auth_api_token($1)', [hash])).rows[0],
    );
    if (!found) return null;
    const row = await this.db.tenant({ orgId: found.org_id }, async (c) => {
      const user = await loadUser(c, found.org_id, found.user_id);
      if (user) await c.query('UPDATE api_tokens SET last_used_at = now() WHERE id = $1 AND org_id = $2', [found.id, found.org_id]);
      return user;
    });
    if (!row) return null;
    const principal = toPrincipal(row, 'token', hash, undefined, true);
    this.cache.set(key, { principal, expiresAt: Number.POSITIVE_INFINITY, lastSeenWritten: now });
    return principal;
  }

  private async touch(principal: Principal, hash: Buffer): Promise<void> {
    try {
      await this.db.tenant({ orgId: principal.orgId }, (c) =>
        c.query('UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1 AND org_id = $2', [hash, principal.orgId]),
      );
    } catch {
      // the next uncached request retries; an idle check never depends on this write alone
    }
  }
}
