import type pg from 'pg';
import type { DocumentView } from '../../core/cases/views.js';
import { openValue, sealValue } from '../crypto/org-keys.js';
import { openContent, type SealedTable, sealContent } from '../files/sealed-files.js';

/**
 * Files on a case. The name and the content are sealed with the organisation key, each bound to
 * its own place, so that neither opens in another row or column; the SHA-256 of the plain content
 * is kept to check, on every download, that what comes out is what went in.
 */

const namePlace = (id: string) => `case_documents.name:${id}`;
/** The content: sealed to `case_documents.content:<id>`, its digest keyed with `case_documents.sha256:<id>`. */
const DOCUMENTS: SealedTable = { table: 'case_documents', what: 'document' };

interface DocumentRow {
  id: string;
  case_id: string;
  category: string;
  media_type: string;
  size: number;
  name: Buffer;
  uploaded_by: string | null;
  uploaded_at: Date;
}

/** Everything but the content: what a list needs. */
const COLUMNS = 'id, case_id, category, media_type, size, name, uploaded_by, uploaded_at';

function toView(key: Buffer, r: DocumentRow): DocumentView {
  return {
    id: r.id,
    caseId: r.case_id,
    name: openValue(key, r.name, namePlace(r.id)),
    category: r.category,
    mediaType: r.media_type,
    size: r.size,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at.toISOString(),
  };
}

export interface NewDocument {
  readonly id: string;
  readonly caseId: string;
  readonly name: string;
  readonly category: string;
  readonly mediaType: string;
  readonly content: Buffer;
}

export async function insertDocument(c: pg.PoolClient, key: Buffer, orgId: string, userId: string, d: NewDocument): Promise<DocumentView> {
  const { sealed, digest } = sealContent(key, DOCUMENTS, d.id, d.content);
  const { rows } = await c.query<DocumentRow>(
    `INSERT INTO case_documents (id, org_id, case_id, category, media_type, size, sha256, name, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
    [d.id, orgId, d.caseId, d.category, d.mediaType, d.content.length, digest, sealValue(key, d.name, namePlace(d.id)), sealed, userId],
  );
  return toView(key, rows[0] as DocumentRow);
}

/** The documents of a case, newest first. */
export async function listDocuments(c: pg.PoolClient, key: Buffer, orgId: string, caseId: string): Promise<DocumentView[]> {
  const { rows } = await c.query<DocumentRow>(`SELECT ${COLUMNS} FROM case_documents WHERE org_id = $1 AND case_id = $2 ORDER BY uploaded_at DESC, id DESC`, [
    orgId,
    caseId,
  ]);
  return rows.map((r) => toView(key, r));
}

/** The file's bytes, opened and checked against the stored digest; throws when they do not match. */
export async function documentContent(
  c: pg.PoolClient,
  key: Buffer,
  orgId: string,
  caseId: string,
  id: string,
): Promise<{ view: DocumentView; content: Buffer } | undefined> {
  const { rows } = await c.query<DocumentRow & { content: Buffer; sha256: Buffer }>(
    `SELECT ${COLUMNS}, content, sha256 FROM case_documents WHERE org_id = $1 AND case_id = $2 AND id = $3`,
    [orgId, caseId, id],
  );
  const r = rows[0];
  if (!r) return undefined;
  const content = openContent(key, DOCUMENTS, { id: r.id, size: r.size, sealed: r.content, digest: r.sha256 });
  return { view: toView(key, r), content };
}

/** Removes a document; false when there was none. */
export async function deleteDocument(
  c: pg.PoolClient,
  orgId: string,
  caseId: string,
  id: string,
): Promise<{ category: string; media_type: string; size: number } | undefined> {
  const { rows } = await c.query<{ category: string; media_type: string; size: number }>(
    'DELETE FROM case_documents WHERE org_id = $1 AND case_id = $2 AND id = $3 RETURNING category, media_type, size',
    [orgId, caseId, id],
  );
  return rows[0];
}
