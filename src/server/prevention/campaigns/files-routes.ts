import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { uuid } from '../../../core/platform/schemas.js';
import { ACTIVITY_FILE_TYPES, activityFileView, MAX_ACTIVITY_FILE_SIZE } from '../../../core/prevention/campaign.js';
import { checkedUpload, sealedFileDownload } from '../../files/sealed-files.js';
import { notFound } from '../../http/errors.js';
import { type RouteDef, rawRoute, route } from '../../http/route.js';
import type { Services } from '../../services.js';
import { auditCampaign, changeableCampaign, NO_SUCH_ACTIVITY, readableCampaign } from './access.js';
import { countFiles, deleteFile, FILES, insertFile, storedFile } from './files-store.js';
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
          const upload = await checkedUpload(request.headers, body, {
            types: ACTIVITY_FILE_TYPES,
            limit: {
              max: MAX_FILES_PER_ACTIVITY,
              count: () => countFiles(c, params.activityId),
              message: `An activity keeps at most ${MAX_FILES_PER_ACTIVITY} files: remove one first.`,
            },
          });
          const id = randomUUID();
          const view = await insertFile(c, await s.orgKeys.keyFor(c, p.orgId), p.orgId, p.id, {
            id,
            activityId: params.activityId,
            campaignId: params.id,
            ...upload,
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
      handler: async ({ params, principal, tx }) =>
        sealedFileDownload(s, principal!, tx, FILES, async (c) => {
          await readableCampaign(c, principal!, params.id);
          const f = await storedFile(c, params.id, params.activityId, params.fileId);
          if (!f) throw notFound(NO_SUCH_FILE);
          return f;
        }),
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
