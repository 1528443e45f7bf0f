import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { canTransition, caseQuery, createCaseRequest, isClosed, isReopening, updateCaseRequest } from '../../core/cases/case.js';
import { todayUtc } from '../../core/cases/dates.js';
import { caseListAnswer, caseOpenedElsewhere, caseView, timelineAnswer } from '../../core/cases/view-schemas.js';
import type { CaseView } from '../../core/cases/views.js';
import { idParams } from '../../core/platform/schemas.js';
import { HttpError, StaleVersionError, notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { route } from '../http/route.js';
import { readablePerson } from '../persons/routes.js';
import type { Services } from '../services.js';
import { Params, type Viewer, caseReadableSql, caseVisibleSql, viewerOf } from './access.js';
import { auditRecord } from './audit.js';
import { prepared } from '../db/prepared.js';
import {
  type CaseFields,
  DEFAULT_REMINDER_DAYS,
  addTimeline,
  fieldsOfCreate,
  fieldsOfView,
  insertCase,
  listCases,
  readableCaseRow,
  reminderDays,
  setStatus,
  timelineOf,
  toCaseView,
  updateCase,
} from './store.js';

const NO_SUCH_CASE = 'No such case, or not one you may see.';

/** Fields an administrator may change on a restricted case they cannot read: who works on it and who may read it. */
const ASSIGNMENT_FIELDS = new Set(['caseworkerId', 'teamIds', 'restrictedTo', 'version']);

/** The users named on a case must be users of the organisation. */
async function checkUsers(c: pg.PoolClient, orgId: string, f: Pick<CaseFields, 'caseworkerId' | 'teamIds' | 'restrictedTo'>): Promise<void> {
  const named: [string, string][] = [];
  if (f.caseworkerId) named.push(['caseworkerId', f.caseworkerId]);
  for (const id of f.teamIds) named.push(['teamIds', id]);
  for (const id of f.restrictedTo ?? []) named.push(['restrictedTo', id]);
  if (named.length === 0) return;
  const { rows } = await c.query<{ id: string }>('SELECT id FROM users WHERE org_id = $1 AND id = ANY($2::uuid[])', [orgId, named.map(([, id]) => id)]);
  const known = new Set(rows.map((r) => r.id));
  const bad = named.find(([, id]) => !known.has(id));
  if (bad) throw new HttpError(400, 'validation_failed', `${bad[0]}: no such user in your organisation.`, bad[0]);
}

/** A case the viewer may read, as the API returns it. */
export async function readableCase(s: Services, c: pg.PoolClient, v: Viewer, id: string, lock = false): Promise<CaseView | undefined> {
  const row = await readableCaseRow(c, v, id, lock);
  if (!row) return undefined;
  return toCaseView(await s.orgKeys.keyFor(c, v.orgId), row, row.reminder_days_before ?? DEFAULT_REMINDER_DAYS);
}

/** 404 unless the caller may read the case: one query, for routes that need only the permission. */
export async function requireReadableCase(c: pg.PoolClient, p: Principal, id: string): Promise<Viewer> {
  const v = await viewerOf(c, p);
  const params = new Params();
  const readable = caseReadableSql('c', v, params);
  const { rowCount } = await c.query(prepared(`SELECT 1 FROM cases c WHERE c.org_id = ${params.add(v.orgId)} AND c.id = ${params.add(id)} AND ${readable}`, params.values));
  if (!rowCount) throw notFound(NO_SUCH_CASE);
  return v;
}

/** The case, or 404: for the sub-resource routes. */
export async function requireCase(s: Services, c: pg.PoolClient, p: Principal, id: string, lock = false): Promise<{ v: Viewer; kase: CaseView }> {
  const v = await viewerOf(c, p);
  const kase = await readableCase(s, c, v, id, lock);
  if (!kase) throw notFound(NO_SUCH_CASE);
  return { v, kase };
}

async function visibleOnly(
  c: pg.PoolClient,
  v: Viewer,
  id: string,
): Promise<{ version: number; caseworker_id: string | null; team_ids: string[]; restricted_to: string[] | null } | undefined> {
  const params = new Params();
  const visible = caseVisibleSql('c', v, params);
  const { rows } = await c.query(
    `SELECT c.version, c.caseworker_id, c.team_ids, c.restricted_to FROM cases c WHERE c.org_id = ${params.add(v.orgId)} AND c.id = ${params.add(id)} AND ${visible} FOR UPDATE`,
    params.values,
  );
  return rows[0];
}

export function casesRoutes(s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/cases',
      access: 'cases:read',
      tag: 'cases',
      summary: 'The cases you may see, most recently changed first (administrators also see that restricted cases exist)',
      query: caseQuery,
      response: caseListAnswer,
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          const found = await listCases(c, await viewerOf(c, p), query);
          await auditRecord(c, p, ip, 'case.list', 'case', null);
          return found;
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/cases',
      access: 'cases:write',
      tag: 'cases',
      summary: 'Open a case for a person (you are its caseworker unless you name another)',
      body: createCaseRequest,
      response: z.union([caseView, caseOpenedElsewhere]),
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const v = await viewerOf(c, p);
          if (!(await readablePerson(s, c, v, body.personId)))
            throw new HttpError(400, 'validation_failed', 'personId: no such person, or not one you may see.', 'personId');
          const { personId, ...rest } = body;
          const fields = fieldsOfCreate(rest, p.id);
          await checkUsers(c, p.orgId, fields);
          const id = randomUUID();
          const number = await insertCase(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, p.id, id, personId, todayUtc(), fields);
          await addTimeline(c, p.orgId, id, p.id, 'opened', null, { number });
          await auditRecord(c, p, ip, 'case.create', 'case', id);
          const row = await readableCaseRow(c, v, id);
          // The opener may have restricted the case to others: answer with what they may know.
          return row ? toCaseView(await s.orgKeys.keyFor(c, p.orgId), row, await reminderDays(c, p.orgId)) : { id, number };
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/cases/:id',
      access: 'cases:read',
      tag: 'cases',
      summary: 'A case (the read is recorded)',
      params: idParams,
      response: caseView,
      recordParam: 'case',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const kase = await tx(async (c) => {
          const { kase: found } = await requireCase(s, c, p, params.id);
          await auditRecord(c, p, ip, 'case.read', 'case', params.id);
          return found;
        });
        return { body: kase };
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/cases/:id',
      access: 'cases:write',
      tag: 'cases',
      summary:
        'Change a case, its status (closing needs a closure; a closed case reopens as active) or who works on it; a stale version gets 409 with the current record',
      params: idParams,
      body: updateCaseRequest,
      response: z.union([caseView, z.object({ id: z.uuid() })]),
      recordParam: 'case',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const out = await tx(async (c) => {
          const v = await viewerOf(c, p);
          const current = await readableCase(s, c, v, params.id, true);
          if (!current) return assignOnly(c, v, p, params.id, body, ip);
          if (current.version !== body.version) throw new StaleVersionError(current, { action: 'case.read', recordType: 'case', recordId: params.id });
          const { version, status, closure, ...change } = body;
          const merged: Record<string, unknown> = { ...fieldsOfView(current) };
          for (const [k, value] of Object.entries(change)) if (value !== undefined) merged[k] = value;
          const fields = merged as unknown as CaseFields;
          await checkUsers(c, p.orgId, fields);
          if (!(await updateCase(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, params.id, version, fields))) throw new StaleVersionError(current, { action: 'case.read', recordType: 'case', recordId: params.id });
          const changed = Object.keys(change).filter((k) => (change as Record<string, unknown>)[k] !== undefined);
          if (changed.length) await addTimeline(c, p.orgId, params.id, p.id, 'updated', null, { fields: changed });
          if (status && status !== current.status) {
            if (!canTransition(current.status, status)) {
              throw new HttpError(409, 'conflict', `A case cannot go from ${current.status} to ${status}.`, 'status');
            }
            const referredTo = closure?.referredToOrganisationId;
            if (referredTo && !(await c.query('SELECT 1 FROM organisations WHERE id = $1', [referredTo])).rowCount) {
              throw new HttpError(400, 'validation_failed', 'closure.referredToOrganisationId: no such organisation in the network.', 'closure.referredToOrganisationId');
            }
            const key = await s.orgKeys.keyFor(c, p.orgId);
            await setStatus(c, key, p.orgId, params.id, status, isClosed(status) ? (closure ?? null) : null);
            const event = isReopening(current.status, status) ? 'reopened' : isClosed(status) ? 'closed' : 'status-changed';
            await addTimeline(c, p.orgId, params.id, p.id, event, null, { from: current.status, to: status, ...(closure ? { reason: closure.reason } : {}) });
          }
          await auditRecord(c, p, ip, 'case.update', 'case', params.id);
          return readableCase(s, c, v, params.id);
        });
        if (!out) return { body: { id: params.id } };
        return { body: out };
      },
    }),
    route({
      method: 'GET',
      url: '/api/cases/:id/timeline',
      access: 'cases:read',
      tag: 'cases',
      summary: 'Everything that happened on a case, newest first',
      params: idParams,
      response: timelineAnswer,
      recordParam: 'case',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          await requireReadableCase(c, p, params.id);
          const found = await timelineOf(c, p.orgId, params.id);
          // Last: the audit chain is locked from here until the transaction ends.
          await auditRecord(c, p, ip, 'case.read-timeline', 'case', params.id);
          return found;
        });
        return { body: { items } };
      },
    }),
  ];

  /**
   * An administrator changing who works on, or may read, a restricted case they cannot read
   * themselves (src/core/cases/visibility.ts). Anything else on such a case is refused as not found.
   */
  async function assignOnly(c: pg.PoolClient, v: Viewer, p: Principal, id: string, body: Record<string, unknown>, ip: string) {
    const row = v.admin ? await visibleOnly(c, v, id) : undefined;
    const asked = Object.keys(body).filter((k) => body[k] !== undefined);
    if (!row || asked.some((k) => !ASSIGNMENT_FIELDS.has(k))) throw notFound(NO_SUCH_CASE);
    if (row.version !== body.version)
      throw new HttpError(409, 'stale_version', 'Someone else changed this case since you opened it. Nothing was saved.', 'version');
    const f = {
      caseworkerId: (body.caseworkerId as string | undefined) ?? row.caseworker_id,
      teamIds: (body.teamIds as string[] | undefined) ?? row.team_ids,
      restrictedTo: body.restrictedTo === undefined ? row.restricted_to : (body.restrictedTo as string[] | null),
    };
    await checkUsers(c, p.orgId, f);
    await c.query(
      'UPDATE cases SET caseworker_id = $3, team_ids = $4, restricted_to = $5, version = version + 1, updated_at = now() WHERE org_id = $1 AND id = $2',
      [p.orgId, id, f.caseworkerId, f.teamIds, f.restrictedTo],
    );
    await addTimeline(c, p.orgId, id, p.id, 'updated', null, { fields: asked.filter((k) => k !== 'version') });
    await auditRecord(c, p, ip, 'case.assign', 'case', id);
    return readableCase(s, c, v, id);
  }
}
