import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { EVIDENCE_FILE_TYPES, evidenceFileView, MAX_EVIDENCE_FILE_SIZE, MAX_FILES_PER_CHANGE } from '../../core/advocacy/recommendation.js';
import { uuid } from '../../core/platform/schemas.js';
import { checkedUpload, sealedFileDownload } from '../files/sealed-files.js';
import { notFound } from '../http/errors.js';
import { type RouteDef, rawRoute, route } from '../http/route.js';
import type { Services } from '../services.js';
import { auditAdvocacy, changeableRecommendation, keyOf, readableRecommendation } from './access.js';
import { changeExists, countDocuments, DOCUMENTS, insertDocument, storedDocument } from './documents-store.js';

/**
 * Evidence documents of a status change (a law's text in the official gazette, a ministry's
 * letter, a photo of a new shelter): upload (the raw bytes as the body, checked against the
 * declared type; the name percent-encoded in X-File-Name, as for case documents) and download (any
 * member). Sealed with the recommendation's organisation's key.
 */

const changeParams = z.strictObject({ id: uuid, changeId: uuid });
const documentParams = z.strictObject({ id: uuid, changeId: uuid, documentId: uuid });
const NO_SUCH_CHANGE = 'No such status change of this recommendation.';
const NO_SUCH_DOCUMENT = 'No such document of this status change.';

export function advocacyDocumentsRoutes(s: Services): RouteDef[] {
  return [
    rawRoute({
      method: 'POST',
      url: '/api/recommendations/:id/changes/:changeId/documents',
      access: 'recommendations:write',
      tag: 'advocacy',
      summary: `Add an evidence document to a status change: its bytes as the body with its Content-Type (${EVIDENCE_FILE_TYPES.join(', ')}), up to ${MAX_EVIDENCE_FILE_SIZE / 1024 / 1024} MB, the file name percent-encoded in the X-File-Name header; at most ${MAX_FILES_PER_CHANGE} per change`,
      params: changeParams,
      response: evidenceFileView,
      rawBody: { mediaTypes: EVIDENCE_FILE_TYPES, limit: MAX_EVIDENCE_FILE_SIZE },
      handler: async ({ params, body, principal, request, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const rec = await changeableRecommendation(c, p, params.id);
          if (!(await changeExists(c, params.id, params.changeId))) throw notFound(NO_SUCH_CHANGE);
          const upload = await checkedUpload(request.headers, body, {
            types: EVIDENCE_FILE_TYPES,
            limit: {
              max: MAX_FILES_PER_CHANGE,
              count: () => countDocuments(c, params.changeId),
              message: `A status change keeps at most ${MAX_FILES_PER_CHANGE} documents.`,
            },
          });
          const id = randomUUID();
          const view = await insertDocument(c, await keyOf(s, c, p, rec.orgId), {
            id,
            changeId: params.changeId,
            recommendationId: params.id,
            orgId: rec.orgId,
            ...upload,
            userId: p.id,
          });
          await auditAdvocacy(c, p, ip, 'recommendation.document-upload', 'recommendation-document', id, rec.orgId);
          return view;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/recommendations/:id/changes/:changeId/documents/:documentId',
      access: 'recommendations:read',
      tag: 'advocacy',
      summary: 'Download an evidence document of a status change (any member’s recommendation), as an attachment',
      params: documentParams,
      handler: async ({ params, principal, tx }) =>
        sealedFileDownload(s, principal!, tx, DOCUMENTS, async (c) => {
          await readableRecommendation(c, principal!, params.id);
          const d = await storedDocument(c, params.id, params.changeId, params.documentId);
          if (!d) throw notFound(NO_SUCH_DOCUMENT);
          return d;
        }),
    }),
  ];
}
