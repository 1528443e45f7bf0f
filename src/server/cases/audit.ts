import type pg from 'pg';
import { appendAudit } from '../audit/store.js';
import type { Principal } from '../http/principal.js';

export type CaseRecordType =
  | 'person'
  | 'case'
  | 'case-entry'
  | 'case-document'
  | 'retention'
  | 'screening'
  | 'contact'
  | 'encounter'
  | 'outreach-person'
  | 'hotline'
  | 'referral'
  | 'pathway'
  | 'directory-service'
  | 'directory-organization';

/**
 * Appends an audit entry for a person or case, in the transaction of the read or change itself:
 * a read that is not recorded does not happen, and the other way round.
 */
export function auditRecord(c: pg.PoolClient, p: Principal, ip: string, action: string, recordType: CaseRecordType, recordId: string | null): Promise<number> {
  return appendAudit(c, { orgId: p.orgId, actorId: p.id, actorEmail: p.email, action, recordType, recordId, ip, outcome: 'success' });
}
