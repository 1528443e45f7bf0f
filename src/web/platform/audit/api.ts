import { useInfiniteQuery } from '@tanstack/react-query';
import { auditPage } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import type { AuditFilterValues } from './AuditFilters.js';

const PAGE_SIZE = 50;

/** A calendar date (YYYY-MM-DD) at the start or end of that day in the user's time zone, as ISO 8601. */
export function dayBoundary(date: string, end: boolean): string | undefined {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return undefined;
  const local = end ? new Date(year, month - 1, day, 23, 59, 59, 999) : new Date(year, month - 1, day, 0, 0, 0, 0);
  return local.toISOString();
}

/** The audit trail, newest first, one page at a time (`nextBefore` of one page starts the next). */
export function useAuditTrail(filters: AuditFilterValues) {
  return useInfiniteQuery({
    queryKey: ['audit', filters],
    initialPageParam: undefined as number | undefined,
    queryFn: ({ pageParam, signal }) =>
      api.get('/api/audit', {
        schema: auditPage,
        signal,
        query: {
          action: filters.action.trim() || undefined,
          outcome: filters.outcome || undefined,
          from: filters.from ? dayBoundary(filters.from, false) : undefined,
          to: filters.to ? dayBoundary(filters.to, true) : undefined,
          before: pageParam,
          limit: PAGE_SIZE,
        },
      }),
    getNextPageParam: (page) => page.nextBefore ?? undefined,
  });
}
