import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  DOCUMENT_MEDIA_TYPES,
  FILE_NAME_HEADER,
  MAX_DOCUMENT_SIZE,
  contentMatches,
  documentMediaType,
  documentNameProblem,
  documentView,
  fileNameFromHeader,
  uploadDocumentQuery,
} from '../../core/cases/documents.js';
import { idParams, uuid } from '../../core/platform/schemas.js';
import { HttpError, notFound } from '../http/errors.js';
import { type RouteDef, rawRoute, route } from '../http/route.js';
import type { Services } from '../services.js';
import { auditRecord } from './audit.js';
import { deleteDocument, documentContent, insertDocument, listDocuments } from './documents-store.js';
import { requireCase } from './routes.js';
import { addTimeline } from './store.js';

/**
 * Files on a case: upload (the raw bytes as the body, checked against their declared type),
 * list, download, delete. The case must be readable by the caller; another organisation's case,
 * or one the caller may not read, answers 404 on every route. The file name never reaches the
 * timeline or the logs: it may name the person.
 */

const documentParams = z.strictObject({ id: uuid, documentId: uuid });
const NO_SUCH_DOCUMENT = 'No such document on this case.';

/** `filename*` of RFC 6266 / RFC 8187: UTF-8, percent-encoded outside the attr-char set. */
export function contentDisposition(name: string): string {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename*=UTF-8''${encoded}`;
}

export function documentsRoutes(s: Services): RouteDef[] {
  return [
    rawRoute({
      method: 'POST',
      url: '/api/cases/:id/documents',
      access: 'cases:write',
      tag: 'case work',
      summary: `Upload a file to a case: the file's bytes as the body with its Content-Type (${DOCUMENT_MEDIA_TYPES.join(', ')}), up to 20 MB; ?category=<document-category>, the file name percent-encoded in the X-File-Name header (never in the URL: access logs keep URLs)`,
      params: idParams,
      query: uploadDocumentQuery,
      response: documentView,
      rawBody: { mediaTypes: DOCUMENT_MEDIA_TYPES, limit: MAX_DOCUMENT_SIZE },
      recordParam: 'case',
      handler: async ({ params, query, body, principal, request, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          await requireCase(s, c, p, params.id);
          const mediaType = documentMediaType(request.headers['content-type']);
          if (!mediaType) throw new HttpError(415, 'unsupported_file_type', `Send the file with its Content-Type, one of: ${DOCUMENT_MEDIA_TYPES.join(', ')}.`);
          if (!body || body.length === 0) throw new HttpError(400, 'validation_failed', 'The file is empty: send its bytes as the request body.');
          if (!contentMatches(mediaType, body)) {
            throw new HttpError(415, 'unsupported_file_type', `The content of the file is not ${mediaType}: send the file with its real type.`);
          }
          const name = fileNameFromHeader(request.headers[FILE_NAME_HEADER]);
          const nameProblem = name === undefined ? 'the file name goes, percent-encoded, in the X-File-Name header' : documentNameProblem(name);
          if (name === undefined || nameProblem) throw new HttpError(400, 'validation_failed', `name: ${nameProblem}`, 'name');
          const id = randomUUID();
          const view = await insertDocument(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, p.id, {
            id,
            caseId: params.id,
            name,
            category: query.category,
            mediaType,
            content: body,
          });
          await addTimeline(
            c,
            p.orgId,
            params.id,
            p.id,
            'document.added',
            { kind: 'document', id },
            { category: query.category, mediaType, size: body.length },
          );
          await auditRecord(c, p, ip, 'document.upload', 'case-document', id);
          return view;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/cases/:id/documents',
      access: 'cases:read',
      tag: 'case work',
      summary: 'The files of a case, newest first (without their content)',
      params: idParams,
      response: z.strictObject({ items: z.array(documentView) }),
      recordParam: 'case',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          await requireCase(s, c, p, params.id);
          await auditRecord(c, p, ip, 'case.read-documents', 'case', params.id);
          return listDocuments(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, params.id);
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/cases/:id/documents/:documentId',
      access: 'cases:read',
      tag: 'case work',
      summary: 'Download a file of a case: its bytes, with its Content-Type, as an attachment',
      params: documentParams,
      recordParam: 'case',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        const found = await tx(async (c) => {
          await requireCase(s, c, p, params.id);
          const doc = await documentContent(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, params.id, params.documentId);
          if (!doc) throw notFound(NO_SUCH_DOCUMENT);
          await auditRecord(c, p, ip, 'document.read', 'case-document', params.documentId);
          return doc;
        });
        return {
          body: found.content,
          headers: {
            'content-type': found.view.mediaType,
            'content-disposition': contentDisposition(found.view.name),
            'x-content-type-options': 'nosniff',
            'cache-control': 'no-store',
          },
        };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/cases/:id/documents/:documentId',
      access: 'cases:write',
      tag: 'case work',
      summary: 'Remove a wrongly uploaded file from a case',
      params: documentParams,
      response: z.strictObject({ ok: z.literal(true) }),
      recordParam: 'case',
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          await requireCase(s, c, p, params.id);
          const gone = await deleteDocument(c, p.orgId, params.id, params.documentId);
          if (!gone) throw notFound(NO_SUCH_DOCUMENT);
          await addTimeline(
            c,
            p.orgId,
            params.id,
            p.id,
            'document.deleted',
            { kind: 'document', id: params.documentId },
            { category: gone.category, mediaType: gone.media_type, size: gone.size },
          );
          await auditRecord(c, p, ip, 'document.delete', 'case-document', params.documentId);
        });
        return { body: { ok: true } };
      },
    }),
  ];
}
