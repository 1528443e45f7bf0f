import type pg from 'pg';
import { type ReferralStatus, referralReference } from '../../core/referrals/referral.js';
import { auditRecord } from '../cases/audit.js';
import type { Principal } from '../http/principal.js';
import type { Services } from '../services.js';
import { notifyOtherSide, type Recipient } from './notify.js';
import { addEvent } from './store.js';

/**
 * A consent was withdrawn: sharing stops. Every referral that relied on it loses its shared
 * snapshot (the receiver no longer sees it; a case the receiver opened stays theirs); one not yet
 * answered is withdrawn. The receivers are told. Answers whom to e-mail.
 */
export async function consentWithdrawn(
  c: pg.PoolClient,
  s: Services,
  p: Principal,
  ip: string,
  consentId: string,
): Promise<{ recipients: Recipient[]; reference: string }[]> {
  const { rows } = await c.query<{ id: string; status: ReferralStatus; org_id: string; to_org_id: string; wrapped_key: Buffer; accepted_by: string | null }>(
    `UPDATE referrals SET sealed_shared = NULL, consent_withdrawn_at = now(), version = version + 1, updated_at = now(),
       status = CASE WHEN status = 'sent' THEN 'withdrawn' ELSE status END,
       closed_at = CASE WHEN status = 'sent' THEN now() ELSE closed_at END
     WHERE org_id = $1 AND consent_id = $2 AND consent_withdrawn_at IS NULL
     RETURNING id, status, org_id, to_org_id, wrapped_key, accepted_by`,
    [p.orgId, consentId],
  );
  const out: { recipients: Recipient[]; reference: string }[] = [];
  for (const r of rows) {
    if (r.status === 'withdrawn') await addEvent(c, r, s.masterKey, { status: 'withdrawn', side: 'sender', actorId: p.id, actorName: p.name });
    await auditRecord(c, p, ip, 'referral.consent-withdrawn', 'referral', r.id);
    out.push({ recipients: await notifyOtherSide(c, r.id, 'referral.consent-withdrawn', r.accepted_by), reference: referralReference(r.id) });
  }
  return out;
}
