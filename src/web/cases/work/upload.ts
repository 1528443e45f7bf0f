import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentView } from '../../../core/cases/views.js';
import type { ErrorCode } from '../../../core/platform/schemas.js';
import { ApiRequestError } from '../../api/client.js';
import { type RawAnswer, uploadRaw } from '../../api/upload.js';
import { documentAnswer, useCaseChanged } from './api.js';

/**
 * Uploads a file to a case with XMLHttpRequest, which reports the progress of the upload (fetch
 * does not). The raw file is the body; the category goes in the query and the name, percent-encoded,
 * in the X-File-Name header (never in the URL, which access logs keep). Like the API client it
 * sends the session's CSRF token, and after `csrf_failed` fetches the current one and tries once more.
 */

export interface UploadInput {
  file: Blob;
  name: string;
  category: string;
  mediaType: string;
}

/** The document the server answered, or the error it gave. */
function documentOf(a: RawAnswer): DocumentView {
  if (a.status >= 200 && a.status < 300) {
    const parsed = documentAnswer.safeParse(a.body);
    if (!parsed.success) console.warn('Unexpected answer from the upload', parsed.error.issues);
    return a.body as DocumentView;
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

export function useUploadDocument(caseId: string, onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  const changed = useCaseChanged(caseId);
  return useMutation({
    mutationFn: async (input: UploadInput) => {
      const query = new URLSearchParams({ category: input.category });
      const url = `/api/cases/${caseId}/documents?${query.toString()}`;
      const headers = { 'X-File-Name': encodeURIComponent(input.name) };
      return documentOf(await uploadRaw(queryClient, { url, file: input.file, mediaType: input.mediaType, headers }, onProgress));
    },
    onSuccess: changed,
  });
}
