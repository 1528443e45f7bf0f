import type pg from 'pg';
import { CASE_ROLES, type CaseViewer } from '../../core/cases/visibility.js';
import type { Principal } from '../http/principal.js';
import { prepared } from '../db/prepared.js';

/**
 * Case visibility in SQL: the same rules as `canReadCase` (src/core/cases/visibility.ts), as a
 * predicate that list and search queries put in their WHERE clause, so that a caseworker's list
 * never holds a case they may not read. visibility.test.ts (server) checks the two agree.
 */

/** A reader of cases: who they are, and whom they supervise. */
export interface Viewer extends CaseViewer {
  readonly admin: boolean;
  readonly caseRole: boolean;
  /** Users this viewer supervises (empty unless a supervisor). */
  readonly staffIds: readonly string[];
}

export async function viewerOf(c: pg.PoolClient, p: Principal): Promise<Viewer> {
  const supervisor = p.roles.includes('supervisor');
  const staffIds = supervisor
    ? (await c.query<{ id: string }>(prepared('SELECT id FROM users WHERE org_id = $1 AND supervisor_id = $2', [p.orgId, p.id]))).rows.map((r) => r.id)
    : [];
  return { id: p.id, orgId: p.orgId, roles: p.roles, admin: p.roles.includes('org-admin'), caseRole: p.roles.some((r) => CASE_ROLES.includes(r)), staffIds };
}

/** Collects query parameters and returns their placeholders. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** True where the viewer may read the case aliased `c`. */
export function caseReadableSql(c: string, v: Viewer, params: Params): string {
  if (!v.caseRole) return 'false';
  const me = params.add(v.id);
  const staff = params.add(v.staffIds);
  const admin = v.admin ? 'true' : 'false';
  // coalesce: a case without a caseworker compares as NULL, which must read as "no".
  return `coalesce(CASE WHEN ${c}.restricted_to IS NOT NULL THEN ${me}::uuid = ANY(${c}.restricted_to)
    ELSE (${admin} OR ${c}.caseworker_id = ${me}::uuid OR ${me}::uuid = ANY(${c}.team_ids)
          OR ${c}.caseworker_id = ANY(${staff}::uuid[]) OR ${c}.team_ids && ${staff}::uuid[]) END, false)`;
}

/** True where the viewer may know the case aliased `c` exists (readers, and the organisation's administrators). */
export function caseVisibleSql(c: string, v: Viewer, params: Params): string {
  return v.admin ? 'true' : caseReadableSql(c, v, params);
}

/**
 * True where the viewer may read the person aliased `p`: one of their cases is readable, or they
 * have no case yet and the viewer created them (or supervises who did, or administers the
 * organisation). A person whose every case is restricted is hidden even from administrators.
 */
export function personReadableSql(p: string, v: Viewer, params: Params): string {
  if (!v.caseRole) return 'false';
  const readable = caseReadableSql('rc', v, params);
  const me = params.add(v.id);
  const staff = params.add(v.staffIds);
  const admin = v.admin ? 'true' : 'false';
  return `(EXISTS (SELECT 1 FROM cases rc WHERE rc.person_id = ${p}.id AND ${readable})
    OR (NOT EXISTS (SELECT 1 FROM cases nc WHERE nc.person_id = ${p}.id)
        AND (${admin} OR ${p}.created_by = ${me}::uuid OR ${p}.created_by = ANY(${staff}::uuid[]))))`;
}
