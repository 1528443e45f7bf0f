/** Reading the service directory: entries by id, lists, the search, the HSDS API's pages and the export. */
import type pg from 'pg';
import { type DirectoryOrganization, type DirectoryService, SERVICE_STATUSES, type ServiceQuery } from '../../core/referrals/directory.js';
import { isOpenAt } from '../../core/referrals/open-now.js';
import {
  ORGANIZATION_COLUMNS,
  type OrganizationRow,
  SERVICE_COLUMNS,
  SERVICE_FROM,
  type ServiceRow,
  organizationOfRow,
  serviceOfRow,
} from './directory-rows.js';

/** A service with the organisation that maintains it. */
export interface StoredService {
  readonly service: DirectoryService;
  readonly orgId: string;
}

export async function serviceById(c: pg.PoolClient, id: string, lock = false): Promise<StoredService | null> {
  const { rows } = await c.query<ServiceRow>(`SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE s.id = $1${lock ? ' FOR UPDATE OF s' : ''}`, [id]);
  const r = rows[0];
  return r ? { service: serviceOfRow(r), orgId: r.org_id } : null;
}

export async function organizationById(c: pg.PoolClient, id: string, lock = false): Promise<DirectoryOrganization | null> {
  const { rows } = await c.query<OrganizationRow>(`SELECT ${ORGANIZATION_COLUMNS} FROM directory_organizations o WHERE o.id = $1${lock ? ' FOR UPDATE' : ''}`, [
    id,
  ]);
  return rows[0] ? organizationOfRow(rows[0]) : null;
}

/** Directory organisations by name; only those `maintainedBy` maintains when given. */
export async function listOrganizations(c: pg.PoolClient, maintainedBy?: string): Promise<DirectoryOrganization[]> {
  const { rows } = await c.query<OrganizationRow>(
    `SELECT ${ORGANIZATION_COLUMNS} FROM directory_organizations o WHERE ($1::uuid IS NULL OR o.org_id = $1) ORDER BY lower(o.name), o.id`,
    [maintainedBy ?? null],
  );
  return rows.map(organizationOfRow);
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/**
 * Services matching a search, by name. Without `status`, the services one may still turn to
 * (active and temporarily closed); with `mine`, the caller's own entries in every status.
 * `openNow` is decided on the matches (schedules in their time zones), then the page is cut.
 */
export async function searchServices(c: pg.PoolClient, q: ServiceQuery, callerOrgId: string, now: Date): Promise<{ items: DirectoryService[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (q.status) where.push(`s.status = ${param(q.status)}`);
  else if (!q.mine) where.push(`s.status = ANY(${param(SERVICE_STATUSES.filter((x) => x === 'active' || x === 'temporarily closed'))}::text[])`);
  if (q.type) where.push(`s.types @> ARRAY[${param(q.type)}]::text[]`);
  if (q.language) where.push(`s.languages @> ARRAY[${param(q.language)}]::text[]`);
  if (q.country) where.push(`s.countries @> ARRAY[${param(q.country)}]::text[]`);
  if (q.city) where.push(`s.cities @> ARRAY[lower(${param(q.city)})]::text[]`);
  if (q.age !== undefined) {
    const age = param(q.age);
    where.push(`(s.minimum_age IS NULL OR s.minimum_age <= ${age}) AND (s.maximum_age IS NULL OR s.maximum_age >= ${age})`);
  }
  if (q.gender) where.push(`(s.genders = '{}' OR s.genders @> ARRAY[${param(q.gender)}]::text[])`);
  if (q.organizationId) where.push(`s.organization_id = ${param(q.organizationId)}`);
  if (q.mine) where.push(`s.org_id = ${param(callerOrgId)}`);
  if (q.q) {
    const like = param(`%${escapeLike(q.q)}%`);
    where.push(
      `(s.name ILIKE ${like} ESCAPE '\\' OR s.alternate_name ILIKE ${like} ESCAPE '\\' OR s.description ILIKE ${like} ESCAPE '\\'
        OR o.name ILIKE ${like} ESCAPE '\\' OR o.alternate_name ILIKE ${like} ESCAPE '\\' OR o.description ILIKE ${like} ESCAPE '\\')`,
    );
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  const order = 'ORDER BY lower(s.name), s.id';
  const offset = (q.page - 1) * q.perPage;
  if (q.openNow) {
    const { rows } = await c.query<ServiceRow>(`SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} ${filter} ${order}`, params);
    const open = rows.filter((r) => isOpenAt({ alwaysOpen: r.always_open, status: r.status, schedules: r.schedules, timeZone: r.time_zone }, now));
    return { items: open.slice(offset, offset + q.perPage).map(serviceOfRow), total: open.length };
  }
  const { rows } = await c.query<ServiceRow>(
    `SELECT ${SERVICE_COLUMNS}, count(*) OVER () AS total FROM ${SERVICE_FROM} ${filter} ${order} LIMIT ${param(q.perPage)} OFFSET ${param(offset)}`,
    params,
  );
  let total = rows[0] ? Number(rows[0].total) : 0;
  if (rows.length === 0 && offset > 0) {
    const counted = await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${SERVICE_FROM} ${filter}`, params.slice(0, -2));
    total = Number(counted.rows[0]?.n ?? 0);
  }
  return { items: rows.map(serviceOfRow), total };
}

/** A page of services (every status), by name: for the HSDS API. */
export async function servicePage(c: pg.PoolClient, page: number, perPage: number): Promise<{ items: DirectoryService[]; total: number }> {
  const { rows } = await c.query<ServiceRow>(
    `SELECT ${SERVICE_COLUMNS}, count(*) OVER () AS total FROM ${SERVICE_FROM} ORDER BY lower(s.name), s.id LIMIT $1 OFFSET $2`,
    [perPage, (page - 1) * perPage],
  );
  const total = rows[0] ? Number(rows[0].total) : Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM directory_services')).rows[0]?.n ?? 0);
  return { items: rows.map(serviceOfRow), total };
}

/** A page of directory organisations, by name: for the HSDS API. */
export async function organizationPage(c: pg.PoolClient, page: number, perPage: number): Promise<{ items: DirectoryOrganization[]; total: number }> {
  const { rows } = await c.query<OrganizationRow>(
    `SELECT ${ORGANIZATION_COLUMNS}, count(*) OVER () AS total FROM directory_organizations o ORDER BY lower(o.name), o.id LIMIT $1 OFFSET $2`,
    [perPage, (page - 1) * perPage],
  );
  const total = rows[0] ? Number(rows[0].total) : Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM directory_organizations')).rows[0]?.n ?? 0);
  return { items: rows.map(organizationOfRow), total };
}

/** The services of some directory organisations, by name. */
export async function servicesOf(c: pg.PoolClient, organizationIds: readonly string[]): Promise<DirectoryService[]> {
  const { rows } = await c.query<ServiceRow>(
    `SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE s.organization_id = ANY($1::uuid[]) ORDER BY lower(s.name), s.id`,
    [organizationIds],
  );
  return rows.map(serviceOfRow);
}

/**
 * The directory for an export: every entry, or (`maintainedBy`) the services an organisation
 * maintains with their organisations and the organisations it maintains.
 */
export async function directoryData(
  c: pg.PoolClient,
  maintainedBy?: string,
): Promise<{ organizations: DirectoryOrganization[]; services: DirectoryService[] }> {
  const services = await c.query<ServiceRow>(
    `SELECT ${SERVICE_COLUMNS} FROM ${SERVICE_FROM} WHERE ($1::uuid IS NULL OR s.org_id = $1) ORDER BY lower(s.name), s.id`,
    [maintainedBy ?? null],
  );
  const organizations = await c.query<OrganizationRow>(
    `SELECT ${ORGANIZATION_COLUMNS} FROM directory_organizations o
      WHERE $1::uuid IS NULL OR o.org_id = $1 OR o.id = ANY($2::uuid[]) ORDER BY lower(o.name), o.id`,
    [maintainedBy ?? null, services.rows.map((r) => r.organization_id)],
  );
  return { organizations: organizations.rows.map(organizationOfRow), services: services.rows.map(serviceOfRow) };
}
