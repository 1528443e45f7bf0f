/** Outreach through the API, and the encounters waiting on this device to be sent. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { z } from 'zod';
import {
  type CreateEncounterRequest,
  type EncounterView,
  encounterView,
  type OutreachPersonView,
  outreachPersonView,
  zoneView,
} from '../../core/outreach/encounter.js';
import { api } from '../api/client.js';
import { deviceStore } from '../offline/device.js';
import { failedSend, queueSync } from '../offline/queue-sync.js';
import { useOnline } from '../offline/online.js';
import { keepZones, readZones, type Zone } from './kept.js';
import { type FlushReport, flushOutbox, type OutboxItem, readOutbox, type SendOutcome } from './outbox.js';

export const outreachKey = ['outreach'] as const;
const zonesKey = [...outreachKey, 'zones'] as const;
const encountersKey = [...outreachKey, 'encounters'] as const;
const peopleKey = [...outreachKey, 'people'] as const;

/** The zones from the server when it answers (kept on the device for offline use), else those kept. */
export function useZones(): { zones: Zone[] } {
  const query = useQuery({
    queryKey: zonesKey,
    queryFn: async ({ signal }) => {
      const { items } = await api.get('/api/outreach/zones', { signal, schema: z.object({ items: z.array(zoneView) }) });
      keepZones(deviceStore, items);
      return items;
    },
  });
  const [kept] = useState(() => readZones(deviceStore));
  return { zones: query.data ?? kept };
}

export function useAddZone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api.post<Zone>('/api/outreach/zones', { name }, { schema: zoneView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: zonesKey }),
  });
}

export interface EncounterFilter {
  zoneId: string;
  team: string;
  from: string;
  to: string;
}

export function useEncounters(filter: EncounterFilter, enabled: boolean) {
  return useQuery({
    queryKey: [...encountersKey, filter],
    queryFn: ({ signal }) =>
      api.get('/api/encounters', { query: { ...filter, team: filter.team.trim(), limit: 100 }, signal, schema: z.object({ items: z.array(encounterView) }) }),
    enabled,
  });
}

export function useOutreachPeople(enabled: boolean) {
  return useQuery({
    queryKey: peopleKey,
    queryFn: ({ signal }) => api.get('/api/outreach/people', { query: { limit: 200 }, signal, schema: z.object({ items: z.array(outreachPersonView) }) }),
    enabled,
  });
}

export type NextStage = 'engaged' | 'visited' | 'case-opened';

export function useMoveStage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, stage }: { id: string; stage: NextStage }) =>
      api.post<OutreachPersonView>(`/api/outreach/people/${id}/stage`, { stage }, { schema: outreachPersonView }),
    onSuccess: (updated) => {
      queryClient.setQueryData<{ items: OutreachPersonView[] }>(peopleKey, (old) =>
        old ? { items: old.items.map((p) => (p.id === updated.id ? updated : p)) } : old,
      );
    },
  });
}

/**
 * Sends one encounter with its idempotency key (the same on every attempt, so that a send whose
 * answer was lost creates nothing new when repeated); tells a server that cannot be reached apart
 * from one that refuses.
 */
export async function sendEncounter(request: CreateEncounterRequest, idempotencyKey: string): Promise<SendOutcome> {
  try {
    const saved = await api.post<EncounterView>('/api/encounters', request, { headers: { 'Idempotency-Key': idempotencyKey } });
    return { kind: 'saved', encounterId: saved.id };
  } catch (error) {
    return failedSend(error);
  }
}

const queue = queueSync({ read: () => readOutbox(deviceStore), send: () => flushOutbox(deviceStore, sendEncounter), lockName: 'haven-encounter-outbox' });

/** Re-reads the queue after a change made on this page. */
export const outboxChanged = queue.changed;
export const useEncounterOutbox: () => OutboxItem[] = queue.useItems;
/** Sends the waiting encounters (one flush at a time, across the tabs of the device). */
export const flushEncounters: () => Promise<FlushReport> = queue.flush;

/** Sends the queue when a screen opens and whenever the connection returns; refreshes the lists after. */
export function useEncounterOutboxSync(): () => void {
  const queryClient = useQueryClient();
  const online = useOnline();
  const flush = useCallback(() => {
    void flushEncounters().then((report) => {
      if (report.saved > 0) void queryClient.invalidateQueries({ queryKey: outreachKey });
    });
  }, [queryClient]);
  useEffect(() => {
    if (online && readOutbox(deviceStore).some((i) => i.status === 'waiting')) flush();
  }, [online, flush]);
  return flush;
}
