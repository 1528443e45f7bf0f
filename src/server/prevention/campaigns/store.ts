import type pg from 'pg';
import type {
  ActivityFileView,
  ActivityRequest,
  ActivityType,
  ActivityView,
  Audience,
  CampaignCity,
  CampaignQuery,
  CampaignRequest,
  CampaignView,
  ReachKind,
} from '../../../core/prevention/campaign.js';
import { cityKey } from '../../../core/prevention/campaign.js';

/**
 * Campaigns and their activities in the database. Every member reads every campaign (row-level
 * security lets them); the routes decide who may change one, and the policies refuse any other
 * organisation's write all the same.
 */

interface CampaignRow {
  id: string;
  org_id: string;
  org_name: string;
  name: string;
  goal: string;
  message: string;
  starts_on: string;
  ends_on: string | null;
  organisation_ids: string[];
  partners: string[];
  audiences: string[];
  cities: CampaignCity[];
  budget: number | null;
  currency: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  counted: number;
  estimated: number;
  activities: number;
}

const CAMPAIGN_COLUMNS = `c.id, c.org_id, o.name AS org_name, c.name, c.goal, c.message, to_char(c.starts_on, 'YYYY-MM-DD') AS starts_on,
  to_char(c.ends_on, 'YYYY-MM-DD') AS ends_on, c.organisation_ids, c.partners, c.audiences, c.cities, c.budget, c.currency::text AS currency,
  c.version, c.created_at, c.updated_at,
  coalesce(r.counted, 0)::bigint AS counted, coalesce(r.estimated, 0)::bigint AS estimated, coalesce(r.activities, 0)::int AS activities`;

const CAMPAIGN_FROM = `campaigns c JOIN organisations o ON o.id = c.org_id
  LEFT JOIN LATERAL (
    SELECT sum(a.reached) FILTER (WHERE a.reach_kind = 'counted') AS counted,
           sum(a.reached) FILTER (WHERE a.reach_kind = 'estimated') AS estimated,
           count(*) AS activities
      FROM campaign_activities a WHERE a.campaign_id = c.id
  ) r ON true`;

function toCampaignView(r: CampaignRow, editable: (orgId: string) => boolean): CampaignView {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    name: r.name,
    goal: r.goal,
    message: r.message,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    organisationIds: r.organisation_ids,
    partners: r.partners,
    audiences: r.audiences as Audience[],
    cities: r.cities,
    budget: r.budget === null ? null : Number(r.budget),
    currency: r.currency,
    reach: { counted: Number(r.counted), estimated: Number(r.estimated) },
    activities: r.activities,
    editable: editable(r.org_id),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** Campaigns matching the query, the newest (by start) first, with the total before paging. */
export async function listCampaigns(
  c: pg.PoolClient,
  callerOrgId: string,
  q: CampaignQuery,
  editable: (orgId: string) => boolean,
): Promise<{ items: CampaignView[]; total: number }> {
  const args: unknown[] = [];
  const param = (v: unknown) => {
    args.push(v);
    return `$${args.length}`;
  };
  const where: string[] = [];
  if (q.scope === 'own') where.push(`c.org_id = ${param(callerOrgId)}`);
  if (q.orgId) where.push(`c.org_id = ${param(q.orgId)}`);
  if (q.q) {
    const like = param(`%${escapeLike(q.q)}%`);
    where.push(
      `(c.name ILIKE ${like} ESCAPE '\\' OR c.goal ILIKE ${like} ESCAPE '\\' OR c.message ILIKE ${like} ESCAPE '\\'
        OR EXISTS (SELECT 1 FROM unnest(c.partners) pt WHERE pt ILIKE ${like} ESCAPE '\\'))`,
    );
  }
  if (q.audience) where.push(`c.audiences @> ARRAY[${param(q.audience)}]::text[]`);
  if (q.country) {
    const country = param(q.country);
    where.push(
      `(c.cities @> jsonb_build_array(jsonb_build_object('country', ${country}::text))
        OR EXISTS (SELECT 1 FROM campaign_activities a WHERE a.campaign_id = c.id AND a.country = ${country}))`,
    );
  }
  if (q.from) where.push(`(c.ends_on IS NULL OR c.ends_on >= ${param(q.from)}::date)`);
  if (q.to) where.push(`c.starts_on <= ${param(q.to)}::date`);
  const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM campaigns c ${filter}`, args);
  const { rows } = await c.query<CampaignRow>(
    `SELECT ${CAMPAIGN_COLUMNS} FROM ${CAMPAIGN_FROM} ${filter}
      ORDER BY c.starts_on DESC, c.created_at DESC, c.id LIMIT ${param(q.limit)} OFFSET ${param(q.offset)}`,
    args,
  );
  return { items: rows.map((r) => toCampaignView(r, editable)), total: total.rows[0]?.n ?? 0 };
}

export async function campaignById(c: pg.PoolClient, id: string, editable: (orgId: string) => boolean, lock = false): Promise<CampaignView | undefined> {
  if (lock) await c.query('SELECT 1 FROM campaigns WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await c.query<CampaignRow>(`SELECT ${CAMPAIGN_COLUMNS} FROM ${CAMPAIGN_FROM} WHERE c.id = $1`, [id]);
  const r = rows[0];
  return r ? toCampaignView(r, editable) : undefined;
}

/** The columns written from a request, in the order of the SQL below. */
function campaignValues(b: CampaignRequest): unknown[] {
  return [
    b.name,
    b.goal,
    b.message,
    b.startsOn,
    b.endsOn ?? null,
    b.organisationIds,
    b.partners,
    b.audiences,
    JSON.stringify(b.cities),
    b.budget ?? null,
    b.currency ?? null,
  ];
}

export async function insertCampaign(c: pg.PoolClient, id: string, orgId: string, userId: string, b: CampaignRequest): Promise<void> {
  await c.query(
    `INSERT INTO campaigns (id, org_id, created_by, name, goal, message, starts_on, ends_on, organisation_ids, partners, audiences, cities, budget, currency)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::jsonb, $13, $14)`,
    [id, orgId, userId, ...campaignValues(b)],
  );
}

/** Writes the campaign if it is still at `version`; false when it changed meanwhile. */
export async function updateCampaign(c: pg.PoolClient, id: string, orgId: string, version: number, b: CampaignRequest): Promise<boolean> {
  const res = await c.query(
    `UPDATE campaigns SET name = $4, goal = $5, message = $6, starts_on = $7, ends_on = $8, organisation_ids = $9, partners = $10,
       audiences = $11, cities = $12::jsonb, budget = $13, currency = $14, version = version + 1, updated_at = now()
     WHERE id = $1 AND org_id = $2 AND version = $3`,
    [id, orgId, version, ...campaignValues(b)],
  );
  return res.rowCount === 1;
}

/** Removes a campaign with its activities and their files; false when there was none. */
export async function deleteCampaign(c: pg.PoolClient, id: string, orgId: string): Promise<boolean> {
  const res = await c.query('DELETE FROM campaigns WHERE id = $1 AND org_id = $2', [id, orgId]);
  return res.rowCount === 1;
}

/** Which of these ids are organisations of the network. */
export async function existingOrganisations(c: pg.PoolClient, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await c.query<{ id: string }>('SELECT id FROM organisations WHERE id = ANY($1::uuid[])', [ids]);
  return new Set(rows.map((r) => r.id));
}

/** The cities the campaign's activities name (`COUNTRY/lower-case name`), with how they are spelt. */
export async function citiesInUse(c: pg.PoolClient, campaignId: string): Promise<{ city: string; country: string }[]> {
  const { rows } = await c.query<{ city: string; country: string }>(
    'SELECT DISTINCT city, country::text AS country FROM campaign_activities WHERE campaign_id = $1 AND city IS NOT NULL ORDER BY country, city',
    [campaignId],
  );
  return rows;
}

/**
 * The campaign's activities name its cities as it spells them: after a change of spelling (same
 * city by `cityKey`), theirs follows.
 */
export async function respellActivityCities(c: pg.PoolClient, campaignId: string, cities: readonly CampaignCity[]): Promise<void> {
  const inUse = await citiesInUse(c, campaignId);
  for (const used of inUse) {
    const now = cities.find((x) => x.country === used.country && cityKey(x.country, x.name) === cityKey(used.country, used.city));
    if (now && now.name !== used.city)
      await c.query('UPDATE campaign_activities SET city = $3 WHERE campaign_id = $1 AND country = $2 AND city = $4', [
        campaignId,
        used.country,
        now.name,
        used.city,
      ]);
  }
}

// ---- activities ----

interface ActivityRow {
  id: string;
  campaign_id: string;
  org_id: string;
  type: string;
  date: string;
  city: string | null;
  country: string;
  audience: string;
  reached: number;
  reach_kind: string;
  title: string;
  description: string;
  materials: string;
  partners: string[];
  version: number;
  created_at: Date;
}

const ACTIVITY_COLUMNS = `a.id, a.campaign_id, a.org_id, a.type, to_char(a.date, 'YYYY-MM-DD') AS date, a.city, a.country::text AS country, a.audience,
  a.reached, a.reach_kind, a.title, a.description, a.materials, a.partners, a.version, a.created_at`;

interface FileRow {
  id: string;
  activity_id: string;
  name: string;
  media_type: string;
  size: number;
  created_at: Date;
}

const toFileView = (f: FileRow): ActivityFileView => ({ id: f.id, name: f.name, mediaType: f.media_type, size: f.size, createdAt: f.created_at.toISOString() });

function toActivityView(r: ActivityRow, files: ActivityFileView[]): ActivityView {
  return {
    id: r.id,
    campaignId: r.campaign_id,
    orgId: r.org_id,
    type: r.type as ActivityType,
    date: r.date,
    city: r.city,
    country: r.country,
    audience: r.audience as Audience,
    reached: r.reached,
    reachKind: r.reach_kind as ReachKind,
    title: r.title,
    description: r.description,
    materials: r.materials,
    partners: r.partners,
    files,
    version: r.version,
    createdAt: r.created_at.toISOString(),
  };
}

async function withFiles(c: pg.PoolClient, rows: ActivityRow[]): Promise<ActivityView[]> {
  if (rows.length === 0) return [];
  const files = await c.query<FileRow>(
    'SELECT id, activity_id, name, media_type, size, created_at FROM campaign_activity_files WHERE activity_id = ANY($1::uuid[]) ORDER BY created_at, id',
    [rows.map((r) => r.id)],
  );
  const byActivity = new Map<string, ActivityFileView[]>();
  for (const f of files.rows) byActivity.set(f.activity_id, [...(byActivity.get(f.activity_id) ?? []), toFileView(f)]);
  return rows.map((r) => toActivityView(r, byActivity.get(r.id) ?? []));
}

/** The activities of a campaign in date order. */
export async function listActivities(c: pg.PoolClient, campaignId: string): Promise<ActivityView[]> {
  const { rows } = await c.query<ActivityRow>(
    `SELECT ${ACTIVITY_COLUMNS} FROM campaign_activities a WHERE a.campaign_id = $1 ORDER BY a.date, a.created_at, a.id`,
    [campaignId],
  );
  return withFiles(c, rows);
}

export async function activityById(c: pg.PoolClient, campaignId: string, id: string, lock = false): Promise<ActivityView | undefined> {
  const { rows } = await c.query<ActivityRow>(
    `SELECT ${ACTIVITY_COLUMNS} FROM campaign_activities a WHERE a.campaign_id = $1 AND a.id = $2${lock ? ' FOR UPDATE' : ''}`,
    [campaignId, id],
  );
  return (await withFiles(c, rows))[0];
}

function activityValues(b: ActivityRequest): unknown[] {
  return [b.type, b.date, b.city ?? null, b.country, b.audience, b.reached, b.reachKind, b.title, b.description, b.materials, b.partners];
}

export async function insertActivity(c: pg.PoolClient, id: string, campaignId: string, orgId: string, userId: string, b: ActivityRequest): Promise<void> {
  await c.query(
    `INSERT INTO campaign_activities (id, campaign_id, org_id, created_by, type, date, city, country, audience, reached, reach_kind, title, description, materials, partners)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [id, campaignId, orgId, userId, ...activityValues(b)],
  );
}

export async function updateActivity(c: pg.PoolClient, id: string, campaignId: string, orgId: string, version: number, b: ActivityRequest): Promise<boolean> {
  const res = await c.query(
    `UPDATE campaign_activities SET type = $5, date = $6, city = $7, country = $8, audience = $9, reached = $10, reach_kind = $11, title = $12,
       description = $13, materials = $14, partners = $15, version = version + 1, updated_at = now()
     WHERE id = $1 AND campaign_id = $2 AND org_id = $3 AND version = $4`,
    [id, campaignId, orgId, version, ...activityValues(b)],
  );
  return res.rowCount === 1;
}

export async function deleteActivity(c: pg.PoolClient, id: string, campaignId: string, orgId: string): Promise<boolean> {
  const res = await c.query('DELETE FROM campaign_activities WHERE id = $1 AND campaign_id = $2 AND org_id = $3', [id, campaignId, orgId]);
  return res.rowCount === 1;
}
