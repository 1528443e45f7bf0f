import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { createPersonRequest, duplicateCheckRequest, person, personQuery, updatePersonRequest } from '../../core/cases/person.js';
import { duplicateCheckAnswer, eraseAnswer, personSearchAnswer, personView } from '../../core/cases/view-schemas.js';
import type { PersonView } from '../../core/cases/views.js';
import { idParams } from '../../core/platform/schemas.js';
import { Params, type Viewer, caseReadableSql, viewerOf } from '../cases/access.js';
import { auditRecord } from '../cases/audit.js';
import { HttpError, StaleVersionError, notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';
import { findDuplicates, searchPersons } from './search.js';
import { casesOf, deletePerson, fieldsOfRequest, fieldsOfView, insertPerson, namesOf, readablePersonRow, toPersonView, updatePerson } from './store.js';

const NO_SUCH_PERSON = 'No such person, or not one you may see.';

/** The person, if the viewer may read them; undefined otherwise (answered as 404 either way). */
export async function readablePerson(s: Services, c: pg.PoolClient, v: Viewer, id: string, lock = false): Promise<PersonView | undefined> {
  const row = await readablePersonRow(c, v, id, lock);
  if (!row) return undefined;
  const key = await s.orgKeys.keyFor(c, v.orgId);
  const names = (await namesOf(c, v.orgId, [id])).get(id) ?? [];
  const cases = (await casesOf(c, v, new Params(), [id])).get(id) ?? [];
  return toPersonView(key, row, names, cases);
}

export function personsRoutes(s: Services) {
  const load = async (c: pg.PoolClient, p: Principal, id: string, lock = false) => {
    const v = await viewerOf(c, p);
    const found = await readablePerson(s, c, v, id, lock);
    if (!found) throw notFound(NO_SUCH_PERSON);
    return { v, person: found };
  };

  return [
    route({
      method: 'GET',
      url: '/api/persons',
      access: 'persons:read',
      tag: 'persons',
      summary: 'Find persons by name in any script or transliteration (best match first), birth date, citizenship, case status or caseworker',
      query: personQuery,
      response: personSearchAnswer,
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          const found = await searchPersons(c, await viewerOf(c, p), query);
          // The search itself is recorded (not its text: it is a name); each person opened is recorded again.
          await auditRecord(c, p, ip, 'person.search', 'person', null);
          return found;
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/persons/duplicates',
      access: 'persons:write',
      tag: 'persons',
      summary: 'Likely duplicates in your organisation of a person about to be created',
      body: duplicateCheckRequest,
      response: duplicateCheckAnswer,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const out = await tx(async (c) => {
          const found = await findDuplicates(c, await viewerOf(c, p), body.names, body.birthDate ?? null, body.exceptId);
          await auditRecord(c, p, ip, 'person.duplicate-check', 'person', null);
          return found;
        });
        return { body: out };
      },
    }),
    route({
      method: 'POST',
      url: '/api/persons',
      access: 'persons:write',
      tag: 'persons',
      summary: 'Record a person (check for duplicates first with POST /api/persons/duplicates)',
      body: createPersonRequest,
      response: personView,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const id = randomUUID();
          const key = await s.orgKeys.keyFor(c, p.orgId);
          await insertPerson(c, key, p.orgId, p.id, id, body.names, fieldsOfRequest(body));
          const { person: view } = await load(c, p, id);
          await auditRecord(c, p, ip, 'person.create', 'person', id);
          return view;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/persons/:id',
      access: 'persons:read',
      tag: 'persons',
      summary: 'A person, with the cases of theirs you may see (the read is recorded)',
      params: idParams,
      response: personView,
      recordParam: 'person',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const view = await tx(async (c) => {
          const { person: found } = await load(c, p, params.id);
          await auditRecord(c, p, ip, 'person.read', 'person', params.id);
          return found;
        });
        return { body: view };
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/persons/:id',
      access: 'persons:write',
      tag: 'persons',
      summary: 'Change a person: send the version you read; a stale version gets 409 with the current record',
      params: idParams,
      body: updatePersonRequest,
      response: personView,
      recordParam: 'person',
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const out = await tx(async (c) => {
          const { v, person: current } = await load(c, p, params.id, true);
          if (current.version !== body.version) throw new StaleVersionError(current, { action: 'person.read', recordType: 'person', recordId: params.id });
          const { version: _, names, ...change } = body;
          const merged = { ...fieldsOfView(current) };
          for (const [k, value] of Object.entries(change)) if (value !== undefined) (merged as Record<string, unknown>)[k] = value;
          // The merged record must hold together (e.g. a birth date added to a person with an estimated age).
          const check = person.safeParse({
            id: current.id,
            orgId: current.orgId,
            version: current.version,
            names: names ?? current.names,
            ...stripNulls(merged),
          });
          if (!check.success) {
            const issue = check.error.issues[0];
            throw new HttpError(400, 'validation_failed', `${issue?.path.join('.')}: ${issue?.message}`, issue?.path.join('.'));
          }
          const key = await s.orgKeys.keyFor(c, p.orgId);
          if (!(await updatePerson(c, key, p.orgId, params.id, body.version, names, merged))) throw new StaleVersionError(current, { action: 'person.read', recordType: 'person', recordId: params.id });
          const updated = await readablePerson(s, c, v, params.id);
          if (!updated) throw notFound(NO_SUCH_PERSON);
          await auditRecord(c, p, ip, 'person.update', 'person', params.id);
          return updated;
        });
        return { body: out };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/persons/:id',
      access: 'persons:erase',
      tag: 'persons',
      summary: 'Erase a person on request: their record, names, cases, work and documents are deleted; the audit entry remains',
      params: idParams,
      response: eraseAnswer,
      recordParam: 'person',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          const { v } = await load(c, p, params.id, true);
          // Erasing someone deletes every case of theirs: not cases the eraser may not read (restricted to others).
          const params2 = new Params();
          const readable = caseReadableSql('k', v, params2);
          const hidden = await c.query(`SELECT 1 FROM cases k WHERE k.org_id = ${params2.add(p.orgId)} AND k.person_id = ${params2.add(params.id)} AND NOT ${readable}`, params2.values);
          if (hidden.rowCount) throw new HttpError(409, 'conflict', 'This person has cases restricted to other users; ask one of them to lift the restriction first.');
          if (!(await deletePerson(c, p.orgId, params.id))) throw notFound(NO_SUCH_PERSON);
          await auditRecord(c, p, ip, 'person.erase', 'person', params.id);
        });
        return { body: { erased: params.id } };
      },
    }),
  ];
}

/** The merged fields with nulls dropped, as the person schema expects absent fields. */
function stripNulls(o: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null));
}
