import type pg from 'pg';
import type { ScreeningResult } from '../../core/identification/engine.js';
import type { Answer, InstrumentId } from '../../core/identification/instrument.js';
import type { ScreeningView } from '../../core/identification/screening.js';
import { Params, type Viewer, caseReadableSql, personReadableSql } from '../cases/access.js';
import { openJson, sealJson } from '../crypto/org-keys.js';

/** Screenings of one organisation; answers and result sealed, outcome plain for counting. */

interface ScreeningRow {
  id: string;
  instrument_id: InstrumentId;
  instrument_version: number;
  sealed: Buffer;
  person_id: string | null;
  case_id: string | null;
  link_type: 'contact' | 'encounter' | null;
  link_id: string | null;
  created_by: string | null;
  created_at: Date;
}

const COLUMNS = 's.id, s.instrument_id, s.instrument_version, s.sealed, s.person_id, s.case_id, s.link_type, s.link_id, s.created_by, s.created_at';
const place = (id: string) => `screenings.sealed:${id}`;

export interface NewScreening {
  readonly id: string;
  readonly answers: Readonly<Record<string, Answer>>;
  readonly result: ScreeningResult;
  readonly personId: string | null;
  readonly caseId: string | null;
  readonly link: { readonly type: 'contact' | 'encounter'; readonly id: string } | null;
}

export async function insertScreening(c: pg.PoolClient, key: Buffer, orgId: string, userId: string, s: NewScreening): Promise<void> {
  await c.query(
    `INSERT INTO screenings (id, org_id, instrument_id, instrument_version, presumed_victim, settled, sealed, person_id, case_id, link_type, link_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      s.id,
      orgId,
      s.result.instrumentId,
      s.result.version,
      s.result.presumedVictim,
      s.result.settled,
      sealJson(key, { answers: s.answers, result: s.result }, place(s.id)),
      s.personId,
      s.caseId,
      s.link?.type ?? null,
      s.link?.id ?? null,
      userId,
    ],
  );
}

function toView(key: Buffer, r: ScreeningRow): ScreeningView {
  const { answers, result } = openJson<{ answers: Record<string, Answer>; result: ScreeningView['result'] }>(key, r.sealed, place(r.id));
  return {
    id: r.id,
    instrumentId: r.instrument_id,
    instrumentVersion: r.instrument_version,
    answers,
    result,
    personId: r.person_id,
    caseId: r.case_id,
    link: r.link_type && r.link_id ? { type: r.link_type, id: r.link_id } : null,
    createdBy: r.created_by,
    createdAt: r.created_at.toISOString(),
  };
}

/**
 * Who reads a screening: whoever made it (and their supervisor), whoever may read the case or the
 * person it is about, and administrators for screenings about nobody recorded yet.
 */
function readableSql(v: Viewer, params: Params): string {
  const me = params.add(v.id);
  const staff = params.add(v.staffIds);
  const caseOk = caseReadableSql('sc', v, params);
  const personOk = personReadableSql('sp', v, params);
  return `(s.created_by = ${me}::uuid OR s.created_by = ANY(${staff}::uuid[])
    OR (s.case_id IS NOT NULL AND EXISTS (SELECT 1 FROM cases sc WHERE sc.id = s.case_id AND ${caseOk}))
    OR (s.person_id IS NOT NULL AND EXISTS (SELECT 1 FROM persons sp WHERE sp.id = s.person_id AND ${personOk}))
    OR (${v.admin ? 'true' : 'false'} AND s.person_id IS NULL AND s.case_id IS NULL))`;
}

export async function readableScreening(c: pg.PoolClient, key: Buffer, v: Viewer, id: string): Promise<ScreeningView | undefined> {
  const params = new Params();
  const readable = readableSql(v, params);
  const { rows } = await c.query<ScreeningRow>(
    `SELECT ${COLUMNS} FROM screenings s WHERE s.org_id = ${params.add(v.orgId)} AND s.id = ${params.add(id)} AND ${readable}`,
    params.values,
  );
  return rows[0] ? toView(key, rows[0]) : undefined;
}

export async function listScreenings(
  c: pg.PoolClient,
  key: Buffer,
  v: Viewer,
  q: { personId?: string | undefined; caseId?: string | undefined; limit: number },
): Promise<ScreeningView[]> {
  const params = new Params();
  const where = [`s.org_id = ${params.add(v.orgId)}`, readableSql(v, params)];
  if (q.personId) where.push(`s.person_id = ${params.add(q.personId)}::uuid`);
  if (q.caseId) where.push(`s.case_id = ${params.add(q.caseId)}::uuid`);
  const { rows } = await c.query<ScreeningRow>(
    `SELECT ${COLUMNS} FROM screenings s WHERE ${where.join(' AND ')} ORDER BY s.created_at DESC LIMIT ${params.add(q.limit)}`,
    params.values,
  );
  return rows.map((r) => toView(key, r));
}

/** For the data module: screenings by instrument and outcome in a period (counts only). */
export async function countScreenings(
  c: pg.PoolClient,
  orgId: string,
  from: Date,
  to: Date,
): Promise<{ instrumentId: InstrumentId; presumedVictim: boolean; count: number }[]> {
  const { rows } = await c.query<{ instrument_id: InstrumentId; presumed_victim: boolean; n: number }>(
    `SELECT instrument_id, presumed_victim, count(*)::int AS n FROM screenings
      WHERE org_id = $1 AND created_at >= $2 AND created_at < $3 GROUP BY instrument_id, presumed_victim ORDER BY instrument_id, presumed_victim`,
    [orgId, from, to],
  );
  return rows.map((r) => ({ instrumentId: r.instrument_id, presumedVictim: r.presumed_victim, count: r.n }));
}
