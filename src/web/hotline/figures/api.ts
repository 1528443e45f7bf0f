/** The figures of a period and the organisation's own reason labels, from the API. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { hotlineSettings, type HotlineSettings } from '../../../core/hotline/contact.js';
import { type HotlineStats, hotlineStats } from '../../../core/hotline/stats.js';
import { api } from '../../api/client.js';
import type { Period } from './period.js';

export const figuresKey = ['hotline-figures'] as const;

/** The figures of a period; while another period loads, the previous figures stay on screen. */
export function useHotlineStats(period: Period, enabled: boolean) {
  return useQuery({
    queryKey: [...figuresKey, period.from, period.to],
    queryFn: ({ signal }) => api.get<HotlineStats>('/api/hotline/stats', { query: { from: period.from, to: period.to }, signal, schema: hotlineStats }),
    enabled,
    placeholderData: keepPreviousData,
  });
}

/**
 * The organisation's own reasons, id → label. Reading them needs `contacts:read`: without it (or on
 * any error) the figures still show, with such reasons by their id.
 */
export function useCustomReasonLabels(enabled: boolean): ReadonlyMap<string, string> {
  const settings = useQuery({
    queryKey: [...figuresKey, 'reasons'],
    queryFn: ({ signal }) => api.get<HotlineSettings>('/api/hotline/settings', { signal, schema: hotlineSettings }),
    enabled,
    retry: false,
    staleTime: 5 * 60_000,
  });
  const custom = settings.data?.customReasons;
  return useMemo(() => new Map((custom ?? []).map((r) => [r.id, r.label])), [custom]);
}
