import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { EVIDENCE_FILE_TYPES, evidenceFileView, MAX_EVIDENCE_FILE_SIZE, MAX_FILES_PER_CHANGE } from '../../core/advocacy/recommendation.js';
import { contentMatches, documentMediaType, documentNameProblem, FILE_NAME_HEADER, fileNameFromHeader } from '../../core/cases/documents.js';
import { uuid } from '../../core/platform/schemas.js';
import { contentDisposition } from '../cases/documents-routes.js';
import { HttpError, notFound } from '../http/errors.js';
import { type RouteDef, rawRoute, route } from '../http/route.js';
import type { Services } from '../services.js';
import { auditAdvocacy, changeableRecommendation, keyOf, readableRecommendation } from './access.js';
import { changeExists, countDocuments, insertDocument, openDocument, storedDocument } from './documents-store.js';

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
const TYPES: readonly string[] = EVIDENCE_FILE_TYPES;

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
          const mediaType = documentMediaType(request.headers['content-type']);
          if (!mediaType || !TYPES.includes(mediaType))
            throw new HttpError(415, 'unsupported_file_type', `Send the file with its Content-Type, one of: ${EVIDENCE_FILE_TYPES.join(', ')}.`);
          if (!body || body.length === 0) throw new HttpError(400, 'validation_failed', 'The file is empty: send its bytes as the request body.');
          if (!contentMatches(mediaType, body))
            throw new HttpError(415, 'unsupported_file_type', `The content of the file is not ${mediaType}: send the file with its real type.`);
          const name = fileNameFromHeader(request.headers[FILE_NAME_HEADER]);
          const nameProblem = name === undefined ? 'the file name goes, percent-encoded, in the X-File-Name header' : documentNameProblem(name);
          if (name === undefined || nameProblem) throw new HttpError(400, 'validation_failed', `name: ${nameProblem}`, 'name');
          if ((await countDocuments(c, params.changeId)) >= MAX_FILES_PER_CHANGE)
            throw new HttpError(409, 'conflict', `A status change keeps at most ${MAX_FILES_PER_CHANGE} documents.`);
          const id = randomUUID();
          const view = await insertDocument(c, await keyOf(s, c, p, rec.orgId), {
            id,
            changeId: params.changeId,
            recommendationId: params.id,
            orgId: rec.orgId,
            name,
            mediaType,
            content: body,
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
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        const found = await tx(async (c) => {
          await readableRecommendation(c, p, params.id);
          const d = await storedDocument(c, params.id, params.changeId, params.documentId);
          if (!d) throw notFound(NO_SUCH_DOCUMENT);
          return { d, key: d.orgId === p.orgId ? await s.orgKeys.keyFor(c, p.orgId) : undefined };
        });
        // Another member's document: the server opens it with its owner's key (held by the server, never sent).
        const key = found.key ?? (await s.db.tenant({ orgId: found.d.orgId }, (c) => s.orgKeys.keyFor(c, found.d.orgId)));
        return {
          body: openDocument(key, found.d),
          headers: {
            'content-type': found.d.view.mediaType,
            'content-disposition': contentDisposition(found.d.view.name),
            'x-content-type-options': 'nosniff',
            'cache-control': 'private, no-store',
          },
        };
      },
    }),
  ];
}
