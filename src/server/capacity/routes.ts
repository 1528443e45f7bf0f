import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import {
  assessmentList,
  assessmentQuery,
  assessmentRequest,
  assessmentView,
  type ExchangeView,
  exchangeList,
  exchangeQuery,
  exchangeRequest,
  exchangeView,
  matchList,
  matchQuery,
  offerList,
  offerQuery,
  offerRequest,
  offerView,
  statusChangeAllowed,
  updateExchangeRequest,
  updateOfferRequest,
} from '../../core/capacity/capacity.js';
import { matchNeeds, type OrgProfile } from '../../core/capacity/matching.js';
import { can } from '../../core/platform/policy.js';
import { idParams } from '../../core/platform/schemas.js';
import { appendAudit } from '../audit/store.js';
import { forbidden, HttpError, notFound, StaleVersionError } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { type RouteDef, route } from '../http/route.js';
import type { Services } from '../services.js';
import {
  assessmentById,
  assessmentHistory,
  deleteOffer,
  exchangeById,
  insertAssessment,
  insertExchange,
  insertExchangeNote,
  insertOffer,
  latestAssessments,
  listExchanges,
  listOffers,
  offerById,
  offerHasExchanges,
  organisationOf,
  profileOf,
  updateExchange,
  updateOffer,
} from './store.js';

/**
 * Peer-to-peer exchange (issue 9). Every member reads every member's self-assessments, offers,
 * matches and exchanges (`capacity:read`, network-wide; they describe organisations, not people,
 * so reads are not audited). Each organisation's writers (`capacity:write`) add its assessments and
 * change its offers; an exchange is changed by either of its two parties (the policy's `can`
 * refuses other organisations' records, so participation is checked here, and row-level security
 * holds the same line). Every change is audited in its own transaction.
 */

const ok = z.strictObject({ ok: z.literal(true) });
const NO_SUCH_OFFER = 'No such offer.';
const NO_SUCH_EXCHANGE = 'No such exchange.';

export function auditCapacity(c: pg.PoolClient, p: Principal, ip: string, action: string, recordType: string, recordId: string): Promise<number> {
  return appendAudit(c, { orgId: p.orgId, actorId: p.id, actorEmail: p.email, action, recordType, recordId, ip, outcome: 'success' });
}

/** May the caller change records of this organisation? */
const editableBy = (p: Principal) => (orgId: string) => orgId === p.orgId && can(p, 'capacity:write', { orgId });

async function changeableOffer(c: pg.PoolClient, p: Principal, id: string) {
  // Read first: a locked read sees only the rows the caller may change (row-level security), which would make a 403 a 404.
  const seen = await offerById(c, id, editableBy(p));
  if (!seen) throw notFound(NO_SUCH_OFFER);
  if (!seen.editable) throw forbidden();
  const found = await offerById(c, id, editableBy(p), true);
  if (!found) throw notFound(NO_SUCH_OFFER);
  return found;
}

/** The latest self-assessment of every member, as matching sees them. */
async function profiles(c: pg.PoolClient): Promise<Map<string, OrgProfile>> {
  return new Map((await latestAssessments(c)).map((a) => [a.orgId, profileOf(a)]));
}

export function capacityRoutes(_s: Services): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/capacity/assessments',
      access: 'capacity:read',
      tag: 'capacity',
      summary: 'Capacity self-assessments: the latest of each member (optionally of one country), or with `orgId` one organisation’s history, the newest first',
      query: assessmentQuery,
      response: assessmentList,
      handler: async ({ query, tx }) => {
        const items = await tx((c) => (query.orgId ? assessmentHistory(c, query.orgId) : latestAssessments(c, query.country)));
        return { body: { items: query.orgId && query.country ? items.filter((a) => a.orgCountry === query.country) : items } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/capacity/assessments',
      access: 'capacity:write',
      tag: 'capacity',
      summary:
        'Submit your organisation’s self-assessment: areas rated 1 (needs support to start) to 4 (strong enough to teach others) with a note, ' +
        'priorities, working languages. Each submission is kept (dated): the latest counts',
      body: assessmentRequest,
      response: assessmentView,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const id = randomUUID();
          await insertAssessment(c, id, p.orgId, p.id, body);
          await auditCapacity(c, p, ip, 'capacity.assessment-create', 'capacity-assessment', id);
          return (await assessmentById(c, id))!;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/capacity/offers',
      access: 'capacity:read',
      tag: 'capacity',
      summary: 'What members offer to others (study visits, trainings, mentoring, materials, secondments), by organisation, area and status',
      query: offerQuery,
      response: offerList,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        return { body: { items: await tx((c) => listOffers(c, query, editableBy(p))) } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/capacity/offers',
      access: 'capacity:write',
      tag: 'capacity',
      summary: 'Offer something your organisation can teach: area, kind, description, languages, how many a year',
      body: offerRequest,
      response: offerView,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const id = randomUUID();
          await insertOffer(c, id, p.orgId, p.id, body);
          await auditCapacity(c, p, ip, 'capacity.offer-create', 'capacity-offer', id);
          return (await offerById(c, id, editableBy(p)))!;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/capacity/offers/:id',
      access: 'capacity:write',
      tag: 'capacity',
      summary: 'Change an offer of your organisation (close it with `status: closed`); send the version you read: a newer one is refused with 409',
      params: idParams,
      body: updateOfferRequest,
      response: offerView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await changeableOffer(c, p, params.id);
          const { version, ...change } = body;
          if (current.version !== version)
            throw new StaleVersionError(current, { action: 'capacity.offer-read', recordType: 'capacity-offer', recordId: params.id });
          if (!(await updateOffer(c, params.id, p.orgId, version, change)))
            throw new HttpError(409, 'stale_version', 'The offer changed meanwhile.', 'version');
          await auditCapacity(c, p, ip, 'capacity.offer-update', 'capacity-offer', params.id);
          return (await offerById(c, params.id, editableBy(p)))!;
        });
        return { body: changed };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/capacity/offers/:id',
      access: 'capacity:write',
      tag: 'capacity',
      summary: 'Remove an offer of your organisation; one that led to exchanges is kept with them (409): close it instead',
      params: idParams,
      response: ok,
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          await changeableOffer(c, p, params.id);
          if (await offerHasExchanges(c, params.id))
            throw new HttpError(409, 'conflict', 'This offer led to exchanges and is kept with them: close it instead.', 'status');
          if (!(await deleteOffer(c, params.id, p.orgId))) throw notFound(NO_SUCH_OFFER);
          await auditCapacity(c, p, ip, 'capacity.offer-delete', 'capacity-offer', params.id);
        });
        return { body: { ok: true } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/capacity/matches',
      access: 'capacity:read',
      tag: 'capacity',
      summary:
        'Needs matched with offers, best first, each with its reasons (the rating gap, a priority, a shared language, the same country or region): ' +
        '`side=needs` (default) the needs of `orgId` (yours by default) with other members’ offers; `side=offers` its offers with other members’ needs',
      query: matchQuery,
      response: matchList,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        const orgId = query.orgId ?? p.orgId;
        const items = await tx(async (c) => {
          const all = await profiles(c);
          const offers = await listOffers(c, { status: 'active', ...(query.side === 'offers' ? { orgId } : {}) }, editableBy(p));
          const needers = query.side === 'offers' ? [...all.values()].filter((x) => x.orgId !== orgId) : [all.get(orgId)].filter((x) => x !== undefined);
          return matchNeeds(needers, offers, all, query.area).slice(0, 200);
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/capacity/exchanges',
      access: 'capacity:read',
      tag: 'capacity',
      summary: 'Exchanges, the newest first: your organisation’s (either side), another organisation’s (`orgId`), or the whole network’s (`scope=network`)',
      query: exchangeQuery,
      response: exchangeList,
      handler: async ({ query, principal, tx }) => {
        const p = principal!;
        const orgId = query.orgId ?? (query.scope === 'network' ? null : p.orgId);
        return { body: { items: await tx((c) => listExchanges(c, p.orgId, orgId, query.status)) } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/capacity/exchanges',
      access: 'capacity:write',
      tag: 'capacity',
      summary:
        'Propose an exchange between your organisation and another (as provider or receiver), from a match (`offerId`) or by hand; ' +
        'the other party agrees to it',
      body: exchangeRequest,
      response: exchangeView,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          if (p.orgId !== body.providerOrgId && p.orgId !== body.receiverOrgId)
            throw new HttpError(403, 'forbidden', 'receiverOrgId: your organisation must be one of the two parties.', 'receiverOrgId');
          const otherField = p.orgId === body.providerOrgId ? 'receiverOrgId' : 'providerOrgId';
          if (!(await organisationOf(c, p.orgId === body.providerOrgId ? body.receiverOrgId : body.providerOrgId)))
            throw new HttpError(400, 'validation_failed', `${otherField}: no such organisation in the network.`, otherField);
          if (body.offerId) {
            const offer = await offerById(c, body.offerId, editableBy(p));
            if (!offer) throw new HttpError(400, 'validation_failed', 'offerId: no such offer.', 'offerId');
            if (offer.status !== 'active') throw new HttpError(400, 'validation_failed', 'offerId: the offer is closed.', 'offerId');
            if (offer.orgId !== body.providerOrgId)
              throw new HttpError(400, 'validation_failed', 'providerOrgId: must be the organisation of the offer.', 'providerOrgId');
            if (offer.area !== body.area) throw new HttpError(400, 'validation_failed', `area: the offer is in ${offer.area}.`, 'area');
          }
          const receiver = (await latestAssessments(c)).find((a) => a.orgId === body.receiverOrgId);
          const before = receiver?.ratings.find((r) => r.area === body.area)?.rating ?? null;
          const id = randomUUID();
          await insertExchange(c, id, p.orgId, p.id, body, before).catch((err: { code?: string }) => {
            // The offer was removed by its organisation while this request ran (its row is locked until then).
            if (err.code === '23503' && body.offerId) throw new HttpError(400, 'validation_failed', 'offerId: no such offer.', 'offerId');
            throw err;
          });
          await auditCapacity(c, p, ip, 'exchange.create', 'capacity-exchange', id);
          return (await exchangeById(c, id, p.orgId))!;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/capacity/exchanges/:id',
      access: 'capacity:read',
      tag: 'capacity',
      summary: 'An exchange with its follow-up notes',
      params: idParams,
      response: exchangeView,
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        const found = await tx((c) => exchangeById(c, params.id, p.orgId));
        if (!found) throw notFound(NO_SUCH_EXCHANGE);
        return { body: found };
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/capacity/exchanges/:id',
      access: 'capacity:write',
      tag: 'capacity',
      summary:
        'Change an exchange your organisation is a party to: its status (the other party agrees to a proposal), dates, participants, ' +
        'a dated follow-up note; the receiving organisation gives the outcome rating and its rating afterwards. Send the version you read',
      params: idParams,
      body: updateExchangeRequest,
      response: exchangeView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const seen = await exchangeById(c, params.id, p.orgId);
          if (!seen) throw notFound(NO_SUCH_EXCHANGE);
          if (!seen.party) throw forbidden();
          const current = await exchangeById(c, params.id, p.orgId, true);
          if (!current) throw notFound(NO_SUCH_EXCHANGE);
          if (current.version !== body.version)
            throw new StaleVersionError(current, { action: 'exchange.read', recordType: 'capacity-exchange', recordId: params.id });
          const receiver = p.orgId === current.receiverOrgId;
          for (const field of ['outcomeRating', 'ratingAfter'] as const) {
            if (body[field] !== undefined && body[field] !== current[field] && !receiver)
              throw new HttpError(403, 'forbidden', `${field}: the receiving organisation gives it.`, field);
          }
          const status = body.status ?? current.status;
          if (!statusChangeAllowed(current.status, status, current.proposedByOrgId === p.orgId)) {
            const why = current.status === 'proposed' && status === 'agreed' ? 'the other organisation agrees to your proposal' : `not from ${current.status}`;
            throw new HttpError(409, 'conflict', `status: ${status}: ${why}.`, 'status');
          }
          const pick = <K extends keyof ExchangeView & keyof typeof body>(k: K) => (body[k] === undefined ? current[k] : body[k]);
          const next = {
            status,
            description: body.description ?? current.description,
            startsOn: pick('startsOn') as string | null,
            endsOn: pick('endsOn') as string | null,
            participants: pick('participants') as number | null,
            outcomeRating: pick('outcomeRating') as number | null,
            ratingAfter: pick('ratingAfter') as number | null,
          };
          if (next.startsOn && next.endsOn && next.endsOn < next.startsOn)
            throw new HttpError(400, 'validation_failed', 'endsOn: must not be before startsOn', 'endsOn');
          if (!(await updateExchange(c, params.id, body.version, next)))
            throw new HttpError(409, 'stale_version', 'The exchange changed meanwhile.', 'version');
          if (body.note) await insertExchangeNote(c, randomUUID(), params.id, p.orgId, p.id, body.note.on, body.note.text);
          await auditCapacity(c, p, ip, status !== current.status ? `exchange.${status}` : 'exchange.update', 'capacity-exchange', params.id);
          return (await exchangeById(c, params.id, p.orgId))!;
        });
        return { body: changed };
      },
    }),
  ];
}
