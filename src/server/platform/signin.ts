import type pg from 'pg';
import type { SignInRequest } from '../../core/platform/schemas.js';
import type { Role } from '../../core/platform/roles.js';
import { appendAudit } from '../audit/store.js';
import { HttpError } from '../http/errors.js';
import type { Services } from '../services.js';
import { verifyPassword } from './passwords.js';
import { checkTotp, openTotp, recoveryCodeHash } from './totp.js';

/**
 * Password and second-factor checks with throttling: each account slows down
 * after a few failures and locks after more; each source address is locked
 * after many failures across accounts. Administrators unlock both.
 */

interface AuthUser {
  id: string;
  org_id: string;
  password_hash: string | null;
  status: string;
  roles: Role[];
  totp_secret: Buffer | null;
  failed_signins: number;
  last_failed_at: Date | null;
  locked_at: Date | null;
}

export interface SignedIn {
  readonly orgId: string;
  readonly userId: string;
  readonly secondFactor: boolean;
}

export function retryAfter(ms: number): Record<string, string> {
  return { 'retry-after': String(Math.max(1, Math.ceil(ms / 1000))) };
}

async function checkAddress(s: Services, ip: string): Promise<void> {
  const row = await s.db.anonymous(
    async (c) => (await c.query<{ locked_at: Date | null }>('SELECT locked_at FROM signin_addresses WHERE ip = $1', [ip])).rows[0],
  );
  if (row?.locked_at) {
    const left = row.locked_at.getTime() + s.signIn.addressLockMs - Date.now();
    if (left > 0)
      throw new HttpError(
        429,
        'address_locked',
        'Too many failed sign-ins from this address. Ask an administrator to unlock it, or try again later.',
        undefined,
        retryAfter(left),
      );
  }
}

async function recordAddressFailure(s: Services, ip: string): Promise<void> {
  await s.db.anonymous((c) =>
    c.query(
      `INSERT INTO signin_addresses (ip, failures, window_start) VALUES ($1, 1, now())
       ON CONFLICT (ip) DO UPDATE SET
         failures = CASE WHEN signin_addresses.window_start < now() - make_interval(secs => $2 / 1000.0) THEN 1 ELSE signin_addresses.failures + 1 END,
         window_start = CASE WHEN signin_addresses.window_start < now() - make_interval(secs => $2 / 1000.0) THEN now() ELSE signin_addresses.window_start END,
         locked_at = CASE WHEN signin_addresses.locked_at IS NULL AND signin_addresses.failures + 1 >= $3
                           AND signin_addresses.window_start >= now() - make_interval(secs => $2 / 1000.0) THEN now()
                          ELSE signin_addresses.locked_at END`,
      [ip, s.signIn.addressWindowMs, s.signIn.addressLockAfter],
    ),
  );
}

/** Counts a failure on the account; returns true when this failure locked it. */
export async function recordUserFailure(s: Services, user: { id: string; org_id: string }): Promise<boolean> {
  return s.db.tenant({ orgId: user.org_id }, async (c) => {
    const { rows } = await c.query<{ locked: boolean }>(
      `UPDATE users SET failed_signins = failed_signins + 1, last_failed_at = now(),
              locked_at = CASE WHEN failed_signins + 1 >= $3 AND (locked_at IS NULL OR locked_at < now() - make_interval(secs => $4 / 1000.0))
                               THEN now() ELSE locked_at END
        WHERE id = $1 AND org_id = $2 RETURNING locked_at IS NOT NULL AS locked`,
      [user.id, user.org_id, s.signIn.lockAfter, s.signIn.lockMs],
    );
    return rows[0]?.locked ?? false;
  });
}

async function audit(s: Services, user: AuthUser | undefined, ip: string, outcome: 'success' | 'failure', action = 'auth.sign-in'): Promise<void> {
  await appendAudit(s.db.app, {
    orgId: user?.org_id ?? null,
    actorId: user?.id ?? null,
    actorEmail: null,
    action,
    recordType: user ? 'user' : null,
    recordId: user?.id ?? null,
    ip,
    outcome,
  });
}

async function consumeRecoveryCode(s: Services, c: pg.PoolClient, user: AuthUser, code: string): Promise<boolean> {
  // `used_at IS NULL` again outside the sub-select: two concurrent uses of one code cannot both succeed.
  const { rowCount } = await c.query(
    'UPDATE recovery_codes SET used_at = now() WHERE id = (SELECT id FROM recovery_codes WHERE user_id = $1 AND org_id = $2 AND code_hash = $3 AND used_at IS NULL LIMIT 1) AND used_at IS NULL',
    [user.id, user.org_id, recoveryCodeHash(s.masterKey, code)],
  );
  return (rowCount ?? 0) > 0;
}

/**
 * The answers do not tell whether an e-mail address belongs to an account: an
 * unknown address, a wrong password, an account in its slow-down window and a
 * locked account all get the same 401 after the same argon2 work. Only someone
 * who knows the password learns that the account is locked (423).
 */
export async function signIn(s: Services, req: SignInRequest, ip: string): Promise<SignedIn> {
  await checkAddress(s, ip);
  const user = await s.db.anonymous(async (c) => (await c.query<AuthUser>('SELECT * FROM auth_user_by_email($1)', [req.email])).rows[0]);
  const wrong = () =>
    new HttpError(401, 'invalid_credentials', 'The e-mail address or the password is wrong, or there were too many attempts: wait a minute and try again.');

  const fail = async (code: 'invalid_credentials' | 'invalid_totp'): Promise<never> => {
    await recordAddressFailure(s, ip);
    if (user) await recordUserFailure(s, user);
    await audit(s, user, ip, 'failure');
    if (code === 'invalid_totp') throw new HttpError(401, 'invalid_totp', 'The code is wrong or was already used. Wait for the next one.', 'totp');
    throw wrong();
  };

  const locked = user?.locked_at ? user.locked_at.getTime() + s.signIn.lockMs > Date.now() : false;
  if (user && !locked && user.failed_signins >= s.signIn.slowAfter && user.last_failed_at) {
    const wait = Math.min(s.signIn.maxDelayMs, s.signIn.baseDelayMs * 2 ** (user.failed_signins - s.signIn.slowAfter));
    if (user.last_failed_at.getTime() + wait > Date.now()) {
      // Too soon after the last failure: refused without trying the password (so not a guess), looking like any failure.
      await verifyPassword(null, req.password);
      await audit(s, user, ip, 'failure');
      throw wrong();
    }
  }
  const passwordOk = await verifyPassword(user?.password_hash ?? null, req.password);
  if (!user || !passwordOk || user.status !== 'active') return fail('invalid_credentials');
  if (locked) {
    await audit(s, user, ip, 'failure');
    throw new HttpError(
      423,
      'account_locked',
      'This account is locked after too many failed sign-ins. Ask an administrator to unlock it, or try again in an hour.',
    );
  }

  if (!user.totp_secret) return { orgId: user.org_id, userId: user.id, secondFactor: false };

  if (!req.totp && !req.recoveryCode) throw new HttpError(401, 'totp_required', 'Enter the code from your authenticator app.', 'totp');
  const ok = await s.db.tenant({ orgId: user.org_id, userId: user.id }, async (c) => {
    if (req.recoveryCode) return consumeRecoveryCode(s, c, user, req.recoveryCode);
    const last =
      (await c.query<{ totp_last_step: number }>('SELECT totp_last_step FROM users WHERE id = $1 AND org_id = $2 FOR UPDATE', [user.id, user.org_id])).rows[0]
        ?.totp_last_step ?? 0;
    const step = await checkTotp(openTotp(s.masterKey, user.id, user.totp_secret as Buffer), req.totp ?? '', last);
    if (step === undefined) return false;
    await c.query('UPDATE users SET totp_last_step = $3 WHERE id = $1 AND org_id = $2', [user.id, user.org_id, step]);
    return true;
  });
  if (!ok) return fail('invalid_totp');
  return { orgId: user.org_id, userId: user.id, secondFactor: true };
}

export async function auditSignIn(c: pg.PoolClient, who: SignedIn, ip: string): Promise<void> {
  await appendAudit(c, {
    orgId: who.orgId,
    actorId: who.userId,
    actorEmail: null,
    action: 'auth.sign-in',
    recordType: 'user',
    recordId: who.userId,
    ip,
    outcome: 'success',
  });
}
