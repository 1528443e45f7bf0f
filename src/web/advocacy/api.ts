/** Recommendations, their sources, histories, documents and progress, through the API as TanStack queries. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type EvidenceFileView,
  evidenceFileView,
  progressResponse,
  type RecommendationRequest,
  type RecommendationView,
  recommendationPage,
  recommendationView,
  type SourceRequest,
  type SourceView,
  type StatusChangeRequest,
  sourceList,
  sourceView,
  type UpdateRecommendationRequest,
  type UpdateSourceRequest,
} from '../../core/advocacy/recommendation.js';
import type { ErrorCode } from '../../core/platform/schemas.js';
import { ApiRequestError, api, type QueryValue, request } from '../api/client.js';
import { type RawAnswer, uploadRaw } from '../api/upload.js';

/** Every query of this module starts with `recommendations`. */
export const recommendationsKey = ['recommendations'] as const;
export const recommendationKey = (id: string) => ['recommendations', 'one', id] as const;

export const recommendationUrl = (id: string) => `/api/recommendations/${encodeURIComponent(id)}`;
export const documentUrl = (id: string, changeId: string, documentId: string) =>
  `${recommendationUrl(id)}/changes/${encodeURIComponent(changeId)}/documents/${encodeURIComponent(documentId)}`;

/** The address of a report with the filters of the list. */
export function reportUrl(format: 'pdf' | 'xlsx', filters: Record<string, QueryValue>): string {
  const params = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  return `/api/recommendations/report?${params.toString()}`;
}

export function useRecommendations(query: Record<string, QueryValue>) {
  return useQuery({
    queryKey: [...recommendationsKey, 'list', query],
    queryFn: ({ signal }) => api.get('/api/recommendations', { query, schema: recommendationPage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRecommendation(id: string) {
  return useQuery({
    queryKey: recommendationKey(id),
    queryFn: ({ signal }) => api.get(recommendationUrl(id), { schema: recommendationView, signal }),
    enabled: Boolean(id),
  });
}

export function useSources() {
  return useQuery({
    queryKey: [...recommendationsKey, 'sources'],
    queryFn: ({ signal }) => api.get('/api/recommendations/sources', { schema: sourceList, signal }),
  });
}

export function useProgress(query: Record<string, QueryValue>) {
  return useQuery({
    queryKey: [...recommendationsKey, 'progress', query],
    queryFn: ({ signal }) => api.get('/api/recommendations/progress', { query, schema: progressResponse, signal }),
    placeholderData: keepPreviousData,
  });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: recommendationsKey });
}

export const sourceUrl = (id: string) => `/api/recommendations/sources/${encodeURIComponent(id)}`;

/** Records a new source, or (with `id`) replaces an existing one's fields. */
export function useSaveSource(id: string | undefined) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: SourceRequest | UpdateSourceRequest) =>
      id
        ? request<SourceView>('PUT', sourceUrl(id), { body, schema: sourceView })
        : api.post<SourceView>('/api/recommendations/sources', body, { schema: sourceView }),
    // Recommendations show their source's name: everything again.
    onSuccess: changed,
  });
}

/** Removes a source no recommendation uses (409 `conflict` otherwise). */
export function useDeleteSource() {
  const changed = useChanged();
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(sourceUrl(id)),
    onSuccess: changed,
    // Refused because recommendations use it: the counts of the list again.
    onError: changed,
  });
}

export function useSaveRecommendation(id: string | undefined) {
  const queryClient = useQueryClient();
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: RecommendationRequest | UpdateRecommendationRequest) =>
      id
        ? request<RecommendationView>('PUT', recommendationUrl(id), { body, schema: recommendationView })
        : api.post<RecommendationView>('/api/recommendations', body, { schema: recommendationView }),
    onSuccess: (saved) => {
      queryClient.setQueryData(recommendationKey(saved.id), saved);
      changed();
    },
  });
}

export function useChangeStatus(id: string) {
  return useMutation({
    mutationFn: (body: StatusChangeRequest) => api.post<RecommendationView>(`${recommendationUrl(id)}/status`, body, { schema: recommendationView }),
  });
}

/** The document the server answered, or the error it gave. */
function documentOf(a: RawAnswer): EvidenceFileView {
  if (a.status >= 200 && a.status < 300) {
    const parsed = evidenceFileView.safeParse(a.body);
    if (!parsed.success) console.warn('Unexpected answer from the upload', parsed.error.issues);
    return a.body as EvidenceFileView;
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

/** Uploads one evidence document of a change: the raw bytes as the body, the name percent-encoded in X-File-Name. */
export function useUploadDocument(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (u: { changeId: string; file: Blob; name: string; mediaType: string; onProgress: (fraction: number) => void }) => {
      const url = `${recommendationUrl(id)}/changes/${encodeURIComponent(u.changeId)}/documents`;
      return documentOf(
        await uploadRaw(queryClient, { url, file: u.file, mediaType: u.mediaType, headers: { 'X-File-Name': encodeURIComponent(u.name) } }, u.onProgress),
      );
    },
  });
}

/** After a status change and its uploads: everything again. */
export function useRefreshAll() {
  return useChanged();
}
