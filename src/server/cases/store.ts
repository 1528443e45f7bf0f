import type pg from 'pg';
import type { CaseStatus, CreateCaseRequest, TraffickingEvent } from '../../core/cases/case.js';
import { reminderDate } from '../../core/cases/dates.js';
import type { CaseListRow, CaseView, TimelineEvent } from '../../core/cases/views.js';
import type { Closure } from '../../core/cases/work.js';
import { openJson, openValue, sealJson, sealValue } from '../crypto/org-keys.js';
import { CASE_SUMMARY_COLUMNS, ageFacts, toCaseSummary } from '../persons/store.js';
import { Params, type Viewer, caseReadableSql, caseVisibleSql } from './access.js';
import { prepared } from '../db/prepared.js';

/** Cases of one organisation. Every query names the organisation (row-level security checks it again). */

export interface CaseRow {
  id: string;
  org_id: string;
  person_id: string;
  number: number;
  version: number;
  status: CaseStatus;
  opened_on: string;
  closed_at: Date | null;
  closure: Omit<Closure, 'note'> | null;
  closure_note: Buffer | null;
  trafficking_status: 'possible' | 'actual' | 'not-a-victim' | null;
  decided_by: string | null;
  decided_on: string | null;
  exploitation_forms: string[];
  labour_sectors: string[];
  sexual_exploitation_types: string[];
  control_methods: string[];
  recruitment_methods: string[];
  relationship_to_trafficker: string | null;
  events: TraffickingEvent[];
  event_places: Buffer | null;
  reflection_starts: string | null;
  reflection_ends: string | null;
  caseworker_id: string | null;
  team_ids: string[];
  restricted_to: string[] | null;
  created_at: Date;
  updated_at: Date;
  /** The organisation's reminder setting, joined in (null: default). */
  reminder_days_before?: number | null;
}

export const DEFAULT_REMINDER_DAYS = 7;

const CASE_COLUMNS = `c.id, c.org_id, c.person_id, c.number, c.version, c.status, to_char(c.opened_on, 'YYYY-MM-DD') AS opened_on, c.closed_at,
  c.closure, c.closure_note, c.trafficking_status, c.decided_by, to_char(c.decided_on, 'YYYY-MM-DD') AS decided_on, c.exploitation_forms,
  c.labour_sectors, c.sexual_exploitation_types, c.control_methods, c.recruitment_methods, c.relationship_to_trafficker, c.events, c.event_places,
  to_char(c.reflection_starts, 'YYYY-MM-DD') AS reflection_starts, to_char(c.reflection_ends, 'YYYY-MM-DD') AS reflection_ends,
  c.caseworker_id, c.team_ids, c.restricted_to, c.created_at, c.updated_at`;

const closurePlace = (id: string) => `cases.closure_note:${id}`;
const eventPlaces = (id: string) => `cases.event_places:${id}`;

/** The places of the events, sealed as one array in event order (null when no event has one). */
function sealedPlaces(key: Buffer, id: string, events: readonly TraffickingEvent[]): Buffer | null {
  return events.some((e) => e.place) ? sealJson(key, events.map((e) => e.place ?? null), eventPlaces(id)) : null;
}

/** The situation of a case as stored columns: what a create or a merged update writes. */
export interface CaseFields {
  readonly traffickingStatus: { status: 'possible' | 'actual' | 'not-a-victim'; decidedBy?: string | undefined; decidedOn?: string | undefined } | null;
  readonly exploitationForms: readonly string[];
  readonly labourSectors: readonly string[];
  readonly sexualExploitationTypes: readonly string[];
  readonly controlMethods: readonly string[];
  readonly recruitmentMethods: readonly string[];
  readonly relationshipToTrafficker: string | null;
  readonly events: readonly TraffickingEvent[];
  readonly reflectionPeriod: { startsOn: string; endsOn: string } | null;
  readonly caseworkerId: string | null;
  readonly teamIds: readonly string[];
  readonly restrictedTo: readonly string[] | null;
}

export function fieldsOfCreate(r: Omit<CreateCaseRequest, 'personId'>, creatorId: string): CaseFields {
  return {
    traffickingStatus: r.traffickingStatus ?? { status: 'possible' },
    exploitationForms: r.exploitationForms ?? [],
    labourSectors: r.labourSectors ?? [],
    sexualExploitationTypes: r.sexualExploitationTypes ?? [],
    controlMethods: r.controlMethods ?? [],
    recruitmentMethods: r.recruitmentMethods ?? [],
    relationshipToTrafficker: r.relationshipToTrafficker ?? null,
    events: r.events ?? [],
    reflectionPeriod: r.reflectionPeriod ?? null,
    // Whoever opens a case is its caseworker until someone else is named.
    caseworkerId: r.caseworkerId ?? creatorId,
    teamIds: r.teamIds ?? [],
    restrictedTo: r.restrictedTo ?? null,
  };
}

export function fieldsOfView(v: CaseView): CaseFields {
  return {
    traffickingStatus: v.traffickingStatus ?? null,
    exploitationForms: v.exploitationForms ?? [],
    labourSectors: v.labourSectors ?? [],
    sexualExploitationTypes: v.sexualExploitationTypes ?? [],
    controlMethods: v.controlMethods ?? [],
    recruitmentMethods: v.recruitmentMethods ?? [],
    relationshipToTrafficker: v.relationshipToTrafficker ?? null,
    events: v.events ?? [],
    reflectionPeriod: v.reflectionPeriod ?? null,
    caseworkerId: v.caseworkerId ?? null,
    teamIds: v.teamIds ?? [],
    restrictedTo: v.restrictedTo ?? null,
  };
}

function fieldValues(f: CaseFields): unknown[] {
  return [
    f.traffickingStatus?.status ?? null,
    f.traffickingStatus?.decidedBy ?? null,
    f.traffickingStatus?.decidedOn ?? null,
    f.exploitationForms,
    f.labourSectors,
    f.sexualExploitationTypes,
    f.controlMethods,
    f.recruitmentMethods,
    f.relationshipToTrafficker,
    // Places are sealed apart (event_places); the rest of each event stays plain for statistics.
    JSON.stringify(f.events.map(({ place: _, ...plain }) => plain)),
    f.reflectionPeriod?.startsOn ?? null,
    f.reflectionPeriod?.endsOn ?? null,
    f.caseworkerId,
    f.teamIds,
    f.restrictedTo,
  ];
}

const FIELD_COLUMNS = `trafficking_status, decided_by, decided_on, exploitation_forms, labour_sectors, sexual_exploitation_types, control_methods,
  recruitment_methods, relationship_to_trafficker, events, reflection_starts, reflection_ends, caseworker_id, team_ids, restricted_to`;

/**
 * Reserves `count` case numbers at once and answers the first (the others follow it), for an
 * import to give with insertCase's `reserved`. One short statement: run it in a transaction of its
 * own, so that the organisation's counter is locked for a moment rather than for the whole import
 * (which would hold up every case created meanwhile). Numbers reserved for an import that then
 * fails are never given (a gap, as after an erased case).
 */
export async function reserveCaseNumbers(c: pg.PoolClient, orgId: string, count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError('reserveCaseNumbers: count must be a positive whole number');
  const { rows } = await c.query<{ n: number }>(
    `INSERT INTO case_settings (org_id, last_case_number) VALUES ($1, $2)
     ON CONFLICT (org_id) DO UPDATE SET last_case_number = case_settings.last_case_number + $2
     RETURNING last_case_number AS n`,
    [orgId, count],
  );
  return (rows[0]?.n ?? count) - count + 1;
}

/** Inserts a case; answers its number: `reserved` (one of reserveCaseNumbers'), else the next one. */
export async function insertCase(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  userId: string,
  id: string,
  personId: string,
  openedOn: string,
  f: CaseFields,
  reserved?: number,
): Promise<number> {
  let number = reserved;
  if (number === undefined) {
    // The organisation's counter, locked by the upsert until this transaction ends: numbers are given
    // in order, one at a time, and never twice (not even after the latest case was erased).
    const { rows: counter } = await c.query<{ n: number }>(
      `INSERT INTO case_settings (org_id, last_case_number) VALUES ($1, 1)
       ON CONFLICT (org_id) DO UPDATE SET last_case_number = case_settings.last_case_number + 1
       RETURNING last_case_number AS n`,
      [orgId],
    );
    number = counter[0]?.n ?? 1;
  }
  await c.query(
    `INSERT INTO cases (id, org_id, person_id, number, opened_on, created_by, event_places, ${FIELD_COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb, $18, $19, $20, $21, $22)`,
    [id, orgId, personId, number, openedOn, userId, sealedPlaces(key, id, f.events), ...fieldValues(f)],
  );
  return number;
}

/** Writes the fields if the stored version is `version`; false when it is not. */
export async function updateCase(c: pg.PoolClient, key: Buffer, orgId: string, id: string, version: number, f: CaseFields): Promise<boolean> {
  const res = await c.query(
    `UPDATE cases SET (${FIELD_COLUMNS}) = ($5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15, $16, $17, $18, $19),
            event_places = $4, version = version + 1, updated_at = now()
      WHERE org_id = $1 AND id = $2 AND version = $3`,
    [orgId, id, version, sealedPlaces(key, id, f.events), ...fieldValues(f)],
  );
  return res.rowCount === 1;
}

/** Moves the case to a status; the closure (with its sealed note) when closing, none when reopening. */
export async function setStatus(c: pg.PoolClient, key: Buffer, orgId: string, id: string, status: CaseStatus, closure: Closure | null): Promise<void> {
  const { note, ...plain } = closure ?? { note: undefined };
  await c.query(
    `UPDATE cases SET status = $3, closure = $4::jsonb, closure_note = $5,
            closed_at = CASE WHEN $6 THEN now() ELSE NULL END, updated_at = now()
      WHERE org_id = $1 AND id = $2`,
    [orgId, id, status, closure ? JSON.stringify(plain) : null, note ? sealValue(key, note, closurePlace(id)) : null, closure !== null],
  );
}

/** Bumps the version after a change made outside `updateCase` (status only). */
export async function bumpVersion(c: pg.PoolClient, orgId: string, id: string, version: number): Promise<boolean> {
  const res = await c.query('UPDATE cases SET version = version + 1, updated_at = now() WHERE org_id = $1 AND id = $2 AND version = $3', [orgId, id, version]);
  return res.rowCount === 1;
}

function withPlaces(key: Buffer, r: CaseRow): TraffickingEvent[] {
  if (!r.event_places) return r.events;
  const places = openJson<(string | null)[]>(key, r.event_places, eventPlaces(r.id));
  return r.events.map((e, i) => (places[i] ? { ...e, place: places[i] } : e));
}

export function toCaseView(key: Buffer, r: CaseRow, reminderDaysBefore: number): CaseView {
  const closure = r.closure ? { ...r.closure, ...(r.closure_note ? { note: openValue(key, r.closure_note, closurePlace(r.id)) } : {}) } : null;
  const ts = r.trafficking_status
    ? { status: r.trafficking_status, ...(r.decided_by ? { decidedBy: r.decided_by } : {}), ...(r.decided_on ? { decidedOn: r.decided_on } : {}) }
    : undefined;
  return {
    id: r.id,
    orgId: r.org_id,
    personId: r.person_id,
    number: r.number,
    version: r.version,
    status: r.status,
    openedOn: r.opened_on,
    closedAt: r.closed_at?.toISOString() ?? null,
    closure,
    ...(ts ? { traffickingStatus: ts } : {}),
    exploitationForms: r.exploitation_forms as CaseView['exploitationForms'],
    labourSectors: r.labour_sectors as CaseView['labourSectors'],
    sexualExploitationTypes: r.sexual_exploitation_types as CaseView['sexualExploitationTypes'],
    controlMethods: r.control_methods as CaseView['controlMethods'],
    recruitmentMethods: r.recruitment_methods as CaseView['recruitmentMethods'],
    ...(r.relationship_to_trafficker ? { relationshipToTrafficker: r.relationship_to_trafficker as NonNullable<CaseView['relationshipToTrafficker']> } : {}),
    events: withPlaces(key, r),
    ...(r.reflection_starts && r.reflection_ends ? { reflectionPeriod: { startsOn: r.reflection_starts, endsOn: r.reflection_ends } } : {}),
    reflectionReminderOn: r.reflection_ends ? reminderDate(r.reflection_ends, reminderDaysBefore) : null,
    ...(r.caseworker_id ? { caseworkerId: r.caseworker_id } : {}),
    teamIds: r.team_ids,
    restrictedTo: r.restricted_to,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** The case if the viewer may read it. */
export async function readableCaseRow(c: pg.PoolClient, v: Viewer, id: string, lock = false): Promise<CaseRow | undefined> {
  const params = new Params();
  const readable = caseReadableSql('c', v, params);
  const { rows } = await c.query<CaseRow>(
    prepared(
      `SELECT ${CASE_COLUMNS}, (SELECT cs.reminder_days_before FROM case_settings cs WHERE cs.org_id = c.org_id) AS reminder_days_before
         FROM cases c WHERE c.org_id = ${params.add(v.orgId)} AND c.id = ${params.add(id)} AND ${readable}${lock ? ' FOR UPDATE OF c' : ''}`,
      params.values,
    ),
  );
  return rows[0];
}

export interface CaseListQuery {
  readonly status?: CaseStatus | undefined;
  readonly caseworkerId?: string | undefined;
  readonly personId?: string | undefined;
  readonly limit: number;
}

/** The cases the viewer may know of (administrators see restricted ones too, without content). */
export async function listCases(c: pg.PoolClient, v: Viewer, q: CaseListQuery): Promise<CaseListRow[]> {
  const params = new Params();
  const where = [`c.org_id = ${params.add(v.orgId)}`, caseVisibleSql('c', v, params)];
  if (q.status) where.push(`c.status = ${params.add(q.status)}`);
  if (q.caseworkerId) where.push(`c.caseworker_id = ${params.add(q.caseworkerId)}::uuid`);
  const readable = caseReadableSql('c', v, params);
  // A restricted case is never linked to its person for someone who may only know it exists.
  if (q.personId) where.push(`c.person_id = ${params.add(q.personId)}::uuid AND ${readable}`);
  const { rows } = await c.query<
    Parameters<typeof toCaseSummary>[0] & { person_name: string | null; birth_date: string | null; estimated_age: number | null; estimated_on: string | null }
  >(
    `SELECT ${CASE_SUMMARY_COLUMNS},
            CASE WHEN ${readable} THEN (SELECT trim(n.given || ' ' || n.family) FROM person_names n WHERE n.person_id = c.person_id ORDER BY n.ord LIMIT 1) END AS person_name,
            to_char(p.birth_date, 'YYYY-MM-DD') AS birth_date, p.estimated_age, to_char(p.estimated_on, 'YYYY-MM-DD') AS estimated_on
       FROM cases c JOIN persons p ON p.id = c.person_id WHERE ${where.join(' AND ')}
      ORDER BY c.updated_at DESC LIMIT ${params.add(q.limit)}`,
    params.values,
  );
  return rows.map((r) => {
    // Nothing of the person for a case the reader may only know exists.
    if (r.person_name === null) return { ...toCaseSummary(r), personId: null, personName: null, personAge: null, personChild: null };
    const a = ageFacts(r);
    return { ...toCaseSummary(r), personName: r.person_name, personAge: a.age, personChild: a.child };
  });
}

export async function reminderDays(c: pg.PoolClient, orgId: string): Promise<number> {
  const { rows } = await c.query<{ d: number }>('SELECT reminder_days_before AS d FROM case_settings WHERE org_id = $1', [orgId]);
  return rows[0]?.d ?? DEFAULT_REMINDER_DAYS;
}

// ---- Timeline ----

export async function addTimeline(
  c: pg.PoolClient,
  orgId: string,
  caseId: string,
  actorId: string | null,
  event: string,
  entry: { kind: string; id: string } | null = null,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await c.query('INSERT INTO case_timeline (org_id, case_id, actor_id, event, entry_kind, entry_id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)', [
    orgId,
    caseId,
    actorId,
    event,
    entry?.kind ?? null,
    entry?.id ?? null,
    JSON.stringify(detail),
  ]);
}

export async function timelineOf(c: pg.PoolClient, orgId: string, caseId: string, limit = 500): Promise<TimelineEvent[]> {
  const { rows } = await c.query<{
    id: string;
    at: Date;
    actor_id: string | null;
    actor_name: string | null;
    event: string;
    entry_kind: string | null;
    entry_id: string | null;
    detail: Record<string, unknown>;
  }>(
    prepared(
      `SELECT t.id, t.at, t.actor_id, u.name AS actor_name, t.event, t.entry_kind, t.entry_id, t.detail
         FROM case_timeline t LEFT JOIN users u ON u.id = t.actor_id
        WHERE t.org_id = $1 AND t.case_id = $2 ORDER BY t.at DESC, t.id DESC LIMIT $3`,
      [orgId, caseId, limit],
    ),
  );
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at.toISOString(),
    actorId: r.actor_id,
    actorName: r.actor_name,
    event: r.event,
    entryKind: r.entry_kind,
    entryId: r.entry_id,
    detail: r.detail,
  }));
}
