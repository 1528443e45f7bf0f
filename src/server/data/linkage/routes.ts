import type pg from 'pg';
import { linkagePeople as linkagePeopleSchema, linkageStatus, type LinkageStatus } from '../../../core/data/linkage/api.js';
import { keyFile, layout, MAX_UPLOAD_KEYS, SCHEME_V1 } from '../../../core/data/linkage/index.js';
import type { ErrorDetail } from '../../../core/platform/schemas.js';
import { viewerOf } from '../../cases/access.js';
import { appendAudit } from '../../audit/store.js';
import { auditRecord } from '../../cases/audit.js';
import { prepared } from '../../db/prepared.js';
import { HttpError, ReportedError } from '../../http/errors.js';
import { type RouteDef, rawRoute, route } from '../../http/route.js';
import type { Services } from '../../services.js';
import { peopleCountedOnce } from './count.js';
import { scheduleRecount } from './recount.js';
import { lastUpload, linkagePeople, replaceKeys, withdrawKeys } from './store.js';

/**
 * Counting people once across the network (issue 7). An organisation administrator's browser reads
 * the organisation's assisted people (`GET .../people`), computes their keys with the network's
 * secret, which stays in the browser, and uploads only the keys (`PUT .../keys`, the same file
 * `haven link --encode` writes, with Haven person ids as ids). The server matches every
 * organisation's keys and keeps counts (recount.ts).
 */

const LAYOUT = layout(SCHEME_V1);
const KEY_BYTES = LAYOUT.words * 4;
/** base64 of a key, with its blocks: ~300 bytes; a little room for JSON. */
export const MAX_KEY_FILE_SIZE = 64 * 1024 * 1024;
const MAX_PROBLEMS = 1_000;
/** How long an upload waits for the new count before answering without it. */
const RECOUNT_WAIT_MS = 5_000;

async function status(s: Services, c: pg.PoolClient, orgId: string): Promise<LinkageStatus> {
  const upload = await lastUpload(c, orgId);
  const { organisations, computedAt } = await peopleCountedOnce(c);
  // Who takes part now, and under which secret: counts across organisations, read as the owner
  // (no organisation may read another's uploads); only counts and a yes/no leave this function.
  const { rows } = await s.db.owner.query<{ fingerprint: string; n: number }>(
    'SELECT fingerprint, count(*)::int AS n FROM linkage_uploads GROUP BY fingerprint ORDER BY count(*) DESC, fingerprint',
  );
  const organisationsWithKeys = rows.reduce((sum, r) => sum + r.n, 0);
  const majority = rows[0]?.fingerprint;
  const otherSecret = organisationsWithKeys - (rows[0]?.n ?? 0);
  const sameSecretAsMost = upload ? upload.fingerprint === majority : null;
  return { scheme: SCHEME_V1.id, upload, network: { organisationsWithKeys, organisations, computedAt, otherSecret, sameSecretAsMost } };
}

/**
 * After an upload or a withdrawal: recounts at once only when the network counts after every
 * upload (HAVEN_LINKAGE_RECOUNT_MINUTES=0, for trials and tests); otherwise the schedule does it.
 */
async function afterChange(s: Services): Promise<void> {
  if (s.config.linkageRecountMinutes > 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    scheduleRecount(s.db, s.log),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, RECOUNT_WAIT_MS);
    }),
  ]);
  clearTimeout(timer);
}

/** Serialises the organisation's uploads and withdrawals (until the transaction ends). */
async function lockOrganisation(c: pg.PoolClient, orgId: string): Promise<void> {
  await c.query(prepared("SELECT pg_advisory_xact_lock(hashtextextended('linkage:' || $1, 0))", [orgId]));
}

/** Keys of people already keyed whose key differs in this upload. */
async function changedKeys(c: pg.PoolClient, orgId: string, keys: ReadonlyMap<string, Buffer>): Promise<number> {
  const { rows } = await c.query<{ person_id: string; key: Buffer }>(prepared('SELECT person_id, key FROM linkage_keys WHERE org_id = $1', [orgId]));
  let changed = 0;
  for (const r of rows) {
    const next = keys.get(r.person_id);
    if (next && !next.equals(r.key)) changed++;
  }
  return changed;
}

export function linkageRoutes(s: Services): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/data/linkage',
      access: 'linkage:keys',
      tag: 'data',
      summary: "The organisation's last upload of linkage keys and the network's count of people, each counted once",
      response: linkageStatus,
      handler: async ({ tx, principal }) => ({ body: await tx((c) => status(s, c, principal!.orgId)) }),
    }),
    route({
      method: 'GET',
      url: '/api/data/linkage/people',
      access: 'linkage:keys',
      tag: 'data',
      summary: 'The people the organisation assisted, with only what their linkage keys are computed from (audited)',
      response: linkagePeopleSchema,
      handler: async ({ tx, principal, ip }) => {
        const p = principal!;
        const body = await tx(async (c) => {
          const { people, unreadable } = await linkagePeople(c, await viewerOf(c, p));
          await auditRecord(c, p, ip, 'linkage.people', 'person', null);
          return { scheme: SCHEME_V1.id, people, unreadable };
        });
        return { body };
      },
    }),
    rawRoute({
      method: 'PUT',
      url: '/api/data/linkage/keys',
      access: 'linkage:keys',
      tag: 'data',
      summary: "Replace the organisation's linkage keys (a key file of haven link --encode, ids being Haven person ids)",
      rawBody: { mediaTypes: ['application/json'], limit: MAX_KEY_FILE_SIZE },
      response: linkageStatus,
      handler: async ({ body, tx, principal, ip }) => {
        const p = principal!;
        if (!body || body.length === 0) throw new HttpError(400, 'validation_failed', 'Send the key file as the body.', 'body');
        let value: unknown;
        try {
          value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(body));
        } catch {
          throw new HttpError(400, 'malformed_json', 'The key file is not valid JSON (UTF-8).', 'body');
        }
        const parsed = keyFile.safeParse(value);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const field = issue?.path.join('.') || 'body';
          if (issue?.code === 'too_big' && field === 'keys')
            throw new HttpError(413, 'payload_too_large', `At most ${MAX_UPLOAD_KEYS} keys in one upload.`, 'keys');
          throw new HttpError(400, 'validation_failed', `The key file is not valid: ${field}: ${issue?.message ?? 'invalid'}.`, field);
        }
        const file = parsed.data;
        if (file.scheme !== SCHEME_V1.id)
          throw new HttpError(400, 'validation_failed', `Keys must be of the scheme ${SCHEME_V1.id}, not ${file.scheme}.`, 'scheme');
        if (!file.fingerprint)
          throw new HttpError(
            400,
            'validation_failed',
            "The key file has no fingerprint of the secret: make it again with this version's haven link --encode.",
            'fingerprint',
          );
        const fingerprint = file.fingerprint;
        await tx(async (c) => {
          // One upload or withdrawal of an organisation at a time (a second waits for the first).
          await lockOrganisation(c, p.orgId);
          const { people } = await linkagePeople(c, await viewerOf(c, p));
          const known = new Set(people.map((x) => x.personId));
          const keys = new Map<string, Buffer>();
          const problems: ErrorDetail[] = [];
          let more = 0;
          const problem = (row: number, field: string, message: string) => {
            if (problems.length < MAX_PROBLEMS) problems.push({ row, field, message });
            else more++;
          };
          file.keys.forEach((k, i) => {
            if (!known.has(k.id)) problem(i, `keys.${i}.id`, 'not a person this organisation assisted, or one you may not read');
            else if (keys.has(k.id)) problem(i, `keys.${i}.id`, 'appears twice');
            const bytes = Buffer.from(k.key, 'base64');
            if (bytes.length !== KEY_BYTES) problem(i, `keys.${i}.key`, `a key of ${SCHEME_V1.id} has ${KEY_BYTES} bytes, not ${bytes.length}`);
            else keys.set(k.id, bytes);
          });
          if (problems.length > 0) {
            const n = problems.length + more;
            throw new ReportedError(400, 'linkage_keys_invalid', `The key file has ${n} problem${n === 1 ? '' : 's'}: nothing was changed.`, problems);
          }
          const changed = await changedKeys(c, p.orgId, keys);
          await replaceKeys(c, p.orgId, p.id, SCHEME_V1.id, fingerprint, keys);
          // How many keys, and how many differ from the last upload's for the same people: an honest
          // upload changes few (new people, corrected names) unless the secret changed.
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'linkage.upload',
            recordType: 'linkage-keys',
            recordId: `keys=${keys.size} changed=${changed}`,
            ip,
            outcome: 'success',
          });
        });
        await afterChange(s);
        return { body: await tx((c) => status(s, c, p.orgId)) };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/data/linkage/keys',
      access: 'linkage:keys',
      tag: 'data',
      summary: "Withdraw the organisation's linkage keys: it is no longer in the network's count",
      response: linkageStatus,
      handler: async ({ tx, principal, ip }) => {
        const p = principal!;
        await tx(async (c) => {
          await lockOrganisation(c, p.orgId);
          await withdrawKeys(c, p.orgId);
          await auditRecord(c, p, ip, 'linkage.withdraw', 'person', null);
        });
        await afterChange(s);
        return { body: await tx((c) => status(s, c, p.orgId)) };
      },
    }),
  ];
}
