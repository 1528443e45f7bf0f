/** Screenings through the API, the outbox of this device, and whether the browser is online. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useOnline } from '../offline/online.js';
import type { CreateScreeningRequest, ScreeningView } from '../../core/identification/screening.js';
import { screeningView } from '../../core/identification/screening.js';
import { api, isApiError } from '../api/client.js';
import { deviceStore, onDeviceChange } from '../offline/device.js';
import { type FlushReport, flushOutbox, type OutboxItem, readOutbox, type SendOutcome } from './outbox.js';

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
    // Not now: no connection, a server error, or a session to renew (the user signs in again; nothing is lost).
    if (isApiError(error, 'network') || (isApiError(error) && error.status >= 500)) return { kind: 'unreachable' };
    if (isApiError(error, 'unauthenticated') || isApiError(error, 'enrolment_required')) return { kind: 'unreachable' };
    return { kind: 'refused', message: error instanceof Error ? error.message : String(error), error };
  }
}

export { deviceStore } from '../offline/device.js';

// The outbox as an external store: every change (here or in another tab) re-renders its readers.
const listeners = new Set<() => void>();
let snapshot: OutboxItem[] = readOutbox(deviceStore);
let snapshotText = JSON.stringify(snapshot);

export function outboxChanged(): void {
  const items = readOutbox(deviceStore);
  const text = JSON.stringify(items);
  if (text === snapshotText) return;
  snapshot = items;
  snapshotText = text;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOutbox(): OutboxItem[] {
  return useSyncExternalStore(subscribe, () => snapshot);
}

let flushing: Promise<FlushReport> | null = null;

/**
 * Sends the waiting screenings, one flush at a time in this tab and, where the browser has Web
 * Locks, across the tabs of this device (so that two tabs never send the same item twice).
 */
export function flushNow(): Promise<FlushReport> {
  if (flushing) return flushing;
  const run = async () => {
    const report = await flushOutbox(deviceStore, sendScreening);
    outboxChanged();
    return report;
  };
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  flushing = (locks ? locks.request('haven-screening-outbox', run) : run()).finally(() => {
    flushing = null;
  });
  return flushing;
}

if (typeof window !== 'undefined') {
  // Once this module is loaded, every return of the connection sends the queue.
  window.addEventListener('online', () => void flushNow());
  // Another tab of this device, or the vault opening for a user, changed what is kept.
  onDeviceChange(outboxChanged);
}

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
