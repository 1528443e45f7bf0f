import { createHmac, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import type { EvidenceFileView } from '../../core/advocacy/recommendation.js';
import { openBytes, sealBytes } from '../crypto/org-keys.js';

/**
 * Evidence documents of status changes. The content is sealed with the owning organisation's key
 * (the recommendation's organisation, also when a network administrator of another one uploads),
 * bound to its row; a keyed digest of the plain content is checked on every download.
 */

const contentPlace = (id: string) => `recommendation_documents.content:${id}`;

function contentDigest(key: Buffer, id: string, content: Buffer): Buffer {
  return createHmac('sha256', key).update(`recommendation_documents.sha256:${id}\n`).update(content).digest();
}

export interface NewDocument {
  readonly id: string;
  readonly changeId: string;
  readonly recommendationId: string;
  readonly orgId: string;
  readonly name: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly userId: string;
}

export async function countDocuments(c: pg.PoolClient, changeId: string): Promise<number> {
  const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM recommendation_documents WHERE change_id = $1', [changeId]);
  return rows[0]?.n ?? 0;
}

export async function changeExists(c: pg.PoolClient, recommendationId: string, changeId: string): Promise<boolean> {
  const { rowCount } = await c.query('SELECT 1 FROM recommendation_status_changes WHERE id = $1 AND recommendation_id = $2 FOR UPDATE', [
    changeId,
    recommendationId,
  ]);
  return rowCount === 1;
}

export async function insertDocument(c: pg.PoolClient, key: Buffer, d: NewDocument): Promise<EvidenceFileView> {
  const { rows } = await c.query<{ created_at: Date }>(
    `INSERT INTO recommendation_documents (id, change_id, recommendation_id, org_id, name, media_type, size, sha256, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING created_at`,
    [
      d.id,
      d.changeId,
      d.recommendationId,
      d.orgId,
      d.name,
      d.mediaType,
      d.content.length,
      contentDigest(key, d.id, d.content),
      sealBytes(key, d.content, contentPlace(d.id)),
      d.userId,
    ],
  );
  return { id: d.id, name: d.name, mediaType: d.mediaType, size: d.content.length, createdAt: (rows[0]?.created_at ?? new Date()).toISOString() };
}

export interface StoredDocument {
  readonly view: EvidenceFileView;
  readonly orgId: string;
  readonly sealed: Buffer;
  readonly digest: Buffer;
}

export async function storedDocument(c: pg.PoolClient, recommendationId: string, changeId: string, id: string): Promise<StoredDocument | undefined> {
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
    `SELECT id, org_id, name, media_type, size, created_at, content, sha256 FROM recommendation_documents
      WHERE recommendation_id = $1 AND change_id = $2 AND id = $3`,
    [recommendationId, changeId, id],
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
export function openDocument(key: Buffer, d: StoredDocument): Buffer {
  const content = openBytes(key, d.sealed, contentPlace(d.view.id));
  const digest = contentDigest(key, d.view.id, content);
  if (digest.length !== d.digest.length || !timingSafeEqual(digest, d.digest) || content.length !== d.view.size) {
    throw new Error('stored recommendation document does not match its digest');
  }
  return content;
}
