import { z } from 'zod';
import { uuid } from '../../core/platform/schemas.js';
import { referralReference } from '../../core/referrals/referral.js';
import { route } from '../http/route.js';
import type { Services } from '../services.js';

const notification = z.object({
  id: uuid,
  kind: z.string(),
  referralId: uuid.nullable(),
  reference: z.string().nullable(),
  at: z.string(),
  read: z.boolean(),
});
const notificationList = z.object({ items: z.array(notification), unread: z.number().int() });
const readRequest = z.strictObject({ ids: z.array(uuid).max(500).optional() });

/** The signed-in user's own notifications (referrals news); nothing about the person is in them. */
export function notificationsRoutes(_s: Services) {
  return [
    route({
      method: 'GET',
      url: '/api/notifications',
      access: 'user',
      tag: 'notifications',
      summary: 'Your latest notifications (100) and how many are unread',
      response: notificationList,
      handler: async ({ principal, tx }) => {
        const p = principal!;
        const body = await tx(async (c) => {
          const { rows } = await c.query<{ id: string; kind: string; referral_id: string | null; created_at: Date; read_at: Date | null }>(
            'SELECT id, kind, referral_id, created_at, read_at FROM notifications WHERE org_id = $1 AND user_id = $2 ORDER BY created_at DESC, id LIMIT 100',
            [p.orgId, p.id],
          );
          const unread = (
            await c.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications WHERE org_id = $1 AND user_id = $2 AND read_at IS NULL', [p.orgId, p.id])
          ).rows[0]!.n;
          return {
            items: rows.map((r) => ({
              id: r.id,
              kind: r.kind,
              referralId: r.referral_id,
              reference: r.referral_id ? referralReference(r.referral_id) : null,
              at: r.created_at.toISOString(),
              read: r.read_at !== null,
            })),
            unread,
          };
        });
        return { body };
      },
    }),
    route({
      method: 'POST',
      url: '/api/notifications/read',
      access: 'user',
      tag: 'notifications',
      summary: 'Mark your notifications read: those named, or all',
      body: readRequest,
      response: z.object({ ok: z.literal(true) }),
      handler: async ({ body, principal, tx }) => {
        const p = principal!;
        await tx((c) =>
          c.query(
            'UPDATE notifications SET read_at = now() WHERE org_id = $1 AND user_id = $2 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))',
            [p.orgId, p.id, body.ids ?? null],
          ),
        );
        return { body: { ok: true as const } };
      },
    }),
  ];
}
