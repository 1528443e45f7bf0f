import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { todayUtc } from '../../core/cases/dates.js';
import { createEncounterRequest, encounterQuery, encounterView, outreachPersonView, stageRequest, zoneRequest, zoneView } from '../../core/outreach/encounter.js';
import { idParams } from '../../core/platform/schemas.js';
import { viewerOf } from '../cases/access.js';
import { auditRecord } from '../cases/audit.js';
import { readableCase } from '../cases/routes.js';
import { HttpError, notFound } from '../http/errors.js';
import { earlierRecord, idempotencyKey, type IdempotentRequest, rememberRecord, requestDigest } from '../http/idempotency.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';
import { addZone, encounterById, insertEncounter, listEncounters, listOutreachPeople, listZones, outreachPerson, setStage } from './store.js';

const peopleQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/** Outreach (issue 5): zones, encounters, and the people met moving through the funnel. */
export function outreachRoutes(s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/outreach/zones',
      access: 'encounters:read',
      tag: 'outreach',
      summary: "The organisation's outreach zones (named areas: never addresses or coordinates)",
      response: z.object({ items: z.array(zoneView) }),
      handler: async ({ principal, tx }) => {
        const p = principal!;
        return { body: { items: await tx((c) => listZones(c, p.orgId)) } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/outreach/zones',
      access: 'outreach:write',
      tag: 'outreach',
      summary: 'Add an outreach zone',
      body: zoneRequest,
      response: zoneView,
      handler: async ({ body, principal, tx }) => {
        const p = principal!;
        return { status: 201, body: await tx((c) => addZone(c, p.orgId, body.name)) };
      },
    }),
    route({
      method: 'POST',
      url: '/api/encounters',
      access: 'encounters:create',
      tag: 'outreach',
      summary:
        'Record an outreach encounter: area, team, people met (pseudonymous), indicators observed, materials and invitations. ' +
        'With an Idempotency-Key header, a repeat of the same request returns the encounter it created and creates nothing (status 200).',
      body: createEncounterRequest,
      response: encounterView,
      handler: async ({ body, principal, tx, ip, request }) => {
        const p = principal!;
        const key = idempotencyKey(request);
        const idem: IdempotentRequest | null = key ? { orgId: p.orgId, userId: p.id, key, scope: 'encounter', digest: requestDigest('encounter', body) } : null;
        const occurredAt = body.occurredAt ? new Date(body.occurredAt) : new Date();
        if (occurredAt.getTime() > Date.now() + 5 * 60_000) throw new HttpError(400, 'validation_failed', 'occurredAt: in the future.', 'occurredAt');
        let replayed = false;
        const created = await tx(async (c) => {
          const dataKey = await s.orgKeys.keyFor(c, p.orgId);
          const earlier = idem ? await earlierRecord(c, idem) : null;
          if (earlier) {
            replayed = true;
            const view = await encounterById(c, dataKey, p.orgId, earlier);
            if (!view) throw notFound('The encounter this key created no longer exists.');
            await auditRecord(c, p, ip, 'encounter.read', 'encounter', earlier);
            return view;
          }
          const id = randomUUID();
          await insertEncounter(c, dataKey, p.orgId, p.id, id, body, occurredAt);
          if (idem) await rememberRecord(c, idem, id);
          await auditRecord(c, p, ip, 'encounter.create', 'encounter', id);
          return (await encounterById(c, dataKey, p.orgId, id))!;
        });
        return replayed ? { status: 200, body: created, headers: { 'Idempotent-Replayed': 'true' } } : { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/encounters',
      access: 'encounters:read',
      tag: 'outreach',
      summary: 'Encounters, newest first, by period, zone and team',
      query: encounterQuery,
      response: z.object({ items: z.array(encounterView) }),
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          const found = await listEncounters(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, query);
          await auditRecord(c, p, ip, 'encounter.list', 'encounter', null);
          return found;
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/encounters/:id',
      access: 'encounters:read',
      tag: 'outreach',
      summary: 'An encounter (the read is recorded)',
      params: idParams,
      response: encounterView,
      recordParam: 'encounter',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const found = await tx(async (c) => {
          const view = await encounterById(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, params.id);
          if (!view) throw notFound('No such encounter.');
          await auditRecord(c, p, ip, 'encounter.read', 'encounter', params.id);
          return view;
        });
        return { body: found };
      },
    }),
    route({
      method: 'GET',
      url: '/api/outreach/people',
      access: 'encounters:read',
      tag: 'outreach',
      summary: 'The people met, most recently changed first, with the dates of their funnel stages',
      query: peopleQuery,
      response: z.object({ items: z.array(outreachPersonView) }),
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          const found = await listOutreachPeople(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, query.limit);
          await auditRecord(c, p, ip, 'outreach-person.list', 'outreach-person', null);
          return found;
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/outreach/people/:id/stage',
      access: 'outreach:write',
      tag: 'outreach',
      summary: 'A person met reached a stage: engaged, visited the centre, or case opened (with the case); the first date counts',
      params: idParams,
      body: stageRequest,
      response: outreachPersonView,
      recordParam: 'outreach-person',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const on = body.at ?? todayUtc();
        if (on > todayUtc()) throw new HttpError(400, 'validation_failed', 'at: in the future.', 'at');
        const updated = await tx(async (c) => {
          if (body.caseId && !(await readableCase(s, c, await viewerOf(c, p), body.caseId)))
            throw new HttpError(400, 'validation_failed', 'caseId: no such case, or not one you may see.', 'caseId');
          if (!(await setStage(c, p.orgId, params.id, body.stage, on, body.caseId ?? null))) throw notFound('No such person met.');
          await auditRecord(c, p, ip, 'outreach-person.stage', 'outreach-person', params.id);
          return (await outreachPerson(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, params.id))!;
        });
        return { body: updated };
      },
    }),
  ];
}
