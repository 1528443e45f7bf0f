import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contentMatches, documentMediaType, documentNameProblem, FILE_NAME_HEADER, fileNameFromHeader } from '../../../core/cases/documents.js';
import { uuid } from '../../../core/platform/schemas.js';
import { ACTIVITY_FILE_TYPES, activityFileView, MAX_ACTIVITY_FILE_SIZE } from '../../../core/prevention/campaign.js';
import { contentDisposition } from '../../cases/documents-routes.js';
import { HttpError, notFound } from '../../http/errors.js';
import { type RouteDef, rawRoute, route } from '../../http/route.js';
import type { Services } from '../../services.js';
import { auditCampaign, changeableCampaign, NO_SUCH_ACTIVITY, readableCampaign } from './access.js';
import { countFiles, deleteFile, insertFile, openFile, storedFile } from './files-store.js';
import { activityById } from './store.js';

/**
 * Photos and files of campaign activities: upload (the raw bytes as the body, checked against the
 * declared type), download (any member, like the campaign), delete. As for case documents, the
 * file name travels percent-encoded in the X-File-Name header, never in the URL.
 */

/** The most files one activity keeps. */
export const MAX_FILES_PER_ACTIVITY = 20;

const activityParams = z.strictObject({ id: uuid, activityId: uuid });
const fileParams = z.strictObject({ id: uuid, activityId: uuid, fileId: uuid });
const NO_SUCH_FILE = 'No such file on this activity.';
const TYPES: readonly string[] = ACTIVITY_FILE_TYPES;

export function campaignFilesRoutes(s: Services): RouteDef[] {
  return [
    rawRoute({
      method: 'POST',
      url: '/api/campaigns/:id/activities/:activityId/files',
      access: 'campaigns:write',
      tag: 'prevention',
      summary: `Add a photo or a file to an activity: its bytes as the body with its Content-Type (${ACTIVITY_FILE_TYPES.join(', ')}), up to ${MAX_ACTIVITY_FILE_SIZE / 1024 / 1024} MB, the file name percent-encoded in the X-File-Name header; at most ${MAX_FILES_PER_ACTIVITY} files per activity`,
      params: activityParams,
      response: activityFileView,
      rawBody: { mediaTypes: ACTIVITY_FILE_TYPES, limit: MAX_ACTIVITY_FILE_SIZE },
      handler: async ({ params, body, principal, request, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          await changeableCampaign(c, p, params.id);
          if (!(await activityById(c, params.id, params.activityId, true))) throw notFound(NO_SUCH_ACTIVITY);
          const mediaType = documentMediaType(request.headers['content-type']);
          if (!mediaType || !TYPES.includes(mediaType))
            throw new HttpError(415, 'unsupported_file_type', `Send the file with its Content-Type, one of: ${ACTIVITY_FILE_TYPES.join(', ')}.`);
          if (!body || body.length === 0) throw new HttpError(400, 'validation_failed', 'The file is empty: send its bytes as the request body.');
          if (!contentMatches(mediaType, body))
            throw new HttpError(415, 'unsupported_file_type', `The content of the file is not ${mediaType}: send the file with its real type.`);
          const name = fileNameFromHeader(request.headers[FILE_NAME_HEADER]);
          const nameProblem = name === undefined ? 'the file name goes, percent-encoded, in the X-File-Name header' : documentNameProblem(name);
          if (name === undefined || nameProblem) throw new HttpError(400, 'validation_failed', `name: ${nameProblem}`, 'name');
          if ((await countFiles(c, params.activityId)) >= MAX_FILES_PER_ACTIVITY)
            throw new HttpError(409, 'conflict', `An activity keeps at most ${MAX_FILES_PER_ACTIVITY} files: remove one first.`);
          const id = randomUUID();
          const view = await insertFile(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, p.id, {
            id,
            activityId: params.activityId,
            campaignId: params.id,
            name,
            mediaType,
            content: body,
          });
          await auditCampaign(c, p, ip, 'campaign.file-upload', 'campaign-file', id);
          return view;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'GET',
      url: '/api/campaigns/:id/activities/:activityId/files/:fileId',
      access: 'campaigns:read',
      tag: 'prevention',
      summary: 'Download a photo or a file of an activity (any member’s campaign), as an attachment',
      params: fileParams,
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        const found = await tx(async (c) => {
          await readableCampaign(c, p, params.id);
          const f = await storedFile(c, params.id, params.activityId, params.fileId);
          if (!f) throw notFound(NO_SUCH_FILE);
          return { f, key: f.orgId === p.orgId ? await s.orgKeys.keyFor(c, p.orgId) : undefined };
        });
        // Another member's file: the server opens it with its owner's key (held by the server, never sent).
        const key = found.key ?? (await s.db.tenant({ orgId: found.f.orgId }, (c) => s.orgKeys.keyFor(c, found.f.orgId)));
        return {
          body: openFile(key, found.f),
          headers: {
            'content-type': found.f.view.mediaType,
            'content-disposition': contentDisposition(found.f.view.name),
            'x-content-type-options': 'nosniff',
            'cache-control': 'private, no-store',
          },
        };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/campaigns/:id/activities/:activityId/files/:fileId',
      access: 'campaigns:write',
      tag: 'prevention',
      summary: 'Remove a photo or a file of an activity',
      params: fileParams,
      response: z.strictObject({ ok: z.literal(true) }),
      handler: async ({ params, principal, tx, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          await changeableCampaign(c, p, params.id);
          if (!(await deleteFile(c, p.orgId, params.id, params.activityId, params.fileId))) throw notFound(NO_SUCH_FILE);
          await auditCampaign(c, p, ip, 'campaign.file-delete', 'campaign-file', params.fileId);
        });
        return { body: { ok: true } };
      },
    }),
  ];
}
