import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DOCUMENT_MEDIA_TYPES, documentView, MAX_DOCUMENT_SIZE, uploadDocumentQuery } from '../../core/cases/documents.js';
import { idParams, uuid } from '../../core/platform/schemas.js';
import { attachmentReply, checkedUpload } from '../files/sealed-files.js';
import { notFound } from '../http/errors.js';
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
          const { mediaType, name, content } = await checkedUpload(request.headers, body, { types: DOCUMENT_MEDIA_TYPES });
          const id = randomUUID();
          const view = await insertDocument(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, p.id, {
            id,
            caseId: params.id,
            name,
            category: query.category,
            mediaType,
            content,
          });
          await addTimeline(
            c,
            p.orgId,
            params.id,
            p.id,
            'document.added',
            { kind: 'document', id },
            { category: query.category, mediaType, size: content.length },
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
        return attachmentReply(found.content, found.view, 'no-store');
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
