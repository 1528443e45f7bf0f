/**
 * `Idempotency-Key` for requests that create a record: a device that resends what it saved offline
 * (the connection dropped after the server saved it, before the answer arrived) must not create it
 * twice. The key is the client's; it is kept per organisation and user with a digest of the request
 * and the id of the record created, never with the request itself. A repeat with the same body
 * answers with the record as it is now; a repeat with another body is refused
 * (`idempotency_key_reused`). Keys are forgotten after 30 days.
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import { HttpError } from './errors.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;
const KEEP_DAYS = 30;

/** The request's key, or undefined without one; a malformed key is a 400 naming the header. */
export function idempotencyKey(request: FastifyRequest): string | undefined {
  const raw = request.headers[IDEMPOTENCY_HEADER];
  if (raw === undefined) return undefined;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || !KEY.test(value)) {
    throw new HttpError(400, 'validation_failed', 'Idempotency-Key: 8 to 128 letters, digits or the signs _ . : - (a UUID is a good key).', 'Idempotency-Key');
  }
  return value;
}

/** A stable digest of a JSON body: the same request gives the same digest, whatever its key order. */
export function requestDigest(scope: string, body: unknown): Buffer {
  return createHash('sha256').update(scope).update('\0').update(canonical(body)).digest();
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export interface IdempotentRequest {
  readonly orgId: string;
  readonly userId: string;
  readonly key: string;
  /** The kind of record the route creates, e.g. 'screening'. */
  readonly scope: string;
  readonly digest: Buffer;
}

/**
 * Inside the creating transaction, before anything is written: the id of the record an earlier
 * request with this key created, or null when the key is new. Concurrent requests with the same
 * key wait for each other (a transaction-scoped advisory lock), so exactly one creates.
 */
export async function earlierRecord(c: pg.PoolClient, r: IdempotentRequest): Promise<string | null> {
  await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`idem:${r.orgId}:${r.userId}:${r.key}`]);
  const found = await c.query<{ scope: string; request_digest: Buffer; record_id: string; stale: boolean }>(
    `SELECT scope, request_digest, record_id, created_at < now() - make_interval(days => $4) AS stale
       FROM idempotency_keys WHERE org_id = $1 AND user_id = $2 AND key = $3`,
    [r.orgId, r.userId, r.key, KEEP_DAYS],
  );
  const row = found.rows[0];
  if (!row) return null;
  if (row.stale) {
    await c.query('DELETE FROM idempotency_keys WHERE org_id = $1 AND user_id = $2 AND key = $3', [r.orgId, r.userId, r.key]);
    return null;
  }
  if (row.scope !== r.scope || !row.request_digest.equals(r.digest)) {
    throw new HttpError(
      422,
      'idempotency_key_reused',
      'Idempotency-Key: already used for a different request. Use a new key for a new record.',
      'Idempotency-Key',
    );
  }
  return row.record_id;
}

/** Keeps the key with the record just created (same transaction), and forgets this user's old keys. */
export async function rememberRecord(c: pg.PoolClient, r: IdempotentRequest, recordId: string): Promise<void> {
  await c.query(`INSERT INTO idempotency_keys (org_id, user_id, key, scope, request_digest, record_id) VALUES ($1, $2, $3, $4, $5, $6)`, [
    r.orgId,
    r.userId,
    r.key,
    r.scope,
    r.digest,
    recordId,
  ]);
  await c.query(`DELETE FROM idempotency_keys WHERE org_id = $1 AND user_id = $2 AND created_at < now() - make_interval(days => $3)`, [
    r.orgId,
    r.userId,
    KEEP_DAYS,
  ]);
}
