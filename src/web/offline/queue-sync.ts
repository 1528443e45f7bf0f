/**
 * A queue kept on the device (screenings, encounters) as the screens see it: an external store that
 * re-renders its readers when the queue changes (here, in another tab, or when a user's vault
 * opens), and a flush that runs one at a time in this tab and, where the browser has Web Locks,
 * across the tabs of the device, and again whenever the connection returns.
 */
import { useSyncExternalStore } from 'react';
import { isApiError } from '../api/client.js';
import { onDeviceChange } from './device.js';

export interface QueueSync<Item, Report> {
  /** Re-reads the queue; readers re-render if it changed. */
  changed(): void;
  /** The queue's items (re-renders on change). */
  useItems(): Item[];
  /** Sends what waits (joins a flush already running). */
  flush(): Promise<Report>;
}

export function queueSync<Item, Report>(options: { read: () => Item[]; send: () => Promise<Report>; lockName: string }): QueueSync<Item, Report> {
  const listeners = new Set<() => void>();
  let snapshot = options.read();
  let snapshotText = JSON.stringify(snapshot);
  const changed = () => {
    const items = options.read();
    const text = JSON.stringify(items);
    if (text === snapshotText) return;
    snapshot = items;
    snapshotText = text;
    for (const listener of listeners) listener();
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  let flushing: Promise<Report> | null = null;
  const flush = () => {
    if (flushing) return flushing;
    const run = async () => {
      const report = await options.send();
      changed();
      return report;
    };
    const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
    flushing = (locks ? locks.request(options.lockName, run) : run()).finally(() => {
      flushing = null;
    });
    return flushing;
  };
  if (typeof window !== 'undefined') {
    // Once the queue's module is loaded, every return of the connection sends it.
    window.addEventListener('online', () => void flush());
    onDeviceChange(changed);
  }
  return { changed, useItems: () => useSyncExternalStore(subscribe, () => snapshot), flush };
}

/**
 * What a failed send means for a queued item: not now (no connection, a server error, or a session
 * to renew: the user signs in again and nothing is lost), or refused by the server (kept as failed
 * with its message).
 */
export function failedSend(error: unknown): { kind: 'unreachable' } | { kind: 'refused'; message: string; error: unknown } {
  if (isApiError(error, 'network') || (isApiError(error) && error.status >= 500)) return { kind: 'unreachable' };
  if (isApiError(error, 'unauthenticated') || isApiError(error, 'enrolment_required')) return { kind: 'unreachable' };
  return { kind: 'refused', message: error instanceof Error ? error.message : String(error), error };
}
