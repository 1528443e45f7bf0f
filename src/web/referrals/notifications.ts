/** The user's notifications (kept apart from the referral screens: the header's bell loads only this). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../api/client.js';

export const notificationsKey = ['notifications'] as const;

export const NOTIFICATION_KINDS = [
  'referral.sent',
  'referral.accepted',
  'referral.declined',
  'referral.in-progress',
  'referral.completed',
  'referral.withdrawn',
  'referral.message',
  'referral.consent-withdrawn',
  'referral.erased',
] as const;

export const notification = z.object({
  id: z.string(),
  kind: z.string(),
  referralId: z.string().nullable(),
  reference: z.string().nullable().optional(),
  at: z.string(),
  read: z.boolean(),
});
export type Notification = z.infer<typeof notification>;
const notificationsAnswer = z.object({ items: z.array(notification), unread: z.number().int() });

/** The user's notifications: every minute and whenever the window gets the focus again. */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => api.get('/api/notifications', { schema: notificationsAnswer, signal }),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    enabled,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) => api.post('/api/notifications/read', ids ? { ids } : {}),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
