import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { todayUtc } from '../../../core/cases/dates.js';
import { idParams, uuid } from '../../../core/platform/schemas.js';
import {
  type ActivityRequest,
  activityList,
  activityRequest,
  activityView,
  type CampaignRequest,
  type CampaignView,
  campaignPage,
  campaignQuery,
  campaignRequest,
  campaignView,
  cityKey,
  reachQuery,
  reachResponse,
  updateActivityRequest,
  updateCampaignRequest,
} from '../../../core/prevention/campaign.js';
import { HttpError, notFound } from '../../http/errors.js';
import type { Principal } from '../../http/principal.js';
import { type RouteDef, route } from '../../http/route.js';
import type { Services } from '../../services.js';
import { auditCampaign, changeableCampaign, editableBy, NO_SUCH_ACTIVITY, NO_SUCH_CAMPAIGN, readableCampaign } from './access.js';
import { campaignFilesRoutes } from './files-routes.js';
import { reachFor } from './reach.js';
import {
  activityById,
  citiesInUse,
  deleteActivity,
  deleteCampaign,
  existingOrganisations,
  insertActivity,
  insertCampaign,
  listActivities,
  listCampaigns,
  respellActivityCities,
  updateActivity,
  updateCampaign,
} from './store.js';

/**
 * Awareness campaigns and their activities (issue 8). Every member reads every member's campaigns
 * (`campaigns:read`, network-wide; campaigns hold no personal data, so reads are not audited);
 * only the owning organisation's writers change them (`campaigns:write`): another organisation's
 * campaign answers 403 to a write. Every change is audited in its own transaction.
 */

const activityParams = z.strictObject({ id: uuid, activityId: uuid });
const ok = z.strictObject({ ok: z.literal(true) });

/** The partner organisations must be organisations of the network, other than the caller's. */
async function checkOrganisations(c: pg.PoolClient, p: Principal, ids: readonly string[]): Promise<void> {
  const own = ids.indexOf(p.orgId);
  if (own >= 0)
    throw new HttpError(400, 'validation_failed', `organisationIds.${own}: your own organisation runs the campaign already.`, `organisationIds.${own}`);
  const known = await existingOrganisations(c, ids);
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown >= 0)
    throw new HttpError(400, 'validation_failed', `organisationIds.${unknown}: no such organisation in the network.`, `organisationIds.${unknown}`);
}

/**
 * An activity's place: when the campaign lists cities, the city must be one of them, in its country
 * (stored as the campaign spells it). Without a city (a country-wide broadcast), any country.
 */
function placeOf(campaign: CampaignView, b: ActivityRequest): ActivityRequest {
  if (b.city === undefined || campaign.cities.length === 0) return b;
  const name = cityKey('', b.city);
  const same = campaign.cities.filter((x) => cityKey('', x.name) === name);
  if (same.length === 0)
    throw new HttpError(400, 'validation_failed', `city: not one of the campaign's cities (${campaign.cities.map((x) => x.name).join(', ')}).`, 'city');
  const match = same.find((x) => x.country === b.country);
  if (!match)
    throw new HttpError(400, 'validation_failed', `country: ${b.city} is a city of the campaign in ${same.map((x) => x.country).join(', ')}.`, 'country');
  return { ...b, city: match.name };
}

/** A city still named by an activity cannot leave the campaign. */
async function checkCitiesKept(c: pg.PoolClient, campaignId: string, b: CampaignRequest): Promise<void> {
  const kept = new Set(b.cities.map((x) => cityKey(x.country, x.name)));
  const missing = (await citiesInUse(c, campaignId)).filter((u) => !kept.has(cityKey(u.country, u.city)));
  if (missing.length > 0) {
    const names = missing.map((m) => `${m.city} (${m.country})`).join(', ');
    throw new HttpError(409, 'conflict', `cities: ${names} cannot be removed: activities of the campaign took place there.`, 'cities');
  }
}

export function campaignsRoutes(s: Services): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/campaigns',
      access: 'campaigns:read',
      tag: 'prevention',
      summary:
        'Awareness campaigns, the latest start first: your organisation’s (scope=own) or every member’s (scope=network); q searches name, goal, message and partners',
      query: campaignQuery,
      response: campaignPage,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        if (query.from && query.to && query.to < query.from) throw new HttpError(400, 'validation_failed', 'to: must not be before from', 'to');
        return { body: await tx((c) => listCampaigns(c, p.orgId, query, editableBy(p))) };
      },
    }),
    route({
      method: 'POST',
      url: '/api/campaigns',
      access: 'campaigns:write',
      tag: 'prevention',
      summary: 'Plan a campaign of your organisation (with other member organisations and outside partners, audiences, cities, an optional budget)',
      body: campaignRequest,
      response: campaignView,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          await checkOrganisations(c, p, body.organisationIds);
          const id = randomUUID();
          await insertCampaign(c, id, p.orgId, p.id, body);
          await auditCampaign(c, p, ip, 'campaign.create', 'campaign', id);
          return readableCampaign(c, p, id);
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/campaigns/reach',
      access: 'campaigns:read',
      tag: 'prevention',
      summary:
        'The reach dashboard: people reached (counted and estimated) by the activities of a period (by default the 12 whole months up to this one), ' +
        'in total, by month (every month), by city (with coordinates), by audience, by activity type and by organisation',
      query: reachQuery,
      response: reachResponse,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        return { body: await tx((c) => reachFor(c, p.orgId, query, todayUtc())) };
      },
    }),
    route({
      method: 'GET',
      url: '/api/campaigns/:id',
      access: 'campaigns:read',
      tag: 'prevention',
      summary: 'A campaign (any member’s), with its reach so far',
      params: idParams,
      response: campaignView,
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        return { body: await tx((c) => readableCampaign(c, p, params.id)) };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/campaigns/:id',
      access: 'campaigns:write',
      tag: 'prevention',
      summary:
        'Change a campaign of your organisation (send the version you read: a newer one is refused with 409); a city its activities name cannot be removed',
      params: idParams,
      body: updateCampaignRequest,
      response: campaignView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await changeableCampaign(c, p, params.id);
          const { version, ...change } = body;
          if (current.version !== version)
            throw new HttpError(409, 'stale_version', 'Someone else changed this campaign since you opened it. Nothing was saved.', 'version');
          await checkOrganisations(c, p, change.organisationIds);
          await checkCitiesKept(c, params.id, change);
          if (!(await updateCampaign(c, params.id, p.orgId, version, change)))
            throw new HttpError(409, 'stale_version', 'The campaign changed meanwhile.', 'version');
          // A city spelt anew (`Kyiv` → `KYIV`): its activities follow, as they name it as the campaign does.
          await respellActivityCities(c, params.id, change.cities);
          await auditCampaign(c, p, ip, 'campaign.update', 'campaign', params.id);
          return readableCampaign(c, p, params.id);
        });
        return { body: changed };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/campaigns/:id',
      access: 'campaigns:write',
      tag: 'prevention',
      summary: 'Remove a campaign of your organisation with its activities and their files',
      params: idParams,
      response: ok,
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          await changeableCampaign(c, p, params.id);
          if (!(await deleteCampaign(c, params.id, p.orgId))) throw notFound(NO_SUCH_CAMPAIGN);
          await auditCampaign(c, p, ip, 'campaign.delete', 'campaign', params.id);
        });
        return { body: { ok: true } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/campaigns/:id/activities',
      access: 'campaigns:read',
      tag: 'prevention',
      summary: 'The activities of a campaign in date order, with their files (without content)',
      params: idParams,
      response: activityList,
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          await readableCampaign(c, p, params.id);
          return listActivities(c, params.id);
        });
        return { body: { items, total: items.length } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/campaigns/:id/activities',
      access: 'campaigns:write',
      tag: 'prevention',
      summary:
        'Record an activity of a campaign of your organisation: type, date, city (one of the campaign’s), audience, people reached (counted or estimated)',
      params: idParams,
      body: activityRequest,
      response: activityView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const campaign = await changeableCampaign(c, p, params.id);
          const id = randomUUID();
          await insertActivity(c, id, params.id, p.orgId, p.id, placeOf(campaign, body));
          await auditCampaign(c, p, ip, 'campaign.activity-create', 'campaign-activity', id);
          return (await activityById(c, params.id, id))!;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/campaigns/:id/activities/:activityId',
      access: 'campaigns:write',
      tag: 'prevention',
      summary: 'Change an activity (send the version you read: a newer one is refused with 409)',
      params: activityParams,
      body: updateActivityRequest,
      response: activityView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const campaign = await changeableCampaign(c, p, params.id);
          const current = await activityById(c, params.id, params.activityId, true);
          if (!current) throw notFound(NO_SUCH_ACTIVITY);
          const { version, ...change } = body;
          if (current.version !== version)
            throw new HttpError(409, 'stale_version', 'Someone else changed this activity since you opened it. Nothing was saved.', 'version');
          if (!(await updateActivity(c, params.activityId, params.id, p.orgId, version, placeOf(campaign, change))))
            throw new HttpError(409, 'stale_version', 'The activity changed meanwhile.', 'version');
          await auditCampaign(c, p, ip, 'campaign.activity-update', 'campaign-activity', params.activityId);
          return (await activityById(c, params.id, params.activityId))!;
        });
        return { body: changed };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/campaigns/:id/activities/:activityId',
      access: 'campaigns:write',
      tag: 'prevention',
      summary: 'Remove an activity with its files',
      params: activityParams,
      response: ok,
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          await changeableCampaign(c, p, params.id);
          if (!(await deleteActivity(c, params.activityId, params.id, p.orgId))) throw notFound(NO_SUCH_ACTIVITY);
          await auditCampaign(c, p, ip, 'campaign.activity-delete', 'campaign-activity', params.activityId);
        });
        return { body: { ok: true } };
      },
    }),
    ...campaignFilesRoutes(s),
  ];
}
