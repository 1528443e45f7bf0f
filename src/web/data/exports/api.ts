/** Export jobs as TanStack queries: the user's jobs (polled while one is waiting or running), queue one, delete one. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { ACTIONS_OF, type CreateExportRequest, EXPORT_KINDS, type ExportJob, type ExportKind, exportJob } from '../../../core/data/exports/exports.js';
import type { Action } from '../../../core/platform/policy.js';
import { api } from '../../api/client.js';

export const exportsKey = ['exports'] as const;
const exportList = z.object({ items: z.array(exportJob) });

/** Whether a job still moves (the list is polled every second while one does). */
export const isActive = (job: Pick<ExportJob, 'status'>) => job.status === 'queued' || job.status === 'running';

export function useExports() {
  return useQuery({
    queryKey: exportsKey,
    queryFn: ({ signal }) => api.get('/api/exports', { schema: exportList, signal }),
    refetchInterval: (query) => (query.state.data?.items.some(isActive) ? 1000 : false),
  });
}

export function useCreateExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateExportRequest) => api.post('/api/exports', body, { schema: exportJob }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: exportsKey }),
  });
}

export function useDeleteExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/exports/${id}`),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: exportsKey }),
  });
}

/** The kinds a user with these permissions may ask for. */
export function exportKindsFor(permissions: readonly string[]): ExportKind[] {
  return EXPORT_KINDS.filter((k) => ACTIONS_OF[k].every((a: Action) => permissions.includes(a)));
}

export const fileUrl = (id: string) => `/api/exports/${id}/file`;
