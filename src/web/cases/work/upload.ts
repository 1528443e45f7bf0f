import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DocumentView } from '../../../core/cases/views.js';
import type { ErrorCode } from '../../../core/platform/schemas.js';
import { me as meSchema } from '../../../core/platform/schemas.js';
import { ApiRequestError, api } from '../../api/client.js';
import { meKey, storeMe } from '../../api/me.js';
import type { Me } from '../../api/types.js';
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

function send(caseId: string, input: UploadInput, csrfToken: string | undefined, onProgress: (fraction: number) => void): Promise<DocumentView> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const query = new URLSearchParams({ category: input.category });
    xhr.open('POST', `/api/cases/${caseId}/documents?${query.toString()}`);
    xhr.setRequestHeader('Content-Type', input.mediaType);
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(input.name));
    xhr.setRequestHeader('Accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.withCredentials = true;
    xhr.responseType = 'text';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new ApiRequestError(0, 'network', 'Network error'));
    xhr.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = documentAnswer.safeParse(body);
        if (!parsed.success) console.warn('Unexpected answer from the upload', parsed.error.issues);
        resolve(body as DocumentView);
        return;
      }
      const error = (body as { error?: { code?: unknown; message?: unknown; field?: unknown } } | null)?.error;
      const code =
        typeof error?.code === 'string' ? (error.code as ErrorCode) : xhr.status === 413 ? 'payload_too_large' : xhr.status >= 500 ? 'internal' : 'bad_request';
      reject(
        new ApiRequestError(
          xhr.status,
          code,
          typeof error?.message === 'string' ? error.message : `HTTP ${xhr.status}`,
          typeof error?.field === 'string' ? error.field : undefined,
        ),
      );
    };
    xhr.send(input.file);
  });
}

export function useUploadDocument(caseId: string, onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  const changed = useCaseChanged(caseId);
  return useMutation({
    mutationFn: async (input: UploadInput) => {
      const token = queryClient.getQueryData<Me>(meKey)?.csrfToken;
      try {
        return await send(caseId, input, token, onProgress);
      } catch (error) {
        if (!(error instanceof ApiRequestError) || error.code !== 'csrf_failed') throw error;
        // The session may have been renewed in another tab: the current token, then once more.
        const me = await api.get('/api/me', { schema: meSchema });
        storeMe(queryClient, me);
        onProgress(0);
        return send(caseId, input, me.csrfToken, onProgress);
      }
    },
    onSuccess: changed,
  });
}
