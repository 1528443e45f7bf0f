import type pg from 'pg';
import type { ActivityFileView } from '../../../core/prevention/campaign.js';
import { insertSealedFile, type SealedTable, type StoredSealedFile, storedSealedFile } from '../../files/sealed-files.js';

/**
 * Photos and files of campaign activities. The content is sealed with the owning organisation's
 * key, bound to its row; a keyed digest of the plain content is checked on every download. The
 * name stays readable: campaigns describe work, and every member lists an activity's files.
 */

export const FILES: SealedTable = { table: 'campaign_activity_files', what: 'campaign file' };

export interface NewActivityFile {
  readonly id: string;
  readonly activityId: string;
  readonly campaignId: string;
  readonly name: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

export async function countFiles(c: pg.PoolClient, activityId: string): Promise<number> {
  const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM campaign_activity_files WHERE activity_id = $1', [activityId]);
  return rows[0]?.n ?? 0;
}

export function insertFile(c: pg.PoolClient, key: Buffer, orgId: string, userId: string, f: NewActivityFile): Promise<ActivityFileView> {
  return insertSealedFile(c, key, FILES, { activity_id: f.activityId, campaign_id: f.campaignId }, { ...f, orgId, userId });
}

export function storedFile(c: pg.PoolClient, campaignId: string, activityId: string, id: string): Promise<StoredSealedFile | undefined> {
  return storedSealedFile(c, FILES, { campaign_id: campaignId, activity_id: activityId, id });
}

export async function deleteFile(c: pg.PoolClient, orgId: string, campaignId: string, activityId: string, id: string): Promise<boolean> {
  const res = await c.query('DELETE FROM campaign_activity_files WHERE id = $1 AND activity_id = $2 AND campaign_id = $3 AND org_id = $4', [
    id,
    activityId,
    campaignId,
    orgId,
  ]);
  return res.rowCount === 1;
}
