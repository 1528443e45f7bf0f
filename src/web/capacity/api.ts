/** Self-assessments, offers, matches and exchanges through the API as TanStack queries. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AssessmentRequest,
  type AssessmentView,
  assessmentList,
  assessmentView,
  type CapacityArea,
  type ExchangeRequest,
  type ExchangeView,
  exchangeList,
  exchangeView,
  matchList,
  type OfferRequest,
  type OfferView,
  offerList,
  offerView,
  type UpdateExchangeRequest,
  type UpdateOfferRequest,
} from '../../core/capacity/capacity.js';
import { api, request } from '../api/client.js';

/** Every capacity query starts with `capacity`: any change refreshes them all (matches depend on everything). */
export const capacityKey = ['capacity'] as const;

function useChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: capacityKey });
}

export function useAssessments(query: { orgId?: string | undefined; country?: string | undefined }) {
  return useQuery({
    queryKey: [...capacityKey, 'assessments', query],
    queryFn: ({ signal }) => api.get('/api/capacity/assessments', { query, schema: assessmentList, signal }),
  });
}

export function useSaveAssessment() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: AssessmentRequest) => api.post<AssessmentView>('/api/capacity/assessments', body, { schema: assessmentView }),
    onSuccess: changed,
  });
}

export function useOffers(query: { orgId?: string | undefined; status?: 'active' | 'closed' | undefined }) {
  return useQuery({
    queryKey: [...capacityKey, 'offers', query],
    queryFn: ({ signal }) => api.get('/api/capacity/offers', { query, schema: offerList, signal }),
  });
}

export function useSaveOffer(id: string | undefined) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: OfferRequest | UpdateOfferRequest) =>
      id
        ? request<OfferView>('PUT', `/api/capacity/offers/${encodeURIComponent(id)}`, { body, schema: offerView })
        : api.post<OfferView>('/api/capacity/offers', body, { schema: offerView }),
    onSuccess: changed,
  });
}

export function useDeleteOffer() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/api/capacity/offers/${encodeURIComponent(id)}`),
    onSuccess: changed,
  });
}

export function useMatches(side: 'needs' | 'offers', area: CapacityArea | undefined) {
  return useQuery({
    queryKey: [...capacityKey, 'matches', side, area ?? ''],
    queryFn: ({ signal }) => api.get('/api/capacity/matches', { query: { side, area }, schema: matchList, signal }),
  });
}

export function useExchanges(scope: 'own' | 'network') {
  return useQuery({
    queryKey: [...capacityKey, 'exchanges', scope],
    queryFn: ({ signal }) => api.get('/api/capacity/exchanges', { query: { scope }, schema: exchangeList, signal }),
  });
}

export function useProposeExchange() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: ExchangeRequest) => api.post<ExchangeView>('/api/capacity/exchanges', body, { schema: exchangeView }),
    onSuccess: changed,
  });
}

export function useUpdateExchange(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: UpdateExchangeRequest) =>
      request<ExchangeView>('PATCH', `/api/capacity/exchanges/${encodeURIComponent(id)}`, { body, schema: exchangeView }),
    onSuccess: changed,
    onError: changed,
  });
}
