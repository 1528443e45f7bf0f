import type pg from 'pg';
import type { RecommendationView, SourceView } from '../../core/advocacy/recommendation.js';
import { can } from '../../core/platform/policy.js';
import { appendAudit } from '../audit/store.js';
import { forbidden, notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import type { Services } from '../services.js';
import { recommendationById, sourceById } from './store.js';

/** Who reads and who changes recommendations, the audit of changes, and the owner's key. */

export type AdvocacyRecordType = 'recommendation' | 'advocacy-source' | 'recommendation-change' | 'recommendation-document' | 'recommendation-report';

/** Audited in the record's organisation (a network administrator's change shows in the owner's trail). */
export function auditAdvocacy(
  c: pg.PoolClient,
  p: Principal,
  ip: string,
  action: string,
  recordType: AdvocacyRecordType,
  recordId: string,
  orgId = p.orgId,
): Promise<number> {
  return appendAudit(c, { orgId, actorId: p.id, actorEmail: p.email, action, recordType, recordId, ip, outcome: 'success' });
}

/** May the caller change records of this organisation (its own writers; network administrators on any). */
export const editableBy = (p: Principal) => (orgId: string) => can(p, 'recommendations:write', { orgId });

export const NO_SUCH_RECOMMENDATION = 'No such recommendation.';

export async function readableRecommendation(c: pg.PoolClient, p: Principal, id: string): Promise<RecommendationView> {
  const found = await recommendationById(c, id, editableBy(p));
  if (!found) throw notFound(NO_SUCH_RECOMMENDATION);
  return found;
}

/** The recommendation, locked, for a change: 404 when there is none, 403 when the caller may not change it. */
export async function changeableRecommendation(c: pg.PoolClient, p: Principal, id: string): Promise<RecommendationView> {
  const found = await recommendationById(c, id, editableBy(p), true);
  if (!found) throw notFound(NO_SUCH_RECOMMENDATION);
  if (!found.editable) throw forbidden();
  return found;
}

export const NO_SUCH_SOURCE = 'No such source.';

/** The source, locked, for a change or its removal: 404 when there is none, 403 when the caller may not change it. */
export async function changeableSource(c: pg.PoolClient, p: Principal, id: string): Promise<SourceView> {
  const found = await sourceById(c, id, editableBy(p), true);
  if (!found) throw notFound(NO_SUCH_SOURCE);
  if (!found.editable) throw forbidden();
  return found;
}

/** An organisation's data key: the caller's own in its transaction, another's (a network administrator's change) in that organisation's. */
export async function keyOf(s: Services, c: pg.PoolClient, p: Principal, orgId: string): Promise<Buffer> {
  if (orgId === p.orgId) return s.orgKeys.keyFor(c, orgId);
  return s.db.tenant({ orgId }, (other) => s.orgKeys.keyFor(other, orgId));
}
