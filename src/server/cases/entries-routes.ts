import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { withdrawConsentRequest } from '../../core/cases/consent.js';
import { ENTRY_KINDS, type EntryKind, entryFacts } from '../../core/cases/entries.js';
import { entryListAnswer, entryView } from '../../core/cases/view-schemas.js';
import { idParams, uuid } from '../../core/platform/schemas.js';
import { HttpError, StaleVersionError, notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { type RouteDef, route } from '../http/route.js';
import { consentWithdrawn } from '../referrals/consent.js';
import { emailRecipients } from '../referrals/notify.js';
import type { Services } from '../services.js';
import { auditRecord } from './audit.js';
import { getEntry, insertEntry, listAllEntries, listEntries, updateEntry } from './entries-store.js';
import { requireCase, requireReadableCase } from './routes.js';
import { addTimeline } from './store.js';

export const entryParams = z.strictObject({ id: uuid, entryId: uuid });

/** Users and organisations an entry names must exist (tasks' assignees, consents' and services' organisations). */
async function checkReferences(c: pg.PoolClient, orgId: string, data: Record<string, unknown>): Promise<void> {
  if (typeof data.assigneeId === 'string') {
    const { rowCount } = await c.query('SELECT 1 FROM users WHERE org_id = $1 AND id = $2', [orgId, data.assigneeId]);
    if (!rowCount) throw new HttpError(400, 'validation_failed', 'assigneeId: no such user in your organisation.', 'assigneeId');
  }
  for (const field of ['organisationId', 'providerOrganisationId']) {
    const id = data[field];
    if (typeof id !== 'string') continue;
    const { rowCount } = await c.query('SELECT 1 FROM organisations WHERE id = $1', [id]);
    if (!rowCount) throw new HttpError(400, 'validation_failed', `${field}: no such organisation in the network.`, field);
  }
}

/**
 * What a person agreed to is evidence: its purpose, organisation, who gave it, how and when, and
 * until when, cannot be changed afterwards (record a new consent, or withdraw this one). Only the
 * note and the witness's name may be corrected.
 */
const CONSENT_FIXED = ['purpose', 'organisationId', 'givenBy', 'method', 'givenOn', 'expiresOn'] as const;
function checkConsentChange(before: Record<string, unknown>, after: Record<string, unknown>): void {
  const changed = CONSENT_FIXED.find((f) => (before[f] ?? null) !== (after[f] ?? null));
  if (changed) throw new HttpError(409, 'conflict', `${changed}: a recorded consent cannot be changed; record a new one or withdraw this one.`, changed);
}

function entryRoutes(s: Services, k: EntryKind): RouteDef[] {
  const base = `/api/cases/:id/${k.path}`;
  const key = (c: pg.PoolClient, p: Principal) => s.orgKeys.keyFor(c, p.orgId);
  return [
    route({
      method: 'GET',
      url: base,
      access: 'cases:read',
      tag: 'case work',
      summary: `The ${k.kind} entries of a case, newest first`,
      params: idParams,
      response: entryListAnswer,
      recordParam: 'case',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          await requireReadableCase(c, p, params.id);
          const found = await listEntries(c, await key(c, p), p.orgId, params.id, k.kind);
          await auditRecord(c, p, ip, 'case.read-entries', 'case', params.id);
          return found;
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'POST',
      url: base,
      access: 'cases:write',
      tag: 'case work',
      summary: `Add a ${k.kind} to a case`,
      params: idParams,
      body: k.create,
      response: entryView,
      recordParam: 'case',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          await requireCase(s, c, p, params.id, true);
          await checkReferences(c, p.orgId, body);
          const id = randomUUID();
          const k2 = await key(c, p);
          await insertEntry(c, k2, p.orgId, params.id, p.id, k, id, body);
          await addTimeline(c, p.orgId, params.id, p.id, 'entry.added', { kind: k.kind, id }, entryFacts(k, body));
          await auditRecord(c, p, ip, 'case-entry.create', 'case-entry', id);
          return getEntry(c, k2, p.orgId, params.id, k.kind, id);
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PUT',
      url: `${base}/:entryId`,
      access: 'cases:write',
      tag: 'case work',
      summary: `Change a ${k.kind}: the whole entry with the version read; a stale version gets 409 with the current entry`,
      params: entryParams,
      body: k.update,
      response: entryView,
      recordParam: 'case',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const updated = await tx(async (c) => {
          await requireCase(s, c, p, params.id);
          const k2 = await key(c, p);
          const current = await getEntry(c, k2, p.orgId, params.id, k.kind, params.entryId, true);
          if (!current) throw notFound(`No such ${k.kind} on this case.`);
          const { version, ...fields } = body;
          if (current.version !== version) throw new StaleVersionError(current, { action: 'case.read-entries', recordType: 'case-entry', recordId: params.entryId });
          if (k.kind === 'consent') checkConsentChange(current.data, fields);
          // A withdrawal is not undone by editing the consent.
          const data = current.data.withdrawnOn ? { ...fields, withdrawnOn: current.data.withdrawnOn } : fields;
          await checkReferences(c, p.orgId, data);
          if (!(await updateEntry(c, k2, p.orgId, params.entryId, k, version, data))) throw new StaleVersionError(current, { action: 'case.read-entries', recordType: 'case-entry', recordId: params.entryId });
          await addTimeline(c, p.orgId, params.id, p.id, 'entry.changed', { kind: k.kind, id: params.entryId }, entryFacts(k, data));
          await auditRecord(c, p, ip, 'case-entry.update', 'case-entry', params.entryId);
          return getEntry(c, k2, p.orgId, params.id, k.kind, params.entryId);
        });
        return { body: updated };
      },
    }),
  ];
}

export function entriesRoutes(s: Services): RouteDef[] {
  const consent = ENTRY_KINDS[0];
  return [
    route({
      method: 'GET',
      url: '/api/cases/:id/entries',
      access: 'cases:read',
      tag: 'case work',
      summary: 'All the work on a case, every kind at once, newest first (one request and one audit entry for a case page)',
      params: idParams,
      response: entryListAnswer,
      recordParam: 'case',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          await requireReadableCase(c, p, params.id);
          const found = await listAllEntries(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, params.id);
          await auditRecord(c, p, ip, 'case.read-entries', 'case', params.id);
          return found;
        });
        return { body: { items } };
      },
    }),
    ...ENTRY_KINDS.flatMap((k) => entryRoutes(s, k)),
    route({
      method: 'POST',
      url: '/api/cases/:id/consents/:entryId/withdraw',
      access: 'cases:write',
      tag: 'case work',
      summary: 'Record the withdrawal of a consent (it stays on record as evidence of what was agreed and when)',
      params: entryParams,
      body: withdrawConsentRequest,
      response: entryView,
      recordParam: 'case',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const out = await tx(async (c) => {
          await requireCase(s, c, p, params.id);
          const key = await s.orgKeys.keyFor(c, p.orgId);
          const current = await getEntry(c, key, p.orgId, params.id, 'consent', params.entryId, true);
          if (!current) throw notFound('No such consent on this case.');
          if (current.version !== body.version) throw new StaleVersionError(current, { action: 'case.read-entries', recordType: 'case-entry', recordId: params.entryId });
          if (current.data.withdrawnOn) throw new HttpError(409, 'conflict', 'This consent was already withdrawn.', 'withdrawnOn');
          if (typeof current.data.givenOn === 'string' && body.withdrawnOn < current.data.givenOn) {
            throw new HttpError(400, 'validation_failed', 'withdrawnOn: must not be before the consent was given.', 'withdrawnOn');
          }
          await updateEntry(c, key, p.orgId, params.entryId, consent, body.version, { ...current.data, withdrawnOn: body.withdrawnOn });
          await addTimeline(
            c,
            p.orgId,
            params.id,
            p.id,
            'consent.withdrawn',
            { kind: 'consent', id: params.entryId },
            { purpose: current.data.purpose, withdrawnOn: body.withdrawnOn },
          );
          await auditRecord(c, p, ip, 'case-entry.update', 'case-entry', params.entryId);
          // Sharing stops: referrals that relied on this consent lose what they carried.
          const news = await consentWithdrawn(c, s, p, ip, params.entryId);
          return { entry: await getEntry(c, key, p.orgId, params.id, 'consent', params.entryId), news };
        });
        for (const n of out.news) await emailRecipients(s, n.recipients, 'referral.consent-withdrawn', n.reference);
        return { body: out.entry };
      },
    }),
  ];
}
