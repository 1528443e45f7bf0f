/** Campaigns, their activities and files, and the reach dashboard, through the API as TanStack queries. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ErrorCode } from '../../../core/platform/schemas.js';
import {
  type ActivityFileView,
  type ActivityRequest,
  type ActivityView,
  activityFileView,
  activityList,
  activityView,
  type CampaignRequest,
  type CampaignView,
  campaignPage,
  campaignView,
  type ReachResponse,
  reachResponse,
  type UpdateActivityRequest,
  type UpdateCampaignRequest,
} from '../../../core/prevention/campaign.js';
import { ApiRequestError, api, type QueryValue, request } from '../../api/client.js';
import { type RawAnswer, uploadRaw } from '../../api/upload.js';

/** Every campaign query starts with `campaigns`. */
export const campaignsKey = ['campaigns'] as const;
export const campaignKey = (id: string) => ['campaigns', 'one', id] as const;
export const activitiesKey = (id: string) => ['campaigns', 'activities', id] as const;

export const campaignUrl = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
export const activityUrl = (campaignId: string, activityId: string) => `${campaignUrl(campaignId)}/activities/${encodeURIComponent(activityId)}`;
export const fileUrl = (campaignId: string, activityId: string, fileId: string) => `${activityUrl(campaignId, activityId)}/files/${encodeURIComponent(fileId)}`;

export function useCampaigns(query: Record<string, QueryValue>) {
  return useQuery({
    queryKey: [...campaignsKey, 'list', query],
    queryFn: ({ signal }) => api.get('/api/campaigns', { query, schema: campaignPage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCampaign(id: string | undefined) {
  return useQuery({
    queryKey: campaignKey(id ?? ''),
    queryFn: ({ signal }) => api.get(campaignUrl(id ?? ''), { schema: campaignView, signal }),
    enabled: Boolean(id),
  });
}

export function useActivities(campaignId: string) {
  return useQuery({
    queryKey: activitiesKey(campaignId),
    queryFn: ({ signal }) => api.get(`${campaignUrl(campaignId)}/activities`, { schema: activityList, signal }),
  });
}

/** Every campaign query again (lists, the campaign, its reach): after any change. */
function useCampaignsChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: campaignsKey });
}

export function useSaveCampaign(id: string | undefined) {
  const queryClient = useQueryClient();
  const changed = useCampaignsChanged();
  return useMutation({
    mutationFn: (body: CampaignRequest | UpdateCampaignRequest) =>
      id
        ? request<CampaignView>('PUT', campaignUrl(id), { body, schema: campaignView })
        : api.post<CampaignView>('/api/campaigns', body, { schema: campaignView }),
    onSuccess: (saved) => {
      queryClient.setQueryData(campaignKey(saved.id), saved);
      changed();
    },
  });
}

export function useDeleteCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<unknown>(campaignUrl(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: campaignKey(id) });
      void queryClient.invalidateQueries({ queryKey: campaignsKey });
    },
  });
}

export function useSaveActivity(campaignId: string, activityId: string | undefined) {
  const changed = useCampaignsChanged();
  return useMutation({
    mutationFn: (body: ActivityRequest | UpdateActivityRequest) =>
      activityId
        ? request<ActivityView>('PUT', activityUrl(campaignId, activityId), { body, schema: activityView })
        : api.post<ActivityView>(`${campaignUrl(campaignId)}/activities`, body, { schema: activityView }),
    onSuccess: changed,
  });
}

export function useDeleteActivity(campaignId: string) {
  const changed = useCampaignsChanged();
  return useMutation({
    mutationFn: (activityId: string) => api.delete<unknown>(activityUrl(campaignId, activityId)),
    onSuccess: changed,
  });
}

export function useDeleteFile(campaignId: string) {
  const changed = useCampaignsChanged();
  return useMutation({
    mutationFn: ({ activityId, fileId }: { activityId: string; fileId: string }) => api.delete<unknown>(fileUrl(campaignId, activityId, fileId)),
    onSuccess: changed,
  });
}

/** The file the server answered, or the error it gave. */
function fileOf(a: RawAnswer): ActivityFileView {
  if (a.status >= 200 && a.status < 300) {
    const parsed = activityFileView.safeParse(a.body);
    if (!parsed.success) console.warn('Unexpected answer from the upload', parsed.error.issues);
    return a.body as ActivityFileView;
  }
  const error = (a.body as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
  const code: ErrorCode =
    typeof error?.code === 'string' ? (error.code as ErrorCode) : a.status === 413 ? 'payload_too_large' : a.status >= 500 ? 'internal' : 'bad_request';
  throw new ApiRequestError(
    a.status,
    code,
    typeof error?.message === 'string' ? error.message : `HTTP ${a.status}`,
    typeof error?.field === 'string' ? error.field : undefined,
  );
}

export interface FileUpload {
  activityId: string;
  file: Blob;
  name: string;
  mediaType: string;
}

/** The raw bytes as the body, the name percent-encoded in X-File-Name (never in the address). */
export function useUploadFile(campaignId: string, onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  const changed = useCampaignsChanged();
  return useMutation({
    mutationFn: async (u: FileUpload) => {
      const headers = { 'X-File-Name': encodeURIComponent(u.name) };
      const url = `${activityUrl(campaignId, u.activityId)}/files`;
      return fileOf(await uploadRaw(queryClient, { url, file: u.file, mediaType: u.mediaType, headers }, onProgress));
    },
    onSuccess: changed,
  });
}

export function useReach(query: Record<string, QueryValue>, enabled = true) {
  return useQuery<ReachResponse>({
    queryKey: [...campaignsKey, 'reach', query],
    queryFn: ({ signal }) => api.get('/api/campaigns/reach', { query, schema: reachResponse, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
