import type pg from 'pg';
import { can } from '../../../core/platform/policy.js';
import type { CampaignView } from '../../../core/prevention/campaign.js';
import { appendAudit } from '../../audit/store.js';
import { forbidden, notFound } from '../../http/errors.js';
import type { Principal } from '../../http/principal.js';
import { campaignById } from './store.js';

/** Who reads and who changes a campaign, and the audit of changes. */

export type CampaignRecordType = 'campaign' | 'campaign-activity' | 'campaign-file';

export function auditCampaign(c: pg.PoolClient, p: Principal, ip: string, action: string, recordType: CampaignRecordType, recordId: string): Promise<number> {
  return appendAudit(c, { orgId: p.orgId, actorId: p.id, actorEmail: p.email, action, recordType, recordId, ip, outcome: 'success' });
}

/** May the caller change campaigns of this organisation? */
export const editableBy = (p: Principal) => (orgId: string) => orgId === p.orgId && can(p, 'campaigns:write', { orgId });

export const NO_SUCH_CAMPAIGN = 'No such campaign.';
export const NO_SUCH_ACTIVITY = 'No such activity in this campaign.';

/** The campaign, for reading: any member's. */
export async function readableCampaign(c: pg.PoolClient, p: Principal, id: string): Promise<CampaignView> {
  const found = await campaignById(c, id, editableBy(p));
  if (!found) throw notFound(NO_SUCH_CAMPAIGN);
  return found;
}

/** The campaign, for a change: the caller's organisation's own (locked), else 403; 404 when there is none. */
export async function changeableCampaign(c: pg.PoolClient, p: Principal, id: string): Promise<CampaignView> {
  const found = await campaignById(c, id, editableBy(p), true);
  if (!found) throw notFound(NO_SUCH_CAMPAIGN);
  if (!found.editable) throw forbidden();
  return found;
}
