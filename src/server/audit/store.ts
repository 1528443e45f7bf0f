import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { AuditEntry } from '../../core/platform/schemas.js';
import { prepared } from '../db/prepared.js';

/**
 * The audit trail. Entries are appended through the database function
 * `audit_append` in the transaction of what they record, without a lock, and
 * chained a moment later by `audit_chain` (one chainer at a time: the platform
 * every 200 ms, and whoever lists or verifies the trail first):
 *   hash = sha256(prev_hash || utf8(seq + "\n" + payload))
 * where payload is the canonical JSON of the entry's fields. `verifyChain`
 * recomputes every link and checks every column against its payload.
 */

export interface AuditInput {
  readonly orgId: string | null;
  readonly actorId: string | null;
  readonly actorEmail: string | null;
  readonly action: string;
  readonly recordType?: string | null;
  readonly recordId?: string | null;
  readonly ip: string | null;
  readonly outcome: 'success' | 'failure' | 'denied';
}

interface Canonical {
  at: string;
  orgId: string | null;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  outcome: string;
}

/** Field order is part of the format: never reorder. */
export function canonicalPayload(e: Canonical): string {
  return JSON.stringify([e.at, e.orgId, e.actorId, e.actorEmail, e.action, e.recordType, e.recordId, e.ip, e.outcome]);
}

export function linkHash(prev: Buffer, seq: number, payload: string): Buffer {
  return createHash('sha256')
    .update(prev)
    .update(Buffer.from(`${seq}\n${payload}`, 'utf8'))
    .digest();
}

/** Appends an entry (unchained until `chainAudit` runs); returns its id. */
export async function appendAudit(client: pg.PoolClient | pg.Pool, input: AuditInput): Promise<number> {
  const e: Canonical = {
    at: new Date().toISOString(),
    orgId: input.orgId,
    actorId: input.actorId,
    actorEmail: input.actorEmail,
    action: input.action,
    recordType: input.recordType ?? null,
    recordId: input.recordId ?? null,
    ip: input.ip,
    outcome: input.outcome,
  };
  const { rows } = await client.query<{ id: string }>(
    prepared('SELECT audit_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) AS id', [
      e.at,
      e.orgId,
      e.actorId,
      e.actorEmail,
      e.action,
      e.recordType,
      e.recordId,
      e.ip,
      e.outcome,
      canonicalPayload(e),
    ]),
  );
  return Number(rows[0]?.id ?? 0);
}

/** Chains the committed unchained entries (at most `limit`); returns how many. */
export async function chainAudit(client: pg.PoolClient | pg.Pool, limit = 10_000): Promise<number> {
  const { rows } = await client.query<{ n: number }>('SELECT audit_chain($1) AS n', [limit]);
  return rows[0]?.n ?? 0;
}

interface AuditRow {
  seq: number;
  at: Date;
  org_id: string | null;
  actor_id: string | null;
  actor_email: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  outcome: 'success' | 'failure' | 'denied';
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at.toISOString(),
    orgId: r.org_id,
    actorId: r.actor_id,
    actorEmail: r.actor_email,
    action: r.action,
    recordType: r.record_type,
    recordId: r.record_id,
    ip: r.ip,
    outcome: r.outcome,
  };
}

export interface AuditFilter {
  readonly action?: string | undefined;
  readonly actorId?: string | undefined;
  readonly outcome?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly before?: number | undefined;
  readonly limit: number;
}

/** One organisation's entries, newest first (row-level security also limits this). */
export async function listAudit(
  client: pg.PoolClient,
  orgId: string,
  includeNetwork: boolean,
  f: AuditFilter,
): Promise<{ entries: AuditEntry[]; nextBefore: number | null }> {
  // Entries appended a moment ago are chained first, so that the list is complete and numbered.
  await chainAudit(client);
  const where = ['seq IS NOT NULL', includeNetwork ? '(org_id = $1 OR org_id IS NULL)' : 'org_id = $1'];
  const args: unknown[] = [orgId];
  const add = (sql: string, value: unknown) => {
    args.push(value);
    where.push(sql.replace('?', `$${args.length}`));
  };
  if (f.action)
    add(
      "action ILIKE '%' || ? || '%'",
      f.action.replace(/[\\%_]/g, (m) => `\\${m}`),
    );
  if (f.actorId) add('actor_id = ?', f.actorId);
  if (f.outcome) add('outcome = ?', f.outcome);
  // As Date values: PostgreSQL refuses some strings the schema lets through (year 0000, offsets
  // beyond ±15:59) with an error; a Date is one instant, which node-postgres always sends in range.
  if (f.from) add('at >= ?', new Date(f.from));
  if (f.to) add('at <= ?', new Date(f.to));
  if (f.before) add('seq < ?', f.before);
  args.push(f.limit + 1);
  const { rows } = await client.query<AuditRow>(
    `SELECT seq, at, org_id, actor_id, actor_email, action, record_type, record_id, ip, outcome
       FROM audit_log WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT $${args.length}`,
    args,
  );
  const more = rows.length > f.limit;
  const page = rows.slice(0, f.limit).map(toEntry);
  return { entries: page, nextBefore: more ? (page[page.length - 1]?.seq ?? null) : null };
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly entries: number;
  /** The first entry whose link is broken, and why. */
  readonly brokenAt?: number;
  readonly reason?: string;
}

/** Walks the whole chain (as the owner: every organisation's entries) in pages. */
export async function verifyChain(pool: pg.Pool, onProgress?: (checked: number) => void): Promise<VerifyResult> {
  while ((await chainAudit(pool)) > 0) {
    // chain everything committed so far, in batches
  }
  let prev: Buffer = Buffer.alloc(0);
  let expected = 1;
  let checked = 0;
  for (;;) {
    const { rows } = await pool.query<AuditRow & { payload: string; prev_hash: Buffer; hash: Buffer }>(
      'SELECT * FROM audit_log WHERE seq >= $1 ORDER BY seq LIMIT 5000',
      [expected],
    );
    if (rows.length === 0) break;
    for (const r of rows) {
      if (r.seq !== expected) return { ok: false, entries: checked, brokenAt: expected, reason: `entry ${expected} is missing (deleted)` };
      if (!r.prev_hash.equals(prev)) return { ok: false, entries: checked, brokenAt: r.seq, reason: `entry ${r.seq} does not link to entry ${r.seq - 1}` };
      if (!linkHash(prev, r.seq, r.payload).equals(r.hash))
        return { ok: false, entries: checked, brokenAt: r.seq, reason: `entry ${r.seq} was changed (its hash does not match)` };
      const columns = canonicalPayload({ ...toEntry(r), at: r.at.toISOString() });
      if (columns !== r.payload)
        return { ok: false, entries: checked, brokenAt: r.seq, reason: `entry ${r.seq} was changed (its fields differ from what was signed)` };
      prev = r.hash;
      expected = r.seq + 1;
      checked++;
    }
    onProgress?.(checked);
  }
  // A missing first entry shows as a chain that starts late.
  return { ok: true, entries: checked };
}
