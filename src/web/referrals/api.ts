/** Referrals, notifications, pathways and the directory search of the referral screens, as TanStack queries. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { type DirectoryService, directoryService, type ServiceType, servicePage } from '../../core/referrals/directory.js';
import { referralMeasures } from '../../core/referrals/measures.js';
import { caseProgress, type PathwayRequest, pathway } from '../../core/referrals/pathway.js';
import {
  type CreateReferralRequest,
  type Liaison,
  type ReferralAction,
  type ReferralStatus,
  type ReferralView,
  referralMessage,
  referralPage,
  referralView,
} from '../../core/referrals/referral.js';
import { api, request } from '../api/client.js';
import { notificationsKey } from './notifications.js';

/** Every referral query starts with `referrals`; one referral is `['referrals', 'one', id]`. */
export const referralsKey = ['referrals'] as const;
export const referralKey = (id: string) => ['referrals', 'one', id] as const;
export const pathwaysKey = ['pathways'] as const;
export const casePathwayKey = (caseId: string) => ['case-pathway', caseId] as const;

export interface ReferralFilters {
  receiverCaseId?: string;
  direction?: 'incoming' | 'outgoing' | undefined;
  status?: ReferralStatus | undefined;
  caseId?: string | undefined;
  override?: boolean | undefined;
  page?: number | undefined;
  perPage?: number | undefined;
}

export function useReferrals(filters: ReferralFilters, enabled = true) {
  return useQuery({
    queryKey: [...referralsKey, 'list', filters],
    queryFn: ({ signal }) =>
      api.get('/api/referrals', {
        query: { ...filters, override: filters.override ? 'true' : undefined },
        schema: referralPage,
        signal,
      }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useReferral(id: string) {
  return useQuery({ queryKey: referralKey(id), queryFn: ({ signal }) => api.get(`/api/referrals/${id}`, { schema: referralView, signal }) });
}

/** After a change of a referral: the lists, the case's pathway and the notifications change with it. */
function useReferralChanged() {
  const queryClient = useQueryClient();
  return (referral?: ReferralView) => {
    if (referral) queryClient.setQueryData(referralKey(referral.id), referral);
    void queryClient.invalidateQueries({ queryKey: [...referralsKey, 'list'] });
    void queryClient.invalidateQueries({ queryKey: ['case-pathway'] });
    void queryClient.invalidateQueries({ queryKey: notificationsKey });
  };
}

export function useCreateReferral() {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: (body: CreateReferralRequest) => api.post('/api/referrals', body, { schema: referralView }),
    onSuccess: (referral) => changed(referral),
  });
}

export type ActionBody =
  | { action: 'accept'; version: number; openCase: boolean; note?: string | undefined; liaison?: Liaison | undefined }
  | { action: 'decline'; version: number; reason: string }
  | { action: 'start' | 'complete' | 'withdraw'; version: number; note?: string | undefined };

export function useReferralAction(id: string) {
  const changed = useReferralChanged();
  return useMutation({
    mutationFn: ({ action, ...body }: ActionBody) => api.post(`/api/referrals/${id}/${action satisfies ReferralAction}`, body, { schema: referralView }),
    onSuccess: (referral) => changed(referral),
  });
}

/** Fetches the referral afresh (after a 409): the one on screen is then the current one. */
export function useReloadReferral(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: referralKey(id) });
}

const messagesAnswer = z.object({ items: z.array(referralMessage) });

export function useMessages(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: [...referralKey(id), 'messages'],
    queryFn: async ({ signal }) => {
      const answer = await api.get(`/api/referrals/${id}/messages`, { schema: messagesAnswer, signal });
      // Reading the thread marks the referral's notifications read.
      void queryClient.invalidateQueries({ queryKey: notificationsKey });
      return answer;
    },
  });
}

export function usePostMessage(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post(`/api/referrals/${id}/messages`, { body }, { schema: referralMessage }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...referralKey(id), 'messages'] }),
  });
}

export function useReferralStats(period: { from?: string | undefined; to?: string | undefined }, enabled: boolean) {
  return useQuery({
    queryKey: [...referralsKey, 'stats', period],
    queryFn: ({ signal }) => api.get('/api/referrals/stats', { query: period, schema: referralMeasures, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

const pathwaysAnswer = z.object({ items: z.array(pathway) });

export function usePathways(enabled = true) {
  return useQuery({ queryKey: pathwaysKey, queryFn: ({ signal }) => api.get('/api/pathways', { schema: pathwaysAnswer, signal }), enabled, staleTime: 60_000 });
}

export function useSavePathway() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id: string | null; version?: number | undefined; body: PathwayRequest }) =>
      id ? request('PUT', `/api/pathways/${id}`, { body: { ...body, version }, schema: pathway }) : api.post('/api/pathways', body, { schema: pathway }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: pathwaysKey });
      void queryClient.invalidateQueries({ queryKey: ['case-pathway'] });
    },
  });
}

export function useArchivePathway() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/pathways/${id}`),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: pathwaysKey });
      void queryClient.invalidateQueries({ queryKey: ['case-pathway'] });
    },
  });
}

export function useCasePathway(caseId: string) {
  return useQuery({
    queryKey: casePathwayKey(caseId),
    queryFn: ({ signal }) => api.get(`/api/cases/${caseId}/pathway`, { schema: caseProgress, signal }),
  });
}

export function useChoosePathway(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pathwayId: string | null) => request('PUT', `/api/cases/${caseId}/pathway`, { body: { pathwayId }, schema: caseProgress }),
    onSuccess: (progress) => queryClient.setQueryData(casePathwayKey(caseId), progress),
  });
}

export interface ServiceSearch {
  q?: string | undefined;
  type?: ServiceType | undefined;
  country?: string | undefined;
  city?: string | undefined;
}

/** Active directory services matching the search (the referrable ones are picked out by the caller). */
export function useServiceSearch(search: ServiceSearch, enabled = true) {
  return useQuery({
    queryKey: ['directory', 'services', 'referral-search', search],
    queryFn: ({ signal }) => api.get('/api/directory/services', { query: { ...search, status: 'active', perPage: 50 }, schema: servicePage, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useService(id: string | null) {
  return useQuery({
    queryKey: ['directory', 'services', 'one', id],
    queryFn: ({ signal }): Promise<DirectoryService> => api.get(`/api/directory/services/${id}`, { schema: directoryService, signal }),
    enabled: Boolean(id),
  });
}
