import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_OF, EXPORT_KINDS, type ExportJob } from '../../../core/data/exports/exports.js';
import { permissionsOf } from '../../../core/platform/policy.js';
import { ROLES } from '../../../core/platform/roles.js';
import { createLogger } from '../../ops/logger.js';
import { type SignedInUser, addOrganisation, addUser, setUp } from '../../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../../testing/harness.js';
import { MAX_LIST_ROWS, MAX_XLSX_ROWS, PRODUCERS, writeList } from './kinds.js';
import type { ExportProducer } from './producer.js';
import { startExportRunner } from './runner.js';
import { exportTexts } from './texts.js';

/** Background exports through the real HTTP server: queued, run as the user, sealed, downloaded, expired. */

let p: TestPlatform;
let admin: SignedInUser;
let supervisor: SignedInUser;
let caseworker: SignedInUser;
let analyst: SignedInUser;
let other: SignedInUser;

async function person(u: SignedInUser, given: string, family: string): Promise<string> {
  const res = await u.client.post<{ id: string }>('/api/persons', { names: [{ given, family }] });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function openCase(u: SignedInUser, personId: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await u.client.post<{ id: string }>('/api/cases', { personId, ...extra });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function queue(u: SignedInUser, body: Record<string, unknown>): Promise<ExportJob> {
  const res = await u.client.post<ExportJob>('/api/exports', body);
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return res.body;
}

async function finished(u: SignedInUser, id: string, timeoutMs = 20_000): Promise<ExportJob> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const res = await u.client.get<ExportJob>(`/api/exports/${id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
    if (Date.now() > until) throw new Error(`export ${id} still ${res.body.status}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function download(u: SignedInUser, id: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(`${p.url}/api/exports/${id}/file`, { headers: { cookie: u.client.cookie } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

const csvRows = (bytes: Buffer) => Papa.parse<string[]>(bytes.toString('utf8').replace(/^\ufeff/, ''), { delimiter: ',', newline: '\r\n' }).data;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  supervisor = await addUser(admin.client, 'supervisor@example.org', ['supervisor']);
  caseworker = await addUser(admin.client, 'caseworker@example.org', ['caseworker']);
  analyst = await addUser(admin.client, 'analyst@example.org', ['analyst']);
  other = await addOrganisation(admin.client, 'Other Org', 'ALB', 'admin-other@example.org');
  await openCase(supervisor, await person(supervisor, 'Olena', 'Kovalenko'));
  await openCase(supervisor, await person(supervisor, '=HYPERLINK("http://evil.example","x")', 'Formula'));
  // Restricted to the caseworker alone: the supervisor may not read it.
  await openCase(admin, await person(admin, 'Hidden', 'Person'), { restrictedTo: [caseworker.id], caseworkerId: caseworker.id });
}, 120_000);

afterAll(async () => {
  await p?.close();
});

describe('list exports', () => {
  it('a supervisor exports cases to CSV: rows they may read, in their language, formulas guarded, audited', async () => {
    const job = await queue(supervisor, { kind: 'cases', format: 'csv' });
    expect(job).toMatchObject({ kind: 'cases', format: 'csv', status: 'queued', fileName: null });
    const done = await finished(supervisor, job.id);
    expect(done, JSON.stringify(done)).toMatchObject({ status: 'done', done: 2, total: 2, errorCode: null });
    expect(done.fileName).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
    const file = await download(supervisor, job.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(file.headers.get('content-disposition')).toMatch(/^attachment; filename="cases-.*\.csv"/);
    expect(file.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const rows = csvRows(file.bytes);
    expect(rows[0]).toEqual(['Case number', 'Person', 'Age', 'Child', 'Status', 'Opened on', 'Caseworker', 'Restricted']);
    expect(rows).toHaveLength(3);
    const people = rows.slice(1).map((r) => r[1]);
    expect(people).toContain('Olena Kovalenko');
    // The formula guard: a leading apostrophe.
    expect(people).toContain('\'=HYPERLINK("http://evil.example","x") Formula');
    expect(people.join()).not.toContain('Hidden');
    expect(rows[1]?.[4]).toBe('Active');
    expect(rows[1]?.[6]).toBe('User supervisor@example.org');
    // Audited: the request, the read of the data (with the rows written), the download; each says what was exported.
    const audit = await p.db.owner.query<{ action: string; record_type: string; record_id: string }>(
      "SELECT action, record_type, record_id FROM audit_log WHERE record_id = $1 OR record_id LIKE $1 || ' %' ORDER BY seq",
      [job.id],
    );
    expect(audit.rows).toEqual([
      { action: 'export.create', record_type: 'export-cases', record_id: job.id },
      { action: 'export.produce', record_type: 'export-cases', record_id: `${job.id} rows=2` },
      { action: 'export.download', record_type: 'export-cases', record_id: job.id },
    ]);
    // Sealed at rest.
    const raw = await p.db.owner.query<{ t: string }>("SELECT encode(file, 'escape') AS t FROM exports WHERE id = $1", [job.id]);
    expect(raw.rows[0]?.t).not.toContain('Kovalenko');
  });

  it('to XLSX: a zip with a worksheet holding the rows', async () => {
    const job = await queue(supervisor, { kind: 'cases', format: 'xlsx' });
    expect((await finished(supervisor, job.id)).status).toBe('done');
    const file = await download(supervisor, job.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzipSync(new Uint8Array(file.bytes));
    const text = strFromU8(files['xl/worksheets/sheet1.xml']!) + (files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '');
    expect(text).toContain('Olena Kovalenko');
    expect(text).toContain('Case number');
    expect(text).not.toContain('Hidden');
  });

  it('an administrator’s export shows that the restricted case exists, without its person', async () => {
    const job = await queue(admin, { kind: 'cases' });
    expect(job.format).toBe('csv');
    expect(await finished(admin, job.id)).toMatchObject({ status: 'done', done: 3 });
    const rows = csvRows((await download(admin, job.id)).bytes);
    expect(rows.flat().join()).not.toContain('Hidden');
    expect(rows.filter((r) => r[1] === '' && r[7] === 'Yes')).toHaveLength(1);
    // A caseworker reads cases but may not export lists.
    expect((await caseworker.client.post('/api/exports', { kind: 'cases' })).status).toBe(403);
  });

  it('contacts, referrals and the directory are exported too', async () => {
    await admin.client.post('/api/contacts', { channel: 'phone', summary: 'A secret summary about Olena', reasons: ['seeking-help'], danger: 'at-risk' });
    for (const kind of ['contacts', 'referrals', 'directory'] as const) {
      const job = await queue(admin, { kind, format: 'csv' });
      const done = await finished(admin, job.id);
      expect(done.status, `${kind}: ${JSON.stringify(done)}`).toBe('done');
      const rows = csvRows((await download(admin, job.id)).bytes);
      expect(rows[0]!.length).toBeGreaterThan(3);
      if (kind === 'contacts') {
        expect(rows[0]).toContain('Channel');
        expect(rows[1]).toEqual(expect.arrayContaining(['Phone', 'Seeking help', 'At risk']));
        expect(rows.flat().join()).not.toContain('secret summary');
      }
    }
  });
});

describe('who may ask for what', () => {
  it('each role may ask for exactly the kinds whose permissions it holds', async () => {
    const failures: string[] = [];
    for (const role of ROLES) {
      const u = await addUser(admin.client, `only-${role}@example.org`, [role]);
      for (const kind of EXPORT_KINDS) {
        const allowed = ACTIONS_OF[kind].every((a) => permissionsOf([role]).has(a));
        const res = await u.client.post<ExportJob & { error?: { code: string } }>('/api/exports', { kind });
        if (allowed && res.status === 202) await u.client.delete(`/api/exports/${res.body.id}`);
        else if (allowed || res.status !== 403 || res.body.error?.code !== 'forbidden')
          failures.push(`${role} ${kind}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(failures).toEqual([]);
    // The analyst of the brief: the anonymised file, not the cases.
    expect((await analyst.client.post('/api/exports', { kind: 'cases' })).status).toBe(403);
    const ctdc = await analyst.client.post<ExportJob>('/api/exports', { kind: 'ctdc', ctdc: { k: 10 } });
    expect(ctdc.status).toBe(202);
    expect(await finished(analyst, ctdc.body.id)).toMatchObject({ status: 'done' });
  });

  it('an analyst (who may not read cases) gets no k below the network’s threshold; an administrator may', async () => {
    const low = await analyst.client.post<{ error: { code: string; field: string; message: string } }>('/api/exports', { kind: 'ctdc', ctdc: { k: 2 } });
    expect(low.status).toBe(400);
    expect(low.body.error).toMatchObject({ code: 'validation_failed', field: 'ctdc.k' });
    expect(low.body.error.message).toContain('at least 10');
    expect((await admin.client.patch('/api/network', { statsThreshold: 4 })).status).toBe(200);
    try {
      expect((await analyst.client.post('/api/exports', { kind: 'ctdc', ctdc: { k: 3 } })).status).toBe(400);
      const ok = await analyst.client.post<ExportJob>('/api/exports', { kind: 'ctdc', ctdc: { k: 4 } });
      expect(ok.status).toBe(202);
      await finished(analyst, ok.body.id);
    } finally {
      await admin.client.patch('/api/network', { statsThreshold: 10 });
    }
    const mine = await admin.client.post<ExportJob>('/api/exports', { kind: 'ctdc', ctdc: { k: 2 } });
    expect(mine.status).toBe(202);
    await finished(admin, mine.body.id);
  });

  it('a user who lost the permission since asking may no longer download the file', async () => {
    const u = await addUser(admin.client, 'demoted@example.org', ['supervisor']);
    const job = await queue(u, { kind: 'cases' });
    expect(await finished(u, job.id)).toMatchObject({ status: 'done' });
    expect((await download(u, job.id)).status).toBe(200);
    expect((await admin.client.patch(`/api/users/${u.id}`, { roles: ['caseworker'] })).status).toBe(200);
    const denied = await download(u, job.id);
    expect(denied.status).toBe(403);
    expect(JSON.parse(denied.bytes.toString('utf8')).error.code).toBe('forbidden');
    const audit = await p.db.owner.query<{ action: string; outcome: string }>(
      "SELECT action, outcome FROM audit_log WHERE actor_id = $1 AND (action = 'export.download' OR outcome = 'denied')",
      [u.id],
    );
    expect(audit.rows).toHaveLength(2);
    expect(audit.rows).toEqual(
      expect.arrayContaining([
        { action: 'export.download', outcome: 'success' },
        { action: 'lists:export', outcome: 'denied' },
      ]),
    );
  });

  it('refuses bad requests with the field named', async () => {
    const bad = await supervisor.client.post<{ error: { code: string; field: string } }>('/api/exports', { kind: 'cases', format: 'json' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('format');
    const unknown = await supervisor.client.post<{ error: { code: string; field: string } }>('/api/exports', { kind: 'everything' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('kind');
  });

  it('nobody else reads, downloads or deletes someone’s job', async () => {
    const job = await queue(supervisor, { kind: 'cases' });
    await finished(supervisor, job.id);
    for (const u of [admin, caseworker, other]) {
      expect((await u.client.get(`/api/exports/${job.id}`)).status).toBe(404);
      expect((await download(u, job.id)).status).toBe(404);
      expect((await u.client.delete(`/api/exports/${job.id}`)).status).toBe(404);
      const mine = await u.client.get<{ items: ExportJob[] }>('/api/exports');
      expect(mine.body.items.map((j) => j.id)).not.toContain(job.id);
    }
    const list = await supervisor.client.get<{ items: ExportJob[] }>('/api/exports');
    expect(list.body.items[0]?.id).toBe(job.id);
    expect((await supervisor.client.delete(`/api/exports/${job.id}`)).status).toBe(200);
    expect((await supervisor.client.get(`/api/exports/${job.id}`)).status).toBe(404);
    const audit = await p.db.owner.query<{ action: string }>("SELECT action FROM audit_log WHERE record_id = $1 AND action = 'export.delete'", [job.id]);
    expect(audit.rows).toHaveLength(1);
  });

  it('at most three jobs of one user wait or run at once', async () => {
    const slow: ExportProducer = async () => {
      await new Promise((r) => setTimeout(r, 1500));
      return { fileName: 'x.csv', contentType: 'text/csv', bytes: new Uint8Array([1]), rows: 0 };
    };
    const saved = PRODUCERS.directory;
    PRODUCERS.directory = slow;
    try {
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await queue(supervisor, { kind: 'directory' })).id);
      const fourth = await supervisor.client.post<{ error: { code: string } }>('/api/exports', { kind: 'directory' });
      expect(fourth.status).toBe(429);
      expect(fourth.body.error.code).toBe('too_many_exports');
      for (const id of ids) await finished(supervisor, id);
      expect((await supervisor.client.post('/api/exports', { kind: 'directory' })).status).toBe(202);
    } finally {
      PRODUCERS.directory = saved;
    }
  });
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
    let aborted = false;
    PRODUCERS.referrals = async (ctx) => {
      while (!ctx.signal.aborted) await new Promise((r) => setTimeout(r, 20));
      aborted = true;
      throw new Error('stopped');
    };
    // The platform's runner takes it; its heartbeat comes every 10 s, so the test waits at most ~10 s.
    try {
      const job = await queue(admin, { kind: 'referrals' });
      await expect.poll(async () => (await admin.client.get<ExportJob>(`/api/exports/${job.id}`)).body.status, { timeout: 10_000 }).toBe('running');
      const before = (await p.db.owner.query<{ heartbeat_at: Date }>('SELECT heartbeat_at FROM exports WHERE id = $1', [job.id])).rows[0]!.heartbeat_at;
      expect(before).toBeInstanceOf(Date);
      // Deleted behind the runner's back (another process: no abortExport here).
      await p.db.owner.query('DELETE FROM exports WHERE id = $1', [job.id]);
      await expect.poll(() => aborted, { timeout: 15_000 }).toBe(true);
    } finally {
      PRODUCERS.referrals = saved;
    }
  }, 30_000);

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
