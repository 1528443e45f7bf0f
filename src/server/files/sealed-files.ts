import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type pg from 'pg';
import {
  contentMatches,
  type DocumentMediaType,
  documentMediaType,
  documentNameProblem,
  FILE_NAME_HEADER,
  fileNameFromHeader,
} from '../../core/cases/documents.js';
import { openBytes, sealBytes } from '../crypto/org-keys.js';
import { HttpError } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import type { RouteContext, RouteResult } from '../http/route.js';
import type { Services } from '../services.js';

/**
 * Files kept sealed in a table of their own (case documents, campaign activity files, evidence of
 * recommendations): the content is sealed with the owning organisation's key, bound to its row; a
 * keyed digest of the plain content is checked on every download. Also the checks of a raw upload
 * (the media type from Content-Type, checked against the bytes; the name from X-File-Name; the
 * count limit) and the download reply.
 */

/** One table of sealed files. */
export interface SealedTable {
  /** The table's name: the content is sealed to `<table>.content:<id>`, its digest keyed with `<table>.sha256:<id>`. */
  readonly table: string;
  /** What a row holds, for the error when its bytes do not match their digest ("campaign file"). */
  readonly what: string;
}

const contentPlace = (t: SealedTable, id: string) => `${t.table}.content:${id}`;

/**
 * The integrity digest stored beside the sealed content: HMAC-SHA-256 under the organisation's key,
 * so that the column cannot be used to confirm that a known file (a passport scan someone else
 * holds) is stored here, as a plain hash could.
 */
function contentDigest(key: Buffer, t: SealedTable, id: string, content: Buffer): Buffer {
  return createHmac('sha256', key).update(`${t.table}.sha256:${id}\n`).update(content).digest();
}

/** The plain content sealed to its row, and its digest: the `content` and `sha256` columns. */
export function sealContent(key: Buffer, t: SealedTable, id: string, content: Buffer): { readonly sealed: Buffer; readonly digest: Buffer } {
  return { digest: contentDigest(key, t, id, content), sealed: sealBytes(key, content, contentPlace(t, id)) };
}

/** The plain bytes, checked against the stored digest and size; throws when they do not match. */
export function openContent(
  key: Buffer,
  t: SealedTable,
  stored: { readonly id: string; readonly size: number; readonly sealed: Buffer; readonly digest: Buffer },
): Buffer {
  const content = openBytes(key, stored.sealed, contentPlace(t, stored.id));
  const digest = contentDigest(key, t, stored.id, content);
  if (digest.length !== stored.digest.length || !timingSafeEqual(digest, stored.digest) || content.length !== stored.size) {
    throw new Error(`stored ${t.what} does not match its digest`);
  }
  return content;
}

// ---------------------------------------------------------------------------------------------
// Tables of the common shape: id, the parent's columns, org_id, name, media_type, size, sha256,
// content, uploaded_by, created_at (the name readable: campaign and advocacy files describe work).

/** What a list shows of a file. */
export interface SealedFileView {
  readonly id: string;
  readonly name: string;
  readonly mediaType: string;
  readonly size: number;
  readonly createdAt: string;
}

export interface NewSealedFile {
  readonly id: string;
  /** The owning organisation, whose key seals the content. */
  readonly orgId: string;
  readonly name: string;
  readonly mediaType: string;
  readonly content: Buffer;
  readonly userId: string;
}

/** Inserts a file; `parent` names the parent columns (`{ activity_id: ..., campaign_id: ... }`). */
export async function insertSealedFile(
  c: pg.PoolClient,
  key: Buffer,
  t: SealedTable,
  parent: Readonly<Record<string, string>>,
  f: NewSealedFile,
): Promise<SealedFileView> {
  const { sealed, digest } = sealContent(key, t, f.id, f.content);
  const values = [f.id, ...Object.values(parent), f.orgId, f.name, f.mediaType, f.content.length, digest, sealed, f.userId];
  const { rows } = await c.query<{ created_at: Date }>(
    `INSERT INTO ${t.table} (id, ${Object.keys(parent).join(', ')}, org_id, name, media_type, size, sha256, content, uploaded_by)
     VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING created_at`,
    values,
  );
  return { id: f.id, name: f.name, mediaType: f.mediaType, size: f.content.length, createdAt: (rows[0]?.created_at ?? new Date()).toISOString() };
}

/** A file as stored: its view, the owning organisation, and the sealed content (opened by `openSealedFile`). */
export interface StoredSealedFile {
  readonly view: SealedFileView;
  readonly orgId: string;
  readonly sealed: Buffer;
  readonly digest: Buffer;
}

/** The file whose columns equal `where` (`{ campaign_id: ..., activity_id: ..., id: ... }`), if any. */
export async function storedSealedFile(c: pg.PoolClient, t: SealedTable, where: Readonly<Record<string, string>>): Promise<StoredSealedFile | undefined> {
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
    `SELECT id, org_id, name, media_type, size, created_at, content, sha256 FROM ${t.table}
      WHERE ${Object.keys(where)
        .map((column, i) => `${column} = $${i + 1}`)
        .join(' AND ')}`,
    Object.values(where),
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

/** The plain bytes of a stored file, checked against its digest; throws when they do not match. */
export function openSealedFile(key: Buffer, t: SealedTable, f: StoredSealedFile): Buffer {
  return openContent(key, t, { id: f.view.id, size: f.view.size, sealed: f.sealed, digest: f.digest });
}

/**
 * The reply to a download of a member's file: `find` looks it up in the caller's transaction (and
 * throws when the caller may not read it, or there is none); another member's file is opened with
 * its owner's key (held by the server, never sent).
 */
export async function sealedFileDownload(
  s: Services,
  p: Principal,
  tx: RouteContext<unknown, unknown, unknown>['tx'],
  t: SealedTable,
  find: (c: pg.PoolClient) => Promise<StoredSealedFile>,
): Promise<RouteResult> {
  const found = await tx(async (c) => {
    const f = await find(c);
    return { f, key: f.orgId === p.orgId ? await s.orgKeys.keyFor(c, p.orgId) : undefined };
  });
  const key = found.key ?? (await s.db.tenant({ orgId: found.f.orgId }, (c) => s.orgKeys.keyFor(c, found.f.orgId)));
  return attachmentReply(openSealedFile(key, t, found.f), found.f.view);
}

// ---------------------------------------------------------------------------------------------
// Upload and download

/** `filename*` of RFC 6266 / RFC 8187: UTF-8, percent-encoded outside the attr-char set. */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

/** A file's bytes as an attachment, never sniffed, never cached. */
export function attachmentReply(content: Buffer, view: { readonly name: string; readonly mediaType: string }, cacheControl = 'private, no-store'): RouteResult {
  return {
    body: content,
    headers: {
      'content-type': view.mediaType,
      'content-disposition': contentDisposition(view.name),
      'x-content-type-options': 'nosniff',
      'cache-control': cacheControl,
    },
  };
}

/** An upload that passed its checks. */
export interface CheckedUpload {
  readonly mediaType: DocumentMediaType;
  readonly name: string;
  readonly content: Buffer;
}

export interface UploadRules {
  /** The media types accepted (the message of a 415 lists them). */
  readonly types: readonly string[];
  /** The most files the parent keeps: `count` counts those it has, `message` answers the 409. */
  readonly limit?: { readonly max: number; readonly count: () => Promise<number>; readonly message: string };
}

/**
 * The checks of a raw upload, in this order: the media type from Content-Type (415), the bytes
 * present (400) and of that type (415), the name from X-File-Name (400, field `name`), the count
 * limit (409). Throws HttpError.
 */
export async function checkedUpload(headers: IncomingHttpHeaders, body: Buffer | undefined, rules: UploadRules): Promise<CheckedUpload> {
  const mediaType = documentMediaType(headers['content-type']);
  if (!mediaType || !rules.types.includes(mediaType))
    throw new HttpError(415, 'unsupported_file_type', `Send the file with its Content-Type, one of: ${rules.types.join(', ')}.`);
  if (!body || body.length === 0) throw new HttpError(400, 'validation_failed', 'The file is empty: send its bytes as the request body.');
  if (!contentMatches(mediaType, body))
    throw new HttpError(415, 'unsupported_file_type', `The content of the file is not ${mediaType}: send the file with its real type.`);
  const name = fileNameFromHeader(headers[FILE_NAME_HEADER]);
  const nameProblem = name === undefined ? 'the file name goes, percent-encoded, in the X-File-Name header' : documentNameProblem(name);
  if (name === undefined || nameProblem) throw new HttpError(400, 'validation_failed', `name: ${nameProblem}`, 'name');
  if (rules.limit && (await rules.limit.count()) >= rules.limit.max) throw new HttpError(409, 'conflict', rules.limit.message);
  return { mediaType, name, content: body };
}
