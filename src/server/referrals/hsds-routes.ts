import { idParams } from '../../core/platform/schemas.js';
import { LocationIds, hsdsOrganizationOf, hsdsServiceOf } from '../../core/referrals/hsds/export.js';
import { hsdsPage, hsdsPageQuery, pageOf } from '../../core/referrals/hsds/pages.js';
import { hsdsOrganization, hsdsService } from '../../core/referrals/hsds/records.js';
import { notFound } from '../http/errors.js';
import { type RouteDef, route } from '../http/route.js';
import type { Services } from '../services.js';
import { organizationById, organizationPage, serviceById, servicePage, servicesOf } from './directory-reads.js';

/**
 * The directory through the read-only part of the Open Referral HSDS 3.0 API: services (each with
 * its organization) and organizations (one with its services), in HSDS's records and pages.
 * Every signed-in user; every status.
 */
export function hsdsRoutes(_s: Services): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/hsds/services',
      access: 'user',
      tag: 'directory',
      summary: 'HSDS 3.0: the services of the directory, a page at a time (`page`, `per_page`), each with its organization',
      query: hsdsPageQuery,
      response: hsdsPage(hsdsService),
      handler: async ({ query, tx }) => {
        const { items, organizations, total } = await tx(async (c) => {
          const found = await servicePage(c, query.page, query.per_page);
          const orgs = await Promise.all([...new Set(found.items.map((s) => s.organizationId))].map((id) => organizationById(c, id)));
          return { ...found, organizations: new Map(orgs.filter((o) => o !== null).map((o) => [o.id, o])) };
        });
        const locationIds = new LocationIds();
        const contents = items.map((s) => {
          const org = organizations.get(s.organizationId);
          return { ...hsdsServiceOf(s, locationIds), ...(org ? { organization: hsdsOrganizationOf(org) } : {}) };
        });
        return { body: pageOf(contents, total, query.page, query.per_page) };
      },
    }),
    route({
      method: 'GET',
      url: '/api/hsds/services/:id',
      access: 'user',
      tag: 'directory',
      summary: 'HSDS 3.0: one service with its organization',
      params: idParams,
      response: hsdsService,
      handler: async ({ params, tx }) => {
        const found = await tx(async (c) => {
          const s = await serviceById(c, params.id);
          return s ? { service: s.service, org: await organizationById(c, s.service.organizationId) } : null;
        });
        if (!found) throw notFound('No such service.');
        return { body: { ...hsdsServiceOf(found.service), ...(found.org ? { organization: hsdsOrganizationOf(found.org) } : {}) } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/hsds/organizations',
      access: 'user',
      tag: 'directory',
      summary: 'HSDS 3.0: the organizations of the directory, a page at a time (`page`, `per_page`)',
      query: hsdsPageQuery,
      response: hsdsPage(hsdsOrganization),
      handler: async ({ query, tx }) => {
        const { items, total } = await tx((c) => organizationPage(c, query.page, query.per_page));
        return { body: pageOf(items.map(hsdsOrganizationOf), total, query.page, query.per_page) };
      },
    }),
    route({
      method: 'GET',
      url: '/api/hsds/organizations/:id',
      access: 'user',
      tag: 'directory',
      summary: 'HSDS 3.0: one organization with its services',
      params: idParams,
      response: hsdsOrganization,
      handler: async ({ params, tx }) => {
        const found = await tx(async (c) => {
          const org = await organizationById(c, params.id);
          return org ? { org, services: await servicesOf(c, [org.id]) } : null;
        });
        if (!found) throw notFound('No such organization.');
        const locationIds = new LocationIds();
        return { body: { ...hsdsOrganizationOf(found.org), services: found.services.map((s) => hsdsServiceOf(s, locationIds)) } };
      },
    }),
  ];
}
