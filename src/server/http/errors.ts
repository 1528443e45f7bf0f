import type { ZodError } from 'zod';
import type { ErrorCode, ErrorDetail } from '../../core/platform/schemas.js';

/** An error with a stable code that reaches the client as `{ error: { code, message, field? } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * 409 for a change based on a stale version: nothing was written, and the answer carries the
 * current record so that the client can show what changed and let the user decide.
 */
export class StaleVersionError extends HttpError {
  /**
   * @param current the record as it is now, sent with the 409
   * @param read what the audit trail records of this read: the transaction of the change is rolled
   *   back, so the route wrapper appends it on its own (the caller did receive the record)
   */
  constructor(
    readonly current: unknown,
    readonly read: { readonly action: string; readonly recordType: string; readonly recordId: string },
  ) {
    super(409, 'stale_version', 'Someone else changed this record since you opened it. Nothing was saved; the current version is attached.', 'version');
  }
}

/**
 * An error that lists every problem found (an import of many rows): the answer carries them as
 * `error.details`, each naming its file, row and field.
 */
export class ReportedError extends HttpError {
  constructor(
    status: number,
    code: ErrorCode,
    message: string,
    readonly details: readonly ErrorDetail[],
  ) {
    super(status, code, message);
  }
}

export const notFound = (what = 'Not found') => new HttpError(404, 'not_found', what);
export const forbidden = () => new HttpError(403, 'forbidden', 'You do not have permission to do this.');

/** The first problem of a failed Zod parse, naming the field (dotted path). */
export function fromZod(error: ZodError, where: 'body' | 'query' | 'params'): HttpError {
  const issue = error.issues[0];
  if (!issue) return new HttpError(400, 'validation_failed', `Invalid ${where}.`);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0] ?? '';
    const field = [...issue.path, key].join('.');
    return new HttpError(400, 'unknown_field', `Unknown field "${field}".`, field);
  }
  const field = issue.path.join('.');
  if (!field) return new HttpError(400, 'validation_failed', `Invalid ${where}: ${issue.message}`);
  return new HttpError(400, 'validation_failed', `${field}: ${issue.message}`, field);
}
