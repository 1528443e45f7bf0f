/**
 * The service directory in the database: directory organisations and their services (HSDS's
 * structure, see core/referrals/directory.ts). Every member reads all of it; the organisation that
 * maintains an entry (org_id) changes it, and network administrators change any (row-level
 * security says the same underneath). A service is maintained by the organisation that maintains
 * its directory organisation.
 *
 * The search columns `countries` (alpha-3) and `cities` (lower case) are computed by PostgreSQL
 * from the locations on every write, so that a search (`lower($city)`) and a write agree.
 *
 * This file writes entries; reading them is in directory-reads.ts, the rows in directory-rows.ts,
 * and writing a checked HSDS import in directory-import.ts.
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { OrganizationRequest, ServiceRequest } from '../../core/referrals/directory.js';

/** Locations, phones and schedules with ids (new ones get one). */
export function withChildIds(s: ServiceRequest): ServiceRequest {
  return {
    ...s,
    locations: s.locations.map((l) => ({ ...l, id: l.id ?? randomUUID() })),
    phones: s.phones.map((ph) => ({ ...ph, id: ph.id ?? randomUUID() })),
    schedules: s.schedules.map((sc) => ({ ...sc, id: sc.id ?? randomUUID() })),
  };
}

/** Empty optional text is stored as absent. */
const opt = (v: string | undefined) => (v === undefined || v.trim() === '' ? null : v);

function serviceParams(s: ServiceRequest): unknown[] {
  return [
    s.organizationId,
    s.name,
    opt(s.alternateName),
    s.description,
    opt(s.url),
    opt(s.email),
    s.status,
    s.types,
    s.languages,
    s.minimumAge ?? null,
    s.maximumAge ?? null,
    s.genders,
    opt(s.eligibilityDescription),
    opt(s.feesDescription),
    s.free,
    opt(s.applicationProcess),
    JSON.stringify(s.locations),
    JSON.stringify(s.phones),
    JSON.stringify(s.schedules),
    s.alwaysOpen,
    s.timeZone,
  ];
}

// The parameters of serviceParams start at $3 (after id and org_id or version): locations is $19.
const COUNTRIES = `ARRAY(SELECT DISTINCT l->'address'->>'country' FROM jsonb_array_elements($19::jsonb) l WHERE l->'address'->>'country' IS NOT NULL ORDER BY 1)`;
const CITIES = `ARRAY(SELECT DISTINCT lower(l->'address'->>'city') FROM jsonb_array_elements($19::jsonb) l WHERE l->'address'->>'city' IS NOT NULL ORDER BY 1)`;

/** Stores a new service (ids of its parts already given); false when the id is taken. */
export async function insertService(c: pg.PoolClient, id: string, orgId: string, s: ServiceRequest): Promise<boolean> {
  const { rowCount } = await c.query(
    `INSERT INTO directory_services (id, org_id, organization_id, name, alternate_name, description, url, email, status, types, languages,
            minimum_age, maximum_age, genders, eligibility_description, fees_description, free, application_process, locations, phones,
            schedules, always_open, time_zone, countries, cities)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19::jsonb, $20::jsonb, $21::jsonb, $22, $23,
             ${COUNTRIES}, ${CITIES})
     ON CONFLICT (id) DO NOTHING`,
    [id, orgId, ...serviceParams(s)],
  );
  return rowCount === 1;
}

/**
 * Writes a change of a service if its version is still `version` (any version when null), and
 * moves its maintenance to `orgId`; false when someone else changed it first.
 */
export async function updateService(c: pg.PoolClient, id: string, version: number | null, orgId: string, s: ServiceRequest): Promise<boolean> {
  const { rowCount } = await c.query(
    `UPDATE directory_services SET org_id = $24, organization_id = $3, name = $4, alternate_name = $5, description = $6, url = $7, email = $8,
            status = $9, types = $10, languages = $11, minimum_age = $12, maximum_age = $13, genders = $14, eligibility_description = $15,
            fees_description = $16, free = $17, application_process = $18, locations = $19::jsonb, phones = $20::jsonb, schedules = $21::jsonb,
            always_open = $22, time_zone = $23, countries = ${COUNTRIES}, cities = ${CITIES}, version = version + 1, updated_at = now()
      WHERE id = $1 AND ($2::int IS NULL OR version = $2)`,
    [id, version, ...serviceParams(s), orgId],
  );
  return rowCount === 1;
}

export async function deleteService(c: pg.PoolClient, id: string): Promise<boolean> {
  const { rowCount } = await c.query('DELETE FROM directory_services WHERE id = $1', [id]);
  return rowCount === 1;
}

type OrganizationFields = Omit<OrganizationRequest, 'memberOrgId'>;

export async function insertOrganization(c: pg.PoolClient, id: string, orgId: string, o: OrganizationFields, memberOrgId: string | null): Promise<boolean> {
  const { rowCount } = await c.query(
    `INSERT INTO directory_organizations (id, org_id, member_org_id, name, alternate_name, description, email, website)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
    [id, orgId, memberOrgId, o.name, opt(o.alternateName), o.description, opt(o.email), opt(o.website)],
  );
  return rowCount === 1;
}

export async function updateOrganization(
  c: pg.PoolClient,
  id: string,
  version: number | null,
  o: OrganizationFields,
  memberOrgId: string | null,
): Promise<boolean> {
  const { rowCount } = await c.query(
    `UPDATE directory_organizations SET member_org_id = $3, name = $4, alternate_name = $5, description = $6, email = $7, website = $8,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND ($2::int IS NULL OR version = $2)`,
    [id, version, memberOrgId, o.name, opt(o.alternateName), o.description, opt(o.email), opt(o.website)],
  );
  return rowCount === 1;
}

/** Whether a Haven organisation exists (for memberOrgId). */
export async function havenOrganisationExists(c: pg.PoolClient, id: string): Promise<boolean> {
  const { rowCount } = await c.query('SELECT 1 FROM organisations WHERE id = $1', [id]);
  return rowCount === 1;
}

/** Ids of phones and schedules already used by services other than `services`: id → the service using it. */
export async function childIdsInUse(c: pg.PoolClient, ids: readonly string[], services: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const { rows } = await c.query<{ child: string; service: string }>(
    `SELECT x->>'id' AS child, s.id AS service FROM directory_services s, jsonb_array_elements(s.phones || s.schedules) x
      WHERE x->>'id' = ANY($1::text[]) AND NOT (s.id = ANY($2::uuid[]))`,
    [ids, services],
  );
  return new Map(rows.map((r) => [r.child, r.service]));
}
