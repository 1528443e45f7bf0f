import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_OF, EXPORT_KINDS, type ExportJob } from '../../../core/data/exports/exports.js';
import { permissionsOf } from '../../../core/platform/policy.js';
import { ROLES } from '../../../core/platform/roles.js';
import { addUser } from '../../testing/client.js';
import { PRODUCERS } from './kinds.js';
import type { ExportProducer } from './producer.js';
import { csvRows, download, finished, queue, startExportsPlatform } from './test-fixtures.js';
import type { SignedInUser } from '../../testing/client.js';
import type { TestPlatform } from '../../testing/harness.js';

/** List exports through the real HTTP server: queued, run as the user, sealed, downloaded; and who may ask for what. */

let p: TestPlatform;
let admin: SignedInUser;
let supervisor: SignedInUser;
let caseworker: SignedInUser;
let analyst: SignedInUser;
let other: SignedInUser;

beforeAll(async () => {
  ({ p, admin, supervisor, caseworker, analyst, other } = await startExportsPlatform());
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
