import { type CountOnce, NETWORK_COUNT_THRESHOLD, SCHEME_V1 } from '../../../core/data/linkage/index.js';
import type { Database } from '../../db/database.js';
import { runWorker } from '../../workers.js';
import type { CountRequest, PackedGroup } from './count-worker.js';

/**
 * The network's count of people assisted, each counted once: recomputed by the platform process on
 * a schedule (daily by default, HAVEN_LINKAGE_RECOUNT_MINUTES), not after each upload, so that an
 * organisation cannot see at once what one changed key does to the count (docs/linkage.md). It
 * reads every organisation's keys (as the database owner: no organisation may read another's keys),
 * matches them, and keeps only counts in `linkage_counts`. It never sees the secret, a name or a
 * person's id outside the database. The matching runs in a worker thread (count-worker.ts), so that
 * the API keeps answering meanwhile.
 */

/** Held while a process recounts, so that two processes never write counts out of order. */
const RECOUNT_LOCK = 7_460_001;

/** Runs the matching in a worker thread (count-worker.ts). */
function countInWorker(request: CountRequest): Promise<CountOnce> {
  return runWorker<CountOnce>(
    new URL('./count-worker.js', import.meta.url),
    request,
    request.groups.map((g) => g.data.buffer as ArrayBuffer),
  );
}

interface Snapshot {
  readonly groups: PackedGroup[];
  readonly organisations: number;
  readonly otherSecret: number;
}

/** Every organisation's keys and fingerprints, read in one snapshot. */
async function readKeys(db: Database): Promise<Snapshot> {
  const client = await db.owner.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const uploads = (
      await client.query<{ org_id: string; fingerprint: string; scheme: string }>('SELECT org_id, fingerprint, scheme FROM linkage_uploads')
    ).rows.filter((u) => u.scheme === SCHEME_V1.id);
    // The secret most organisations used; keys made under another one can never match, and are counted as they are.
    const votes = new Map<string, number>();
    for (const u of uploads) votes.set(u.fingerprint, (votes.get(u.fingerprint) ?? 0) + 1);
    const majority = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    const otherSecret = uploads.filter((u) => u.fingerprint !== majority).length;
    const { rows } = await client.query<{ org_id: string; country: string; key: Buffer }>(
      `SELECT k.org_id, o.country::text AS country, k.key FROM linkage_keys k JOIN organisations o ON o.id = k.org_id
        WHERE k.org_id = ANY($1::uuid[]) ORDER BY k.org_id, k.person_id`,
      [uploads.map((u) => u.org_id)],
    );
    await client.query('COMMIT');
    // Each organisation's keys packed into one array (little-endian words, as uploaded).
    const byOrg = new Map<string, { country: string; keys: Buffer[] }>();
    for (const r of rows) {
      const g = byOrg.get(r.org_id) ?? { country: r.country, keys: [] };
      g.keys.push(r.key);
      byOrg.set(r.org_id, g);
    }
    const groups = [...byOrg].map(([owner, g]) => {
      const bytes = Buffer.concat(g.keys);
      const data = new Uint32Array(bytes.length / 4);
      for (let i = 0; i < data.length; i++) data[i] = bytes.readUInt32LE(4 * i);
      return { owner, country: g.country, data };
    });
    return { groups, organisations: uploads.length, otherSecret };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Recounts now. One process at a time (an advisory lock; a process that finds it taken does
 * nothing: the other one's count is as new as this one's would be).
 */
export async function recount(db: Database): Promise<boolean> {
  const lock = await db.owner.connect();
  try {
    const got = (await lock.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [RECOUNT_LOCK])).rows[0]?.ok;
    if (!got) return false;
    try {
      const snapshot = await readKeys(db);
      const r = await countInWorker({ groups: snapshot.groups, threshold: NETWORK_COUNT_THRESHOLD });
      await db.owner.query(
        `INSERT INTO linkage_counts (id, raw, deduplicated, organisations_with_keys, by_country, other_secret, computed_at)
         VALUES (1, $1, $2, $3, $4, $5, now())
         ON CONFLICT (id) DO UPDATE SET raw = excluded.raw, deduplicated = excluded.deduplicated,
           organisations_with_keys = excluded.organisations_with_keys, by_country = excluded.by_country,
           other_secret = excluded.other_secret, computed_at = excluded.computed_at`,
        [r.raw, r.deduplicated, snapshot.organisations, JSON.stringify(r.byCountry), snapshot.otherSecret],
      );
      return true;
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [RECOUNT_LOCK]);
    }
  } finally {
    lock.release();
  }
}

interface Recounter {
  running: Promise<void> | null;
  again: boolean;
}
const recounters = new WeakMap<Database, Recounter>();

/**
 * Recounts soon, one recount at a time per database in this process: a request during a recount
 * asks for one more after it. The promise settles when the counts include every upload made before
 * the call (or the recount failed: logged with a code only).
 */
export function scheduleRecount(db: Database, log: { error(o: object, msg: string): void }): Promise<void> {
  let r = recounters.get(db);
  if (!r) {
    r = { running: null, again: false };
    recounters.set(db, r);
  }
  const state = r;
  if (state.running) {
    state.again = true;
    return state.running.then(() => state.running ?? undefined);
  }
  const run = async (): Promise<void> => {
    do {
      state.again = false;
      try {
        await recount(db);
      } catch (err) {
        log.error({ code: (err as { code?: string }).code ?? 'linkage_recount_failed' }, 'linkage recount failed');
      }
    } while (state.again);
    state.running = null;
  };
  state.running = run();
  return state.running;
}

export interface RecountSchedule {
  stop(): Promise<void>;
}

/**
 * The scheduled recount: every `everyMinutes`, checked every few minutes against the last count's
 * time (so a restart does not recount at once unless one is due). Nothing to do while no
 * organisation has keys and no count exists.
 */
export function scheduleRecounts(opts: {
  db: Database;
  log: { error(o: object, msg: string): void };
  everyMinutes: number;
  checkMs?: number;
}): RecountSchedule {
  const { db, log } = opts;
  const everyMs = Math.max(1, opts.everyMinutes) * 60_000;
  let running: Promise<void> | undefined;
  const check = async () => {
    const { rows } = await db.owner.query<{ due: boolean }>(
      `SELECT (EXISTS (SELECT 1 FROM linkage_uploads) OR EXISTS (SELECT 1 FROM linkage_counts))
          AND coalesce((SELECT computed_at FROM linkage_counts WHERE id = 1) < now() - make_interval(secs => $1), true) AS due`,
      [everyMs / 1000],
    );
    if (rows[0]?.due) await scheduleRecount(db, log);
  };
  const tick = () => {
    running ??= check()
      .catch((err: unknown) => log.error({ code: (err as { code?: string }).code ?? 'linkage_recount_failed' }, 'linkage recount check failed'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, opts.checkMs ?? Math.min(everyMs, 5 * 60_000));
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await recounters.get(db)?.running;
    },
  };
}
