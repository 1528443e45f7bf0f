/** The service directory through the API, as TanStack queries, and the HSDS import (with its list of problems). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type DirectoryOrganization,
  type DirectoryService,
  directoryOrganization,
  directoryService,
  type OrganizationRequest,
  type UpdateOrganizationRequest,
  type ServiceRequest,
  servicePage,
  type UpdateServiceRequest,
} from '../../core/referrals/directory.js';
import { type ErrorCode, type ErrorDetail, errorDetail } from '../../core/platform/schemas.js';
import { ApiRequestError, api, request } from '../api/client.js';
import { uploadRaw } from '../api/upload.js';
import { type DirectoryFilters, queryOf } from './filters.js';

/** Every directory query starts with `directory`; one service is `['directory', 'service', id]`. */
export const directoryKey = ['directory'] as const;
export const serviceKey = (id: string) => ['directory', 'service', id] as const;
const organizationsKey = (mine: boolean) => ['directory', 'organizations', mine ? 'mine' : 'all'] as const;

export function useServiceSearch(filters: DirectoryFilters) {
  return useQuery({
    queryKey: [...directoryKey, 'search', filters],
    queryFn: ({ signal }) => api.get('/api/directory/services', { query: queryOf(filters), schema: servicePage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function fetchService(id: string, signal?: AbortSignal): Promise<DirectoryService> {
  return api.get(`/api/directory/services/${id}`, { schema: directoryService, signal });
}

export function useService(id: string | undefined) {
  return useQuery({
    queryKey: serviceKey(id ?? ''),
    queryFn: ({ signal }) => fetchService(id ?? '', signal),
    enabled: Boolean(id),
  });
}

const organizationList = z.object({ items: z.array(directoryOrganization) });

/** The directory's organisations: all of them, or (`mine`) those the user's organisation maintains. */
export function useDirectoryOrganizations(mine: boolean, enabled = true) {
  return useQuery({
    queryKey: organizationsKey(mine),
    queryFn: ({ signal }) => api.get('/api/directory/organizations', { query: { mine: String(mine) }, schema: organizationList, signal }),
    staleTime: 60_000,
    enabled,
  });
}

/** After a change: the service as the server answered, and every list again. */
function useDirectoryChange<B>(send: (body: B) => Promise<DirectoryService>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (saved) => {
      queryClient.setQueryData(serviceKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: [...directoryKey, 'search'] });
    },
  });
}

export function useCreateService() {
  return useDirectoryChange((body: ServiceRequest) => api.post<DirectoryService>('/api/directory/services', body, { schema: directoryService }));
}

export function useUpdateService(id: string) {
  return useDirectoryChange((body: UpdateServiceRequest) =>
    request<DirectoryService>('PUT', `/api/directory/services/${id}`, { body, schema: directoryService }),
  );
}

export function useDeleteService(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<{ ok: true }>(`/api/directory/services/${id}`),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: serviceKey(id) });
      void queryClient.invalidateQueries({ queryKey: [...directoryKey, 'search'] });
    },
  });
}

export function useDirectoryOrganization(id: string) {
  return useQuery({
    queryKey: [...directoryKey, 'organizations', 'one', id],
    queryFn: ({ signal }) => api.get(`/api/directory/organizations/${id}`, { schema: directoryOrganization, signal }),
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationRequest) =>
      request<DirectoryOrganization>('PUT', `/api/directory/organizations/${id}`, { body, schema: directoryOrganization }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: directoryKey }),
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationRequest) => api.post<DirectoryOrganization>('/api/directory/organizations', body, { schema: directoryOrganization }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: [...directoryKey, 'organizations'] }),
  });
}

// ---------------------------------------------------------------------------------------------
// Import and export

/** The two files the import takes: HSDS JSON, or HSDS tabular data (CSV files and datapackage.json) in a zip. */
export type ImportFormat = 'json' | 'zip';

export const IMPORT_ACCEPT = '.json,.zip,application/json,application/zip';

/** The media type to send a file as, from its name (browsers name zip files differently, or not at all). */
export function importFormat(file: { name: string }): ImportFormat | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.zip')) return 'zip';
  return null;
}

const MEDIA_TYPES: Record<ImportFormat, string> = { json: 'application/json', zip: 'application/zip' };

/** What an import brought in: a count per kind of record (organisations, services, locations…). */
export type ImportCounts = Record<string, number>;

/** A successful import: its counts, and what Haven could not keep and left out (not an error). */
export interface ImportResult {
  counts: ImportCounts;
  skipped: ErrorDetail[];
}

/** An import refused: the code, and every problem the server found in the file. */
export class ImportRefused extends ApiRequestError {
  readonly details: readonly ErrorDetail[];

  constructor(status: number, code: ErrorCode, message: string, details: readonly ErrorDetail[]) {
    super(status, code, message);
    this.name = 'ImportRefused';
    this.details = details;
  }
}

const detailList = z.array(errorDetail);

/** The error of a failed answer, with its list of problems when it has one. */
export function importError(status: number, body: unknown): ApiRequestError {
  const error = (body as { error?: { code?: unknown; message?: unknown; field?: unknown; details?: unknown } } | null)?.error;
  const code: ErrorCode =
    typeof error?.code === 'string' ? (error.code as ErrorCode) : status === 413 ? 'payload_too_large' : status >= 500 ? 'internal' : 'bad_request';
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const details = detailList.safeParse(error?.details);
  if (details.success && details.data.length > 0) return new ImportRefused(status, code, message, details.data);
  return new ApiRequestError(status, code, message, typeof error?.field === 'string' ? error.field : undefined);
}

/** The counts of an answer (its numeric entries) and what it left out. */
export function resultOf(body: unknown): ImportResult {
  if (!body || typeof body !== 'object') return { counts: {}, skipped: [] };
  const entries = Object.entries(body as Record<string, unknown>);
  const skipped = detailList.safeParse((body as { skipped?: unknown }).skipped);
  return {
    counts: Object.fromEntries(entries.filter((e): e is [string, number] => typeof e[1] === 'number')),
    skipped: skipped.success ? skipped.data : [],
  };
}

export interface ImportInput {
  file: Blob;
  format: ImportFormat;
}

export function useImportDirectory(onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, format }: ImportInput) => {
      const a = await uploadRaw(queryClient, { url: '/api/directory/import', file, mediaType: MEDIA_TYPES[format] }, onProgress);
      if (a.status >= 200 && a.status < 300) return resultOf(a.body);
      throw importError(a.status, a.body);
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: directoryKey }),
  });
}

export type ExportFormat = 'json' | 'tabular';

/** The address of an export: the whole directory or only the entries of the user's organisation. */
export function exportUrl(format: ExportFormat, mine: boolean): string {
  return `/api/directory/export?${new URLSearchParams({ format, mine: String(mine) }).toString()}`;
}
