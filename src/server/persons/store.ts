import type pg from 'pg';
import { isClosed } from '../../core/cases/case.js';
import { todayUtc } from '../../core/cases/dates.js';
import {
  type ContactDetails,
  type CreatePersonRequest,
  type Guardian,
  type IdentityDocument,
  type Person,
  type PersonNameEntry,
  ageOn,
  isChild,
} from '../../core/cases/person.js';
import type { CaseSummary, PersonHit, PersonView } from '../../core/cases/views.js';
import { nameKeys } from '../../core/persons/name-keys.js';
import { detectScript } from '../../core/persons/transliterate.js';
import { Params, type Viewer, caseReadableSql, personReadableSql } from '../cases/access.js';
import { openJson, sealJson } from '../crypto/org-keys.js';
import { prepared } from '../db/prepared.js';

/**
 * Persons of one organisation. Every query names the organisation (row-level security checks it
 * again). Contact details, identity documents and the guardian are sealed with the organisation's
 * key; names stay in clear, with their search keys, because finding a person by name is the job.
 */

export interface PersonRow {
  id: string;
  org_id: string;
  version: number;
  birth_date: string | null;
  estimated_age: number | null;
  estimated_on: string | null;
  gender: Person['gender'] | null;
  citizenships: string[];
  languages: string[];
  vulnerabilities: NonNullable<Person['vulnerabilities']>;
  contact: Buffer | null;
  documents: Buffer | null;
  guardian: Buffer | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
}

interface NameRow {
  person_id: string;
  given: string;
  family: string;
  kind: PersonNameEntry['kind'];
  script: PersonNameEntry['script'] | null;
}

const PERSON_COLUMNS = `id, org_id, version, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, estimated_age,
  to_char(estimated_on, 'YYYY-MM-DD') AS estimated_on, gender, citizenships, languages, vulnerabilities,
  contact, documents, guardian, created_by, created_at, updated_at`;

const place = (column: string, id: string) => `persons.${column}:${id}`;

/** The name's script when the caller did not say: from its letters. */
function scriptOf(n: PersonNameEntry): NonNullable<PersonNameEntry['script']> {
  if (n.script) return n.script;
  const s = detectScript(`${n.given} ${n.family}`);
  return s === 'latin' || s === 'cyrillic' || s === 'greek' ? s : 'other';
}

/** Replaces a person's names and their search keys. */
export async function writeNames(c: pg.PoolClient, orgId: string, personId: string, names: readonly PersonNameEntry[]): Promise<void> {
  await c.query('DELETE FROM person_names WHERE org_id = $1 AND person_id = $2', [orgId, personId]);
  const given: string[] = [];
  const family: string[] = [];
  const kinds: string[] = [];
  const scripts: string[] = [];
  const ords: number[] = [];
  names.forEach((n, i) => {
    given.push(n.given);
    family.push(n.family);
    kinds.push(n.kind);
    scripts.push(scriptOf(n));
    ords.push(i);
  });
  const { rows } = await c.query<{ id: string; ord: number }>(
    `INSERT INTO person_names (org_id, person_id, ord, given, family, kind, script)
     SELECT $1, $2, * FROM unnest($3::smallint[], $4::text[], $5::text[], $6::text[], $7::text[])
     RETURNING id, ord`,
    [orgId, personId, ords, given, family, kinds, scripts],
  );
  const t = { nameId: [] as string[], ord: [] as number[], norm: [] as string[], skel: [] as string[], coarse: [] as string[] };
  for (const r of rows) {
    const n = names[r.ord];
    if (!n) continue;
    nameKeys({ given: n.given, family: n.family }).tokens.forEach((k, i) => {
      t.nameId.push(r.id);
      t.ord.push(i);
      t.norm.push(k.norm);
      t.skel.push(k.skel);
      t.coarse.push(k.coarse);
    });
  }
  if (t.nameId.length === 0) return;
  await c.query(
    `INSERT INTO person_name_tokens (org_id, person_id, name_id, ord, norm, skel, coarse)
     SELECT $1, $2, * FROM unnest($3::bigint[], $4::smallint[], $5::text[], $6::text[], $7::text[])`,
    [orgId, personId, t.nameId, t.ord, t.norm, t.skel, t.coarse],
  );
}

/** The stored fields of a new or changed person, sealed where they must be. */
export interface PersonFields {
  readonly birthDate: string | null;
  readonly estimatedAge: { years: number; estimatedOn: string } | null;
  readonly gender: string | null;
  readonly citizenships: readonly string[];
  readonly languages: readonly string[];
  readonly vulnerabilities: readonly string[];
  readonly contact: ContactDetails | null;
  readonly documents: readonly IdentityDocument[];
  readonly guardian: Guardian | null;
}

export function fieldsOfRequest(r: CreatePersonRequest): PersonFields {
  return {
    birthDate: r.birthDate ?? null,
    estimatedAge: r.estimatedAge ?? null,
    gender: r.gender ?? null,
    citizenships: r.citizenships ?? [],
    languages: r.languages ?? [],
    vulnerabilities: r.vulnerabilities ?? [],
    contact: r.contact ?? null,
    documents: r.documents ?? [],
    guardian: r.guardian ?? null,
  };
}

function sealedValues(key: Buffer, id: string, f: PersonFields) {
  return {
    contact: f.contact ? sealJson(key, f.contact, place('contact', id)) : null,
    documents: f.documents.length ? sealJson(key, f.documents, place('documents', id)) : null,
    guardian: f.guardian ? sealJson(key, f.guardian, place('guardian', id)) : null,
    heldByOther: f.documents.some((d) => d.heldBySomeoneElse),
  };
}

export async function insertPerson(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  userId: string,
  id: string,
  names: readonly PersonNameEntry[],
  f: PersonFields,
): Promise<void> {
  const s = sealedValues(key, id, f);
  await c.query(
    `INSERT INTO persons (id, org_id, birth_date, estimated_age, estimated_on, gender, citizenships, languages, vulnerabilities,
                          contact, documents, guardian, document_held_by_other, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      id,
      orgId,
      f.birthDate,
      f.estimatedAge?.years ?? null,
      f.estimatedAge?.estimatedOn ?? null,
      f.gender,
      f.citizenships,
      f.languages,
      f.vulnerabilities,
      s.contact,
      s.documents,
      s.guardian,
      s.heldByOther,
      userId,
    ],
  );
  await writeNames(c, orgId, id, names);
}

/** Writes the person's fields if the stored version is `version`; false when it is not (someone else changed it). */
export async function updatePerson(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  id: string,
  version: number,
  names: readonly PersonNameEntry[] | undefined,
  f: PersonFields,
): Promise<boolean> {
  const s = sealedValues(key, id, f);
  const res = await c.query(
    `UPDATE persons SET birth_date = $4, estimated_age = $5, estimated_on = $6, gender = $7, citizenships = $8, languages = $9,
            vulnerabilities = $10, contact = $11, documents = $12, guardian = $13, document_held_by_other = $14,
            version = version + 1, updated_at = now()
      WHERE org_id = $1 AND id = $2 AND version = $3`,
    [
      orgId,
      id,
      version,
      f.birthDate,
      f.estimatedAge?.years ?? null,
      f.estimatedAge?.estimatedOn ?? null,
      f.gender,
      f.citizenships,
      f.languages,
      f.vulnerabilities,
      s.contact,
      s.documents,
      s.guardian,
      s.heldByOther,
    ],
  );
  if (res.rowCount !== 1) return false;
  if (names) await writeNames(c, orgId, id, names);
  return true;
}

export async function personRow(c: pg.PoolClient, orgId: string, id: string, lock = false): Promise<PersonRow | undefined> {
  const { rows } = await c.query<PersonRow>(`SELECT ${PERSON_COLUMNS} FROM persons WHERE org_id = $1 AND id = $2${lock ? ' FOR UPDATE' : ''}`, [orgId, id]);
  return rows[0];
}

/** The person if the viewer may read them (one query). */
export async function readablePersonRow(c: pg.PoolClient, v: Viewer, id: string, lock = false): Promise<PersonRow | undefined> {
  const params = new Params();
  const readable = personReadableSql('persons', v, params);
  const { rows } = await c.query<PersonRow>(
    prepared(`SELECT ${PERSON_COLUMNS} FROM persons WHERE org_id = ${params.add(v.orgId)} AND id = ${params.add(id)} AND ${readable}${lock ? ' FOR UPDATE' : ''}`, params.values),
  );
  return rows[0];
}

export async function namesOf(c: pg.PoolClient, orgId: string, personIds: readonly string[]): Promise<Map<string, PersonNameEntry[]>> {
  const out = new Map<string, PersonNameEntry[]>();
  if (personIds.length === 0) return out;
  const { rows } = await c.query<NameRow>(
    prepared('SELECT person_id, given, family, kind, script FROM person_names WHERE org_id = $1 AND person_id = ANY($2::uuid[]) ORDER BY person_id, ord', [orgId, personIds]),
  );
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    list.push({ given: r.given, family: r.family, kind: r.kind, ...(r.script ? { script: r.script } : {}) });
    out.set(r.person_id, list);
  }
  return out;
}

interface CaseSummaryRow {
  id: string;
  number: number;
  person_id: string;
  status: CaseSummary['status'];
  opened_on: string;
  caseworker_id: string | null;
  restricted: boolean;
}

export function toCaseSummary(r: CaseSummaryRow): CaseSummary {
  return {
    id: r.id,
    number: r.number,
    personId: r.person_id,
    status: r.status,
    openedOn: r.opened_on,
    caseworkerId: r.caseworker_id,
    restricted: r.restricted,
  };
}

export const CASE_SUMMARY_COLUMNS = `c.id, c.number, c.person_id, c.status, to_char(c.opened_on, 'YYYY-MM-DD') AS opened_on, c.caseworker_id, c.restricted_to IS NOT NULL AS restricted`;

/**
 * The cases of these persons the viewer may read, newest first. Not those an administrator may only
 * know exist: a restricted case must not be linked to its person for them.
 */
export async function casesOf(c: pg.PoolClient, v: Viewer, params: Params, personIds: readonly string[]): Promise<Map<string, CaseSummary[]>> {
  const out = new Map<string, CaseSummary[]>();
  if (personIds.length === 0) return out;
  const visible = caseReadableSql('c', v, params);
  const ids = params.add(personIds);
  const org = params.add(v.orgId);
  const { rows } = await c.query<CaseSummaryRow>(
    prepared(
      `SELECT ${CASE_SUMMARY_COLUMNS} FROM cases c WHERE c.org_id = ${org} AND c.person_id = ANY(${ids}::uuid[]) AND ${visible} ORDER BY c.opened_on DESC, c.number DESC`,
      params.values,
    ),
  );
  for (const r of rows) {
    const list = out.get(r.person_id) ?? [];
    list.push(toCaseSummary(r));
    out.set(r.person_id, list);
  }
  // Closed cases after open ones.
  for (const list of out.values()) list.sort((a, b) => Number(isClosed(a.status)) - Number(isClosed(b.status)));
  return out;
}

/** Age and child status today from a row's birth date or estimate. */
export function ageFacts(r: Pick<PersonRow, 'birth_date' | 'estimated_age' | 'estimated_on'>) {
  const estimatedAge = r.estimated_age !== null && r.estimated_on ? { years: r.estimated_age, estimatedOn: r.estimated_on } : null;
  const today = todayUtc();
  return {
    birthDate: r.birth_date,
    estimatedAge,
    age: ageOn({ birthDate: r.birth_date, estimatedAge }, today) ?? null,
    child: isChild({ birthDate: r.birth_date, estimatedAge }, today) ?? null,
  };
}

export function toPersonView(key: Buffer, r: PersonRow, names: PersonNameEntry[], cases: CaseSummary[]): PersonView {
  const a = ageFacts(r);
  return {
    id: r.id,
    orgId: r.org_id,
    version: r.version,
    names,
    ...(a.birthDate ? { birthDate: a.birthDate } : {}),
    ...(a.estimatedAge ? { estimatedAge: a.estimatedAge } : {}),
    ...(r.gender ? { gender: r.gender } : {}),
    citizenships: r.citizenships,
    languages: r.languages,
    vulnerabilities: r.vulnerabilities,
    contact: r.contact ? openJson<ContactDetails>(key, r.contact, place('contact', r.id)) : { phones: [], emails: [], addresses: [], messaging: [] },
    documents: r.documents ? openJson<IdentityDocument[]>(key, r.documents, place('documents', r.id)) : [],
    ...(r.guardian ? { guardian: openJson<Guardian>(key, r.guardian, place('guardian', r.id)) } : {}),
    age: a.age,
    child: a.child,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    cases,
  };
}

/** The search-result form of a person (no sealed field is opened). */
export function toPersonHit(
  r: Pick<PersonRow, 'id' | 'birth_date' | 'estimated_age' | 'estimated_on' | 'gender' | 'citizenships'>,
  names: PersonNameEntry[],
  cases: CaseSummary[],
  score: number | null,
): PersonHit {
  const a = ageFacts(r);
  return { id: r.id, names, birthDate: r.birth_date, age: a.age, child: a.child, gender: r.gender ?? null, citizenships: r.citizenships, cases, score };
}

/** The fields of a stored person as a request would carry them (to merge a change into). */
export function fieldsOfView(p: PersonView): PersonFields {
  return {
    birthDate: p.birthDate ?? null,
    estimatedAge: p.estimatedAge ?? null,
    gender: p.gender ?? null,
    citizenships: p.citizenships ?? [],
    languages: p.languages ?? [],
    vulnerabilities: p.vulnerabilities ?? [],
    contact: p.contact ?? null,
    documents: p.documents ?? [],
    guardian: p.guardian ?? null,
  };
}

/** Deletes a person and everything about them (names, keys, cases and their work, documents). */
export async function deletePerson(c: pg.PoolClient, orgId: string, id: string): Promise<boolean> {
  const res = await c.query('DELETE FROM persons WHERE org_id = $1 AND id = $2', [orgId, id]);
  return res.rowCount === 1;
}
