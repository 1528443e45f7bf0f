import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressResponse, RecommendationPage, RecommendationView, SourceList, SourceView } from '../../core/advocacy/recommendation.js';
import { addDays, todayUtc } from '../../core/cases/dates.js';
import { pdfContent } from '../rights/pdf-text.js';
import { addOrganisation, addUser, type SignedInUser, setUp } from '../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../testing/harness.js';
import { samplePdf, samplePng } from '../testing/sample-files.js';

/**
 * Recommendations through the real HTTP server: sources, status histories with the date rule,
 * progress by month computed from the histories, the network reads and the owner (or a network
 * administrator) changes, sealed evidence documents, the PDF and XLSX reports, and bad input.
 */

type ErrorBody = { error: { code: string; field?: string; message: string } };

let p: TestPlatform;
/** Network administrator (and administrator) of organisation A. */
let admin: SignedInUser;
let analyst: SignedInUser;
let caseworker: SignedInUser;
/** Administrator of organisation B (not a network administrator). */
let other: SignedInUser;
let greta: SourceView;

const recBody = (over: Record<string, unknown> = {}) => ({
  sourceId: greta.id,
  text: 'Ensure that presumed victims of trafficking for labour exploitation are identified by labour inspectors.',
  reference: 'paragraph 112',
  country: 'GRC',
  themes: ['identification', 'labour-exploitation'],
  responsibleAuthority: 'Ministry of Labour',
  deadline: '2099-12-31',
  issuedOn: '2024-01-15',
  ...over,
});

async function source(who: SignedInUser, body: Record<string, unknown>): Promise<SourceView> {
  const res = await who.client.post<SourceView>('/api/recommendations/sources', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function create(who: SignedInUser, over: Record<string, unknown> = {}): Promise<RecommendationView> {
  const res = await who.client.post<RecommendationView>('/api/recommendations', recBody(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function change(who: SignedInUser, id: string, status: string, date: string, evidence = '') {
  return who.client.post<RecommendationView & ErrorBody>(`/api/recommendations/${id}/status`, { status, date, evidence });
}

async function upload(who: SignedInUser, recId: string, changeId: string, bytes: Buffer, type: string, name: string) {
  return who.client.request<{ id: string; name: string; size: number } & ErrorBody>(
    'POST',
    `/api/recommendations/${recId}/changes/${changeId}/documents`,
    bytes,
    { 'content-type': type, 'x-file-name': encodeURIComponent(name) },
  );
}

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Anti-trafficking coalition Greece');
  analyst = await addUser(admin.client, 'analyst@example.org', ['analyst']);
  caseworker = await addUser(admin.client, 'caseworker@example.org', ['caseworker']);
  other = await addOrganisation(admin.client, 'Partner Serbia', 'SRB', 'admin@partner.example.org');
  greta = await source(analyst, {
    kind: 'greta-evaluation',
    name: 'GRETA third evaluation round, Greece, 2023',
    country: 'GRC',
    date: '2023-06-20',
    link: 'https://rm.coe.int/greta-2023',
  });
});

afterAll(async () => {
  await p?.close();
});

describe('sources', () => {
  it('are recorded (a national action plan with its period and authority), audited, and listed for the network', async () => {
    const plan = await source(analyst, {
      kind: 'national-action-plan',
      name: 'National action plan against trafficking 2024–2027',
      country: 'GRC',
      date: '2024-02-01',
      periodStart: '2024-01-01',
      periodEnd: '2027-12-31',
      adoptedBy: 'Council of Ministers',
    });
    expect(plan).toMatchObject({ periodStart: '2024-01-01', periodEnd: '2027-12-31', adoptedBy: 'Council of Ministers', recommendations: 0, editable: true });
    const audited = await p.db.owner.query<{ action: string }>('SELECT action FROM audit_log WHERE record_id = $1', [plan.id]);
    expect(audited.rows.map((r) => r.action)).toEqual(['action-plan.create']);
    const listed = await other.client.get<SourceList>('/api/recommendations/sources?country=GRC');
    expect(listed.body.items.map((s) => s.id)).toEqual(expect.arrayContaining([plan.id, greta.id]));
    expect(listed.body.items.find((s) => s.id === plan.id)?.editable).toBe(false);

    const bad: [Record<string, unknown>, string][] = [
      [{ kind: 'national-action-plan', name: 'No period' }, 'periodStart'],
      [{ kind: 'greta-evaluation', name: 'Period on GRETA', periodStart: '2024-01-01' }, 'periodStart'],
      [{ kind: 'national-action-plan', name: 'Backwards', periodStart: '2024-01-01', periodEnd: '2023-01-01' }, 'periodEnd'],
      [{ kind: 'upr', name: 'Bad link', link: 'javascript:alert(1)' }, 'link'],
      [{ kind: 'nothing', name: 'x' }, 'kind'],
      [{ kind: 'upr', name: '' }, 'name'],
    ];
    for (const [body, field] of bad) {
      const res = await analyst.client.post<ErrorBody>('/api/recommendations/sources', body);
      expect([res.status, res.body.error.field], JSON.stringify(body)).toEqual([400, field]);
    }
    expect((await caseworker.client.post('/api/recommendations/sources', { kind: 'upr', name: 'Not allowed' })).status).toBe(403);
  });
});

describe('recommendations', () => {
  it('are created, audited, listed with filters and counts by status', async () => {
    const rec = await create(analyst);
    expect(rec).toMatchObject({
      orgId: admin.orgId,
      source: { id: greta.id, kind: 'greta-evaluation', name: greta.name },
      status: 'not-started',
      statusSince: '2024-01-15',
      issuedOn: '2024-01-15',
      history: [],
      editable: true,
      version: 0,
      overdue: false,
    });
    const audited = await p.db.owner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'recommendation.create' AND record_id = $1",
      [rec.id],
    );
    expect(audited.rows[0]?.n).toBe(1);
    // Without an issue date: the source's.
    const dated = await create(analyst, {
      issuedOn: undefined,
      country: 'ALB',
      themes: ['children'],
      deadline: '2024-01-01',
      text: 'Appoint guardians for unaccompanied children without delay.',
    });
    expect(dated).toMatchObject({ issuedOn: '2023-06-20', overdue: true });

    const byCountry = await caseworker.client.get<RecommendationPage>('/api/recommendations?country=ALB');
    expect(byCountry.body.items.map((r) => r.id)).toEqual([dated.id]);
    expect(byCountry.body.byStatus).toEqual({ 'not-started': 1, 'in-progress': 0, 'partially-implemented': 0, implemented: 0, regressed: 0 });
    const byTheme = await caseworker.client.get<RecommendationPage>('/api/recommendations?theme=labour-exploitation&q=inspectors');
    expect(byTheme.body.items.map((r) => r.id)).toContain(rec.id);
    expect(byTheme.body.items.map((r) => r.id)).not.toContain(dated.id);
    const deadline = await caseworker.client.get<RecommendationPage>('/api/recommendations?deadlineBefore=2024-06-01');
    expect(deadline.body.items.map((r) => r.id)).toEqual([dated.id]);
    const paged = await caseworker.client.get<RecommendationPage>('/api/recommendations?limit=1');
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThanOrEqual(2);
    // The caseworker reads, not writes.
    expect((await caseworker.client.post('/api/recommendations', recBody())).status).toBe(403);
  });

  it('keep a status history in date order; a date before the previous change, the issue date, or in the future is refused naming date', async () => {
    const rec = await create(analyst, { text: 'Adopt a law on compensation from the state for victims of trafficking.', themes: ['compensation'] });
    const first = await change(analyst, rec.id, 'in-progress', '2024-03-10', 'Draft law published for consultation.');
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ status: 'in-progress', statusSince: '2024-03-10', version: 1 });
    const second = await change(admin, rec.id, 'partially-implemented', '2024-06-01', 'Law adopted; the fund is not set up.');
    expect(second.status).toBe(201);

    const earlier = await change(analyst, rec.id, 'implemented', '2024-05-01');
    expect([earlier.status, earlier.body.error.field]).toEqual([400, 'date']);
    const beforeIssue = await change(analyst, rec.id, 'implemented', '2023-01-01');
    expect([beforeIssue.status, beforeIssue.body.error.field]).toEqual([400, 'date']);
    const future = await change(analyst, rec.id, 'implemented', addDays(todayUtc(), 2));
    expect([future.status, future.body.error.field]).toEqual([400, 'date']);
    // The same day as the previous change: accepted, after it.
    const sameDay = await change(analyst, rec.id, 'regressed', '2024-06-01', 'The implementing decree was withdrawn the same day.');
    expect(sameDay.status).toBe(201);

    const read = await other.client.get<RecommendationView>(`/api/recommendations/${rec.id}`);
    expect(read.body.history.map((h) => [h.date, h.previous, h.status])).toEqual([
      ['2024-03-10', 'not-started', 'in-progress'],
      ['2024-06-01', 'in-progress', 'partially-implemented'],
      ['2024-06-01', 'partially-implemented', 'regressed'],
    ]);
    expect(read.body.history[0]).toMatchObject({ evidence: 'Draft law published for consultation.', recordedBy: 'User analyst@example.org' });
    expect(read.body).toMatchObject({ status: 'regressed', statusSince: '2024-06-01', editable: false });
    const actions = await p.db.owner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'recommendation.status-change' AND record_id = ANY($1)",
      [read.body.history.map((h) => h.id)],
    );
    expect(actions.rows[0]?.n).toBe(3);

    // The issue date cannot move after the first change.
    const late = await analyst.client.put<ErrorBody>(`/api/recommendations/${rec.id}`, { ...recBody({ issuedOn: '2024-04-01' }), version: read.body.version });
    expect([late.status, late.body.error.field]).toEqual([400, 'issuedOn']);
    const stale = await analyst.client.put<ErrorBody>(`/api/recommendations/${rec.id}`, { ...recBody(), version: 0 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'stale_version']);
    const edited = await analyst.client.put<RecommendationView>(`/api/recommendations/${rec.id}`, {
      ...recBody({ text: 'Adopt and fund a state compensation scheme.', themes: ['compensation', 'legislation'] }),
      version: read.body.version,
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body).toMatchObject({
      text: 'Adopt and fund a state compensation scheme.',
      status: 'regressed',
      statusSince: '2024-06-01',
      history: read.body.history,
    });
  });

  it('progress counts each month’s end exactly, in all, by country and by theme', async () => {
    const plan = await source(analyst, { kind: 'national-action-plan', name: 'Plan for the progress test', country: 'SRB', periodStart: '2024-01-01' });
    const a = await create(analyst, { sourceId: plan.id, country: 'SRB', themes: ['training'], issuedOn: '2024-01-15', deadline: undefined });
    const b = await create(analyst, { sourceId: plan.id, country: 'MNE', themes: ['training', 'data'], issuedOn: '2024-03-20', deadline: undefined });
    expect((await change(analyst, a.id, 'in-progress', '2024-02-29')).status).toBe(201);
    expect((await change(analyst, a.id, 'implemented', '2024-04-01')).status).toBe(201);
    expect((await change(analyst, b.id, 'in-progress', '2024-03-31')).status).toBe(201);
    expect((await change(analyst, b.id, 'regressed', '2024-05-02')).status).toBe(201);

    const res = await caseworker.client.get<ProgressResponse>(`/api/recommendations/progress?sourceId=${plan.id}&from=2023-12&to=2024-05`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const row = (ns: number, ip: number, impl: number, reg: number) => ({
      'not-started': ns,
      'in-progress': ip,
      'partially-implemented': 0,
      implemented: impl,
      regressed: reg,
    });
    expect(res.body.total.months).toEqual([
      { month: '2023-12', counts: row(0, 0, 0, 0) },
      { month: '2024-01', counts: row(1, 0, 0, 0) },
      { month: '2024-02', counts: row(0, 1, 0, 0) },
      { month: '2024-03', counts: row(0, 2, 0, 0) },
      { month: '2024-04', counts: row(0, 1, 1, 0) },
      { month: '2024-05', counts: row(0, 0, 1, 1) },
    ]);
    expect(res.body.byCountry.map((s) => s.key)).toEqual(['MNE', 'SRB']);
    expect(res.body.byCountry[0]?.months.at(-1)?.counts).toEqual(row(0, 0, 0, 1));
    expect(res.body.byTheme.map((s) => s.key)).toEqual(['data', 'training']);
    expect(res.body.byTheme[1]?.months.find((m) => m.month === '2024-04')?.counts).toEqual(row(0, 1, 1, 0));

    const backwards = await caseworker.client.get<ErrorBody>('/api/recommendations/progress?from=2024-05&to=2024-01');
    expect([backwards.status, backwards.body.error.field]).toEqual([400, 'to']);
    const tooLong = await caseworker.client.get<ErrorBody>('/api/recommendations/progress?from=2000-01&to=2024-01');
    expect([tooLong.status, tooLong.body.error.field]).toEqual([400, 'from']);
    const defaults = await caseworker.client.get<ProgressResponse>('/api/recommendations/progress');
    expect(defaults.body.total.months).toHaveLength(12);
    expect(defaults.body.to).toBe(todayUtc().slice(0, 7));
  });

  it('of another organisation are read but not changed; a network administrator may change them', async () => {
    const plan = await source(other, { kind: 'un-treaty-body', name: 'CEDAW concluding observations, Serbia, 2024', country: 'SRB', date: '2024-02-01' });
    const theirs = await create(other, { sourceId: plan.id, country: 'SRB', issuedOn: '2024-02-01' });
    const ours = await create(analyst, { text: 'Ours only.' });

    // B reads A's, but every change is refused.
    expect((await other.client.get<RecommendationView>(`/api/recommendations/${ours.id}`)).body.editable).toBe(false);
    const attempts = [
      await other.client.put<ErrorBody>(`/api/recommendations/${ours.id}`, { ...recBody(), version: 0 }),
      await change(other, ours.id, 'implemented', '2024-05-01'),
    ];
    expect(attempts.map((a) => [a.status, a.body.error.code])).toEqual([
      [403, 'forbidden'],
      [403, 'forbidden'],
    ]);
    // The analyst of A (not a network administrator) cannot change B's.
    expect((await change(analyst, theirs.id, 'implemented', '2024-05-01')).status).toBe(403);
    // Row-level security refuses the direct write all the same.
    await p.db.tenant({ orgId: other.orgId }, async (c) => {
      expect((await c.query("UPDATE recommendations SET text = 'x' WHERE id = $1", [ours.id])).rowCount).toBe(0);
    });

    // The network administrator (of A) changes B's recommendation, and adds a document sealed with B's key.
    const byAdmin = await change(admin, theirs.id, 'in-progress', '2024-04-02', 'Working group set up by the ministry.');
    expect(byAdmin.status, JSON.stringify(byAdmin.body)).toBe(201);
    expect(byAdmin.body).toMatchObject({ orgId: other.orgId, status: 'in-progress', editable: true });
    const changeId = byAdmin.body.history[0]?.id ?? '';
    const doc = await upload(admin, theirs.id, changeId, samplePdf('Minutes'), 'application/pdf', 'Minutes – working group.pdf');
    expect(doc.status, JSON.stringify(doc.body)).toBe(201);
    const res = await fetch(`${p.url}/api/recommendations/${theirs.id}/changes/${changeId}/documents/${doc.body.id}`, {
      headers: { cookie: other.client.cookie },
    });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(samplePdf('Minutes'))).toBe(true);
    // Audited in B's trail, by A's administrator.
    const audit = await p.db.owner.query<{ org_id: string; actor_id: string }>('SELECT org_id, actor_id FROM audit_log WHERE record_id = $1', [changeId]);
    expect(audit.rows).toEqual([{ org_id: other.orgId, actor_id: admin.id }]);
    const put = await admin.client.put<RecommendationView>(`/api/recommendations/${theirs.id}`, {
      ...recBody({ sourceId: plan.id, country: 'SRB', issuedOn: '2024-02-01', reference: 'paragraph 23 (c)' }),
      version: byAdmin.body.version,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.body.reference).toBe('paragraph 23 (c)');
  });

  it('keep evidence documents sealed, read by every member, and refuse a lying type', async () => {
    const rec = await create(analyst, { text: 'Open a specialised shelter for men.' });
    const changed = await change(analyst, rec.id, 'implemented', '2024-09-01', 'Shelter opened in Thessaloniki.');
    const changeId = changed.body.history[0]?.id ?? '';
    const png = samplePng();
    const up = await upload(analyst, rec.id, changeId, png, 'image/png', 'Shelter – opening.png');
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(up.body).toMatchObject({ name: 'Shelter – opening.png', size: png.length });
    const stored = await p.db.owner.query<{ content: Buffer }>('SELECT content FROM recommendation_documents WHERE id = $1', [up.body.id]);
    expect(stored.rows[0]?.content.includes(png.subarray(16, 48))).toBe(false);
    for (const who of [analyst, other, caseworker]) {
      const res = await fetch(`${p.url}/api/recommendations/${rec.id}/changes/${changeId}/documents/${up.body.id}`, { headers: { cookie: who.client.cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    }
    const read = await caseworker.client.get<RecommendationView>(`/api/recommendations/${rec.id}`);
    expect(read.body.history[0]?.documents.map((d) => d.id)).toEqual([up.body.id]);

    const lying = await upload(analyst, rec.id, changeId, samplePdf(), 'image/png', 'x.png');
    expect([lying.status, lying.body.error.code]).toEqual([415, 'unsupported_file_type']);
    const noName = await analyst.client.request<ErrorBody>('POST', `/api/recommendations/${rec.id}/changes/${changeId}/documents`, samplePdf(), {
      'content-type': 'application/pdf',
    });
    expect([noName.status, noName.body.error.field]).toEqual([400, 'name']);
    expect((await upload(other, rec.id, changeId, samplePdf(), 'application/pdf', 'x.pdf')).status).toBe(403);
    const wrongChange = await upload(analyst, rec.id, '00000000-0000-4000-8000-000000000000', samplePdf(), 'application/pdf', 'x.pdf');
    expect(wrongChange.status).toBe(404);
  });

  it('export as a PDF report and an XLSX workbook, audited', async () => {
    const plan = await source(analyst, { kind: 'osce', name: 'OSCE country visit to Montenegro, 2024', country: 'MNE', date: '2024-03-01' });
    const rec = await create(analyst, {
      sourceId: plan.id,
      country: 'MNE',
      text: 'Train judges on the non-punishment principle – Подгорица.',
      themes: ['non-punishment', 'training'],
    });
    await change(analyst, rec.id, 'in-progress', '2024-04-10', 'A first training took place.');

    const pdf = await fetch(`${p.url}/api/recommendations/report?format=pdf&sourceId=${plan.id}`, { headers: { cookie: caseworker.client.cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''recommendations-\d{4}-\d{2}-\d{2}\.pdf$/);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The headings (bold) as a reader copies them; the test extractor is not made for every line of body text.
    const content = pdfContent(bytes);
    const flat = content.text.replace(/\s+/g, ' ');
    for (const heading of [
      'Recommendations: implementation report',
      'Summary by status',
      'OSCE country visit to Montenegro, 2024 · paragraph 112',
      'Status history',
    ])
      expect(flat).toContain(heading);
    expect(content.embeddedFonts.some((f) => /\+DejaVuSans$/.test(f))).toBe(true);
    expect(content.embeddedFonts.some((f) => /\+DejaVuSans-Bold$/.test(f))).toBe(true);

    const xlsx = await fetch(`${p.url}/api/recommendations/report?format=xlsx&sourceId=${plan.id}`, { headers: { cookie: caseworker.client.cookie } });
    expect(xlsx.status).toBe(200);
    const files = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml']));
    const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
    expect(strings).toContain('Train judges on the non-punishment principle – Подгорица.');
    expect(strings).toContain('A first training took place.');
    const workbook = strFromU8(files['xl/workbook.xml'] ?? new Uint8Array());
    expect(workbook).toContain('Status changes');
    // Two rows on each sheet: the header and the one recommendation, its one change.
    for (const sheet of ['sheet1', 'sheet2']) expect(strFromU8(files[`xl/worksheets/${sheet}.xml`] ?? new Uint8Array()).match(/<row /g)).toHaveLength(2);

    const audited = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'recommendation.report' AND actor_id = $1", [
      caseworker.id,
    ]);
    expect(audited.rows[0]?.n).toBe(2);
    const bad = await caseworker.client.get<ErrorBody>('/api/recommendations/report?format=docx');
    expect([bad.status, bad.body.error.field]).toEqual([400, 'format']);
  });

  it('take the dates at their edges: a change dated tomorrow in UTC (a time zone ahead), no issue date in the future, no deadline before it', async () => {
    // Just after midnight in Kyiv the form's default date is already tomorrow's UTC date.
    const rec = await create(analyst, { text: 'Edge dates.' });
    const tomorrow = await change(analyst, rec.id, 'in-progress', addDays(todayUtc(), 1), 'Recorded just after midnight in Kyiv.');
    expect(tomorrow.status, JSON.stringify(tomorrow.body)).toBe(201);

    // An issue date in the future would leave no date a change could have.
    const future = await analyst.client.post<ErrorBody>('/api/recommendations', recBody({ issuedOn: '2099-01-01', deadline: undefined }));
    expect([future.status, future.body.error?.field]).toEqual([400, 'issuedOn']);
    const later = await source(analyst, { kind: 'upr', name: 'UPR cycle announced for later', date: '2099-05-01' });
    const fromLater = await create(analyst, { sourceId: later.id, issuedOn: undefined, deadline: undefined });
    expect(fromLater.issuedOn).toBe(todayUtc());
    const putFuture = await analyst.client.put<ErrorBody>(`/api/recommendations/${fromLater.id}`, {
      ...recBody({ sourceId: later.id, issuedOn: '2099-01-01', deadline: undefined }),
      version: fromLater.version,
    });
    expect([putFuture.status, putFuture.body.error?.field]).toEqual([400, 'issuedOn']);

    // A deadline before the issue date (given, or the source's by default).
    const early = await analyst.client.post<ErrorBody>('/api/recommendations', recBody({ issuedOn: '2024-01-15', deadline: '2024-01-14' }));
    expect([early.status, early.body.error?.field]).toEqual([400, 'deadline']);
    const beforeSource = await analyst.client.post<ErrorBody>('/api/recommendations', recBody({ issuedOn: undefined, deadline: '2023-01-01' }));
    expect([beforeSource.status, beforeSource.body.error?.field]).toEqual([400, 'deadline']);
    const putEarly = await analyst.client.put<ErrorBody>(`/api/recommendations/${rec.id}`, { ...recBody({ deadline: '2020-01-01' }), version: 1 });
    expect([putEarly.status, putEarly.body.error?.field]).toEqual([400, 'deadline']);
    expect((await analyst.client.get<RecommendationView>(`/api/recommendations/${rec.id}`)).body).toMatchObject({ version: 1, deadline: '2099-12-31' });

    // There is no year 0: a month of it is refused, and the default period does not run into it.
    const zero = await caseworker.client.get<ErrorBody>('/api/recommendations/progress?to=0000-05');
    expect([zero.status, zero.body.error?.field]).toEqual([400, 'to']);
    const first = await caseworker.client.get<ProgressResponse>('/api/recommendations/progress?to=0001-05');
    expect([first.status, first.body.from, first.body.total.months.length]).toEqual([200, '0001-01', 5]);
  });

  it('refuse bad input, naming the field, and write nothing', async () => {
    const before = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM recommendations');
    const cases: [Record<string, unknown>, string][] = [
      [recBody({ themes: [] }), 'themes'],
      [recBody({ themes: ['identification', 'identification'] }), 'themes'],
      [recBody({ themes: ['astrology'] }), 'themes.0'],
      [recBody({ country: 'Greece' }), 'country'],
      [recBody({ text: '' }), 'text'],
      [recBody({ deadline: '2025-02-30' }), 'deadline'],
      [recBody({ sourceId: 'nope' }), 'sourceId'],
      [recBody({ sourceId: '00000000-0000-4000-8000-000000000000' }), 'sourceId'],
      [{ ...recBody(), status: 'implemented' }, 'status'],
    ];
    for (const [body, field] of cases) {
      const res = await analyst.client.post<ErrorBody>('/api/recommendations', body);
      expect([res.status, res.body.error.field], JSON.stringify(body)).toEqual([400, field]);
    }
    const after = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM recommendations');
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);

    const rec = await create(analyst);
    const statusCases: [Record<string, unknown>, string][] = [
      [{ status: 'done', date: '2024-05-01' }, 'status'],
      [{ status: 'implemented', date: '01/05/2024' }, 'date'],
      [{ status: 'implemented' }, 'date'],
    ];
    for (const [body, field] of statusCases) {
      const res = await analyst.client.post<ErrorBody>(`/api/recommendations/${rec.id}/status`, body);
      expect([res.status, res.body.error.field], JSON.stringify(body)).toEqual([400, field]);
    }
    for (const [query, field] of [
      ['status=done', 'status'],
      ['theme=x', 'theme'],
      ['deadlineBefore=tomorrow', 'deadlineBefore'],
      ['limit=0', 'limit'],
    ] as const) {
      const res = await caseworker.client.get<ErrorBody>(`/api/recommendations?${query}`);
      expect([res.status, res.body.error.field], query).toEqual([400, field]);
    }
    expect((await caseworker.client.get('/api/recommendations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
