import type pg from 'pg';
import { type EntryKind, splitEntry } from '../../core/cases/entries.js';
import type { EntryView, MyTask } from '../../core/cases/views.js';
import { openJson, sealJson } from '../crypto/org-keys.js';
import { ageFacts } from '../persons/store.js';

/** The work on a case (src/core/cases/entries.ts): plain facts in `data`, narratives sealed in `sealed`. */

interface EntryRow {
  id: string;
  case_id: string;
  kind: string;
  version: number;
  data: Record<string, unknown>;
  sealed: Buffer | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

const COLUMNS = 'e.id, e.case_id, e.kind, e.version, e.data, e.sealed, e.created_by, e.created_at, e.updated_at';
const place = (id: string) => `case_entries.sealed:${id}`;

export function toEntryView(key: Buffer, r: EntryRow): EntryView {
  const sealed = r.sealed ? openJson<Record<string, unknown>>(key, r.sealed, place(r.id)) : {};
  return {
    id: r.id,
    caseId: r.case_id,
    kind: r.kind,
    version: r.version,
    data: { ...r.data, ...sealed },
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function insertEntry(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  caseId: string,
  userId: string,
  k: EntryKind,
  id: string,
  data: Record<string, unknown>,
): Promise<void> {
  const { plain, sealed } = splitEntry(k, data);
  await c.query('INSERT INTO case_entries (id, org_id, case_id, kind, data, sealed, created_by) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)', [
    id,
    orgId,
    caseId,
    k.kind,
    JSON.stringify(plain),
    sealed ? sealJson(key, sealed, place(id)) : null,
    userId,
  ]);
}

/** Replaces the entry's fields if the stored version is `version`; false when it is not. */
export async function updateEntry(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  id: string,
  k: EntryKind,
  version: number,
  data: Record<string, unknown>,
): Promise<boolean> {
  const { plain, sealed } = splitEntry(k, data);
  const res = await c.query(
    'UPDATE case_entries SET data = $4::jsonb, sealed = $5, version = version + 1, updated_at = now() WHERE org_id = $1 AND id = $2 AND version = $3',
    [orgId, id, version, JSON.stringify(plain), sealed ? sealJson(key, sealed, place(id)) : null],
  );
  return res.rowCount === 1;
}

export async function getEntry(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  caseId: string,
  kind: string,
  id: string,
  lock = false,
): Promise<EntryView | undefined> {
  const { rows } = await c.query<EntryRow>(
    `SELECT ${COLUMNS} FROM case_entries e WHERE e.org_id = $1 AND e.case_id = $2 AND e.kind = $3 AND e.id = $4${lock ? ' FOR UPDATE' : ''}`,
    [orgId, caseId, kind, id],
  );
  return rows[0] ? toEntryView(key, rows[0]) : undefined;
}

export async function listEntries(c: pg.PoolClient, key: Buffer, orgId: string, caseId: string, kind: string): Promise<EntryView[]> {
  const { rows } = await c.query<EntryRow>(
    `SELECT ${COLUMNS} FROM case_entries e WHERE e.org_id = $1 AND e.case_id = $2 AND e.kind = $3 ORDER BY e.created_at DESC, e.id`,
    [orgId, caseId, kind],
  );
  return rows.map((r) => toEntryView(key, r));
}

/** Every entry of a case, all kinds, newest first. */
export async function listAllEntries(c: pg.PoolClient, key: Buffer, orgId: string, caseId: string): Promise<EntryView[]> {
  const { rows } = await c.query<EntryRow>(`SELECT ${COLUMNS} FROM case_entries e WHERE e.org_id = $1 AND e.case_id = $2 ORDER BY e.created_at DESC, e.id`, [orgId, caseId]);
  return rows.map((r) => toEntryView(key, r));
}

/**
 * Open tasks and appointments assigned to the user (or unassigned on their own cases), soonest
 * due first, on cases they may still read (`readable` is the SQL of access.ts over alias c).
 */
export async function myTasks(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  userId: string,
  readable: string,
  params: unknown[],
  limit = 200,
): Promise<MyTask[]> {
  const n = params.length;
  const { rows } = await c.query<EntryRow & { number: number; person_name: string; birth_date: string | null; estimated_age: number | null; estimated_on: string | null }>(
    `SELECT ${COLUMNS}, c.number,
            (SELECT trim(pn.given || ' ' || pn.family) FROM person_names pn WHERE pn.person_id = c.person_id ORDER BY pn.ord LIMIT 1) AS person_name,
            to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') AS estimated_on
       FROM case_entries e JOIN cases c ON c.id = e.case_id JOIN persons p ON p.id = c.person_id
      WHERE e.org_id = $${n + 1} AND e.kind = 'task' AND (e.data->>'done') = 'false'
        AND ((e.data->>'assigneeId') = $${n + 2} OR ((e.data->>'assigneeId') IS NULL AND c.caseworker_id = $${n + 2}::uuid))
        AND c.status NOT IN ('closed', 'closed-referred') AND ${readable}
      ORDER BY (e.data->>'due') NULLS LAST, e.created_at
      LIMIT $${n + 3}`,
    [...params, orgId, userId, limit],
  );
  return rows.map((r) => {
    const a = ageFacts(r);
    return { entry: toEntryView(key, r), caseNumber: r.number, personName: r.person_name ?? '', personAge: a.age, personChild: a.child };
  });
}
