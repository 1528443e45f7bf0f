import { randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import type pg from 'pg';
import type { Me } from '../../core/platform/schemas.js';
import { type Principal, SESSION_COOKIE, hashSecret, loadUser, newSecret, toPrincipal } from '../http/principal.js';
import type { Services } from '../services.js';

/** Opens a session for a user inside the caller's transaction and sets the cookie. */
export async function openSession(
  s: Services,
  client: pg.PoolClient,
  reply: FastifyReply,
  orgId: string,
  userId: string,
  secondFactor: boolean,
): Promise<Principal> {
  const token = newSecret();
  const hash = hashSecret(token);
  const csrf = randomBytes(24).toString('base64url');
  const expires = new Date(Date.now() + s.config.sessionAbsoluteHours * 3_600_000);
  await client.query('INSERT INTO sessions (token_hash, org_id, user_id, csrf_token, second_factor, expires_at) VALUES ($1, $2, $3, $4, $5, $6)', [
    hash,
    orgId,
    userId,
    csrf,
    secondFactor,
    expires,
  ]);
  await client.query('UPDATE users SET last_sign_in_at = now(), failed_signins = 0, locked_at = NULL WHERE id = $1 AND org_id = $2', [userId, orgId]);
  const row = await loadUser(client, orgId, userId);
  if (!row) throw new Error('user vanished while signing in');
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: s.config.secureCookies,
    expires,
  });
  return toPrincipal(row, 'session', hash, csrf, secondFactor);
}

export function clearSessionCookie(s: Services, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: s.config.secureCookies });
}

export function meBody(p: Principal): Me {
  return {
    user: {
      id: p.id,
      email: p.email,
      name: p.name,
      roles: [...p.roles],
      language: p.language,
      orgId: p.orgId,
      orgName: p.orgName,
      orgCountry: p.orgCountry,
      networkName: p.networkName,
      totpEnabled: p.totpEnabled,
      totpRequired: p.totpRequired,
    },
    enrolmentRequired: p.enrolmentRequired,
    permissions: [...p.permissions].sort(),
    csrfToken: p.csrfToken ?? '',
  };
}
