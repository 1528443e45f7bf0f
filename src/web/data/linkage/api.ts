/** The linkage API as TanStack queries: the status, the people to encode, the upload and the withdrawal. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type LinkagePeople, type LinkageStatus, linkagePeople, linkageStatus } from '../../../core/data/linkage/api.js';
import type { KeyFile } from '../../../core/data/linkage/index.js';
import { type ErrorCode, type ErrorDetail, errorDetail } from '../../../core/platform/schemas.js';
import { ApiRequestError, api } from '../../api/client.js';
import { uploadRaw } from '../../api/upload.js';

export const linkageKey = ['linkage'] as const;

export function useLinkageStatus() {
  return useQuery({ queryKey: linkageKey, queryFn: ({ signal }) => api.get('/api/data/linkage', { schema: linkageStatus, signal }) });
}

export function fetchLinkagePeople(signal?: AbortSignal): Promise<LinkagePeople> {
  return api.get('/api/data/linkage/people', { schema: linkagePeople, signal });
}

/** A refused key file: every problem the server listed. */
export class KeysRefused extends ApiRequestError {
  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    readonly details: readonly ErrorDetail[],
  ) {
    super(status, code, message);
  }
}

interface ErrorBody {
  error?: { code?: ErrorCode; message?: string; field?: string; details?: unknown };
}

export function useUploadKeys(onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: KeyFile): Promise<LinkageStatus> => {
      const answer = await uploadRaw(
        queryClient,
        { url: '/api/data/linkage/keys', method: 'PUT', file: JSON.stringify(file), mediaType: 'application/json' },
        onProgress,
      );
      if (answer.status === 200) return linkageStatus.parse(answer.body);
      const error = (answer.body as ErrorBody | null)?.error;
      const details = errorDetail.array().safeParse(error?.details);
      throw new KeysRefused(answer.status, error?.code ?? 'internal', error?.message ?? `HTTP ${answer.status}`, details.success ? details.data : []);
    },
    onSuccess: (status) => queryClient.setQueryData(linkageKey, status),
  });
}

export function useWithdrawKeys() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/api/data/linkage/keys', { schema: linkageStatus }),
    onSuccess: (status) => queryClient.setQueryData(linkageKey, status),
  });
}
