import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportJob } from '../../../core/data/exports/exports.js';
import { createLogger } from '../../ops/logger.js';
import { addUser } from '../../testing/client.js';
import { MAX_LIST_ROWS, MAX_XLSX_ROWS, PRODUCERS, writeList } from './kinds.js';
import { startExportRunner } from './runner.js';
import { csvRows, download, finished, queue, startExportsPlatform } from './test-fixtures.js';
import { exportTexts } from './texts.js';
import type { SignedInUser } from '../../testing/client.js';
import type { TestPlatform } from '../../testing/harness.js';

/** The export runner behind the real HTTP server: failures, progress, leases and heartbeats, crashes, limits and expiry. */

let p: TestPlatform;
let admin: SignedInUser;
let supervisor: SignedInUser;

beforeAll(async () => {
  ({ p, admin, supervisor } = await startExportsPlatform());
}, 120_000);

afterAll(async () => {
  await p?.close();
});

describe('the runner', () => {
  it('marks a job failed with a code when its producer throws', async () => {
    const saved = PRODUCERS.contacts;
    PRODUCERS.contacts = async () => {
      throw new Error('Olena Kovalenko broke it');
    };
    try {
      const job = await queue(admin, { kind: 'contacts' });
      const done = await finished(admin, job.id);
      expect(done).toMatchObject({ status: 'failed', errorCode: 'internal', fileName: null });
      expect((await download(admin, job.id)).status).toBe(409);
    } finally {
      PRODUCERS.contacts = saved;
    }
  });

  it('reports progress while it runs, and stops a running job its owner deletes', async () => {
    const saved = PRODUCERS.referrals;
    let aborted = false;
    PRODUCERS.referrals = async (ctx) => {
      ctx.progress(5, 10);
      while (!ctx.signal.aborted) await new Promise((r) => setTimeout(r, 20));
      aborted = true;
      throw new Error('stopped');
    };
    try {
      const job = await queue(admin, { kind: 'referrals', format: 'xlsx' });
      await expect
        .poll(async () => (await admin.client.get<ExportJob>(`/api/exports/${job.id}`)).body, { timeout: 10_000 })
        .toMatchObject({ status: 'running', done: 5, total: 10 });
      expect((await admin.client.delete(`/api/exports/${job.id}`)).status).toBe(200);
      await expect.poll(() => aborted, { timeout: 10_000 }).toBe(true);
      expect((await p.db.owner.query('SELECT 1 FROM exports WHERE id = $1', [job.id])).rowCount).toBe(0);
    } finally {
      PRODUCERS.referrals = saved;
    }
  });

  it('fails the job of a user who was disabled meanwhile with forbidden', async () => {
    const u = await addUser(admin.client, 'leaving@example.org', ['supervisor']);
    const saved = PRODUCERS.directory;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    // The first job holds the runner's attention until the user is disabled.
    PRODUCERS.directory = async (ctx) => {
      await gate;
      return saved(ctx);
    };
    try {
      await queue(u, { kind: 'directory' });
      await queue(u, { kind: 'directory' });
      const third = await queue(u, { kind: 'cases' });
      expect((await admin.client.patch(`/api/users/${u.id}`, { disabled: true })).status).toBe(200);
      release();
      const until = Date.now() + 20_000;
      for (;;) {
        const { rows } = await p.db.owner.query<{ status: string; error_code: string | null }>('SELECT status, error_code FROM exports WHERE id = $1', [
          third.id,
        ]);
        if (rows[0]?.status === 'failed' || rows[0]?.status === 'done') {
          expect(rows[0]).toEqual({ status: 'failed', error_code: 'forbidden' });
          break;
        }
        if (Date.now() > until) throw new Error('the third job did not finish');
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      PRODUCERS.directory = saved;
      release();
    }
  });

  it('completes a job left running by a crash after a restart', async () => {
    const { rows } = await p.db.owner.query<{ id: string }>(
      `INSERT INTO exports (id, org_id, user_id, kind, format, status, started_at, heartbeat_at, attempts, done_count)
       VALUES (gen_random_uuid(), $1, $2, 'cases', 'csv', 'running', now() - interval '10 minutes', now() - interval '3 minutes', 1, 1) RETURNING id`,
      [supervisor.orgId, supervisor.id],
    );
    const id = rows[0]!.id;
    // A runner starting after a crash: the job's lease lapsed, so it queues the job again and runs it.
    const runner = startExportRunner({ db: p.db, services: p.services, log: createLogger('silent'), pollMs: 100 });
    try {
      const done = await finished(supervisor, id);
      expect(done).toMatchObject({ status: 'done', done: 2 });
      expect(csvRows((await download(supervisor, id)).bytes)).toHaveLength(3);
      expect((await p.db.owner.query('SELECT attempts FROM exports WHERE id = $1', [id])).rows[0]).toEqual({ attempts: 2 });
    } finally {
      await runner.stop();
    }
  });

  it('E1: a second process starting does not take a job the first is running (its lease is live)', async () => {
    const saved = PRODUCERS.directory;
    let calls = 0;
    PRODUCERS.directory = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 2500));
      return { fileName: 'x.csv', contentType: 'text/csv', bytes: new Uint8Array([65]), rows: 1 };
    };
    const second = startExportRunner({ db: p.db, services: p.services, log: createLogger('silent'), pollMs: 100 });
    try {
      // The second runner's start-up sweep has run before the job is queued, and runs again now.
      await second.idle();
      const job = await queue(supervisor, { kind: 'directory' });
      await expect.poll(async () => (await supervisor.client.get<ExportJob>(`/api/exports/${job.id}`)).body.status, { timeout: 10_000 }).toBe('running');
      expect(await second.requeueLapsed()).toEqual({ requeued: 0, failed: 0 });
      const third = startExportRunner({ db: p.db, services: p.services, log: createLogger('silent'), pollMs: 100 });
      await new Promise((r) => setTimeout(r, 500));
      await third.stop();
      expect((await p.db.owner.query('SELECT status, attempts FROM exports WHERE id = $1', [job.id])).rows[0]).toEqual({ status: 'running', attempts: 1 });
      expect(await finished(supervisor, job.id)).toMatchObject({ status: 'done' });
      expect(calls).toBe(1);
      const audit = await p.db.owner.query<{ action: string }>(
        "SELECT action FROM audit_log WHERE (record_id = $1 OR record_id LIKE $1 || ' %') ORDER BY seq",
        [job.id],
      );
      expect(audit.rows.map((r) => r.action)).toEqual(['export.create', 'export.produce']);
    } finally {
      await second.stop();
      PRODUCERS.directory = saved;
    }
  });

  it('E2: jobs left running by a process that died are taken up by the live one, and fail after 3 attempts', async () => {
    const insert = async (attempts: number, heartbeat: string | null) =>
      (
        await p.db.owner.query<{ id: string }>(
          `INSERT INTO exports (id, org_id, user_id, kind, format, status, started_at, heartbeat_at, attempts)
           VALUES (gen_random_uuid(), $1, $2, 'cases', 'csv', 'running', now() - interval '2 hours', now() - $3::interval, $4) RETURNING id`,
          [supervisor.orgId, supervisor.id, heartbeat, attempts],
        )
      ).rows[0]!.id;
    const lapsed = await insert(1, '2 hours');
    const noHeartbeat = await insert(0, null);
    const tooOften = await insert(3, '5 minutes');
    const live = await insert(1, '30 seconds');
    try {
      // The live process's minute sweep (called at once here).
      const runner = startExportRunner({ db: p.db, services: p.services, log: createLogger('silent'), pollMs: 100, concurrency: 0 });
      let swept: { requeued: number; failed: number };
      try {
        await runner.idle();
        swept = await runner.requeueLapsed();
      } finally {
        await runner.stop();
      }
      // The start-up sweep already took them; the second finds nothing more.
      expect(swept).toEqual({ requeued: 0, failed: 0 });
      const state = async (id: string) =>
        (await p.db.owner.query<{ status: string; error_code: string | null }>('SELECT status, error_code FROM exports WHERE id = $1', [id])).rows[0];
      expect(await state(live)).toEqual({ status: 'running', error_code: null });
      expect(await state(tooOften)).toEqual({ status: 'failed', error_code: 'internal' });
      // The platform's own runner runs the two queued again.
      expect(await finished(supervisor, lapsed)).toMatchObject({ status: 'done', done: 2 });
      expect(await finished(supervisor, noHeartbeat)).toMatchObject({ status: 'done', done: 2 });
    } finally {
      await p.db.owner.query('DELETE FROM exports WHERE id = ANY($1)', [[lapsed, noHeartbeat, tooOften, live]]);
    }
  });

  it('a running job writes its heartbeat, and notices there that it was deleted', async () => {
    const saved = PRODUCERS.referrals;
    let started = false;
    let aborted = false;
    PRODUCERS.referrals = async (ctx) => {
      started = true;
      while (!ctx.signal.aborted) await new Promise((r) => setTimeout(r, 20));
      aborted = true;
      throw new Error('stopped');
    };
    // The platform's runner takes it; its heartbeat comes every second here (HAVEN_EXPORT_HEARTBEAT_SECONDS,
    // test-fixtures.ts), later on a machine busy with the whole suite: the test waits up to 45 s.
    try {
      const job = await queue(admin, { kind: 'referrals' });
      await expect.poll(async () => (await admin.client.get<ExportJob>(`/api/exports/${job.id}`)).body.status, { timeout: 10_000 }).toBe('running');
      // The status says `running` from the claim on; the producer starts a moment later. Deleted before
      // it started, the job would stop at the producer's own read of it, and never reach the heartbeat.
      await expect.poll(() => started, { timeout: 10_000 }).toBe(true);
      const before = (await p.db.owner.query<{ heartbeat_at: Date }>('SELECT heartbeat_at FROM exports WHERE id = $1', [job.id])).rows[0]!.heartbeat_at;
      expect(before).toBeInstanceOf(Date);
      // Deleted behind the runner's back (another process: no abortExport here).
      await p.db.owner.query('DELETE FROM exports WHERE id = $1', [job.id]);
      await expect.poll(() => aborted, { timeout: 45_000 }).toBe(true);
    } finally {
      PRODUCERS.referrals = saved;
    }
  }, 70_000);

  it('refuses an XLSX list longer than 50,000 rows with payload_too_large (CSV writes up to 100,000)', async () => {
    expect(MAX_XLSX_ROWS).toBe(50_000);
    expect(MAX_LIST_ROWS).toBe(100_000);
    const saved = PRODUCERS.directory;
    PRODUCERS.directory = (ctx) =>
      writeList(
        ctx,
        ['name'],
        Array.from({ length: MAX_XLSX_ROWS + 1 }, (_, i) => ({ name: `s${i}` })),
        exportTexts('en'),
        'Directory',
      );
    try {
      const xlsx = await queue(supervisor, { kind: 'directory', format: 'xlsx' });
      expect(await finished(supervisor, xlsx.id)).toMatchObject({ status: 'failed', errorCode: 'payload_too_large' });
      const csv = await queue(supervisor, { kind: 'directory', format: 'csv' });
      expect(await finished(supervisor, csv.id)).toMatchObject({ status: 'done', done: MAX_XLSX_ROWS + 1 });
    } finally {
      PRODUCERS.directory = saved;
    }
  });

  it('deletes expired jobs and their files', async () => {
    const job = await queue(supervisor, { kind: 'cases' });
    await finished(supervisor, job.id);
    await p.db.owner.query("UPDATE exports SET expires_at = now() - interval '1 second' WHERE id = $1", [job.id]);
    expect((await supervisor.client.get(`/api/exports/${job.id}`)).status).toBe(404);
    expect((await download(supervisor, job.id)).status).toBe(404);
    const runner = startExportRunner({ db: p.db, services: p.services, log: createLogger('silent') });
    try {
      expect(await runner.sweep()).toBeGreaterThanOrEqual(1);
    } finally {
      await runner.stop();
    }
    expect((await p.db.owner.query('SELECT 1 FROM exports WHERE id = $1', [job.id])).rowCount).toBe(0);
  });
});
