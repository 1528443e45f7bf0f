import type pg from 'pg';
import { can } from '../../core/platform/policy.js';
import { requireCase } from '../cases/routes.js';
import { notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import type { Services } from '../services.js';
import { type ReferralRow, referralRow, type Side, sideOf, type Viewing } from './store.js';

export const NO_SUCH_REFERRAL = 'No such referral.';

/** What the caller may see of a referral: the sender's side also opens the override's reason, for its supervisors and its author. */
export async function viewingFor(s: Services, c: pg.PoolClient, p: Principal, r: Pick<ReferralRow, 'org_id'>): Promise<Viewing> {
  return {
    orgId: p.orgId,
    masterKey: s.masterKey,
    userId: p.id,
    oversee: can(p, 'referrals:oversee'),
    ...(r.org_id === p.orgId ? { senderKey: await s.orgKeys.keyFor(c, p.orgId) } : {}),
  };
}

/**
 * The referral, if the caller's side may see it (else 404): the receiver's intake sees every
 * incoming one; on the sender's side, those of cases the caller may read.
 */
export async function loadReferral(s: Services, c: pg.PoolClient, p: Principal, id: string, lock = false): Promise<{ row: ReferralRow; side: Side }> {
  const row = await referralRow(c, p.orgId, p.id, id, lock);
  const side = row && sideOf(row, p.orgId);
  if (!row || !side) throw notFound(NO_SUCH_REFERRAL);
  if (side === 'receiver' && !can(p, 'referrals:receive')) throw notFound(NO_SUCH_REFERRAL);
  // The case is gone (the person erased, or the case purged): only overseers and whoever sent it.
  if (side === 'sender' && !row.case_id && !can(p, 'referrals:oversee') && row.sent_by !== p.id) throw notFound(NO_SUCH_REFERRAL);
  if (side === 'sender' && row.case_id) {
    try {
      await requireCase(s, c, p, row.case_id);
    } catch {
      throw notFound(NO_SUCH_REFERRAL);
    }
  }
  return { row, side };
}
