import type pg from 'pg';
import type { EvidenceFileView } from '../../core/advocacy/recommendation.js';
import { insertSealedFile, type NewSealedFile, type SealedTable, type StoredSealedFile, storedSealedFile } from '../files/sealed-files.js';

/**
 * Evidence documents of status changes. The content is sealed with the owning organisation's key
 * (the recommendation's organisation, also when a network administrator of another one uploads),
 * bound to its row; a keyed digest of the plain content is checked on every download.
 */

export const DOCUMENTS: SealedTable = { table: 'recommendation_documents', what: 'recommendation document' };

export interface NewDocument extends NewSealedFile {
  readonly changeId: string;
  readonly recommendationId: string;
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

export function insertDocument(c: pg.PoolClient, key: Buffer, d: NewDocument): Promise<EvidenceFileView> {
  return insertSealedFile(c, key, DOCUMENTS, { change_id: d.changeId, recommendation_id: d.recommendationId }, d);
}

export function storedDocument(c: pg.PoolClient, recommendationId: string, changeId: string, id: string): Promise<StoredSealedFile | undefined> {
  return storedSealedFile(c, DOCUMENTS, { recommendation_id: recommendationId, change_id: changeId, id });
}
