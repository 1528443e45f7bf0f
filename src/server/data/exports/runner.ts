/**
 * The export runner: started by the platform server, it takes queued export jobs (two at a time),
 * runs each one's producer as the user who asked for it, inside that user's organisation
 * transaction (row-level security set), and keeps the file sealed under the organisation's key.
 *
 *  - Claiming works across organisations through `exports_claim()` (0013_exports.sql), which
 *    answers only the job's id, organisation and user; everything else happens as the user.
 *  - Progress goes to the database a few times a second on its own connection, outside the
 *    export's transaction, so that the web app sees it move.
 *  - A job of a user who was disabled or lost the permission fails with `forbidden`; a producer
 *    that throws fails the job with the error's code (`internal` when it has none). Logs hold the
 *    job's id, kind and the code only.
 *  - A running job holds a lease: its runner writes `heartbeat_at` every 10 s and with its
 *    progress. At start and every minute, jobs whose heartbeat is older than 2 minutes (their
 *    process died) are queued again; a job claimed 3 times fails with `internal` instead (a job
 *    that crashes its process must not crash it forever). A live job of another process is never
 *    taken. Every write of a runner names the attempt it claimed, so that a runner whose job was
 *    taken over (or deleted: noticed at the heartbeat or the next progress write) stops.
 *  - The CPU-bound work of a job (writing the file, anonymising) runs in worker threads
 *    (src/server/workers.ts); producers give the event loop a turn every few thousand rows.
 *  - Expired jobs and their files are deleted every hour.
 *  - A short poll wakes it, and `wakeExportRunners()` at once when this process queued a job.
 */
import type { Logger } from 'pino';
import { ACTIONS_OF, type ExportFormat, type ExportKind } from '../../../core/data/exports/exports.js';
import { can } from '../../../core/platform/policy.js';
import { appendAudit } from '../../audit/store.js';
import { sealBytes } from '../../crypto/org-keys.js';
import type { Database } from '../../db/database.js';
import { HttpError } from '../../http/errors.js';
import { loadUser, type Principal, toPrincipal } from '../../http/principal.js';
import type { Services } from '../../services.js';
import { PRODUCERS } from './kinds.js';
import type { ExportProducer } from './producer.js';

export const filePlace = (id: string) => `exports.file:${id}`;

export interface ExportRunnerOptions {
  readonly db: Database;
  readonly services: Services;
  readonly log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Jobs run at once (default 2). */
  readonly concurrency?: number;
  /** How often to look for queued jobs (default 1 s). */
  readonly pollMs?: number;
  /** How often expired jobs are deleted (default one hour). */
  readonly sweepMs?: number;
  /** Shortest time between two progress writes of a job (default 250 ms). */
  readonly progressMs?: number;
  /** How often a running job writes its heartbeat (default 10 s). */
  readonly heartbeatMs?: number;
  /** How often lapsed leases are looked for (default one minute; also at start). */
  readonly leaseSweepMs?: number;
  /** A running job whose heartbeat is older than this is taken for dead (default 2 minutes). */
  readonly leaseMs?: number;
  /** A lapsed job claimed this many times fails with `internal` (default 3). */
  readonly maxAttempts?: number;
  /** Kind → producer (default the registry in kinds.ts, read at run time). */
  readonly producers?: Readonly<Record<ExportKind, ExportProducer>>;
}

export interface ExportRunner {
  /** Looks for queued jobs now. */
  wake(): void;
  /** Deletes expired jobs and their files now; answers how many. */
  sweep(): Promise<number>;
  /** Queues again (or fails, after too many attempts) the running jobs whose lease lapsed, now. */
  requeueLapsed(): Promise<{ requeued: number; failed: number }>;
  /** Resolves when no job is running and none is queued that this runner could take. */
  idle(): Promise<void>;
  /** Stops taking jobs, aborts the running ones (they are queued again) and waits for them. */
  stop(): Promise<void>;
}

interface Claimed {
  readonly id: string;
  readonly org_id: string;
  readonly user_id: string;
  /** Which claim of the job this is: every later write of the runner names it. */
  readonly attempts: number;
}

const running = new Map<string, AbortController>();
const runners = new Set<{ wake(): void }>();

/** Wakes the runners of this process (a job was just queued). */
export function wakeExportRunners(): void {
  for (const r of runners) r.wake();
}

/** Aborts a job running in this process (its owner deleted it); a job running elsewhere notices at its next progress write. */
export function abortExport(id: string): void {
  running.get(id)?.abort('deleted');
}

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** The record type of an export's audit entries: what was exported, e.g. `export-cases`. */
export const exportRecordType = (kind: string): string => `export-${kind}`;

export function startExportRunner(opts: ExportRunnerOptions): ExportRunner {
  const { db, services, log } = opts;
  const concurrency = opts.concurrency ?? 2;
  const progressMs = opts.progressMs ?? 250;
  const heartbeatMs = opts.heartbeatMs ?? 10_000;
  const leaseMs = opts.leaseMs ?? 2 * MINUTE_MS;
  const maxAttempts = opts.maxAttempts ?? 3;
  const active = new Set<Promise<void>>();
  /** This runner's jobs (the module's `running` holds every runner's of this process). */
  const mine = new Map<string, AbortController>();
  let stopped = false;
  let claiming: Promise<void> | undefined;
  let again = false;

  async function requeueLapsed(): Promise<{ requeued: number; failed: number }> {
    const { rows } = await db.anonymous((c) =>
      c.query<{ requeued: number; failed: number }>('SELECT requeued, failed FROM exports_requeue($1, $2)', [Math.ceil(leaseMs / 1000), maxAttempts]),
    );
    const r = { requeued: rows[0]?.requeued ?? 0, failed: rows[0]?.failed ?? 0 };
    if (r.requeued > 0) log.info({ jobs: r.requeued }, 'exports whose process stopped queued again');
    if (r.failed > 0) log.warn({ jobs: r.failed, code: 'internal' }, 'exports whose process stopped too often failed');
    return r;
  }
  const requeueQuietly = () =>
    requeueLapsed().catch((err: unknown) => {
      log.error({ code: 'export_requeue_failed', pgCode: (err as { code?: string }).code }, 'exports could not be queued again');
      return { requeued: 0, failed: 0 };
    });

  const requeued = requeueQuietly();

  function fill(): Promise<void> {
    if (claiming) {
      again = true;
      return claiming;
    }
    claiming = (async () => {
      await requeued;
      do {
        again = false;
        while (!stopped && active.size < concurrency) {
          const job = await db
            .anonymous(async (c) => (await c.query<Claimed>('SELECT id, org_id, user_id, attempts FROM exports_claim()')).rows[0])
            .catch((err: unknown) => {
              log.error({ code: 'export_claim_failed', pgCode: (err as { code?: string }).code }, 'export claim failed');
              return undefined;
            });
          if (!job) break;
          const run = runJob(job).finally(() => {
            active.delete(run);
            if (!stopped) void fill();
          });
          active.add(run);
        }
      } while (again && !stopped);
    })().finally(() => {
      claiming = undefined;
    });
    return claiming;
  }

  async function principalOf(job: Claimed): Promise<Principal | null> {
    const row = await db.tenant({ orgId: job.org_id }, (c) => loadUser(c, job.org_id, job.user_id));
    // No credential: the job runs on the strength of the request that queued it, checked again here.
    return row ? toPrincipal(row, 'token', Buffer.alloc(32), undefined, true) : null;
  }

  async function runJob(job: Claimed): Promise<void> {
    const controller = new AbortController();
    running.set(job.id, controller);
    mine.set(job.id, controller);
    let kind: string | undefined;
    // Progress: the latest figures, written at most every progressMs on a connection of their own.
    let latest: { done: number; total: number | undefined } | undefined;
    let writing: Promise<void> | undefined;
    let lastWrite = 0;
    let timer: NodeJS.Timeout | undefined;
    const write = () => {
      timer = undefined;
      if (!latest || writing) return;
      const { done, total } = latest;
      latest = undefined;
      lastWrite = Date.now();
      writing = db
        .tenant({ orgId: job.org_id }, (c) =>
          c.query(
            `UPDATE exports SET done_count = $2, total_count = coalesce($3, total_count), heartbeat_at = now()
              WHERE id = $1 AND status = 'running' AND attempts = $4`,
            [job.id, done, total ?? null, job.attempts],
          ),
        )
        .then(gone)
        .catch(() => undefined)
        .finally(() => {
          writing = undefined;
          if (latest && !timer) timer = setTimeout(write, progressMs);
        });
    };
    // The job is gone (its owner deleted it, or it was taken over after its lease lapsed): stop.
    const gone = (r: { rowCount: number | null }) => {
      if (r.rowCount === 0 && !controller.signal.aborted) controller.abort('deleted');
    };
    // The lease: a heartbeat every heartbeatMs, besides the progress writes.
    let beating: Promise<void> | undefined;
    const heartbeat = setInterval(() => {
      if (beating) return;
      beating = db
        .tenant({ orgId: job.org_id }, (c) =>
          c.query("UPDATE exports SET heartbeat_at = now() WHERE id = $1 AND status = 'running' AND attempts = $2", [job.id, job.attempts]),
        )
        .then(gone)
        .catch(() => undefined)
        .finally(() => {
          beating = undefined;
        });
    }, heartbeatMs);
    heartbeat.unref();
    const progress = (done: number, total?: number) => {
      latest = { done, total: total ?? latest?.total };
      if (timer || writing) return;
      const wait = Math.max(0, lastWrite + progressMs - Date.now());
      timer = setTimeout(write, wait);
    };
    try {
      const principal = await principalOf(job);
      if (!principal) throw new HttpError(403, 'forbidden', 'The user who asked for this export may no longer sign in.');
      await db.tenant({ orgId: job.org_id, userId: job.user_id, networkAdmin: principal.networkAdmin }, async (c) => {
        const found = (
          await c.query<{ kind: ExportKind; format: ExportFormat; options: Record<string, unknown> }>(
            'SELECT kind, format, options FROM exports WHERE id = $1',
            [job.id],
          )
        ).rows[0];
        if (!found) throw new HttpError(409, 'conflict', 'The export was deleted.');
        kind = found.kind;
        if (!ACTIONS_OF[found.kind].every((a) => can(principal, a))) throw new HttpError(403, 'forbidden', 'The user may no longer ask for this export.');
        const producer = (opts.producers ?? PRODUCERS)[found.kind];
        const out = await producer({
          client: c,
          principal,
          services,
          kind: found.kind,
          format: found.format,
          options: found.options,
          progress,
          signal: controller.signal,
        });
        if (controller.signal.aborted) throw new HttpError(409, 'conflict', 'The export was stopped.');
        clearInterval(heartbeat);
        const bytes = Buffer.from(out.bytes.buffer, out.bytes.byteOffset, out.bytes.byteLength);
        const sealed = sealBytes(await services.orgKeys.keyFor(c, job.org_id), bytes, filePlace(job.id));
        const done = await c.query(
          `UPDATE exports SET status = 'done', done_count = $2, total_count = $2, file = $3, file_size = $4, file_name = $5, content_type = $6,
                  report = $7::jsonb, finished_at = now()
            WHERE id = $1 AND status = 'running' AND attempts = $8`,
          [job.id, out.rows, sealed, bytes.length, out.fileName, out.contentType, out.report ? JSON.stringify(out.report) : null, job.attempts],
        );
        if (done.rowCount !== 1) throw new HttpError(409, 'conflict', 'The export was deleted.');
        // The read of the data, recorded in its own transaction.
        await appendAudit(c, {
          orgId: job.org_id,
          actorId: principal.id,
          actorEmail: principal.email,
          action: 'export.produce',
          recordType: exportRecordType(found.kind),
          // The job, and how many rows left with the file.
          recordId: `${job.id} rows=${out.rows}`,
          ip: null,
          outcome: 'success',
        });
      });
      log.info({ export: job.id, kind }, 'export done');
    } catch (err) {
      const reason: unknown = controller.signal.reason;
      if (controller.signal.aborted && reason === 'deleted') return;
      if (controller.signal.aborted && reason === 'shutdown') {
        await db
          .tenant({ orgId: job.org_id }, (c) =>
            // A stop is no crash: the attempt is given back.
            c.query(
              `UPDATE exports SET status = 'queued', started_at = NULL, heartbeat_at = NULL, done_count = 0, attempts = greatest(attempts - 1, 0)
                WHERE id = $1 AND status = 'running' AND attempts = $2`,
              [job.id, job.attempts],
            ),
          )
          .catch(() => undefined);
        return;
      }
      const code = err instanceof HttpError ? err.code : 'internal';
      log.warn({ export: job.id, kind, code, error: (err as Error | undefined)?.name, pgCode: (err as { code?: string } | undefined)?.code }, 'export failed');
      await db
        .tenant({ orgId: job.org_id }, (c) =>
          c.query("UPDATE exports SET status = 'failed', error_code = $2, finished_at = now() WHERE id = $1 AND status = 'running' AND attempts = $3", [
            job.id,
            code,
            job.attempts,
          ]),
        )
        .catch((e: unknown) =>
          log.error({ export: job.id, code: 'export_fail_write_failed', pgCode: (e as { code?: string }).code }, 'export failure not recorded'),
        );
    } finally {
      clearInterval(heartbeat);
      if (timer) clearTimeout(timer);
      await writing;
      await beating;
      running.delete(job.id);
      mine.delete(job.id);
    }
  }

  async function sweep(): Promise<number> {
    const n = (await db.anonymous((c) => c.query<{ n: number }>('SELECT exports_expire() AS n'))).rows[0]?.n ?? 0;
    if (n > 0) log.info({ jobs: n }, 'expired exports deleted');
    return n;
  }

  const handle = { wake: () => void fill() };
  runners.add(handle);
  const poll = setInterval(() => void fill(), opts.pollMs ?? 1000);
  const sweeper = setInterval(() => {
    sweep().catch((err: unknown) => log.error({ code: 'export_sweep_failed', pgCode: (err as { code?: string }).code }, 'expired exports not deleted'));
  }, opts.sweepMs ?? HOUR_MS);
  const leaseSweeper = setInterval(() => void requeueQuietly().then((r) => r.requeued > 0 && !stopped && void fill()), opts.leaseSweepMs ?? MINUTE_MS);
  poll.unref();
  sweeper.unref();
  leaseSweeper.unref();
  void fill();

  return {
    wake: handle.wake,
    sweep,
    requeueLapsed,
    async idle() {
      for (;;) {
        await fill();
        if (active.size === 0) return;
        await Promise.race([...active]);
      }
    },
    async stop() {
      stopped = true;
      runners.delete(handle);
      clearInterval(poll);
      clearInterval(sweeper);
      clearInterval(leaseSweeper);
      await claiming;
      for (const c of mine.values()) if (!c.signal.aborted) c.abort('shutdown');
      await Promise.allSettled([...active]);
      await requeued;
    },
  };
}
