import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import * as S from '../../core/platform/schemas.js';
import { appendAudit } from '../audit/store.js';
import { HttpError, notFound } from '../http/errors.js';
import { type Principal, TOKEN_PREFIX, hashSecret, loadUser, newSecret, toPrincipal } from '../http/principal.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';
import { assertGoodPassword, hashPassword, verifyPassword } from './passwords.js';
import { recordUserFailure, retryAfter } from './signin.js';
import { meBody } from './sessions.js';
import { checkTotp, enrolmentDetails, newRecoveryCodes, newTotpSecret, openTotp, recoveryCodeHash, sealTotp } from './totp.js';

/** The signed-in user's own account: profile, password, second factor, API tokens. */

/**
 * Confirms the caller's own password before a sensitive change. A wrong one counts
 * like a failed sign-in (slow-down, then lock) and is audited, so a borrowed
 * session cannot guess the password at leisure.
 */
async function confirmOwnPassword(s: Services, p: Principal, password: string, field: string, ip: string): Promise<void> {
  const ctx = { orgId: p.orgId, userId: p.id };
  const row = await s.db.tenant(
    ctx,
    async (c) =>
      (
        await c.query<{ password_hash: string | null; failed_signins: number; last_failed_at: Date | null; locked_at: Date | null }>(
          'SELECT password_hash, failed_signins, last_failed_at, locked_at FROM users WHERE id = $1 AND org_id = $2',
          [p.id, p.orgId],
        )
      ).rows[0],
  );
  if (!row) throw notFound();
  if (row.locked_at && row.locked_at.getTime() + s.signIn.lockMs > Date.now())
    throw new HttpError(423, 'account_locked', 'This account is locked after too many wrong passwords. Ask an administrator to unlock it.');
  if (row.failed_signins >= s.signIn.slowAfter && row.last_failed_at) {
    const left =
      row.last_failed_at.getTime() + Math.min(s.signIn.maxDelayMs, s.signIn.baseDelayMs * 2 ** (row.failed_signins - s.signIn.slowAfter)) - Date.now();
    if (left > 0) throw new HttpError(429, 'too_many_attempts', 'Too many wrong passwords. Wait a moment before trying again.', field, retryAfter(left));
  }
  if (await verifyPassword(row.password_hash, password)) return;
  await recordUserFailure(s, { id: p.id, org_id: p.orgId });
  await s.db.tenant(ctx, (c) =>
    appendAudit(c, {
      orgId: p.orgId,
      actorId: p.id,
      actorEmail: p.email,
      action: 'user.confirm-password',
      recordType: 'user',
      recordId: p.id,
      ip,
      outcome: 'failure',
    }),
  );
  throw new HttpError(401, 'invalid_credentials', 'The password is wrong.', field);
}

async function replaceRecoveryCodes(master: Buffer, c: pg.PoolClient, p: Principal): Promise<string[]> {
  const codes = newRecoveryCodes();
  await c.query('DELETE FROM recovery_codes WHERE user_id = $1 AND org_id = $2', [p.id, p.orgId]);
  for (const code of codes) {
    await c.query('INSERT INTO recovery_codes (id, org_id, user_id, code_hash) VALUES ($1, $2, $3, $4)', [
      randomUUID(),
      p.orgId,
      p.id,
      recoveryCodeHash(master, code),
    ]);
  }
  return codes;
}

export function meRoutes(s: Services) {
  const audit = (c: pg.PoolClient, p: Principal, action: string, ip: string, recordId = p.id, recordType = 'user') =>
    appendAudit(c, { orgId: p.orgId, actorId: p.id, actorEmail: p.email, action, recordType, recordId, ip, outcome: 'success' });

  return [
    route({
      method: 'GET',
      url: '/api/me',
      access: 'signed-in',
      tag: 'me',
      summary: 'The signed-in user, their permissions and the CSRF token',
      response: S.me,
      handler: async ({ principal }) => ({ body: meBody(principal!) }),
    }),
    route({
      method: 'PATCH',
      url: '/api/me',
      access: 'signed-in',
      tag: 'me',
      summary: 'Change your name or interface language',
      body: S.updateMeRequest,
      response: S.me,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const row = await tx(async (c) => {
          await c.query('UPDATE users SET name = coalesce($3, name), language = coalesce($4, language) WHERE id = $1 AND org_id = $2', [
            p.id,
            p.orgId,
            body.name ?? null,
            body.language ?? null,
          ]);
          await audit(c, p, 'user.update-profile', ip);
          return loadUser(c, p.orgId, p.id);
        });
        s.principals.forget(p.credentialHash);
        if (!row) throw notFound();
        return { body: meBody({ ...toPrincipal(row, p.via, p.credentialHash, p.csrfToken, !p.enrolmentRequired) }) };
      },
    }),
    route({
      method: 'POST',
      url: '/api/me/password',
      access: 'user',
      tag: 'me',
      summary: 'Change your password (other sessions and your API tokens are ended)',
      body: S.changePasswordRequest,
      response: S.ok,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        assertGoodPassword(body.newPassword, 'newPassword', p.email);
        const hash = await hashPassword(body.newPassword);
        await confirmOwnPassword(s, p, body.currentPassword, 'currentPassword', ip);
        await tx(async (c) => {
          await c.query('UPDATE users SET password_hash = $3 WHERE id = $1 AND org_id = $2', [p.id, p.orgId, hash]);
          // Whoever knew the old password loses every way in: other sessions and API tokens end.
          await c.query('DELETE FROM sessions WHERE user_id = $1 AND org_id = $2 AND token_hash <> $3', [p.id, p.orgId, p.credentialHash]);
          await c.query('UPDATE api_tokens SET revoked_at = now() WHERE user_id = $1 AND org_id = $2 AND revoked_at IS NULL', [p.id, p.orgId]);
          await audit(c, p, 'user.change-password', ip);
        });
        s.principals.forgetUser(p.id);
        return { body: { ok: true } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/me/totp/setup',
      access: 'signed-in',
      tag: 'me',
      summary: 'Start enrolling an authenticator app: a new secret, as a QR code and a key',
      response: S.totpSetupResponse,
      handler: async ({ principal, tx }) => {
        const p = principal!;
        if (p.totpEnabled) throw new HttpError(409, 'totp_already_enabled', 'A second factor is already set up.');
        const secret = newTotpSecret();
        await tx((c) => c.query('UPDATE users SET totp_pending = $3 WHERE id = $1 AND org_id = $2', [p.id, p.orgId, sealTotp(s.masterKey, p.id, secret)]));
        const details = await enrolmentDetails(secret, p.networkName || 'Haven', p.email);
        return { body: { secret, ...details } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/me/totp/confirm',
      access: 'signed-in',
      tag: 'me',
      summary: 'Finish enrolment with a code from the app; returns recovery codes once',
      body: S.totpConfirmRequest,
      response: S.recoveryCodesResponse,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        if (p.totpEnabled) throw new HttpError(409, 'totp_already_enabled', 'A second factor is already set up.');
        const codes = await tx(async (c) => {
          const row = (
            await c.query<{ totp_pending: Buffer | null }>('SELECT totp_pending FROM users WHERE id = $1 AND org_id = $2 FOR UPDATE', [p.id, p.orgId])
          ).rows[0];
          if (!row?.totp_pending) throw new HttpError(409, 'totp_not_started', 'Start the set-up first.');
          const step = await checkTotp(openTotp(s.masterKey, p.id, row.totp_pending), body.code, 0);
          if (step === undefined) throw new HttpError(400, 'invalid_totp', 'The code is wrong. Check the time on your phone and try the next code.', 'code');
          await c.query(
            'UPDATE users SET totp_secret = totp_pending, totp_pending = NULL, totp_enabled_at = now(), totp_last_step = $3 WHERE id = $1 AND org_id = $2',
            [p.id, p.orgId, step],
          );
          if (p.via === 'session') await c.query('UPDATE sessions SET second_factor = true WHERE token_hash = $1 AND org_id = $2', [p.credentialHash, p.orgId]);
          await audit(c, p, 'user.enrol-totp', ip);
          return replaceRecoveryCodes(s.masterKey, c, p);
        });
        s.principals.forgetUser(p.id);
        return { body: { recoveryCodes: codes } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/me/recovery-codes',
      access: 'user',
      tag: 'me',
      summary: 'Replace your recovery codes (confirm with your password)',
      body: S.passwordConfirmRequest,
      response: S.recoveryCodesResponse,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        if (!p.totpEnabled) throw new HttpError(409, 'totp_not_started', 'Set up a second factor first.');
        await confirmOwnPassword(s, p, body.password, 'password', ip);
        const codes = await tx(async (c) => {
          await audit(c, p, 'user.new-recovery-codes', ip);
          return replaceRecoveryCodes(s.masterKey, c, p);
        });
        return { body: { recoveryCodes: codes } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/me/tokens',
      access: 'user',
      tag: 'me',
      summary: 'Your personal API tokens',
      response: z.object({ tokens: z.array(S.apiToken) }),
      handler: async ({ principal, tx }) => {
        const p = principal!;
        const rows = await tx(
          async (c) =>
            (
              await c.query<{ id: string; name: string; created_at: Date; last_used_at: Date | null }>(
                'SELECT id, name, created_at, last_used_at FROM api_tokens WHERE user_id = $1 AND org_id = $2 AND revoked_at IS NULL ORDER BY created_at DESC',
                [p.id, p.orgId],
              )
            ).rows,
        );
        return {
          body: {
            tokens: rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at.toISOString(), lastUsedAt: r.last_used_at?.toISOString() ?? null })),
          },
        };
      },
    }),
    route({
      method: 'POST',
      url: '/api/me/tokens',
      access: 'user',
      tag: 'me',
      summary: 'Create a personal API token (shown once; confirm with your password); it carries your own permissions',
      body: S.createTokenRequest,
      response: S.createTokenResponse,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        await confirmOwnPassword(s, p, body.password, 'password', ip);
        const created = await tx(async (c) => {
          const token = await createApiToken(c, p.orgId, p.id, body.name);
          await audit(c, p, 'user.create-token', ip, token.id, 'api-token');
          return token;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/me/tokens/:id',
      access: 'user',
      tag: 'me',
      summary: 'Revoke one of your API tokens',
      params: S.idParams,
      response: S.ok,
      recordParam: 'own-token',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const hash = await tx(async (c) => {
          const { rows } = await c.query<{ token_hash: Buffer }>(
            'UPDATE api_tokens SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND org_id = $3 AND revoked_at IS NULL RETURNING token_hash',
            [params.id, p.id, p.orgId],
          );
          if (!rows[0]) throw notFound('No such token.');
          await audit(c, p, 'user.revoke-token', ip, params.id, 'api-token');
          return rows[0].token_hash;
        });
        s.principals.forget(hash);
        return { body: { ok: true } };
      },
    }),
  ];
}

/** Shared with the CLI's `haven token create`. */
export async function createApiToken(c: pg.PoolClient, orgId: string, userId: string, name: string): Promise<{ id: string; token: string }> {
  const id = randomUUID();
  const token = newSecret(TOKEN_PREFIX);
  await c.query('INSERT INTO api_tokens (id, org_id, user_id, name, token_hash) VALUES ($1, $2, $3, $4, $5)', [id, orgId, userId, name, hashSecret(token)]);
  return { id, token };
}
