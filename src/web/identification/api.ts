/** Screenings through the API, the outbox of this device, and whether the browser is online. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { useOnline } from '../offline/online.js';
import type { CreateScreeningRequest, ScreeningView } from '../../core/identification/screening.js';
import { screeningView } from '../../core/identification/screening.js';
import { api } from '../api/client.js';
import { deviceStore } from '../offline/device.js';
import { failedSend, queueSync } from '../offline/queue-sync.js';
import { type FlushReport, flushOutbox, readOutbox, type SendOutcome } from './outbox.js';

export const screeningsKey = ['screenings'] as const;

export function useScreenings(enabled: boolean, filter: { personId?: string; caseId?: string } = {}) {
  return useQuery({
    queryKey: [...screeningsKey, 'list', filter],
    queryFn: ({ signal }) => api.get<{ items: ScreeningView[] }>('/api/screenings', { query: { ...filter, limit: 50 }, signal }),
    enabled,
  });
}

export function useScreening(id: string) {
  return useQuery({ queryKey: [...screeningsKey, 'one', id], queryFn: () => api.get<ScreeningView>(`/api/screenings/${id}`, { schema: screeningView }) });
}

/**
 * Sends one screening with its idempotency key (the same on every attempt, so that a send whose
 * answer was lost creates nothing new when repeated); tells a server that cannot be reached apart
 * from one that refuses.
 */
export async function sendScreening(request: CreateScreeningRequest, idempotencyKey: string): Promise<SendOutcome> {
  try {
    const saved = await api.post<ScreeningView>('/api/screenings', request, { headers: { 'Idempotency-Key': idempotencyKey } });
    return { kind: 'saved', screeningId: saved.id };
  } catch (error) {
    return failedSend(error);
  }
}

export { deviceStore } from '../offline/device.js';

const queue = queueSync({ read: () => readOutbox(deviceStore), send: () => flushOutbox(deviceStore, sendScreening), lockName: 'haven-screening-outbox' });

/** Re-reads the queue after a change made on this page. */
export const outboxChanged = queue.changed;
export const useOutbox = queue.useItems;
/** Sends the waiting screenings (one flush at a time, across the tabs of the device). */
export const flushNow: () => Promise<FlushReport> = queue.flush;

export { useOnline } from '../offline/online.js';

/** Sends the queue when a screen opens and whenever the connection returns; refreshes the saved list after. */
export function useOutboxSync(): () => void {
  const queryClient = useQueryClient();
  const online = useOnline();
  const flush = useCallback(() => {
    void flushNow().then((report) => {
      if (report.saved > 0) void queryClient.invalidateQueries({ queryKey: screeningsKey });
    });
  }, [queryClient]);
  useEffect(() => {
    if (online && readOutbox(deviceStore).some((i) => i.status === 'waiting')) flush();
  }, [online, flush]);
  return flush;
}
