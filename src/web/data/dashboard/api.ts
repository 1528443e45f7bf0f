/** The dashboard of a scope, a period and (network) a country, from the API. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type Dashboard, type DashboardScope, dashboard } from '../../../core/data/dashboard/dashboard.js';
import { api } from '../../api/client.js';
import type { DashboardPeriod } from './filters.js';

export const dashboardKey = ['dashboard'] as const;

/** While another period loads, the previous figures stay on screen (marked as updating). */
export function useDashboard(scope: DashboardScope, period: DashboardPeriod, country: string, enabled: boolean) {
  return useQuery({
    queryKey: [...dashboardKey, scope, period.from, period.to, country],
    queryFn: ({ signal }) =>
      api.get<Dashboard>('/api/dashboard', {
        query: { scope, from: period.from, to: period.to, country: scope === 'network' ? country : undefined },
        signal,
        schema: dashboard,
      }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
