import type pg from 'pg';
import type { Role } from '../../core/platform/roles.js';
import type { UserSummary } from '../../core/platform/schemas.js';

/** Users of one organisation. Every query names the organisation (row-level security checks it again). */

interface UserRow {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  status: 'active' | 'invited' | 'disabled';
  locked_at: Date | null;
  totp_enabled: boolean;
  last_sign_in_at: Date | null;
  created_at: Date;
  supervisor_id: string | null;
}

const COLUMNS = 'id, email, name, roles, status, locked_at, totp_secret IS NOT NULL AS totp_enabled, last_sign_in_at, created_at, supervisor_id';

function toSummary(r: UserRow): UserSummary {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    roles: r.roles,
    status: r.status === 'active' && r.locked_at ? 'locked' : r.status,
    totpEnabled: r.totp_enabled,
    lastSignInAt: r.last_sign_in_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
    supervisorId: r.supervisor_id,
  };
}

export async function listUsers(c: pg.PoolClient, orgId: string): Promise<UserSummary[]> {
  const { rows } = await c.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE org_id = $1 ORDER BY lower(name)`, [orgId]);
  return rows.map(toSummary);
}

export async function getUser(c: pg.PoolClient, orgId: string, id: string, lock = false): Promise<UserSummary | undefined> {
  const { rows } = await c.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE org_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`, [orgId, id]);
  return rows[0] ? toSummary(rows[0]) : undefined;
}

export async function setRoles(c: pg.PoolClient, orgId: string, id: string, roles: readonly Role[]): Promise<void> {
  await c.query('UPDATE users SET roles = $3 WHERE org_id = $1 AND id = $2', [orgId, id, [...new Set(roles)]]);
}

export async function setDisabled(c: pg.PoolClient, orgId: string, id: string, disabled: boolean): Promise<void> {
  await c.query(
    `UPDATE users SET status = CASE WHEN $3 THEN 'disabled' WHEN password_hash IS NULL THEN 'invited' ELSE 'active' END WHERE org_id = $1 AND id = $2`,
    [orgId, id, disabled],
  );
  if (disabled) {
    await c.query('DELETE FROM sessions WHERE org_id = $1 AND user_id = $2', [orgId, id]);
    await c.query('UPDATE api_tokens SET revoked_at = now() WHERE org_id = $1 AND user_id = $2 AND revoked_at IS NULL', [orgId, id]);
  }
}

export async function unlock(c: pg.PoolClient, orgId: string, id: string): Promise<void> {
  await c.query('UPDATE users SET locked_at = NULL, failed_signins = 0, last_failed_at = NULL WHERE org_id = $1 AND id = $2', [orgId, id]);
}

/** Active administrators left if this user lost the role or was disabled. */
export async function otherActiveAdmins(c: pg.PoolClient, orgId: string, exceptId: string): Promise<number> {
  const { rows } = await c.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM users WHERE org_id = $1 AND id <> $2 AND status = 'active' AND 'org-admin' = ANY(roles)`,
    [orgId, exceptId],
  );
  return rows[0]?.n ?? 0;
}

/** Back to "invited": no password, no second factor, no sessions, no tokens (a new invitation follows). */
export async function resetAccess(c: pg.PoolClient, orgId: string, id: string): Promise<void> {
  await c.query(
    `UPDATE users SET status = 'invited', password_hash = NULL, totp_secret = NULL, totp_pending = NULL, totp_enabled_at = NULL,
            totp_last_step = 0, failed_signins = 0, last_failed_at = NULL, locked_at = NULL
      WHERE org_id = $1 AND id = $2`,
    [orgId, id],
  );
  await c.query('DELETE FROM recovery_codes WHERE org_id = $1 AND user_id = $2', [orgId, id]);
  // A new link for a lost phone: the devices that still hold a session are told to wipe.
  await wipeDevices(c, orgId, id);
  await c.query('UPDATE api_tokens SET revoked_at = now() WHERE org_id = $1 AND user_id = $2 AND revoked_at IS NULL', [orgId, id]);
}

/**
 * Ends the user's sessions and remembers them as wiped: a device that comes back with one of them
 * is answered `device_wiped` and erases what Haven keeps on it. Answers how many sessions ended.
 */
export async function wipeDevices(c: pg.PoolClient, orgId: string, id: string): Promise<number> {
  await c.query(
    `INSERT INTO device_wipes (token_hash, org_id, user_id, expires_at)
     SELECT token_hash, org_id, user_id, greatest(expires_at, now() + interval '30 days') FROM sessions WHERE org_id = $1 AND user_id = $2
     ON CONFLICT (token_hash) DO NOTHING`,
    [orgId, id],
  );
  await c.query('DELETE FROM device_wipes WHERE org_id = $1 AND expires_at < now()', [orgId]);
  const { rowCount } = await c.query('DELETE FROM sessions WHERE org_id = $1 AND user_id = $2', [orgId, id]);
  return rowCount ?? 0;
}

export async function setSupervisor(c: pg.PoolClient, orgId: string, id: string, supervisorId: string | null): Promise<void> {
  await c.query('UPDATE users SET supervisor_id = $3 WHERE org_id = $1 AND id = $2', [orgId, id, supervisorId]);
}

/** Active users of the organisation: names and roles only. */
export async function listColleagues(c: pg.PoolClient, orgId: string): Promise<{ id: string; name: string; roles: Role[] }[]> {
  const { rows } = await c.query<{ id: string; name: string; roles: Role[] }>("SELECT id, name, roles FROM users WHERE org_id = $1 AND status = 'active' ORDER BY lower(name)", [orgId]);
  return rows;
}
