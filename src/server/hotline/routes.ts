import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { todayUtc } from '../../core/cases/dates.js';
import { createPersonRequest } from '../../core/cases/person.js';
import {
  type ContactView,
  DEFAULT_REASONS,
  contactListItem,
  contactQuery,
  contactView,
  createContactRequest,
  followUpRequest,
  hotlineSettings,
  knownReasons,
  updateContactRequest,
} from '../../core/hotline/contact.js';
import { hotlineStats, statsQuery } from '../../core/hotline/stats.js';
import { can } from '../../core/platform/policy.js';
import { idParams, uuid } from '../../core/platform/schemas.js';
import { viewerOf } from '../cases/access.js';
import { auditRecord } from '../cases/audit.js';
import { readableCase } from '../cases/routes.js';
import { addTimeline, fieldsOfCreate, insertCase } from '../cases/store.js';
import { HttpError, StaleVersionError, notFound } from '../http/errors.js';
import { earlierRecord, idempotencyKey, type IdempotentRequest, rememberRecord, requestDigest } from '../http/idempotency.js';
import type { Principal } from '../http/principal.js';
import { route } from '../http/route.js';
import { fieldsOfRequest, insertPerson } from '../persons/store.js';
import { readablePerson } from '../persons/routes.js';
import type { Services } from '../services.js';
import { readHotlineSettings, writeHotlineSettings } from './settings.js';
import { hotlineStats as computeStats } from './stats.js';
import {
  completeFollowUp,
  contactById,
  type ContactFacts,
  factsOfCreate,
  insertContact,
  insertFollowUps,
  listContacts,
  newContactView,
  updateContact,
} from './store.js';

const contactPage = z.object({ items: z.array(contactListItem), next: z.number().int().nullable() });
const followUpParams = z.strictObject({ id: uuid, followUpId: uuid });
const openCaseRequest = z.strictObject({ person: createPersonRequest });
const openCaseAnswer = z.object({ contact: contactView, personId: uuid, caseId: uuid, caseNumber: z.number().int() });

/** Reasons must be ones the organisation knows; a person or case linked must be one the caller may see. */
async function checkLinks(
  s: Services,
  c: pg.PoolClient,
  p: Principal,
  f: Pick<ContactFacts, 'reasons' | 'personId' | 'caseId'>,
  /** Reasons the contact has already (valid even if the organisation has since removed them). */
  kept: readonly string[] = [],
): Promise<void> {
  // The default reasons are always known: the settings are read only for another one.
  const defaults: readonly string[] = DEFAULT_REASONS;
  const others = f.reasons.some((r) => !defaults.includes(r) && !kept.includes(r));
  const known = new Set([...(others ? knownReasons(await readHotlineSettings(c, p.orgId)) : defaults), ...kept]);
  const stranger = f.reasons.findIndex((r) => !known.has(r));
  if (stranger >= 0) throw new HttpError(400, 'validation_failed', `reasons.${stranger}: not a reason of your organisation.`, `reasons.${stranger}`);
  if (!f.personId && !f.caseId) return;
  const v = await viewerOf(c, p);
  if (f.personId && !(await readablePerson(s, c, v, f.personId)))
    throw new HttpError(400, 'validation_failed', 'personId: no such person, or not one you may see.', 'personId');
  if (f.caseId) {
    const kase = await readableCase(s, c, v, f.caseId);
    if (!kase) throw new HttpError(400, 'validation_failed', 'caseId: no such case, or not one you may see.', 'caseId');
    if (f.personId && kase.personId !== f.personId) throw new HttpError(400, 'validation_failed', 'caseId: a case of another person.', 'caseId');
  }
}

async function checkAssignees(c: pg.PoolClient, orgId: string, ids: readonly (string | null | undefined)[]): Promise<void> {
  const named = ids.map((id, i) => [i, id] as const).filter((x): x is readonly [number, string] => typeof x[1] === 'string');
  if (named.length === 0) return;
  const { rows } = await c.query<{ id: string }>('SELECT id FROM users WHERE org_id = $1 AND id = ANY($2::uuid[])', [orgId, named.map(([, id]) => id)]);
  const known = new Set(rows.map((r) => r.id));
  const bad = named.find(([, id]) => !known.has(id));
  if (bad)
    throw new HttpError(400, 'validation_failed', `followUps.${bad[0]}.assigneeId: no such user in your organisation.`, `followUps.${bad[0]}.assigneeId`);
}

/** Hotline (issue 5): contacts, their follow-ups, the organisation's reasons, and the supervisor view. */
export function hotlineRoutes(s: Services) {
  const load = async (c: pg.PoolClient, p: Principal, id: string, lock = false): Promise<ContactView> => {
    const found = await contactById(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, id, lock);
    if (!found) throw notFound('No such contact.');
    return found;
  };

  return [
    route({
      method: 'POST',
      url: '/api/contacts',
      access: 'contacts:create',
      tag: 'hotline',
      summary:
        'Log a contact: `{ "channel": "phone", "summary": "..." }` is enough for an anonymous one. ' +
        'With an Idempotency-Key header, a repeat of the same request returns the contact it created (status 200).',
      body: createContactRequest,
      response: contactView,
      handler: async ({ body, principal, tx, ip, request }) => {
        const p = principal!;
        const key = idempotencyKey(request);
        const idem: IdempotentRequest | null = key ? { orgId: p.orgId, userId: p.id, key, scope: 'contact', digest: requestDigest('contact', body) } : null;
        let replayed = false;
        const created = await tx(async (c) => {
          const earlier = idem ? await earlierRecord(c, idem) : null;
          if (earlier) {
            replayed = true;
            const view = await load(c, p, earlier);
            await auditRecord(c, p, ip, 'contact.read', 'contact', earlier);
            return view;
          }
          const facts = factsOfCreate(body, new Date());
          await checkLinks(s, c, p, facts);
          await checkAssignees(
            c,
            p.orgId,
            body.followUps.map((f) => f.assigneeId),
          );
          const id = randomUUID();
          const dataKey = await s.orgKeys.keyFor(c, p.orgId);
          const text = { summary: body.summary, advice: body.advice, servicesSuggested: body.servicesSuggested };
          const createdAt = await insertContact(c, dataKey, p.orgId, p.id, id, facts, text);
          const followUps = body.followUps.map((f) => ({ ...f, id: randomUUID() }));
          await insertFollowUps(c, dataKey, p.orgId, id, followUps);
          if (idem) await rememberRecord(c, idem, id);
          await auditRecord(c, p, ip, 'contact.create', 'contact', id);
          return newContactView(id, p.id, facts, text, followUps, createdAt);
        });
        return replayed ? { status: 200, body: created, headers: { 'Idempotent-Replayed': 'true' } } : { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/contacts',
      access: 'contacts:read',
      tag: 'hotline',
      summary: 'Contacts, newest first: search by whole words (`q`) and filter; `next` continues the list (`before`)',
      query: contactQuery,
      response: contactPage,
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        const page = await tx(async (c) => {
          const found = await listContacts(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, query, todayUtc());
          await auditRecord(c, p, ip, 'contact.list', 'contact', null);
          return found;
        });
        return { body: page };
      },
    }),
    route({
      method: 'GET',
      url: '/api/contacts/:id',
      access: 'contacts:read',
      tag: 'hotline',
      summary: 'A contact with its follow-ups (the read is recorded)',
      params: idParams,
      response: contactView,
      recordParam: 'contact',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const found = await tx(async (c) => {
          const view = await load(c, p, params.id);
          await auditRecord(c, p, ip, 'contact.read', 'contact', params.id);
          return view;
        });
        return { body: found };
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/contacts/:id',
      access: 'contacts:write',
      tag: 'hotline',
      summary: 'Change a contact (send the version you read: a newer one is refused with 409 and the contact as it is now)',
      params: idParams,
      body: updateContactRequest,
      response: contactView,
      recordParam: 'contact',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await load(c, p, params.id, true);
          if (current.version !== body.version) throw new StaleVersionError(current, { action: 'contact.read', recordType: 'contact', recordId: params.id });
          const { version, ...change } = body;
          const next = { ...current, ...Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) } as ContactView;
          const facts: ContactFacts = {
            channel: next.channel,
            direction: next.direction,
            startedAt: next.startedAt,
            durationSeconds: next.durationSeconds,
            language: next.language,
            caller: next.caller,
            reasons: next.reasons,
            danger: next.danger,
            emergencySteps: next.emergencySteps,
            personId: next.personId,
            caseId: next.caseId,
          };
          await checkLinks(
            s,
            c,
            p,
            // A changed link is checked as a whole (the person and case must belong together); an unchanged
            // one is not read again (it may have become hidden from the caller).
            next.personId !== current.personId || next.caseId !== current.caseId
              ? { reasons: next.reasons, personId: next.personId, caseId: next.caseId }
              : { reasons: next.reasons, personId: null, caseId: null },
            current.reasons,
          );
          const dataKey = await s.orgKeys.keyFor(c, p.orgId);
          if (!(await updateContact(c, dataKey, p.orgId, params.id, version, facts, next)))
            throw new HttpError(409, 'stale_version', 'The contact changed meanwhile.');
          await auditRecord(c, p, ip, 'contact.update', 'contact', params.id);
          return load(c, p, params.id);
        });
        return { body: changed };
      },
    }),
    route({
      method: 'POST',
      url: '/api/contacts/:id/follow-ups',
      access: 'contacts:write',
      tag: 'hotline',
      summary: 'Add a follow-up to a contact (a date, who does it, a note)',
      params: idParams,
      body: followUpRequest,
      response: contactView,
      recordParam: 'contact',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          await load(c, p, params.id, true);
          await checkAssignees(c, p.orgId, [body.assigneeId]);
          await insertFollowUps(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, params.id, [{ ...body, id: randomUUID() }]);
          await auditRecord(c, p, ip, 'contact.follow-up', 'contact', params.id);
          return load(c, p, params.id);
        });
        return { status: 201, body: changed };
      },
    }),
    route({
      method: 'POST',
      url: '/api/contacts/:id/follow-ups/:followUpId/done',
      access: 'contacts:write',
      tag: 'hotline',
      summary: 'Mark a follow-up done',
      params: followUpParams,
      response: contactView,
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          await load(c, p, params.id, true);
          if (!(await completeFollowUp(c, p.orgId, params.id, params.followUpId, p.id))) throw notFound('No such open follow-up on this contact.');
          await auditRecord(c, p, ip, 'contact.follow-up', 'contact', params.id);
          return load(c, p, params.id);
        });
        return { body: changed };
      },
    }),
    route({
      method: 'POST',
      url: '/api/contacts/:id/open-case',
      access: 'contacts:write',
      tag: 'hotline',
      summary:
        'Record the person a contact is about and open a case for them, in one step; the contact is linked to both. ' +
        'A caller without a case role (a hotline operator) does not become its caseworker: the case goes to their supervisor, or waits for an administrator.',
      params: idParams,
      body: openCaseRequest,
      response: openCaseAnswer,
      recordParam: 'contact',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        if (!can(p, 'persons:write') || !can(p, 'cases:write'))
          throw new HttpError(403, 'forbidden', 'Recording a person and opening a case need both permissions.');
        const answer = await tx(async (c) => {
          const contact = await load(c, p, params.id, true);
          if (contact.personId || contact.caseId) throw new HttpError(409, 'conflict', 'This contact is already linked to a person or a case.');
          const dataKey = await s.orgKeys.keyFor(c, p.orgId);
          const personId = randomUUID();
          await insertPerson(c, dataKey, p.orgId, p.id, personId, body.person.names, fieldsOfRequest(body.person));
          await auditRecord(c, p, ip, 'person.create', 'person', personId);
          const viewer = await viewerOf(c, p);
          // Without a case role the opener would not read the case: it goes to their supervisor (or, with
          // none, waits for an administrator to assign a caseworker).
          const supervisorId = viewer.caseRole
            ? null
            : ((await c.query<{ supervisor_id: string | null }>('SELECT supervisor_id FROM users WHERE org_id = $1 AND id = $2', [p.orgId, p.id])).rows[0]
                ?.supervisor_id ?? null);
          const fields = { ...fieldsOfCreate({}, p.id), ...(viewer.caseRole ? {} : { caseworkerId: supervisorId }) };
          const caseId = randomUUID();
          const caseNumber = await insertCase(c, dataKey, p.orgId, p.id, caseId, personId, todayUtc(), fields);
          await addTimeline(c, p.orgId, caseId, p.id, 'opened', null, { number: caseNumber });
          await auditRecord(c, p, ip, 'case.create', 'case', caseId);
          const facts: ContactFacts = { ...contact, personId, caseId };
          if (!(await updateContact(c, dataKey, p.orgId, contact.id, contact.version, facts, contact)))
            throw new HttpError(409, 'stale_version', 'The contact changed meanwhile.');
          await auditRecord(c, p, ip, 'contact.open-case', 'contact', contact.id);
          return { contact: await load(c, p, contact.id), personId, caseId, caseNumber };
        });
        return { status: 201, body: answer };
      },
    }),
    route({
      method: 'GET',
      url: '/api/hotline/settings',
      access: 'contacts:read',
      tag: 'hotline',
      summary: "The organisation's own reasons for contact, and the default reasons it does not use",
      response: hotlineSettings,
      handler: async ({ principal, tx }) => {
        const p = principal!;
        return { body: await tx((c) => readHotlineSettings(c, p.orgId)) };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/hotline/settings',
      access: 'hotline:settings',
      tag: 'hotline',
      summary: "Set the organisation's own reasons and hide default ones (contacts keep the reasons they were logged with)",
      body: hotlineSettings,
      response: hotlineSettings,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const saved = await tx(async (c) => {
          await writeHotlineSettings(c, p.orgId, body);
          await auditRecord(c, p, ip, 'hotline.settings', 'hotline', null);
          return readHotlineSettings(c, p.orgId);
        });
        return { body: saved };
      },
    }),
    route({
      method: 'GET',
      url: '/api/hotline/stats',
      access: 'hotline:stats',
      tag: 'hotline',
      summary:
        'The supervisor view for a period: contacts per day, channel, reason and operator, handling time, open and overdue follow-ups, the outreach funnel',
      query: statsQuery,
      response: hotlineStats,
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        if (query.from > query.to) throw new HttpError(400, 'validation_failed', 'to: on or after from.', 'to');
        const days = (Date.parse(query.to) - Date.parse(query.from)) / 86_400_000;
        if (days > 400) throw new HttpError(400, 'validation_failed', 'to: at most 400 days after from.', 'to');
        const stats = await tx(async (c) => {
          const found = await computeStats(c, p.orgId, query.from, query.to, todayUtc());
          await auditRecord(c, p, ip, 'hotline.stats', 'hotline', null);
          return found;
        });
        return { body: stats };
      },
    }),
  ];
}
