import type pg from 'pg';
import { z } from 'zod';
import { can } from '../../core/platform/policy.js';
import * as S from '../../core/platform/schemas.js';
import { appendAudit } from '../audit/store.js';
import { HttpError, forbidden, notFound } from '../http/errors.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';
import { createOrganisation, createUser } from './provision.js';
import { type Invitation, createInvitation, emailInvitation } from './invitations.js';

interface OrgRow {
  id: string;
  name: string;
  country: string;
  type: S.Organisation['type'];
  created_at: Date;
  user_count: number | null;
}

const toOrg = (r: OrgRow): S.Organisation => ({
  id: r.id,
  name: r.name,
  country: r.country.trim(),
  type: r.type,
  createdAt: r.created_at.toISOString(),
  userCount: r.user_count,
});

/** Organisation list is network-wide; the user count only for the caller's own organisation. */
async function listOrgs(c: pg.PoolClient, id?: string): Promise<S.Organisation[]> {
  const { rows } = await c.query<OrgRow>(
    `SELECT o.id, o.name, o.country, o.type, o.created_at, CASE WHEN o.id = app_org_id() THEN (SELECT count(*)::int FROM users u WHERE u.org_id = o.id) END AS user_count
       FROM organisations o ${id ? 'WHERE o.id = $1' : ''} ORDER BY lower(o.name)`,
    id ? [id] : [],
  );
  return rows.map(toOrg);
}

export function organisationsRoutes(s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/organisations',
      access: 'organisations:list',
      tag: 'organisations',
      summary: "The network's member organisations",
      response: z.object({ organisations: z.array(S.organisation) }),
      handler: async ({ tx }) => ({ body: { organisations: await tx((c) => listOrgs(c)) } }),
    }),
    route({
      method: 'POST',
      url: '/api/organisations',
      access: 'organisations:create',
      tag: 'organisations',
      summary: 'Add a member organisation (network administrators), optionally inviting its first administrator',
      body: S.createOrganisationRequest,
      response: S.createOrganisationResponse,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        if ((body.adminEmail === undefined) !== (body.adminName === undefined))
          throw new HttpError(
            400,
            'validation_failed',
            'Give both the name and the e-mail address of the first administrator, or neither.',
            body.adminEmail ? 'adminName' : 'adminEmail',
          );
        const out = await tx(async (c) => {
          const id = await createOrganisation(c, s.masterKey, body);
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'organisation.create',
            recordType: 'organisation',
            recordId: id,
            ip,
            outcome: 'success',
          });
          let invitation: Invitation | undefined;
          if (body.adminEmail && body.adminName) {
            // The new organisation's own context, for its first user and invitation.
            await c.query("SELECT set_config('app.org_id', $1, true)", [id]);
            const userId = await createUser(c, { orgId: id, email: body.adminEmail, name: body.adminName, roles: ['org-admin'] });
            invitation = await createInvitation(s, c, id, userId, null);
            await appendAudit(c, {
              orgId: id,
              actorId: p.id,
              actorEmail: p.email,
              action: 'user.invite',
              recordType: 'user',
              recordId: userId,
              ip,
              outcome: 'success',
            });
            await c.query("SELECT set_config('app.org_id', $1, true)", [p.orgId]);
          }
          const [org] = await listOrgs(c, id);
          return { org: org!, invitation };
        });
        const emailed = out.invitation ? await emailInvitation(s, out.invitation) : undefined;
        return { status: 201, body: { ...out.org, ...(out.invitation ? { inviteUrl: out.invitation.url, emailed } : {}) } };
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/organisations/:id',
      access: 'organisations:update',
      tag: 'organisations',
      summary: 'Change an organisation (its own administrators, or network administrators)',
      params: S.idParams,
      body: S.updateOrganisationRequest,
      response: S.organisation,
      recordParam: 'organisation',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        if (!can(p, 'organisations:update', { orgId: params.id })) throw forbidden();
        const out = await tx(async (c) => {
          const { rowCount } = await c
            .query('UPDATE organisations SET name = coalesce($2, name), country = coalesce($3, country), type = coalesce($4, type) WHERE id = $1', [
              params.id,
              body.name ?? null,
              body.country ?? null,
              body.type ?? null,
            ])
            .catch((err: { code?: string }) => {
              if (err.code === '23505') throw new HttpError(409, 'conflict', 'Another organisation already has this name.', 'name');
              throw err;
            });
          if (!rowCount) throw notFound('No such organisation.');
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'organisation.update',
            recordType: 'organisation',
            recordId: params.id,
            ip,
            outcome: 'success',
          });
          return (await listOrgs(c, params.id))[0];
        });
        s.principals.forgetAll();
        return { body: out };
      },
    }),
    route({
      method: 'GET',
      url: '/api/network',
      access: 'network:read',
      tag: 'organisations',
      summary: 'The network: its name, default languages and threshold for small cells in statistics',
      response: S.network,
      handler: async ({ tx }) => {
        const row = await tx(
          async (c) =>
            (await c.query<{ name: string; languages: S.UiLanguageList; stats_threshold: number }>('SELECT name, languages, stats_threshold FROM network'))
              .rows[0],
        );
        if (!row) throw new HttpError(409, 'not_set_up', 'This instance is not set up yet.');
        return { body: { name: row.name, languages: row.languages, statsThreshold: row.stats_threshold } };
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/network',
      access: 'network:update',
      tag: 'organisations',
      summary: 'Rename the network, change its default languages or its threshold for small cells in statistics (2 to 1000)',
      body: S.updateNetworkRequest,
      response: S.network,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const row = await tx(async (c) => {
          const r = (
            await c.query<{ name: string; languages: S.UiLanguageList; stats_threshold: number }>(
              `UPDATE network SET name = coalesce($1, name), languages = coalesce($2, languages), stats_threshold = coalesce($3, stats_threshold)
               RETURNING name, languages, stats_threshold`,
              [body.name ?? null, body.languages ?? null, body.statsThreshold ?? null],
            )
          ).rows[0];
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'network.update',
            recordType: 'network',
            recordId: '1',
            ip,
            outcome: 'success',
          });
          return r;
        });
        if (!row) throw new HttpError(409, 'not_set_up', 'This instance is not set up yet.');
        s.principals.forgetAll();
        return { body: { name: row.name, languages: row.languages, statsThreshold: row.stats_threshold } };
      },
    }),
  ];
}
