import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { idParams } from '../../core/platform/schemas.js';
import {
  directoryOrganization,
  directoryService,
  organizationRequest,
  serviceQuery,
  servicePage,
  serviceRequest,
  updateOrganizationRequest,
  updateServiceRequest,
} from '../../core/referrals/directory.js';
import { HttpError, StaleVersionError, notFound } from '../http/errors.js';
import { type RouteDef, route } from '../http/route.js';
import type { Services } from '../services.js';
import { audit, checkChildIds, checkMember, flag, organizationToChange, serviceToChange, targetOrganization } from './directory-helpers.js';
import { listOrganizations, organizationById, searchServices, serviceById } from './directory-reads.js';
import { deleteService, insertOrganization, insertService, updateOrganization, updateService, withChildIds } from './directory-store.js';

/**
 * The service directory (issue 6): search and read services (every user), maintain the entries
 * of one's own organisation (`directory:write`; network administrators, `directory:curate`,
 * maintain every entry), import and export it as Open Referral HSDS 3.0 (JSON, or the tabular
 * package of CSV files in a zip). Entries of another organisation are refused with 403: the
 * directory is readable by every member, so there is nothing to hide. (The import and export routes
 * are in directory-transfer-routes.ts.)
 *
 * Audit actions: directory.service-create, directory.service-update, directory.service-delete,
 * directory.organization-create, directory.organization-update, directory.import, directory.export,
 * and directory.service-read / directory.organization-read (the current record sent with a 409).
 */

const organizationsQuery = z.strictObject({ mine: flag.optional() });
const organizationList = z.object({ items: z.array(directoryOrganization) });

export function directoryRoutes(s: Services): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/directory/services',
      access: 'user',
      tag: 'directory',
      summary:
        'Search the service directory: words (`q`), type, language, country, city, age, gender, open now, one organization or `mine` (the entries of your organisation). ' +
        'Without `status`, active and temporarily closed services (with `mine`, every status). By name.',
      query: serviceQuery,
      response: servicePage,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        const found = await tx((c) => searchServices(c, query, p.orgId, new Date()));
        return { body: { ...found, page: query.page, perPage: query.perPage } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/directory/services/:id',
      access: 'user',
      tag: 'directory',
      summary: 'A service of the directory',
      params: idParams,
      response: directoryService,
      handler: async ({ params, tx }) => {
        const found = await tx((c) => serviceById(c, params.id));
        if (!found) throw notFound('No such service.');
        return { body: found.service };
      },
    }),
    route({
      method: 'POST',
      url: '/api/directory/services',
      access: 'directory:write',
      tag: 'directory',
      summary: 'Add a service to a directory organization your organisation maintains (network administrators: any)',
      body: serviceRequest,
      response: directoryService,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const org = await targetOrganization(c, p, body.organizationId);
          const id = randomUUID();
          const s = withChildIds(body);
          await checkChildIds(c, id, s);
          await insertService(c, id, org.maintainedBy, s);
          await audit(c, p, ip, 'directory.service-create', 'directory-service', id);
          return (await serviceById(c, id))!.service;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/directory/services/:id',
      access: 'directory:write',
      tag: 'directory',
      summary: 'Change a service (every field, with the version you read: a newer one is refused with 409 and the service as it is now)',
      params: idParams,
      body: updateServiceRequest,
      response: directoryService,
      recordParam: 'directory-service',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await serviceToChange(c, p, params.id);
          if (current.service.version !== body.version)
            throw new StaleVersionError(current.service, { action: 'directory.service-read', recordType: 'directory-service', recordId: params.id });
          const { version, ...fields } = body;
          const org = await targetOrganization(c, p, fields.organizationId);
          const s = withChildIds(fields);
          await checkChildIds(c, params.id, s);
          if (!(await updateService(c, params.id, version, org.maintainedBy, s)))
            throw new HttpError(409, 'stale_version', 'The service changed meanwhile.', 'version');
          await audit(c, p, ip, 'directory.service-update', 'directory-service', params.id);
          return (await serviceById(c, params.id))!.service;
        });
        return { body: changed };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/directory/services/:id',
      access: 'directory:write',
      tag: 'directory',
      summary: 'Remove a service from the directory (referrals made to it keep its name)',
      params: idParams,
      response: z.object({ ok: z.literal(true) }),
      recordParam: 'directory-service',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          await serviceToChange(c, p, params.id);
          await deleteService(c, params.id);
          await audit(c, p, ip, 'directory.service-delete', 'directory-service', params.id);
        });
        return { body: { ok: true } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/directory/organizations',
      access: 'user',
      tag: 'directory',
      summary: 'The organizations of the directory by name; `mine=true`: those your organisation maintains',
      query: organizationsQuery,
      response: organizationList,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        const items = await tx((c) => listOrganizations(c, query.mine ? p.orgId : undefined));
        return { body: { items } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/directory/organizations/:id',
      access: 'user',
      tag: 'directory',
      summary: 'An organization of the directory',
      params: idParams,
      response: directoryOrganization,
      handler: async ({ params, tx }) => {
        const found = await tx((c) => organizationById(c, params.id));
        if (!found) throw notFound('No such organization.');
        return { body: found };
      },
    }),
    route({
      method: 'POST',
      url: '/api/directory/organizations',
      access: 'directory:write',
      tag: 'directory',
      summary:
        'Add an organization to the directory, maintained by your organisation (`memberOrgId`: the Haven organisation it stands for; yours, or any for network administrators)',
      body: organizationRequest,
      response: directoryOrganization,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const { memberOrgId, ...fields } = body;
          await checkMember(c, p, memberOrgId ?? null, null);
          const id = randomUUID();
          await insertOrganization(c, id, p.orgId, fields, memberOrgId ?? null);
          await audit(c, p, ip, 'directory.organization-create', 'directory-organization', id);
          return (await organizationById(c, id))!;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/directory/organizations/:id',
      access: 'directory:write',
      tag: 'directory',
      summary: 'Change an organization of the directory (every field, with the version you read; `memberOrgId` left out: unchanged)',
      params: idParams,
      body: updateOrganizationRequest,
      response: directoryOrganization,
      recordParam: 'directory-organization',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await organizationToChange(c, p, params.id);
          if (current.version !== body.version)
            throw new StaleVersionError(current, { action: 'directory.organization-read', recordType: 'directory-organization', recordId: params.id });
          const { version, memberOrgId, ...fields } = body;
          const member = memberOrgId === undefined ? current.memberOrgId : memberOrgId;
          await checkMember(c, p, member, current.memberOrgId);
          if (!(await updateOrganization(c, params.id, version, fields, member)))
            throw new HttpError(409, 'stale_version', 'The organization changed meanwhile.', 'version');
          await audit(c, p, ip, 'directory.organization-update', 'directory-organization', params.id);
          return (await organizationById(c, params.id))!;
        });
        return { body: changed };
      },
    }),
  ];
}
