import type { ZodType } from 'zod';
import type { ErrorCode } from '../../core/platform/schemas.js';

/** The one HTTP client of the web app: JSON in, JSON out, typed errors, CSRF header, auth events. */

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/** An answer of the API with an error body `{ error: { code, message, field? } }`. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network';
  readonly field: string | undefined;

  constructor(status: number, code: ErrorCode | 'network', message: string, field?: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

export function isApiError(error: unknown, code?: ApiRequestError['code']): error is ApiRequestError {
  return error instanceof ApiRequestError && (code === undefined || error.code === code);
}

/** Session problems that make the app leave the current screen. */
export type AuthEvent = 'unauthenticated' | 'enrolment_required' | 'device_wiped';
type AuthListener = (event: AuthEvent) => void;
const authListeners = new Set<AuthListener>();

export function onAuthEvent(listener: AuthListener): () => void {
  authListeners.add(listener);
  return () => {
    authListeners.delete(listener);
  };
}

let csrfToken: string | null = null;

/** Remember the CSRF token of the session (from `GET /api/me` and every answer that returns `me`). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<T> {
  body?: unknown;
  query?: Record<string, QueryValue>;
  /** Checks the answer; a mismatch is logged, not fatal, so that a newer server does not break the app. */
  schema?: ZodType<T>;
  signal?: AbortSignal;
  /** Sent with the request (e.g. `Idempotency-Key`). */
  headers?: Record<string, string>;
}

function urlOf(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; field?: unknown };
}

function errorOf(status: number, body: unknown): ApiRequestError {
  const error = (body as ErrorBody | null)?.error;
  const code = typeof error?.code === 'string' ? (error.code as ErrorCode) : status >= 500 ? 'internal' : 'bad_request';
  const message = typeof error?.message === 'string' ? error.message : `HTTP ${status}`;
  const field = typeof error?.field === 'string' ? error.field : undefined;
  return new ApiRequestError(status, code, message, field);
}

async function send(method: HttpMethod, path: string, options: RequestOptions<unknown>): Promise<Response> {
  const headers: Record<string, string> = { ...options.headers, Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(urlOf(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiRequestError(0, 'network', cause instanceof Error ? cause.message : 'Network error');
  }
}

async function refreshCsrfToken(): Promise<boolean> {
  const response = await send('GET', '/api/me', {});
  if (!response.ok) return false;
  const body = (await response.json()) as { csrfToken?: unknown };
  if (typeof body.csrfToken !== 'string') return false;
  setCsrfToken(body.csrfToken);
  return true;
}

export async function request<T>(method: HttpMethod, path: string, options: RequestOptions<T> = {}): Promise<T> {
  let response = await send(method, path, options);
  let body: unknown = null;
  if (response.status !== 204) body = await response.json().catch(() => null);

  if (!response.ok) {
    let error = errorOf(response.status, body);
    // The session may have been renewed in another tab: fetch the current token and try once more.
    if (error.code === 'csrf_failed' && (await refreshCsrfToken())) {
      response = await send(method, path, options);
      body = response.status === 204 ? null : await response.json().catch(() => null);
      if (response.ok) return check(body, options.schema, path);
      error = errorOf(response.status, body);
    }
    if (error.code === 'unauthenticated' || error.code === 'enrolment_required' || error.code === 'device_wiped') {
      for (const listener of authListeners) listener(error.code);
    }
    throw error;
  }
  return check(body, options.schema, path);
}

function check<T>(body: unknown, schema: ZodType<T> | undefined, path: string): T {
  if (!schema) return body as T;
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  console.warn(`Unexpected answer from ${path}`, result.error.issues);
  return body as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions<T>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions<T>) => request<T>('POST', path, { ...options, body: body ?? {} }),
  patch: <T>(path: string, body: unknown, options?: RequestOptions<T>) => request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions<T>) => request<T>('DELETE', path, options),
};
