import type { QueryClient } from '@tanstack/react-query';
import { me as meSchema } from '../../core/platform/schemas.js';
import { ApiRequestError, api } from './client.js';
import { meKey, storeMe } from './me.js';
import type { Me } from './types.js';

/**
 * Sends a file as the raw body of a POST (or PUT) with XMLHttpRequest, which reports the progress of the
 * upload (fetch does not). Like the API client it sends the session's CSRF token, and after
 * `csrf_failed` fetches the current one (the session may have been renewed in another tab) and
 * tries once more. Answers the status and the parsed JSON body (null when there is none);
 * the caller turns them into its result or its error.
 */
export interface RawUpload {
  readonly url: string;
  /** POST unless told. */
  readonly method?: 'POST' | 'PUT';
  /** The bytes, or a text (sent as UTF-8). */
  readonly file: Blob | string;
  readonly mediaType: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RawAnswer {
  readonly status: number;
  readonly body: unknown;
}

function send(u: RawUpload, csrfToken: string | undefined, onProgress: (fraction: number) => void): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(u.method ?? 'POST', u.url);
    xhr.setRequestHeader('Content-Type', u.mediaType);
    for (const [k, v] of Object.entries(u.headers ?? {})) xhr.setRequestHeader(k, v);
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
      resolve({ status: xhr.status, body });
    };
    xhr.send(u.file);
  });
}

const csrfFailed = (a: RawAnswer) => a.status === 403 && (a.body as { error?: { code?: unknown } } | null)?.error?.code === 'csrf_failed';

export async function uploadRaw(queryClient: QueryClient, u: RawUpload, onProgress: (fraction: number) => void): Promise<RawAnswer> {
  const first = await send(u, queryClient.getQueryData<Me>(meKey)?.csrfToken, onProgress);
  if (!csrfFailed(first)) return first;
  const me = await api.get('/api/me', { schema: meSchema });
  storeMe(queryClient, me);
  onProgress(0);
  return send(u, me.csrfToken, onProgress);
}
