import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_SIZE, documentView } from '../../core/cases/documents.js';
import type { DocumentView, TimelineEvent } from '../../core/cases/views.js';
import { ApiClient, PASSWORD, type SignedInUser, addUser, enrol, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';
import { sampleDocx, sampleJpeg, sampleOdt, samplePdf, samplePng, sampleWebp } from '../testing/sample-files.js';

/** Files on a case, through the real HTTP server on a real database. */

let p: TestPlatform;
let admin: SignedInUser;
/** A caseworker of the same organisation who is not on the case. */
let outsider: SignedInUser;
/** The administrator of another organisation. */
let foreign: SignedInUser;
let caseId: string;

const PDF = 'application/pdf';

function upload(client: ApiClient, id: string, bytes: Uint8Array | string, contentType: string, name: string, category = 'identity') {
  return client.request<DocumentView & { error?: { code: string; field?: string } }>(
    'POST',
    `/api/cases/${id}/documents?${new URLSearchParams({ category })}`,
    bytes,
    { 'content-type': contentType, 'x-file-name': encodeURIComponent(name) },
  );
}

/** A download as bytes (the JSON client would decode them as text). */
async function download(client: ApiClient, path: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
  const res = await fetch(p.url + path, { headers: { cookie: client.cookie } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
}

async function countDocuments(): Promise<number> {
  const { rows } = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM case_documents');
  return rows[0]?.n ?? -1;
}

async function audited(action: string, recordId: string): Promise<{ actor_id: string; record_type: string; outcome: string }[]> {
  const { rows } = await p.db.owner.query('SELECT actor_id, record_type, outcome FROM audit_log WHERE action = $1 AND record_id = $2', [action, recordId]);
  return rows;
}

async function newCase(client: ApiClient, given: string): Promise<string> {
  const person = await client.post<{ id: string }>('/api/persons', { names: [{ given, family: 'Kovalenko' }] });
  expect(person.status).toBe(201);
  const kase = await client.post<{ id: string }>('/api/cases', { personId: person.body.id });
  expect(kase.status).toBe(201);
  return kase.body.id;
}

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  outsider = await addUser(admin.client, 'outsider@example.org', ['caseworker']);
  const created = await admin.client.post<{ id: string; inviteUrl: string }>('/api/organisations', {
    name: 'Other Org',
    country: 'ALB',
    type: 'ngo',
    adminEmail: 'admin-b@example.org',
    adminName: 'Bea Admin',
  });
  expect(created.status).toBe(201);
  const c = new ApiClient(p.url);
  const acc = await c.post<{ user: { id: string; orgId: string } }>(`/api/invitations/${created.body.inviteUrl.split('/invite/')[1]}/accept`, {
    password: PASSWORD,
  });
  expect(acc.status).toBe(200);
  const { secret } = await enrol(c);
  foreign = { client: c, id: acc.body.user.id, email: 'admin-b@example.org', orgId: created.body.id, totpSecret: secret };
  caseId = await newCase(admin.client, 'Olena');
});

afterAll(async () => {
  await p?.close();
});

describe('case documents', () => {
  it('uploads a PDF and a PNG, lists them newest first, and downloads them byte for byte', async () => {
    const pdf = samplePdf('Residence permit');
    const png = samplePng(24, 12);
    const a = await upload(admin.client, caseId, pdf, PDF, 'Паспорт «Олена» (1).pdf', 'identity');
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ caseId, name: 'Паспорт «Олена» (1).pdf', category: 'identity', mediaType: PDF, size: pdf.length, uploadedBy: admin.id });
    const b = await upload(admin.client, caseId, png, 'image/png', 'scar photo.png', 'photo');
    expect(b.status).toBe(201);
    expect(b.body).toMatchObject({ mediaType: 'image/png', size: png.length, category: 'photo' });

    const list = await admin.client.get<{ items: DocumentView[] }>(`/api/cases/${caseId}/documents`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((d) => d.id).slice(0, 2)).toEqual([b.body.id, a.body.id]);
    expect(list.body.items[1]).toEqual(a.body);
    // The answers match the declared response schema (the OpenAPI document and the fuzz test use it).
    for (const d of list.body.items) expect(documentView.safeParse(d).error).toBeUndefined();

    const got = await download(admin.client, `/api/cases/${caseId}/documents/${a.body.id}`);
    expect(got.status).toBe(200);
    expect(got.bytes.equals(pdf)).toBe(true);
    expect(got.headers.get('content-type')).toBe(PDF);
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(got.headers.get('cache-control')).toBe('no-store');
    const disposition = got.headers.get('content-disposition') ?? '';
    expect(disposition).toBe(
      "attachment; filename*=UTF-8''%D0%9F%D0%B0%D1%81%D0%BF%D0%BE%D1%80%D1%82%20%C2%AB%D0%9E%D0%BB%D0%B5%D0%BD%D0%B0%C2%BB%20%281%29.pdf",
    );
    expect(decodeURIComponent(disposition.split("''")[1] ?? '')).toBe('Паспорт «Олена» (1).pdf');

    const gotPng = await download(admin.client, `/api/cases/${caseId}/documents/${b.body.id}`);
    expect(gotPng.bytes.equals(png)).toBe(true);
    expect(gotPng.headers.get('content-type')).toBe('image/png');
  });

  it('accepts every allowed type, with parameters in the Content-Type', async () => {
    const files: [Buffer | string, string, string][] = [
      [sampleJpeg(), 'image/jpeg', 'photo.jpg'],
      [sampleWebp(), 'image/webp', 'photo.webp'],
      [sampleDocx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'letter.docx'],
      [sampleOdt(), 'application/vnd.oasis.opendocument.text', 'letter.odt'],
      ['Записка: встреча в 10:00\n', 'text/plain; charset=utf-8', 'note.txt'],
      [samplePdf(), 'Application/PDF', 'upper.pdf'],
    ];
    for (const [bytes, type, name] of files) {
      const res = await upload(admin.client, caseId, bytes, type, name, 'correspondence');
      expect(res.status, `${type}: ${JSON.stringify(res.body)}`).toBe(201);
      expect(res.body.mediaType).toBe(type.split(';')[0]?.toLowerCase());
      const back = await download(admin.client, `/api/cases/${caseId}/documents/${res.body.id}`);
      expect(back.bytes.equals(Buffer.from(bytes)), type).toBe(true);
    }
  });

  it('refuses content that is not of its declared type, and types that are not allowed (415), storing nothing', async () => {
    const before = await countDocuments();
    const cases: [Buffer | string, string, string][] = [
      [samplePng(), PDF, 'unsupported_file_type'],
      [samplePdf(), 'image/png', 'unsupported_file_type'],
      ['<html><script>alert(1)</script></html>', 'image/jpeg', 'unsupported_file_type'],
      [Buffer.from([0x41, 0x00, 0x42]), 'text/plain', 'unsupported_file_type'],
      [Buffer.from([0xc0, 0xaf]), 'text/plain', 'unsupported_file_type'],
      [sampleOdt(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'unsupported_file_type'],
      [sampleDocx(), 'application/zip', 'unsupported_file_type'],
      ['<svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml', 'unsupported_file_type'],
      ['{"name":"x"}', 'application/json', 'unsupported_file_type'],
      ['<html></html>', 'text/html', 'unsupported_file_type'],
    ];
    for (const [bytes, type, code] of cases) {
      const res = await upload(admin.client, caseId, bytes, type, 'x.bin');
      expect(res.status, `${type}: ${JSON.stringify(res.body)}`).toBe(415);
      expect(res.body.error?.code).toBe(code);
    }
    const empty = await upload(admin.client, caseId, '', PDF, 'empty.pdf');
    expect(empty.status).toBe(400);
    expect(empty.body.error?.code).toBe('validation_failed');
    expect(await countDocuments()).toBe(before);
  });

  it('refuses 20 MB + 1 byte with 413, storing nothing, and takes exactly 20 MB', async () => {
    const before = await countDocuments();
    const big = Buffer.alloc(MAX_DOCUMENT_SIZE + 1, 'a');
    const tooBig = await upload(admin.client, caseId, big, 'text/plain', 'big.txt');
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.error?.code).toBe('payload_too_large');
    expect(await countDocuments()).toBe(before);

    const started = Date.now();
    const exact = await upload(admin.client, caseId, big.subarray(0, MAX_DOCUMENT_SIZE), 'text/plain', 'exact.txt');
    const uploadMs = Date.now() - started;
    expect(exact.status).toBe(201);
    expect(exact.body.size).toBe(MAX_DOCUMENT_SIZE);
    const t2 = Date.now();
    const back = await download(admin.client, `/api/cases/${caseId}/documents/${exact.body.id}`);
    const downloadMs = Date.now() - t2;
    expect(back.bytes.equals(big.subarray(0, MAX_DOCUMENT_SIZE))).toBe(true);
    console.info(`20 MB document: upload ${uploadMs} ms, download ${downloadMs} ms`);
    expect((await admin.client.delete(`/api/cases/${caseId}/documents/${exact.body.id}`)).status).toBe(200);
  });

  it('refuses bad file names and categories with 400 naming the field', async () => {
    const before = await countDocuments();
    for (const name of ['', 'x'.repeat(256), '../secret.pdf', 'a\\b.pdf', 'new\nline.pdf', 'nul\u0000.pdf', 'rtl\u202efdp.exe', '..']) {
      const res = await upload(admin.client, caseId, samplePdf(), PDF, name);
      expect(res.status, JSON.stringify(name)).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', field: 'name' });
    }
    const bad = await upload(admin.client, caseId, samplePdf(), PDF, 'ok.pdf', 'passport');
    expect(bad.body.error).toMatchObject({ code: 'validation_failed', field: 'category' });
    const noName = await admin.client.request('POST', `/api/cases/${caseId}/documents?category=other`, samplePdf(), { 'content-type': PDF });
    expect(noName.body).toMatchObject({ error: { code: 'validation_failed', field: 'name' } });
    // Not in the URL: access logs keep URLs.
    const inUrl = await admin.client.request('POST', `/api/cases/${caseId}/documents?category=other&name=Maria_passport.pdf`, samplePdf(), { 'content-type': PDF });
    expect(inUrl.body).toMatchObject({ error: { code: 'unknown_field', field: 'name' } });
    const badEncoding = await admin.client.request('POST', `/api/cases/${caseId}/documents?category=other`, samplePdf(), { 'content-type': PDF, 'x-file-name': '%E0%A4%A' });
    expect(badEncoding.body).toMatchObject({ error: { code: 'validation_failed', field: 'name' } });
    expect(await countDocuments()).toBe(before);
  });

  it('stores neither the bytes nor the name in clear, and refuses tampered content', async () => {
    const marker = 'UNIQUE-MARKER-7f3c9a';
    const text = `${marker} statement of the person\n`.repeat(20);
    const res = await upload(admin.client, caseId, text, 'text/plain', `Olena ${marker}.txt`, 'legal');
    expect(res.status).toBe(201);
    const { rows } = await p.db.owner.query<{ name: Buffer; content: Buffer; sha256: Buffer; size: number; row: string }>(
      'SELECT name, content, sha256, size, row_to_json(d)::text AS row FROM case_documents d WHERE id = $1',
      [res.body.id],
    );
    const row = rows[0]!;
    expect(row.size).toBe(Buffer.byteLength(text));
    for (const column of [row.name, row.content]) {
      expect(column.includes(Buffer.from(marker))).toBe(false);
      expect(column.includes(Buffer.from('Olena'))).toBe(false);
    }
    expect(row.row).not.toContain(marker);
    expect(row.row).not.toContain(Buffer.from(marker).toString('hex'));
    expect(row.content.length).toBeGreaterThan(Buffer.byteLength(text)); // sealed: format byte, nonce and tag added

    // Sealed content copied from another document does not open in this row (bound to its place).
    const other = await upload(admin.client, caseId, samplePdf(), PDF, 'other.pdf');
    await p.db.owner.query('UPDATE case_documents SET content = (SELECT content FROM case_documents WHERE id = $2) WHERE id = $1', [
      res.body.id,
      other.body.id,
    ]);
    const swapped = await download(admin.client, `/api/cases/${caseId}/documents/${res.body.id}`);
    expect(swapped.status).toBe(500);
    expect(swapped.bytes.includes(Buffer.from('%PDF'))).toBe(false);
    // A stored digest that does not match the content: not served.
    await p.db.owner.query("UPDATE case_documents SET sha256 = '\\x00'::bytea WHERE id = $1", [other.body.id]);
    expect((await download(admin.client, `/api/cases/${caseId}/documents/${other.body.id}`)).status).toBe(500);
    await p.db.owner.query('DELETE FROM case_documents WHERE id = ANY($1::uuid[])', [[res.body.id, other.body.id]]);
  });

  it('answers 404 on every route to a caseworker who may not read the case and to another organisation', async () => {
    const doc = await upload(admin.client, caseId, samplePdf(), PDF, 'consent.pdf', 'consent-form');
    expect(doc.status).toBe(201);
    const before = await countDocuments();
    const base = `/api/cases/${caseId}/documents`;
    for (const who of [outsider, foreign]) {
      const up = await upload(who.client, caseId, samplePdf(), PDF, 'intruder.pdf');
      expect(up.status, `upload by ${who.email}`).toBe(404);
      expect(up.body.error?.code).toBe('not_found');
      const list = await who.client.get(base);
      expect(list.status, `list by ${who.email}`).toBe(404);
      const get = await download(who.client, `${base}/${doc.body.id}`);
      expect(get.status, `download by ${who.email}`).toBe(404);
      expect(get.bytes.includes(Buffer.from('%PDF'))).toBe(false);
      const del = await who.client.delete(`${base}/${doc.body.id}`);
      expect(del.status, `delete by ${who.email}`).toBe(404);
    }
    expect(await countDocuments()).toBe(before);
    expect(await audited('document.read', doc.body.id)).toEqual([]);

    // Once assigned, the caseworker reads it.
    const kase = await admin.client.get<{ version: number }>(`/api/cases/${caseId}`);
    const assign = await admin.client.patch(`/api/cases/${caseId}`, { version: kase.body.version, teamIds: [outsider.id] });
    expect(assign.status).toBe(200);
    expect((await download(outsider.client, `${base}/${doc.body.id}`)).status).toBe(200);
  });

  it('refuses callers before reading the body: anonymous (401), without the CSRF header (403), without cases:write (403)', async () => {
    const big = Buffer.alloc(MAX_DOCUMENT_SIZE, 'a');
    const anon = await upload(new ApiClient(p.url), caseId, big, 'text/plain', 'a.txt');
    expect(anon.status).toBe(401);
    // The answer comes before the body: a client announcing 20 MB and sending 10 bytes gets it at once.
    const early = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${p.url}/api/cases/${caseId}/documents?category=other`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', 'content-length': String(MAX_DOCUMENT_SIZE) },
      });
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on('error', reject);
      req.setTimeout(5000, () => req.destroy(new Error('no answer before the body was sent')));
      req.write('0123456789');
    });
    expect(early).toBe(401);
    const noCsrf = new ApiClient(p.url);
    noCsrf.cookie = admin.client.cookie;
    const csrf = await upload(noCsrf, caseId, samplePdf(), PDF, 'a.pdf');
    expect(csrf.body.error?.code).toBe('csrf_failed');
    const analyst = await addUser(admin.client, 'analyst@example.org', ['analyst']);
    const forbidden = await upload(analyst.client, caseId, samplePdf(), PDF, 'a.pdf');
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error?.code).toBe('forbidden');
    // Other routes still refuse non-JSON bodies.
    const text = await admin.client.request('PATCH', '/api/me', 'name=A', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect((text.body as { error?: { code: string } }).error?.code).toBe('unsupported_media_type');
    const pdfElsewhere = await admin.client.request('POST', `/api/cases/${caseId}/notes`, samplePdf(), { 'content-type': PDF });
    expect(pdfElsewhere.status).toBe(415);
  });

  it('audits upload, read and delete, and keeps the name out of the timeline', async () => {
    const name = 'Medical report of Olena K.pdf';
    const doc = await upload(admin.client, caseId, samplePdf(), PDF, name, 'medical');
    expect(doc.status).toBe(201);
    const id = doc.body.id;
    expect(await audited('document.upload', id)).toEqual([{ actor_id: admin.id, record_type: 'case-document', outcome: 'success' }]);
    expect((await download(admin.client, `/api/cases/${caseId}/documents/${id}`)).status).toBe(200);
    expect(await audited('document.read', id)).toHaveLength(1);
    expect((await admin.client.get(`/api/cases/${caseId}/documents`)).status).toBe(200);
    const { rows } = await p.db.owner.query("SELECT 1 FROM audit_log WHERE action = 'case.read-documents' AND record_id = $1", [caseId]);
    expect(rows.length).toBeGreaterThan(0);

    const del = await admin.client.delete(`/api/cases/${caseId}/documents/${id}`);
    expect(del.status).toBe(200);
    expect(await audited('document.delete', id)).toHaveLength(1);
    expect((await download(admin.client, `/api/cases/${caseId}/documents/${id}`)).status).toBe(404);
    expect((await admin.client.delete(`/api/cases/${caseId}/documents/${id}`)).status).toBe(404);
    const list = await admin.client.get<{ items: DocumentView[] }>(`/api/cases/${caseId}/documents`);
    expect(list.body.items.map((d) => d.id)).not.toContain(id);

    const timeline = await admin.client.get<{ items: TimelineEvent[] }>(`/api/cases/${caseId}/timeline`);
    expect(timeline.status).toBe(200);
    const events = timeline.body.items;
    const added = events.find((e) => e.event === 'document.added' && e.entryId === id);
    expect(added).toMatchObject({ entryKind: 'document', actorId: admin.id, detail: { category: 'medical', mediaType: PDF, size: samplePdf().length } });
    expect(Object.keys(added?.detail ?? {}).sort()).toEqual(['category', 'mediaType', 'size']);
    expect(events.find((e) => e.event === 'document.deleted' && e.entryId === id)).toBeDefined();
    expect(JSON.stringify(timeline.body)).not.toContain('Olena K');
    const stored = await p.db.owner.query('SELECT detail::text FROM case_timeline WHERE entry_id = $1', [id]);
    for (const r of stored.rows as { detail: string }[]) expect(r.detail).not.toContain('Medical report');
  });

  it('a document of one case is not reachable through another case', async () => {
    const doc = await upload(admin.client, caseId, samplePdf(), PDF, 'a.pdf');
    const second = await newCase(admin.client, 'Iryna');
    expect((await download(admin.client, `/api/cases/${second}/documents/${doc.body.id}`)).status).toBe(404);
    expect((await admin.client.delete(`/api/cases/${second}/documents/${doc.body.id}`)).status).toBe(404);
    expect((await admin.client.get<{ items: DocumentView[] }>(`/api/cases/${second}/documents`)).body.items).toEqual([]);
  });
});
