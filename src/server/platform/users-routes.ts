import type pg from 'pg';
import { z } from 'zod';
import { assignableRoles, can } from '../../core/platform/policy.js';
import * as S from '../../core/platform/schemas.js';
import { appendAudit } from '../audit/store.js';
import { forbidden, HttpError, notFound } from '../http/errors.js';
import { hashSecret, type Principal } from '../http/principal.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';
import { createInvitation, emailInvitation } from './invitations.js';
import { assertGoodPassword, hashPassword } from './passwords.js';
import { createUser } from './provision.js';
import { meBody, openSession } from './sessions.js';
import * as users from './users-store.js';

function checkAssignable(p: Principal, roles: readonly string[]): void {
  const allowed = new Set<string>(assignableRoles(p.roles));
  const bad = roles.find((r) => !allowed.has(r));
  if (bad) throw new HttpError(403, 'forbidden', `You cannot give the role ${bad}.`, 'roles');
}

export function usersRoutes(s: Services) {
  const audit = (c: pg.PoolClient, p: Principal, action: string, id: string, ip: string) =>
    appendAudit(c, { orgId: p.orgId, actorId: p.id, actorEmail: p.email, action, recordType: 'user', recordId: id, ip, outcome: 'success' });

  /** Loads the target user of the caller's organisation and checks the policy against it. */
  async function target(c: pg.PoolClient, p: Principal, id: string, action: 'users:update' | 'users:unlock') {
    const user = await users.getUser(c, p.orgId, id, true);
    if (!user) throw notFound('No such user in your organisation.');
    if (!can(p, action, { orgId: p.orgId })) throw forbidden();
    return user;
  }

  return [
    route({
      method: 'GET',
      url: '/api/colleagues',
      access: 'colleagues:list',
      tag: 'users',
      summary: 'The active users of your organisation, names and roles only (to name caseworkers, teams and assignees)',
      response: z.object({ items: z.array(S.colleague) }),
      handler: async ({ principal, tx }) => {
        const p = principal!;
        return { body: { items: await tx((c) => users.listColleagues(c, p.orgId)) } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/users',
      access: 'users:list',
      tag: 'users',
      summary: "Your organisation's users",
      response: z.object({ users: z.array(S.userSummary), assignableRoles: z.array(S.role) }),
      handler: async ({ principal, tx }) => {
        const p = principal!;
        return { body: { users: await tx((c) => users.listUsers(c, p.orgId)), assignableRoles: assignableRoles(p.roles) } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/users/invitations',
      access: 'users:invite',
      tag: 'users',
      summary: 'Invite a user to your organisation; returns the link to pass on',
      body: S.inviteRequest,
      response: S.inviteResponse,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        checkAssignable(p, body.roles);
        const out = await tx(async (c) => {
          const id = await createUser(c, { orgId: p.orgId, email: body.email, name: body.name, roles: body.roles, language: p.language });
          const invitation = await createInvitation(s, c, p.orgId, id, p.id);
          await audit(c, p, 'user.invite', id, ip);
          const user = await users.getUser(c, p.orgId, id);
          return { user: user!, invitation };
        });
        const emailed = await emailInvitation(s, out.invitation);
        return { status: 201, body: { user: out.user, inviteUrl: out.invitation.url, expiresAt: out.invitation.expiresAt.toISOString(), emailed } };
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/users/:id',
      access: 'users:update',
      tag: 'users',
      summary: 'Change the roles of a user, or disable or enable them',
      params: S.idParams,
      body: S.updateUserRequest,
      response: S.userSummary,
      recordParam: 'organisation-user',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const updated = await tx(async (c) => {
          // One change to an organisation's administrators at a time, so two admins cannot remove each other at once.
          await c.query('SELECT pg_advisory_xact_lock(7305, hashtext($1))', [`admins:${p.orgId}`]);
          const user = await target(c, p, params.id, 'users:update');
          // Disabling or enabling someone is for those who could give them their roles (an org-admin cannot disable a network-admin).
          if (body.disabled !== undefined) checkAssignable(p, user.roles);
          const losesAdmin =
            (body.roles && user.roles.includes('org-admin') && !body.roles.includes('org-admin')) || (body.disabled && user.roles.includes('org-admin'));
          if (losesAdmin && (await users.otherActiveAdmins(c, p.orgId, user.id)) === 0) {
            throw new HttpError(409, 'last_admin', 'An organisation needs at least one active administrator.');
          }
          if (body.roles) {
            // Roles the caller may not hand out must not be added or taken away by them.
            const changed = [...body.roles.filter((r) => !user.roles.includes(r)), ...user.roles.filter((r) => !body.roles?.includes(r))];
            checkAssignable(p, changed);
            await users.setRoles(c, p.orgId, user.id, body.roles);
            await audit(c, p, 'user.change-roles', user.id, ip);
          }
          if (body.disabled !== undefined) {
            await users.setDisabled(c, p.orgId, user.id, body.disabled);
            await audit(c, p, body.disabled ? 'user.disable' : 'user.enable', user.id, ip);
          }
          if (body.supervisorId !== undefined) {
            if (body.supervisorId !== null) {
              const sup = await users.getUser(c, p.orgId, body.supervisorId);
              if (!sup?.roles.includes('supervisor') || sup.id === user.id) {
                throw new HttpError(400, 'validation_failed', 'supervisorId: not a supervisor of your organisation.', 'supervisorId');
              }
            }
            await users.setSupervisor(c, p.orgId, user.id, body.supervisorId);
            await audit(c, p, 'user.change-supervisor', user.id, ip);
          }
          return users.getUser(c, p.orgId, user.id);
        });
        s.principals.forgetUser(params.id);
        return { body: updated };
      },
    }),
    route({
      method: 'POST',
      url: '/api/users/:id/unlock',
      access: 'users:unlock',
      tag: 'users',
      summary: 'Unlock a user locked after failed sign-ins',
      params: S.idParams,
      response: S.userSummary,
      recordParam: 'organisation-user',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const out = await tx(async (c) => {
          const user = await target(c, p, params.id, 'users:unlock');
          await users.unlock(c, p.orgId, user.id);
          await audit(c, p, 'user.unlock', user.id, ip);
          return users.getUser(c, p.orgId, user.id);
        });
        return { body: out };
      },
    }),
    route({
      method: 'POST',
      url: '/api/users/:id/wipe-devices',
      access: 'users:update',
      tag: 'users',
      summary:
        'A lost or stolen phone: end all of the user’s sessions and have every device that still holds one erase what Haven keeps there ' +
        '(drafts, records waiting to be sent, and their key) when it next reaches the server',
      params: S.idParams,
      response: z.object({ sessionsEnded: z.number().int() }),
      recordParam: 'organisation-user',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const ended = await tx(async (c) => {
          const user = await target(c, p, params.id, 'users:update');
          const n = await users.wipeDevices(c, p.orgId, user.id);
          await audit(c, p, 'user.wipe-devices', user.id, ip);
          return n;
        });
        s.principals.forgetUser(params.id);
        return { body: { sessionsEnded: ended } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/users/:id/invitation',
      access: 'users:invite',
      tag: 'users',
      summary: 'Invite a user again (forgotten password, lost phone): their password, second factor and sessions are cleared and a new link is made',
      params: S.idParams,
      response: S.inviteResponse,
      recordParam: 'organisation-user',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const out = await tx(async (c) => {
          const user = await users.getUser(c, p.orgId, params.id, true);
          if (!user) throw notFound('No such user in your organisation.');
          if (user.id === p.id) throw new HttpError(409, 'conflict', 'You cannot invite yourself again; change your password in your profile.');
          if (user.status === 'disabled') throw new HttpError(409, 'conflict', 'Enable the user first.');
          // Whoever receives the link becomes this user: only for users whose roles the caller could give.
          checkAssignable(p, user.roles);
          await users.resetAccess(c, p.orgId, user.id);
          const invitation = await createInvitation(s, c, p.orgId, user.id, p.id);
          await audit(c, p, 'user.reinvite', user.id, ip);
          const updated = await users.getUser(c, p.orgId, user.id);
          return { user: updated!, invitation };
        });
        s.principals.forgetUser(params.id);
        const emailed = await emailInvitation(s, out.invitation);
        return { body: { user: out.user, inviteUrl: out.invitation.url, expiresAt: out.invitation.expiresAt.toISOString(), emailed } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/invitations/:token',
      access: 'public',
      tag: 'users',
      summary: 'What an invitation link is for',
      params: S.tokenParams,
      response: S.invitationInfo,
      handler: async ({ params }) => {
        const inv = await findInvitation(s, params.token);
        const info = await s.db.tenant(
          { orgId: inv.org_id },
          async (c) =>
            (
              await c.query<{ email: string; name: string; org_name: string }>(
                'SELECT u.email, u.name, o.name AS org_name FROM users u JOIN organisations o ON o.id = u.org_id WHERE u.id = $1 AND u.org_id = $2',
                [inv.user_id, inv.org_id],
              )
            ).rows[0],
        );
        if (!info) throw new HttpError(404, 'invitation_invalid', 'This invitation is not valid.');
        return { body: { email: info.email, name: info.name, orgName: info.org_name } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/invitations/:token/accept',
      access: 'public',
      tag: 'users',
      summary: 'Accept an invitation: choose a password and sign in',
      params: S.tokenParams,
      body: S.acceptInvitationRequest,
      response: S.me,
      handler: async ({ params, body, reply, ip }) => {
        const inv = await findInvitation(s, params.token);
        const principal = await s.db.tenant({ orgId: inv.org_id, userId: inv.user_id }, async (c) => {
          const user = (
            await c.query<{ email: string; status: string }>('SELECT email, status FROM users WHERE id = $1 AND org_id = $2 FOR UPDATE', [
              inv.user_id,
              inv.org_id,
            ])
          ).rows[0];
          if (user?.status !== 'invited') throw new HttpError(404, 'invitation_invalid', 'This invitation is not valid.');
          assertGoodPassword(body.password, 'password', user.email);
          await c.query("UPDATE users SET password_hash = $3, status = 'active', name = coalesce($4, name) WHERE id = $1 AND org_id = $2", [
            inv.user_id,
            inv.org_id,
            await hashPassword(body.password),
            body.name ?? null,
          ]);
          await c.query('UPDATE invitations SET accepted_at = now() WHERE token_hash = $1', [hashSecret(params.token)]);
          await appendAudit(c, {
            orgId: inv.org_id,
            actorId: inv.user_id,
            actorEmail: user.email,
            action: 'user.accept-invitation',
            recordType: 'user',
            recordId: inv.user_id,
            ip,
            outcome: 'success',
          });
          return openSession(s, c, reply, inv.org_id, inv.user_id, false);
        });
        return { body: meBody(principal) };
      },
    }),
  ];
}

async function findInvitation(s: Services, token: string) {
  const inv = await s.db.anonymous(
    async (c) =>
      (await c.query<{ user_id: string; org_id: string; expires_at: Date; accepted_at: Date | null }>('SELECT * FROM auth_invitation($1)', [hashSecret(token)]))
        .rows[0],
  );
  if (!inv || inv.accepted_at || inv.expires_at.getTime() < Date.now())
    throw new HttpError(404, 'invitation_invalid', 'This invitation link is not valid or has expired. Ask your administrator for a new one.');
  return inv;
}
