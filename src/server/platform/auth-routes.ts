import * as S from '../../core/platform/schemas.js';
import { appendAudit } from '../audit/store.js';
import { HttpError } from '../http/errors.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';
import { asOwner, createNetwork, createOrganisation, createUser } from './provision.js';
import { clearSessionCookie, meBody, openSession } from './sessions.js';
import { auditSignIn, signIn } from './signin.js';

/** First run, sign-in and sign-out. */
export function authRoutes(s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/health',
      access: 'public',
      tag: 'platform',
      summary: 'Liveness, and which database back end is in use',
      response: S.health,
      handler: async () => {
        await s.db.app.query('SELECT 1');
        return { body: { status: 'ok', database: s.db.backend, version: s.version } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/setup',
      access: 'public',
      tag: 'platform',
      summary: 'Whether this instance still needs its first-run set-up',
      response: S.setupStatus,
      handler: async () => ({ body: { needed: await setupNeeded(s) } }),
    }),
    route({
      method: 'POST',
      url: '/api/setup',
      access: 'public',
      tag: 'platform',
      summary: 'First run: create the network, the first organisation and its administrator',
      body: S.setupRequest,
      response: S.me,
      handler: async ({ body, reply, ip }) => {
        const principal = await asOwner(s.db.owner, async (c) => {
          // One set-up at a time; the second caller finds it done.
          await c.query('LOCK TABLE network IN EXCLUSIVE MODE');
          const done = await c.query('SELECT 1 FROM users LIMIT 1');
          if (done.rowCount) throw new HttpError(409, 'already_set_up', 'This instance is already set up. Sign in instead.');
          await createNetwork(c, body.networkName, body.networkLanguages);
          const orgId = await createOrganisation(c, s.masterKey, { name: body.orgName, country: body.orgCountry, type: body.orgType });
          const userId = await createUser(c, {
            orgId,
            email: body.adminEmail,
            name: body.adminName,
            roles: ['network-admin', 'org-admin'],
            language: body.language,
            password: body.adminPassword,
          });
          await appendAudit(c, {
            orgId,
            actorId: userId,
            actorEmail: body.adminEmail,
            action: 'platform.setup',
            recordType: 'organisation',
            recordId: orgId,
            ip,
            outcome: 'success',
          });
          return openSession(s, c, reply, orgId, userId, false);
        });
        return { status: 201, body: meBody(principal) };
      },
    }),
    route({
      method: 'POST',
      url: '/api/auth/sign-in',
      access: 'public',
      tag: 'auth',
      summary: 'Sign in with e-mail, password and (when enrolled) a TOTP or recovery code',
      body: S.signInRequest,
      response: S.me,
      handler: async ({ body, reply, ip }) => {
        const who = await signIn(s, body, ip);
        const principal = await s.db.tenant({ orgId: who.orgId, userId: who.userId }, async (c) => {
          await auditSignIn(c, who, ip);
          return openSession(s, c, reply, who.orgId, who.userId, who.secondFactor);
        });
        return { body: meBody(principal) };
      },
    }),
    route({
      method: 'POST',
      url: '/api/auth/sign-out',
      access: 'signed-in',
      tag: 'auth',
      summary: 'End this session',
      response: S.ok,
      handler: async ({ principal, tx, reply, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          if (p.via === 'session') await c.query('DELETE FROM sessions WHERE token_hash = $1 AND org_id = $2', [p.credentialHash, p.orgId]);
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'auth.sign-out',
            recordType: 'user',
            recordId: p.id,
            ip,
            outcome: 'success',
          });
        });
        s.principals.forget(p.credentialHash);
        clearSessionCookie(s, reply);
        return { body: { ok: true } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/auth/sign-out-everywhere',
      access: 'signed-in',
      tag: 'auth',
      summary: 'End every session of this user, on every device',
      response: S.ok,
      handler: async ({ principal, tx, reply, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          await c.query('DELETE FROM sessions WHERE user_id = $1 AND org_id = $2', [p.id, p.orgId]);
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'auth.sign-out-everywhere',
            recordType: 'user',
            recordId: p.id,
            ip,
            outcome: 'success',
          });
        });
        s.principals.forgetUser(p.id);
        clearSessionCookie(s, reply);
        return { body: { ok: true } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/auth/unlock-address',
      access: 'signin:unlock-address',
      tag: 'auth',
      summary: 'Lift the lock on a source address after failed sign-ins',
      body: S.unlockAddressRequest,
      response: S.ok,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          await c.query('DELETE FROM signin_addresses WHERE ip = $1', [body.ip]);
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'auth.unlock-address',
            recordType: 'address',
            recordId: body.ip,
            ip,
            outcome: 'success',
          });
        });
        return { body: { ok: true } };
      },
    }),
  ];
}

export async function setupNeeded(s: Services): Promise<boolean> {
  const { rows } = await s.db.app.query<{ needed: boolean }>('SELECT setup_needed() AS needed');
  return rows[0]?.needed ?? true;
}
