import type pg from 'pg';
import { todayUtc } from '../../core/cases/dates.js';
import { appendAudit } from '../audit/store.js';
import { Params, type Viewer, caseReadableSql } from '../cases/access.js';

/**
 * Retention of closed cases. An organisation may set `retention_months` (case settings): a case
 * closed (closed or closed-referred) that long ago is purged — deleted with all its work, documents
 * and timeline — and so is its person when no other case of theirs is left. The audit trail keeps
 * that it happened (`retention.purge`, `case.purge`, `person.purge`), never what was purged.
 *
 * Every function works inside one organisation's transaction (row-level security applies) and
 * names the organisation in every query. The moment a case is due is `closed_at` plus the months,
 * compared with the transaction's clock.
 */

/** How far ahead the report looks for cases that will soon be due. */
export const UPCOMING_DAYS = 30;

export interface RetentionItem {
  readonly caseId: string;
  readonly caseNumber: number;
  readonly personId: string;
  /** The person's first name and family name, only for cases the reader may read (never for restricted ones). */
  readonly personName: string | null;
  readonly restricted: boolean;
  /** When the case was closed (ISO 8601). */
  readonly closedAt: string;
  /** The day the case is (or was) due for purging, UTC. */
  readonly purgeOn: string;
  /** The person is purged with it: no other case of theirs is left by then. */
  readonly personGoes: boolean;
}

export interface RetentionReport {
  readonly retentionMonths: number | null;
  readonly today: string;
  readonly upcomingDays: number;
  /** Purged by the next purge. */
  readonly due: readonly RetentionItem[];
  /** Due within the next `upcomingDays` days. */
  readonly upcoming: readonly RetentionItem[];
}

export interface PurgeResult {
  readonly retentionMonths: number | null;
  readonly cases: number;
  readonly persons: number;
  readonly caseIds: readonly string[];
  readonly personIds: readonly string[];
}

/** Who purges: a user (from the API), the command line or the daily schedule. */
export interface PurgeActor {
  readonly actorId: string | null;
  readonly actorEmail: string | null;
  readonly ip: string | null;
  /** Record `retention.purge` even when nothing was due (a person asked; the schedule does not). */
  readonly auditEmpty: boolean;
}

export async function retentionMonths(c: pg.PoolClient, orgId: string): Promise<number | null> {
  const { rows } = await c.query<{ m: number | null }>('SELECT retention_months AS m FROM case_settings WHERE org_id = $1', [orgId]);
  return rows[0]?.m ?? null;
}

/** Closed cases of the organisation and the moment each is due, as SQL over `$1` (the organisation) and `$2` (months). */
const CLOSED = `SELECT c.id, c.number, c.person_id, c.closed_at, c.restricted_to IS NOT NULL AS restricted,
                       c.closed_at + make_interval(months => $2::int) AS purge_at
                  FROM cases c
                 WHERE c.org_id = $1 AND c.status IN ('closed', 'closed-referred') AND c.closed_at IS NOT NULL`;

/**
 * Cases due now and within the next `UPCOMING_DAYS` days. With a viewer, the names of the persons
 * of the cases that viewer may read; without one (command line), ids and dates only.
 */
export async function retentionReport(c: pg.PoolClient, orgId: string, viewer?: Viewer): Promise<RetentionReport> {
  const months = await retentionMonths(c, orgId);
  const today = todayUtc();
  if (months === null) return { retentionMonths: null, today, upcomingDays: UPCOMING_DAYS, due: [], upcoming: [] };
  const params = new Params();
  params.add(orgId);
  params.add(months);
  const readable = viewer ? caseReadableSql('k', viewer, params) : 'false';
  const { rows } = await c.query<{
    id: string;
    number: number;
    person_id: string;
    closed_at: Date;
    restricted: boolean;
    purge_on: string;
    due: boolean;
    person_goes: boolean;
    person_name: string | null;
  }>(
    `WITH closed AS (${CLOSED})
     SELECT d.id, d.number, d.person_id, d.closed_at, d.restricted,
            to_char(d.purge_at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS purge_on,
            d.purge_at <= now() AS due,
            NOT EXISTS (SELECT 1 FROM cases o LEFT JOIN closed oc ON oc.id = o.id
                         WHERE o.org_id = $1 AND o.person_id = d.person_id AND o.id <> d.id
                           AND (oc.purge_at IS NULL OR oc.purge_at > greatest(d.purge_at, now()))) AS person_goes,
            CASE WHEN (SELECT ${readable} FROM cases k WHERE k.id = d.id)
                 THEN (SELECT trim(n.given || ' ' || n.family) FROM person_names n WHERE n.org_id = $1 AND n.person_id = d.person_id ORDER BY n.ord LIMIT 1)
            END AS person_name
       FROM closed d
      WHERE d.purge_at <= now() + make_interval(days => ${UPCOMING_DAYS})
      ORDER BY d.purge_at, d.number`,
    params.values,
  );
  const items = rows.map((r) => ({
    due: r.due,
    item: {
      caseId: r.id,
      caseNumber: r.number,
      personId: r.person_id,
      personName: r.restricted ? null : r.person_name,
      restricted: r.restricted,
      closedAt: r.closed_at.toISOString(),
      purgeOn: r.purge_on,
      personGoes: r.person_goes,
    },
  }));
  return {
    retentionMonths: months,
    today,
    upcomingDays: UPCOMING_DAYS,
    due: items.filter((x) => x.due).map((x) => x.item),
    upcoming: items.filter((x) => !x.due).map((x) => x.item),
  };
}

/**
 * Purges the cases due now, and the persons left without a case, in the caller's transaction (all
 * or nothing). Purges of one organisation run one at a time. Nothing happens without a retention.
 */
export async function purgeDue(c: pg.PoolClient, orgId: string, actor: PurgeActor): Promise<PurgeResult> {
  await c.query('SELECT pg_advisory_xact_lock(7307, hashtext($1))', [`retention:${orgId}`]);
  const months = await retentionMonths(c, orgId);
  let caseIds: string[] = [];
  let personIds: string[] = [];
  if (months !== null) {
    const purged = await c.query<{ id: string; person_id: string }>(
      // The conditions are on the deleted row itself: a case reopened by a request this purge waited
      // for is re-checked as it is now (under READ COMMITTED a subquery would keep the old row).
      `DELETE FROM cases c WHERE c.org_id = $1 AND c.status IN ('closed', 'closed-referred') AND c.closed_at IS NOT NULL
          AND c.closed_at + make_interval(months => $2::int) <= now() RETURNING c.id, c.person_id`,
      [orgId, months],
    );
    caseIds = purged.rows.map((r) => r.id).sort();
    const touched = [...new Set(purged.rows.map((r) => r.person_id))];
    if (touched.length) {
      // Lock the persons first: a case opened for one of them meanwhile keeps them.
      await c.query('SELECT id FROM persons WHERE org_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE', [orgId, touched]);
      const gone = await c.query<{ id: string }>(
        `DELETE FROM persons p WHERE p.org_id = $1 AND p.id = ANY($2::uuid[])
            AND NOT EXISTS (SELECT 1 FROM cases k WHERE k.org_id = $1 AND k.person_id = p.id) RETURNING p.id`,
        [orgId, touched],
      );
      personIds = gone.rows.map((r) => r.id).sort();
    }
  }
  const audit = (action: string, recordType: string, recordId: string | null) =>
    appendAudit(c, { orgId, actorId: actor.actorId, actorEmail: actor.actorEmail, action, recordType, recordId, ip: actor.ip, outcome: 'success' });
  if (caseIds.length || actor.auditEmpty) {
    await audit('retention.purge', 'retention', null);
    for (const id of caseIds) await audit('case.purge', 'case', id);
    for (const id of personIds) await audit('person.purge', 'person', id);
  }
  return { retentionMonths: months, cases: caseIds.length, persons: personIds.length, caseIds, personIds };
}
