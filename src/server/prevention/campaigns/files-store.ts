import { createHmac, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import type { ActivityFileView } from '../../../core/prevention/campaign.js';
import { openBytes, sealBytes } from '../../crypto/org-keys.js';

/**
 * Photos and files of campaign activities. The content is sealed with the owning organisation's
 * key, bound to its row; a keyed digest of the plain content is checked on every download. The
 * name stays readable: campaigns describe work, and every member lists an activity's files.
 */

const contentPlace = (id: string) => `campaign_activity_files.content:${id}`;

function contentDigest(key: Buffer, id: string, content: Buffer): Buffer {
  return createHmac('sha256', key).update(`campaign_activity_files.sha256:${id}\n`).update(content).digest();
}

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

export async function insertFile(c: pg.PoolClient, key: Buffer, orgId: string, userId: string, f: NewActivityFile): Promise<ActivityFileView> {
  const { rows } = await c.query<{ created_at: Date }>(
    `INSERT INTO campaign_activity_files (id, activity_id, campaign_id, org_id, name, media_type, size, sha256, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING created_at`,
    [
      f.id,
      f.activityId,
      f.campaignId,
      orgId,
      f.name,
      f.mediaType,
      f.content.length,
      contentDigest(key, f.id, f.content),
      sealBytes(key, f.content, contentPlace(f.id)),
      userId,
    ],
  );
  return { id: f.id, name: f.name, mediaType: f.mediaType, size: f.content.length, createdAt: (rows[0]?.created_at ?? new Date()).toISOString() };
}

/** A file as stored: its view, the owning organisation, and the sealed content (opened by `openFile`). */
export interface StoredFile {
  readonly view: ActivityFileView;
  readonly orgId: string;
  readonly sealed: Buffer;
  readonly digest: Buffer;
}

export async function storedFile(c: pg.PoolClient, campaignId: string, activityId: string, id: string): Promise<StoredFile | undefined> {
  const { rows } = await c.query<{
    id: string;
    org_id: string;
    name: string;
    media_type: string;
    size: number;
    created_at: Date;
    content: Buffer;
    sha256: Buffer;
  }>(
    `SELECT id, org_id, name, media_type, size, created_at, content, sha256 FROM campaign_activity_files
      WHERE campaign_id = $1 AND activity_id = $2 AND id = $3`,
    [campaignId, activityId, id],
  );
  const r = rows[0];
  if (!r) return undefined;
  return {
    view: { id: r.id, name: r.name, mediaType: r.media_type, size: r.size, createdAt: r.created_at.toISOString() },
    orgId: r.org_id,
    sealed: r.content,
    digest: r.sha256,
  };
}

/** The plain bytes, checked against the stored digest; throws when they do not match. */
export function openFile(key: Buffer, f: StoredFile): Buffer {
  const content = openBytes(key, f.sealed, contentPlace(f.view.id));
  const digest = contentDigest(key, f.view.id, content);
  if (digest.length !== f.digest.length || !timingSafeEqual(digest, f.digest) || content.length !== f.view.size) {
    throw new Error('stored campaign file does not match its digest');
  }
  return content;
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
