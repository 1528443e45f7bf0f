/**
 * Outreach of one organisation: zones, encounters, and the people met with their funnel dates.
 * Pseudonyms, descriptions and notes are sealed; areas, teams, counts, indicators and dates stay
 * plain for the funnel report. Every query names the organisation.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { CreateEncounterRequest, EncounterView, FunnelStage, OutreachPersonView } from '../../core/outreach/encounter.js';
import type { FunnelPerson } from '../../core/outreach/funnel.js';
import { HttpError } from '../http/errors.js';
import { openJson, openValue, sealJson, sealValue } from '../crypto/org-keys.js';

const pseudonymPlace = (id: string) => `outreach_people.pseudonym:${id}`;
const metPlace = (encounterId: string, personId: string) => `encounter_people.sealed:${encounterId}:${personId}`;
const notePlace = (id: string) => `encounters.note:${id}`;

export interface Zone {
  id: string;
  name: string;
  archived: boolean;
}

export async function listZones(c: pg.PoolClient, orgId: string): Promise<Zone[]> {
  const { rows } = await c.query<Zone>('SELECT id, name, archived FROM outreach_zones WHERE org_id = $1 ORDER BY archived, lower(name)', [orgId]);
  return rows;
}

/** Adds a zone; a name already used (any case) is a 409. */
export async function addZone(c: pg.PoolClient, orgId: string, name: string): Promise<Zone> {
  const id = randomUUID();
  const { rows } = await c.query<Zone>(
    `INSERT INTO outreach_zones (id, org_id, name) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING id, name, archived`,
    [id, orgId, name],
  );
  if (!rows[0]) throw new HttpError(409, 'conflict', 'name: a zone of this name exists already.', 'name');
  return rows[0];
}

/**
 * Records an encounter: the people met who are new become outreach people (identified that day),
 * those met before are linked, and "engaged" moves a person to that stage if not there yet.
 */
export async function insertEncounter(c: pg.PoolClient, key: Buffer, orgId: string, userId: string, id: string, e: CreateEncounterRequest, occurredAt: Date): Promise<void> {
  if (e.zoneId) {
    const zone = await c.query('SELECT 1 FROM outreach_zones WHERE org_id = $1 AND id = $2', [orgId, e.zoneId]);
    if (zone.rowCount === 0) throw new HttpError(400, 'validation_failed', 'zoneId: no such zone in your organisation.', 'zoneId');
  }
  const invitations = e.people.filter((p) => p.invited).length + e.otherInvitations;
  await c.query(
    `INSERT INTO encounters (id, org_id, occurred_at, zone_id, place, team, people_count, materials, invitations, sealed_note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      orgId,
      occurredAt,
      e.zoneId ?? null,
      e.place || null,
      e.team,
      e.peopleCount,
      JSON.stringify(e.materials),
      invitations,
      e.note ? sealValue(key, e.note, notePlace(id)) : null,
      userId,
    ],
  );
  const day = occurredAt.toISOString().slice(0, 10);
  for (const [position, met] of e.people.entries()) {
    let personId = met.outreachPersonId;
    if (personId) {
      const known = await c.query('SELECT 1 FROM outreach_people WHERE org_id = $1 AND id = $2', [orgId, personId]);
      if (known.rowCount === 0) throw new HttpError(400, 'validation_failed', `people.${position}.outreachPersonId: no such person met.`, `people.${position}.outreachPersonId`);
      if (met.engaged) await c.query('UPDATE outreach_people SET engaged_on = $3, updated_at = now() WHERE org_id = $1 AND id = $2 AND engaged_on IS NULL', [orgId, personId, day]);
    } else {
      personId = randomUUID();
      await c.query(
        `INSERT INTO outreach_people (id, org_id, sealed_pseudonym, zone_id, place, team, identified_on, engaged_on) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [personId, orgId, sealValue(key, met.pseudonym, pseudonymPlace(personId)), e.zoneId ?? null, e.place || null, e.team, day, met.engaged ? day : null],
      );
    }
    await c.query(
      `INSERT INTO encounter_people (encounter_id, outreach_person_id, org_id, position, sealed, indicators, engaged, invited)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
      [id, personId, orgId, position, sealJson(key, { pseudonym: met.pseudonym, description: met.description }, metPlace(id, personId)), met.indicators, met.engaged, met.invited],
    );
  }
}

interface EncounterRow {
  id: string;
  occurred_at: Date;
  zone_id: string | null;
  place: string | null;
  team: string;
  people_count: number;
  materials: Record<string, number>;
  invitations: number;
  sealed_note: Buffer | null;
  created_by: string | null;
  created_at: Date;
}

interface MetRow {
  encounter_id: string;
  outreach_person_id: string;
  sealed: Buffer;
  indicators: string[];
  engaged: boolean;
  invited: boolean;
}

const ENCOUNTER_COLUMNS = 'id, occurred_at, zone_id, place, team, people_count, materials, invitations, sealed_note, created_by, created_at';

async function withPeople(c: pg.PoolClient, key: Buffer, orgId: string, rows: EncounterRow[]): Promise<EncounterView[]> {
  if (rows.length === 0) return [];
  const met = await c.query<MetRow>(
    `SELECT encounter_id, outreach_person_id, sealed, indicators, engaged, invited FROM encounter_people
      WHERE org_id = $1 AND encounter_id = ANY($2::uuid[]) ORDER BY encounter_id, position`,
    [orgId, rows.map((r) => r.id)],
  );
  const byEncounter = new Map<string, EncounterView['people']>();
  for (const m of met.rows) {
    const { pseudonym, description } = openJson<{ pseudonym: string; description: string }>(key, m.sealed, metPlace(m.encounter_id, m.outreach_person_id));
    const list = byEncounter.get(m.encounter_id) ?? [];
    list.push({
      outreachPersonId: m.outreach_person_id,
      pseudonym,
      description,
      indicators: m.indicators as EncounterView['people'][number]['indicators'],
      engaged: m.engaged,
      invited: m.invited,
    });
    byEncounter.set(m.encounter_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    occurredAt: r.occurred_at.toISOString(),
    zoneId: r.zone_id,
    place: r.place,
    team: r.team,
    peopleCount: r.people_count,
    people: byEncounter.get(r.id) ?? [],
    materials: r.materials,
    invitations: r.invitations,
    note: r.sealed_note ? openValue(key, r.sealed_note, notePlace(r.id)) : '',
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
  }));
}

export async function encounterById(c: pg.PoolClient, key: Buffer, orgId: string, id: string): Promise<EncounterView | undefined> {
  const { rows } = await c.query<EncounterRow>(`SELECT ${ENCOUNTER_COLUMNS} FROM encounters WHERE org_id = $1 AND id = $2`, [orgId, id]);
  return (await withPeople(c, key, orgId, rows))[0];
}

export async function listEncounters(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  q: { from?: string | undefined; to?: string | undefined; zoneId?: string | undefined; team?: string | undefined; limit: number },
): Promise<EncounterView[]> {
  const where = ['org_id = $1'];
  const values: unknown[] = [orgId];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    where.push(sql.replace('?', `$${values.length}`));
  };
  if (q.from) add('occurred_at >= ?::date', q.from);
  if (q.to) add('occurred_at < ?::date + 1', q.to);
  if (q.zoneId) add('zone_id = ?::uuid', q.zoneId);
  if (q.team) add('team = ?', q.team);
  values.push(q.limit);
  const { rows } = await c.query<EncounterRow>(
    `SELECT ${ENCOUNTER_COLUMNS} FROM encounters WHERE ${where.join(' AND ')} ORDER BY occurred_at DESC, id LIMIT $${values.length}`,
    values,
  );
  return withPeople(c, key, orgId, rows);
}

interface PersonRow {
  id: string;
  sealed_pseudonym: Buffer;
  zone_id: string | null;
  place: string | null;
  team: string;
  identified_on: string;
  engaged_on: string | null;
  visited_on: string | null;
  case_opened_on: string | null;
  case_id: string | null;
  encounters: number;
}

const PERSON_COLUMNS = `p.id, p.sealed_pseudonym, p.zone_id, p.place, p.team, to_char(p.identified_on, 'YYYY-MM-DD') AS identified_on,
  to_char(p.engaged_on, 'YYYY-MM-DD') AS engaged_on, to_char(p.visited_on, 'YYYY-MM-DD') AS visited_on,
  to_char(p.case_opened_on, 'YYYY-MM-DD') AS case_opened_on, p.case_id,
  (SELECT count(*)::int FROM encounter_people ep WHERE ep.outreach_person_id = p.id) AS encounters`;

function personView(key: Buffer, r: PersonRow): OutreachPersonView {
  return {
    id: r.id,
    pseudonym: openValue(key, r.sealed_pseudonym, pseudonymPlace(r.id)),
    zoneId: r.zone_id,
    place: r.place,
    team: r.team,
    stages: { identified: r.identified_on, engaged: r.engaged_on, visited: r.visited_on, 'case-opened': r.case_opened_on },
    caseId: r.case_id,
    encounters: r.encounters,
  };
}

export async function outreachPerson(c: pg.PoolClient, key: Buffer, orgId: string, id: string): Promise<OutreachPersonView | undefined> {
  const { rows } = await c.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM outreach_people p WHERE p.org_id = $1 AND p.id = $2`, [orgId, id]);
  return rows[0] ? personView(key, rows[0]) : undefined;
}

export async function listOutreachPeople(c: pg.PoolClient, key: Buffer, orgId: string, limit: number): Promise<OutreachPersonView[]> {
  const { rows } = await c.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM outreach_people p WHERE p.org_id = $1 ORDER BY p.updated_at DESC LIMIT $2`, [orgId, limit]);
  return rows.map((r) => personView(key, r));
}

const STAGE_COLUMN: Record<Exclude<FunnelStage, 'identified'>, string> = { engaged: 'engaged_on', visited: 'visited_on', 'case-opened': 'case_opened_on' };

/** Records the day a person reached a stage (the first time only); false when there is no such person. */
export async function setStage(
  c: pg.PoolClient,
  orgId: string,
  id: string,
  stage: Exclude<FunnelStage, 'identified'>,
  on: string,
  caseId: string | null,
): Promise<boolean> {
  const column = STAGE_COLUMN[stage];
  const { rowCount } = await c.query(
    `UPDATE outreach_people SET ${column} = coalesce(${column}, greatest($3::date, identified_on)), case_id = coalesce($4::uuid, case_id), updated_at = now()
      WHERE org_id = $1 AND id = $2`,
    [orgId, id, on, caseId],
  );
  return rowCount === 1;
}

/** The stage dates of the people first met in a period, with their zone name or place and team. */
export async function funnelPeople(c: pg.PoolClient, orgId: string, from: string, to: string): Promise<FunnelPerson[]> {
  const { rows } = await c.query<{ identified: string; engaged: string | null; visited: string | null; case_opened: string | null; zone: string; team: string }>(
    `SELECT to_char(p.identified_on, 'YYYY-MM-DD') AS identified, to_char(p.engaged_on, 'YYYY-MM-DD') AS engaged,
            to_char(p.visited_on, 'YYYY-MM-DD') AS visited, to_char(p.case_opened_on, 'YYYY-MM-DD') AS case_opened,
            coalesce(z.name, p.place, '') AS zone, p.team
       FROM outreach_people p LEFT JOIN outreach_zones z ON z.id = p.zone_id
      WHERE p.org_id = $1 AND p.identified_on BETWEEN $2::date AND $3::date`,
    [orgId, from, to],
  );
  return rows.map((r) => ({ identified: r.identified, engaged: r.engaged, visited: r.visited, caseOpened: r.case_opened, zone: r.zone, team: r.team }));
}
