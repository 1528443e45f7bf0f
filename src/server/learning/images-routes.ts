import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { contentMatches, documentMediaType } from '../../core/cases/documents.js';
import { uuid } from '../../core/platform/schemas.js';
import { HttpError, notFound } from '../http/errors.js';
import { type RouteDef, rawRoute, route } from '../http/route.js';
import type { Services } from '../services.js';
import { auditLearning, changeableCourse, visibleCourse } from './access.js';
import { countImages, imageById, insertImage } from './courses-store.js';

/**
 * A course's images: uploaded by its authors (the raw bytes as the body, checked against the
 * declared type), shown to signed-in members who can see the course. Course material is not
 * personal data: the bytes are stored as they are.
 */

export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export const MAX_IMAGE_SIZE = 5 * 1024 * 1024;
export const MAX_IMAGES_PER_COURSE = 200;

const imageParams = z.strictObject({ id: uuid, fileId: uuid });
const TYPES: readonly string[] = IMAGE_TYPES;

export function imagesRoutes(_s: Services): RouteDef[] {
  return [
    rawRoute({
      method: 'POST',
      url: '/api/courses/:id/images',
      access: 'courses:write',
      tag: 'learning',
      summary: `Add an image to a course of your organisation: its bytes as the body with its Content-Type (${IMAGE_TYPES.join(', ')}), up to 5 MB; name it in a lesson by the fileId returned`,
      params: z.strictObject({ id: uuid }),
      response: z.object({ fileId: uuid }),
      rawBody: { mediaTypes: IMAGE_TYPES, limit: MAX_IMAGE_SIZE },
      handler: async ({ params, body, principal, request, tx, ip }) => {
        const p = principal!;
        const fileId = await tx(async (c) => {
          await changeableCourse(c, p, params.id);
          const mediaType = documentMediaType(request.headers['content-type']);
          if (!mediaType || !TYPES.includes(mediaType))
            throw new HttpError(415, 'unsupported_file_type', `Send the image with its Content-Type, one of: ${IMAGE_TYPES.join(', ')}.`);
          if (!body || body.length === 0) throw new HttpError(400, 'validation_failed', 'The image is empty: send its bytes as the request body.');
          if (!contentMatches(mediaType, body))
            throw new HttpError(415, 'unsupported_file_type', `The content of the file is not ${mediaType}: send the image with its real type.`);
          if ((await countImages(c, params.id)) >= MAX_IMAGES_PER_COURSE)
            throw new HttpError(409, 'conflict', `A course keeps at most ${MAX_IMAGES_PER_COURSE} images.`);
          const id = randomUUID();
          await insertImage(c, { id, courseId: params.id, orgId: p.orgId, mediaType, content: body, userId: p.id });
          await auditLearning(c, p, ip, 'course.image-upload', 'course-image', id);
          return id;
        });
        return { status: 201, body: { fileId } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/courses/:id/images/:fileId',
      access: 'courses:learn',
      tag: 'learning',
      summary: 'An image of a course you can see',
      params: imageParams,
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        const img = await tx(async (c) => {
          await visibleCourse(c, p, params.id);
          const found = await imageById(c, params.id, params.fileId);
          if (!found) throw notFound('No such image in this course.');
          return found;
        });
        return {
          body: img.content,
          headers: {
            'content-type': img.mediaType,
            'x-content-type-options': 'nosniff',
            'content-disposition': 'inline',
            'cache-control': 'private, max-age=3600',
          },
        };
      },
    }),
  ];
}
