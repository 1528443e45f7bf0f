import type pg from 'pg';
import type {
  EvidenceFileView,
  RecommendationFilters,
  RecommendationRequest,
  RecommendationStatus,
  RecommendationSummary,
  RecommendationView,
  SourceKind,
  SourceRequest,
  SourceView,
  StatusChangeView,
  StatusCounts,
  Theme,
} from '../../core/advocacy/recommendation.js';
import { isOverdue, zeroCounts } from '../../core/advocacy/recommendation.js';
import { todayUtc } from '../../core/cases/dates.js';

/**
 * Sources, recommendations and their status histories in the database. Every member reads them
 * all (row-level security lets them); the routes decide who may change one, and the policies refuse
 * a write of another organisation unless the caller is a network administrator.
 */

export type Editable = (orgId: string) => boolean;

// ---- sources ----

interface SourceRow {
  id: string;
  org_id: string;
  org_name: string;
  kind: string;
  name: string;
  country: string | null;
  date: string | null;
  link: string | null;
  period_start: string | null;
  period_end: string | null;
  adopted_by: string | null;
  recommendations: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SOURCE_SELECT = `SELECT s.id, s.org_id, o.name AS org_name, s.kind, s.name, s.country::text AS country, to_char(s.date, 'YYYY-MM-DD') AS date, s.link,
  to_char(s.period_start, 'YYYY-MM-DD') AS period_start, to_char(s.period_end, 'YYYY-MM-DD') AS period_end, s.adopted_by, s.version, s.created_at, s.updated_at,
  (SELECT count(*)::int FROM recommendations r WHERE r.source_id = s.id) AS recommendations
  FROM advocacy_sources s JOIN organisations o ON o.id = s.org_id`;

const toSourceView = (r: SourceRow, editable: Editable): SourceView => ({
  id: r.id,
  orgId: r.org_id,
  orgName: r.org_name,
  kind: r.kind as SourceKind,
  name: r.name,
  country: r.country,
  date: r.date,
  link: r.link,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  adoptedBy: r.adopted_by,
  recommendations: r.recommendations,
  editable: editable(r.org_id),
  version: r.version,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export async function listSources(
  c: pg.PoolClient,
  q: { kind?: SourceKind | undefined; country?: string | undefined },
  editable: Editable,
): Promise<SourceView[]> {
  const args: unknown[] = [];
  const where: string[] = [];
  if (q.kind) where.push(`s.kind = $${args.push(q.kind)}`);
  if (q.country) where.push(`s.country = $${args.push(q.country)}`);
  const { rows } = await c.query<SourceRow>(
    `${SOURCE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.date DESC NULLS LAST, s.name, s.id LIMIT 1000`,
    args,
  );
  return rows.map((r) => toSourceView(r, editable));
}

export async function sourceById(c: pg.PoolClient, id: string, editable: Editable, lock = false): Promise<SourceView | undefined> {
  if (lock) await c.query('SELECT 1 FROM advocacy_sources WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await c.query<SourceRow>(`${SOURCE_SELECT} WHERE s.id = $1`, [id]);
  return rows[0] ? toSourceView(rows[0], editable) : undefined;
}

export async function insertSource(c: pg.PoolClient, id: string, orgId: string, userId: string, b: SourceRequest): Promise<void> {
  await c.query(
    `INSERT INTO advocacy_sources (id, org_id, created_by, kind, name, country, date, link, period_start, period_end, adopted_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [id, orgId, userId, ...sourceValues(b)],
  );
}

function sourceValues(b: SourceRequest): unknown[] {
  return [b.kind, b.name, b.country ?? null, b.date ?? null, b.link ?? null, b.periodStart ?? null, b.periodEnd ?? null, b.adoptedBy ?? null];
}

/** Replaces the source's fields if it is still at `version`; false when it changed meanwhile (or row-level security hid it). */
export async function updateSource(c: pg.PoolClient, id: string, version: number, b: SourceRequest): Promise<boolean> {
  const res = await c.query(
    `UPDATE advocacy_sources SET kind = $3, name = $4, country = $5, date = $6, link = $7, period_start = $8, period_end = $9, adopted_by = $10,
       version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2`,
    [id, version, ...sourceValues(b)],
  );
  return res.rowCount === 1;
}

/** Removes the source if no recommendation uses it; false when there was none to remove. */
export async function deleteSource(c: pg.PoolClient, id: string): Promise<boolean> {
  const res = await c.query('DELETE FROM advocacy_sources s WHERE s.id = $1 AND NOT EXISTS (SELECT 1 FROM recommendations r WHERE r.source_id = s.id)', [id]);
  return res.rowCount === 1;
}

// ---- recommendations ----

interface RecommendationRow {
  id: string;
  org_id: string;
  org_name: string;
  source_id: string;
  source_kind: string;
  source_name: string;
  text: string;
  reference: string;
  country: string;
  themes: string[];
  responsible_authority: string;
  deadline: string | null;
  issued_on: string;
  status: string;
  status_since: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const REC_SELECT = `SELECT r.id, r.org_id, o.name AS org_name, r.source_id, s.kind AS source_kind, s.name AS source_name, r.text, r.reference,
  r.country::text AS country, r.themes, r.responsible_authority, to_char(r.deadline, 'YYYY-MM-DD') AS deadline,
  to_char(r.issued_on, 'YYYY-MM-DD') AS issued_on, r.status, to_char(r.status_since, 'YYYY-MM-DD') AS status_since, r.version, r.created_at, r.updated_at
  FROM recommendations r JOIN organisations o ON o.id = r.org_id JOIN advocacy_sources s ON s.id = r.source_id`;

function toSummary(r: RecommendationRow, editable: Editable, today: string): RecommendationSummary {
  const status = r.status as RecommendationStatus;
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    source: { id: r.source_id, kind: r.source_kind as SourceKind, name: r.source_name },
    text: r.text,
    reference: r.reference,
    country: r.country,
    themes: r.themes as Theme[],
    responsibleAuthority: r.responsible_authority,
    deadline: r.deadline,
    issuedOn: r.issued_on,
    status,
    statusSince: r.status_since,
    overdue: isOverdue(r.deadline, status, today),
    editable: editable(r.org_id),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (ch) => `\\${ch}`);

/** The WHERE clause of the filters, its parameters added to `args`. */
function filterSql(q: RecommendationFilters, args: unknown[]): string {
  const param = (v: unknown) => `$${args.push(v)}`;
  const where: string[] = [];
  if (q.country) where.push(`r.country = ${param(q.country)}`);
  if (q.theme) where.push(`r.themes @> ARRAY[${param(q.theme)}]::text[]`);
  if (q.status) where.push(`r.status = ${param(q.status)}`);
  if (q.sourceId) where.push(`r.source_id = ${param(q.sourceId)}`);
  if (q.deadlineBefore) where.push(`r.deadline < ${param(q.deadlineBefore)}::date`);
  if (q.q) {
    const like = param(`%${escapeLike(q.q)}%`);
    where.push(`(r.text ILIKE ${like} ESCAPE '\\' OR r.reference ILIKE ${like} ESCAPE '\\' OR r.responsible_authority ILIKE ${like} ESCAPE '\\')`);
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

const ORDER = 'ORDER BY r.country, r.issued_on DESC, r.created_at, r.id';

export async function listRecommendations(
  c: pg.PoolClient,
  q: RecommendationFilters & { limit: number; offset: number },
  editable: Editable,
): Promise<{ items: RecommendationSummary[]; total: number; byStatus: StatusCounts }> {
  const args: unknown[] = [];
  const filter = filterSql(q, args);
  const counts = await c.query<{ status: RecommendationStatus; n: number }>(
    `SELECT r.status, count(*)::int AS n FROM recommendations r ${filter} GROUP BY r.status`,
    args,
  );
  const byStatus = zeroCounts();
  for (const row of counts.rows) byStatus[row.status] = row.n;
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const { rows } = await c.query<RecommendationRow>(`${REC_SELECT} ${filter} ${ORDER} LIMIT $${args.length + 1} OFFSET $${args.length + 2}`, [
    ...args,
    q.limit,
    q.offset,
  ]);
  const today = todayUtc();
  return { items: rows.map((r) => toSummary(r, editable, today)), total, byStatus };
}

/** Every recommendation matching the filters (up to `max`), with its history: for the progress and the report. */
export async function recommendationsWithHistory(c: pg.PoolClient, q: RecommendationFilters, editable: Editable, max: number): Promise<RecommendationView[]> {
  const args: unknown[] = [];
  const filter = filterSql(q, args);
  const { rows } = await c.query<RecommendationRow>(`${REC_SELECT} ${filter} ${ORDER} LIMIT $${args.length + 1}`, [...args, max]);
  return withHistory(c, rows, editable);
}

export async function countRecommendations(c: pg.PoolClient, q: RecommendationFilters): Promise<number> {
  const args: unknown[] = [];
  const { rows } = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM recommendations r ${filterSql(q, args)}`, args);
  return rows[0]?.n ?? 0;
}

interface ChangeRow {
  id: string;
  recommendation_id: string;
  status: string;
  previous: string;
  date: string;
  evidence: string;
  recorded_by_name: string;
  recorded_at: Date;
}

interface DocumentRow {
  id: string;
  change_id: string;
  name: string;
  media_type: string;
  size: number;
  created_at: Date;
}

async function withHistory(c: pg.PoolClient, rows: RecommendationRow[], editable: Editable): Promise<RecommendationView[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const changes = await c.query<ChangeRow>(
    `SELECT id, recommendation_id, status, previous, to_char(date, 'YYYY-MM-DD') AS date, evidence, recorded_by_name, recorded_at
       FROM recommendation_status_changes WHERE recommendation_id = ANY($1::uuid[]) ORDER BY date, seq`,
    [ids],
  );
  const docs = await c.query<DocumentRow>(
    `SELECT id, change_id, name, media_type, size, created_at FROM recommendation_documents WHERE recommendation_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [ids],
  );
  const docsByChange = new Map<string, EvidenceFileView[]>();
  for (const d of docs.rows)
    docsByChange.set(d.change_id, [
      ...(docsByChange.get(d.change_id) ?? []),
      { id: d.id, name: d.name, mediaType: d.media_type, size: d.size, createdAt: d.created_at.toISOString() },
    ]);
  const history = new Map<string, StatusChangeView[]>();
  for (const ch of changes.rows)
    history.set(ch.recommendation_id, [
      ...(history.get(ch.recommendation_id) ?? []),
      {
        id: ch.id,
        status: ch.status as RecommendationStatus,
        previous: ch.previous as RecommendationStatus,
        date: ch.date,
        evidence: ch.evidence,
        documents: docsByChange.get(ch.id) ?? [],
        recordedBy: ch.recorded_by_name,
        recordedAt: ch.recorded_at.toISOString(),
      },
    ]);
  const today = todayUtc();
  return rows.map((r) => ({ ...toSummary(r, editable, today), history: history.get(r.id) ?? [] }));
}

export async function recommendationById(c: pg.PoolClient, id: string, editable: Editable, lock = false): Promise<RecommendationView | undefined> {
  if (lock) await c.query('SELECT 1 FROM recommendations WHERE id = $1 FOR UPDATE', [id]);
  const { rows } = await c.query<RecommendationRow>(`${REC_SELECT} WHERE r.id = $1`, [id]);
  return (await withHistory(c, rows, editable))[0];
}

type Stored = Omit<RecommendationRequest, 'issuedOn'> & { issuedOn: string };

function recValues(b: Stored): unknown[] {
  return [b.sourceId, b.text, b.reference, b.country, b.themes, b.responsibleAuthority, b.deadline ?? null, b.issuedOn];
}

export async function insertRecommendation(c: pg.PoolClient, id: string, orgId: string, userId: string, b: Stored): Promise<void> {
  await c.query(
    `INSERT INTO recommendations (id, org_id, created_by, source_id, text, reference, country, themes, responsible_authority, deadline, issued_on, status_since)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $11)`,
    [id, orgId, userId, ...recValues(b)],
  );
}

/** Writes the recommendation if it is still at `version`; false when it changed meanwhile. */
export async function updateRecommendation(c: pg.PoolClient, id: string, version: number, b: Stored, statusSince: string): Promise<boolean> {
  const res = await c.query(
    `UPDATE recommendations SET source_id = $3, text = $4, reference = $5, country = $6, themes = $7, responsible_authority = $8, deadline = $9,
       issued_on = $10, status_since = $11, version = version + 1, updated_at = now()
     WHERE id = $1 AND version = $2`,
    [id, version, ...recValues(b), statusSince],
  );
  return res.rowCount === 1;
}

export interface NewChange {
  readonly id: string;
  readonly recommendationId: string;
  readonly orgId: string;
  readonly status: RecommendationStatus;
  readonly previous: RecommendationStatus;
  readonly date: string;
  readonly evidence: string;
  readonly userId: string;
  readonly userName: string;
}

/** Appends a change to the history and makes it the recommendation's status. */
export async function appendChange(c: pg.PoolClient, ch: NewChange): Promise<void> {
  await c.query(
    `INSERT INTO recommendation_status_changes (id, recommendation_id, org_id, status, previous, date, evidence, recorded_by, recorded_by_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [ch.id, ch.recommendationId, ch.orgId, ch.status, ch.previous, ch.date, ch.evidence, ch.userId, ch.userName],
  );
  await c.query('UPDATE recommendations SET status = $2, status_since = $3, version = version + 1, updated_at = now() WHERE id = $1', [
    ch.recommendationId,
    ch.status,
    ch.date,
  ]);
}
