import type pg from 'pg';
import type {
  AreaRating,
  AssessmentRequest,
  AssessmentView,
  CapacityArea,
  ExchangeNote,
  ExchangeRequest,
  ExchangeStatus,
  ExchangeView,
  OfferKind,
  OfferQuery,
  OfferRequest,
  OfferStatus,
  OfferView,
} from '../../core/capacity/capacity.js';
import type { OrgProfile } from '../../core/capacity/matching.js';

/**
 * Self-assessments, offers and exchanges in the database. Every member reads every record (row-level
 * security lets them); the routes decide who may change one, and the policies refuse any other
 * organisation's write all the same.
 */

// --- assessments ---

interface AssessmentRow {
  id: string;
  org_id: string;
  org_name: string;
  org_country: string;
  ratings: AreaRating[];
  priorities: string[];
  languages: string[];
  created_at: Date;
}

const ASSESSMENT_COLUMNS = 'a.id, a.org_id, o.name AS org_name, o.country::text AS org_country, a.ratings, a.priorities, a.languages, a.created_at';

function toAssessment(r: AssessmentRow): AssessmentView {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    orgCountry: r.org_country.trim(),
    ratings: r.ratings,
    priorities: r.priorities as CapacityArea[],
    languages: r.languages,
    createdAt: r.created_at.toISOString(),
  };
}

export async function insertAssessment(c: pg.PoolClient, id: string, orgId: string, userId: string, a: AssessmentRequest): Promise<void> {
  await c.query('INSERT INTO capacity_assessments (id, org_id, ratings, priorities, languages, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [
    id,
    orgId,
    JSON.stringify(a.ratings),
    a.priorities,
    a.languages,
    userId,
  ]);
}

export async function assessmentById(c: pg.PoolClient, id: string): Promise<AssessmentView | null> {
  const { rows } = await c.query<AssessmentRow>(
    `SELECT ${ASSESSMENT_COLUMNS} FROM capacity_assessments a JOIN organisations o ON o.id = a.org_id WHERE a.id = $1`,
    [id],
  );
  return rows[0] ? toAssessment(rows[0]) : null;
}

/** The latest assessment of each member (optionally of one country), by organisation name. */
export async function latestAssessments(c: pg.PoolClient, country?: string): Promise<AssessmentView[]> {
  const { rows } = await c.query<AssessmentRow>(
    `SELECT * FROM (
       SELECT DISTINCT ON (a.org_id) ${ASSESSMENT_COLUMNS}
         FROM capacity_assessments a JOIN organisations o ON o.id = a.org_id
        WHERE ($1::text IS NULL OR o.country = $1)
        ORDER BY a.org_id, a.created_at DESC, a.id
     ) latest ORDER BY lower(org_name), org_id`,
    [country ?? null],
  );
  return rows.map(toAssessment);
}

/** One organisation's assessments, the newest first. */
export async function assessmentHistory(c: pg.PoolClient, orgId: string): Promise<AssessmentView[]> {
  const { rows } = await c.query<AssessmentRow>(
    `SELECT ${ASSESSMENT_COLUMNS} FROM capacity_assessments a JOIN organisations o ON o.id = a.org_id WHERE a.org_id = $1 ORDER BY a.created_at DESC, a.id`,
    [orgId],
  );
  return rows.map(toAssessment);
}

export function profileOf(a: AssessmentView): OrgProfile {
  return {
    orgId: a.orgId,
    orgName: a.orgName,
    orgCountry: a.orgCountry,
    ratings: Object.fromEntries(a.ratings.map((r) => [r.area, r.rating])),
    priorities: a.priorities,
    languages: a.languages,
  };
}

export async function organisationOf(c: pg.PoolClient, id: string): Promise<{ id: string; name: string; country: string } | null> {
  const { rows } = await c.query<{ id: string; name: string; country: string }>('SELECT id, name, country::text AS country FROM organisations WHERE id = $1', [
    id,
  ]);
  return rows[0] ? { ...rows[0], country: rows[0].country.trim() } : null;
}

// --- offers ---

interface OfferRow {
  id: string;
  org_id: string;
  org_name: string;
  org_country: string;
  area: string;
  kind: string;
  description: string;
  languages: string[];
  capacity_per_year: number | null;
  status: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const OFFER_COLUMNS = `f.id, f.org_id, o.name AS org_name, o.country::text AS org_country, f.area, f.kind, f.description, f.languages,
  f.capacity_per_year, f.status, f.version, f.created_at, f.updated_at`;

function toOffer(r: OfferRow, editable: (orgId: string) => boolean): OfferView {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    orgCountry: r.org_country.trim(),
    area: r.area as CapacityArea,
    kind: r.kind as OfferKind,
    description: r.description,
    languages: r.languages,
    capacityPerYear: r.capacity_per_year,
    status: r.status as OfferStatus,
    editable: editable(r.org_id),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function listOffers(c: pg.PoolClient, q: OfferQuery, editable: (orgId: string) => boolean): Promise<OfferView[]> {
  const { rows } = await c.query<OfferRow>(
    `SELECT ${OFFER_COLUMNS} FROM capacity_offers f JOIN organisations o ON o.id = f.org_id
      WHERE ($1::uuid IS NULL OR f.org_id = $1) AND ($2::text IS NULL OR f.area = $2) AND ($3::text IS NULL OR f.status = $3)
      ORDER BY lower(o.name), f.area, f.created_at, f.id`,
    [q.orgId ?? null, q.area ?? null, q.status ?? null],
  );
  return rows.map((r) => toOffer(r, editable));
}

export async function offerById(c: pg.PoolClient, id: string, editable: (orgId: string) => boolean, lock = false): Promise<OfferView | null> {
  const { rows } = await c.query<OfferRow>(
    `SELECT ${OFFER_COLUMNS} FROM capacity_offers f JOIN organisations o ON o.id = f.org_id WHERE f.id = $1${lock ? ' FOR UPDATE OF f' : ''}`,
    [id],
  );
  return rows[0] ? toOffer(rows[0], editable) : null;
}

export async function insertOffer(c: pg.PoolClient, id: string, orgId: string, userId: string, f: OfferRequest): Promise<void> {
  await c.query(
    `INSERT INTO capacity_offers (id, org_id, area, kind, description, languages, capacity_per_year, status, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [id, orgId, f.area, f.kind, f.description, f.languages, f.capacityPerYear ?? null, f.status, userId],
  );
}

export async function updateOffer(c: pg.PoolClient, id: string, orgId: string, version: number, f: OfferRequest): Promise<boolean> {
  const res = await c.query(
    `UPDATE capacity_offers SET area = $4, kind = $5, description = $6, languages = $7, capacity_per_year = $8, status = $9,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND org_id = $2 AND version = $3`,
    [id, orgId, version, f.area, f.kind, f.description, f.languages, f.capacityPerYear ?? null, f.status],
  );
  return res.rowCount === 1;
}

export async function offerHasExchanges(c: pg.PoolClient, id: string): Promise<boolean> {
  const { rowCount } = await c.query('SELECT 1 FROM capacity_exchanges WHERE offer_id = $1 LIMIT 1', [id]);
  return (rowCount ?? 0) > 0;
}

export async function deleteOffer(c: pg.PoolClient, id: string, orgId: string): Promise<boolean> {
  const res = await c.query('DELETE FROM capacity_offers WHERE id = $1 AND org_id = $2', [id, orgId]);
  return res.rowCount === 1;
}

// --- exchanges ---

interface ExchangeRow {
  id: string;
  offer_id: string | null;
  provider_org_id: string;
  provider_org_name: string;
  receiver_org_id: string;
  receiver_org_name: string;
  org_id: string;
  area: string;
  kind: string;
  description: string;
  status: string;
  starts_on: string | null;
  ends_on: string | null;
  participants: number | null;
  outcome_rating: number | null;
  rating_before: number | null;
  rating_after: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  notes: { id: string; org_id: string; org_name: string; on: string; text: string; created_at: string }[];
}

const EXCHANGE_SELECT = `SELECT x.id, x.offer_id, x.provider_org_id, po.name AS provider_org_name, x.receiver_org_id, ro.name AS receiver_org_name,
    x.org_id, x.area, x.kind, x.description, x.status, to_char(x.starts_on, 'YYYY-MM-DD') AS starts_on, to_char(x.ends_on, 'YYYY-MM-DD') AS ends_on,
    x.participants, x.outcome_rating, x.rating_before, x.rating_after, x.version, x.created_at, x.updated_at,
    coalesce((SELECT json_agg(json_build_object('id', n.id, 'org_id', n.org_id, 'org_name', no.name, 'on', to_char(n.noted_on, 'YYYY-MM-DD'),
                                                'text', n.text, 'created_at', n.created_at) ORDER BY n.noted_on, n.created_at, n.id)
                FROM capacity_exchange_notes n JOIN organisations no ON no.id = n.org_id WHERE n.exchange_id = x.id), '[]') AS notes
  FROM capacity_exchanges x JOIN organisations po ON po.id = x.provider_org_id JOIN organisations ro ON ro.id = x.receiver_org_id`;

function toExchange(r: ExchangeRow, callerOrgId: string): ExchangeView {
  const notes: ExchangeNote[] = r.notes.map((n) => ({
    id: n.id,
    orgId: n.org_id,
    orgName: n.org_name,
    on: n.on,
    text: n.text,
    createdAt: new Date(n.created_at).toISOString(),
  }));
  return {
    id: r.id,
    offerId: r.offer_id,
    providerOrgId: r.provider_org_id,
    providerOrgName: r.provider_org_name,
    receiverOrgId: r.receiver_org_id,
    receiverOrgName: r.receiver_org_name,
    proposedByOrgId: r.org_id,
    area: r.area as CapacityArea,
    kind: r.kind as OfferKind,
    description: r.description,
    status: r.status as ExchangeStatus,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    participants: r.participants,
    outcomeRating: r.outcome_rating,
    ratingBefore: r.rating_before,
    ratingAfter: r.rating_after,
    notes,
    party: callerOrgId === r.provider_org_id || callerOrgId === r.receiver_org_id,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function exchangeById(c: pg.PoolClient, id: string, callerOrgId: string, lock = false): Promise<ExchangeView | null> {
  const { rows } = await c.query<ExchangeRow>(`${EXCHANGE_SELECT} WHERE x.id = $1${lock ? ' FOR UPDATE OF x' : ''}`, [id]);
  return rows[0] ? toExchange(rows[0], callerOrgId) : null;
}

export async function listExchanges(c: pg.PoolClient, callerOrgId: string, orgId: string | null, status: ExchangeStatus | undefined): Promise<ExchangeView[]> {
  const { rows } = await c.query<ExchangeRow>(
    `${EXCHANGE_SELECT}
      WHERE ($1::uuid IS NULL OR $1 IN (x.provider_org_id, x.receiver_org_id)) AND ($2::text IS NULL OR x.status = $2)
      ORDER BY x.created_at DESC, x.id LIMIT 500`,
    [orgId, status ?? null],
  );
  return rows.map((r) => toExchange(r, callerOrgId));
}

export async function insertExchange(
  c: pg.PoolClient,
  id: string,
  orgId: string,
  userId: string,
  e: ExchangeRequest,
  ratingBefore: number | null,
): Promise<void> {
  await c.query(
    `INSERT INTO capacity_exchanges (id, offer_id, provider_org_id, receiver_org_id, org_id, area, kind, description, starts_on, ends_on,
                                     participants, rating_before, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      id,
      e.offerId ?? null,
      e.providerOrgId,
      e.receiverOrgId,
      orgId,
      e.area,
      e.kind,
      e.description,
      e.startsOn ?? null,
      e.endsOn ?? null,
      e.participants ?? null,
      ratingBefore,
      userId,
    ],
  );
}

export interface ExchangeChange {
  status: ExchangeStatus;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  participants: number | null;
  outcomeRating: number | null;
  ratingAfter: number | null;
}

export async function updateExchange(c: pg.PoolClient, id: string, version: number, x: ExchangeChange): Promise<boolean> {
  const res = await c.query(
    `UPDATE capacity_exchanges SET status = $3, description = $4, starts_on = $5, ends_on = $6, participants = $7, outcome_rating = $8,
            rating_after = $9, version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2`,
    [id, version, x.status, x.description, x.startsOn, x.endsOn, x.participants, x.outcomeRating, x.ratingAfter],
  );
  return res.rowCount === 1;
}

export async function insertExchangeNote(
  c: pg.PoolClient,
  id: string,
  exchangeId: string,
  orgId: string,
  userId: string,
  on: string,
  text: string,
): Promise<void> {
  await c.query('INSERT INTO capacity_exchange_notes (id, exchange_id, org_id, noted_on, text, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [
    id,
    exchangeId,
    orgId,
    on,
    text,
    userId,
  ]);
}
