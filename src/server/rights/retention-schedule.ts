import type { Database } from '../db/database.js';
import { purgeDue } from './retention.js';

/**
 * The daily retention purge, run by the platform process (HAVEN_RETENTION=off turns it off). Like
 * the daily backup (src/server/backup/schedule.ts): a run at start, then an hourly check whether a
 * day has passed since the last run. Each organisation is purged in its own transaction, as that
 * organisation (row-level security applies); one organisation's failure does not stop the others.
 * Logs hold only counts and ids.
 */

export interface RetentionScheduleOptions {
  readonly db: Database;
  readonly log: { info(o: object, msg: string): void; error(o: object, msg: string): void };
  /** How often to check whether a run is due (default one hour). */
  readonly intervalMs?: number;
  /** How long between runs (default one day). */
  readonly everyMs?: number;
}

export interface RetentionRun {
  readonly organisations: number;
  readonly cases: number;
  readonly persons: number;
  readonly failed: number;
}

export interface RetentionSchedule {
  /** Stops the schedule and waits for a run in progress. */
  stop(): Promise<void>;
  /** Runs the purge now (after any run in progress). */
  runNow(): Promise<RetentionRun>;
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/** One purge of every organisation. */
export async function purgeAllOrganisations(db: Database, log: RetentionScheduleOptions['log'], actorEmail = 'retention-schedule'): Promise<RetentionRun> {
  const started = Date.now();
  const orgs = await db.anonymous(async (c) => (await c.query<{ id: string }>('SELECT id FROM organisations ORDER BY id')).rows.map((r) => r.id));
  let cases = 0;
  let persons = 0;
  let failed = 0;
  for (const orgId of orgs) {
    try {
      const r = await db.tenant({ orgId }, (c) => purgeDue(c, orgId, { actorId: null, actorEmail, ip: null, auditEmpty: false }));
      cases += r.cases;
      persons += r.persons;
      if (r.cases > 0) log.info({ organisation: orgId, cases: r.cases, persons: r.persons, caseIds: r.caseIds, personIds: r.personIds }, 'retention purge');
    } catch (err) {
      failed++;
      log.error({ code: 'retention_purge_failed', organisation: orgId, pgCode: (err as { code?: string }).code }, 'retention purge failed');
    }
  }
  log.info({ organisations: orgs.length, cases, persons, failed, durationMs: Date.now() - started }, 'daily retention purge done');
  return { organisations: orgs.length, cases, persons, failed };
}

export function scheduleRetention(opts: RetentionScheduleOptions): RetentionSchedule {
  let queue: Promise<unknown> = Promise.resolve();
  let lastRun: number | undefined;
  let running = 0;
  let stopped = false;

  function runNow(): Promise<RetentionRun> {
    running++;
    const run = queue
      .then(() => {
        lastRun = Date.now();
        return purgeAllOrganisations(opts.db, opts.log);
      })
      .finally(() => {
        running--;
      });
    queue = run.catch(() => undefined);
    return run;
  }

  function tick(): void {
    if (stopped || running > 0) return;
    if (lastRun !== undefined && Date.now() - lastRun < (opts.everyMs ?? DAY_MS)) return;
    runNow().catch((err: unknown) => opts.log.error({ code: 'retention_purge_failed', pgCode: (err as { code?: string }).code }, 'retention purge failed'));
  }

  const first = setTimeout(tick, 0);
  const timer = setInterval(tick, opts.intervalMs ?? HOUR_MS);
  first.unref();
  timer.unref();
  return {
    async stop() {
      stopped = true;
      clearTimeout(first);
      clearInterval(timer);
      await queue;
    },
    runNow,
  };
}
