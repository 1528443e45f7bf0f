import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CaseStatus, CreateCaseRequest, UpdateCaseRequest } from '../../core/cases/case.js';
import { reflectionSettings } from '../../core/cases/dates.js';
import type { CaseListRow, CaseView } from '../../core/cases/views.js';
import { colleague } from '../../core/platform/schemas.js';
import { api } from '../api/client.js';
import { personsKey } from '../persons/api.js';

/** Query keys: every case query starts with `cases`; one case is `['cases', 'one', id]`. */
export const casesKey = ['cases'] as const;
export const caseKey = (id: string) => ['cases', 'one', id] as const;

export type CaseListItem = CaseListRow;

export interface CaseFilters {
  status: CaseStatus | '';
  caseworkerId: string;
}

export function useCases(filters: CaseFilters, limit = 200) {
  return useQuery({
    queryKey: [...casesKey, 'list', filters, limit],
    queryFn: ({ signal }) => api.get<{ items: CaseListItem[] }>('/api/cases', { query: { ...filters, limit }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => api.get<CaseView>(`/api/cases/${id}`), staleTime: 30_000 });
}

/** Opens a case; the answer is the case, or only `{ id, number }` when the opener restricted it to others. */
export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCaseRequest) => api.post<Pick<CaseView, 'id' | 'number'> & Partial<CaseView>>('/api/cases', body),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: casesKey });
      void queryClient.invalidateQueries({ queryKey: personsKey });
    },
  });
}

export function useUpdateCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCaseRequest) => api.patch<CaseView | { id: string }>(`/api/cases/${id}`, body),
    onSuccess: (answer) => {
      if ('version' in answer) queryClient.setQueryData(caseKey(id), answer);
      else void queryClient.invalidateQueries({ queryKey: caseKey(id) });
      void queryClient.invalidateQueries({ queryKey: [...casesKey, 'list'] });
      // The timeline and the tasks of the case show status changes too.
      void queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(id) && query.queryKey[0] !== 'cases' });
      void queryClient.invalidateQueries({ queryKey: personsKey });
    },
  });
}

const settingsAnswer = reflectionSettings.extend({ retentionMonths: z.number().int().nullable().optional() });
export type CaseSettingsAnswer = z.infer<typeof settingsAnswer>;

/** The organisation's case settings (reflection period length and reminder). */
export function useCaseSettings() {
  return useQuery({ queryKey: ['case-settings'], queryFn: () => api.get('/api/case-settings', { schema: settingsAnswer }), staleTime: 5 * 60_000 });
}

const colleaguesAnswer = z.object({ items: z.array(colleague) });

/** The active users of the organisation (names and roles): for caseworker, team and restriction pickers. */
export function useColleagues() {
  return useQuery({ queryKey: ['colleagues'], queryFn: () => api.get('/api/colleagues', { schema: colleaguesAnswer }), staleTime: 5 * 60_000 });
}
