import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../core/cases/entries.js';
import type { TimelineEvent } from '../../core/cases/views.js';
import { insertDocument } from '../cases/documents-store.js';
import { HttpError } from '../http/errors.js';
import { type ApiClient, type SignedInUser, addUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';
import { findConsent, requireConsent } from './consent-check.js';
import type { PersonExport } from './export-data.js';
import { pdfContent } from './pdf-text.js';
import { addEntry, createPerson, openCase, secondOrganisation } from './test-fixtures.js';

/** The person export through the real HTTP server: JSON and PDF, access, consent for sharing, audit. */

let p: TestPlatform;
let admin: SignedInUser;
let other: SignedInUser;
let personId: string;
let caseId: string;
const NOTE = 'First meeting at the drop-in centre; she asked for help with her passport.';
const FILE = Buffer.from('Scanned letter from the labour inspectorate\n', 'utf8');

async function raw(client: ApiClient, path: string): Promise<{ status: number; type: string; disposition: string; bytes: Buffer }> {
  const res = await fetch(client.base + path, { headers: { cookie: client.cookie } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

async function auditCount(action: string, recordId: string, outcome = 'success'): Promise<number> {
  const { rows } = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND record_id = $2 AND outcome = $3', [
    action,
    recordId,
    outcome,
  ]);
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  p = await startTestPlatform({ env: { HAVEN_RETENTION: 'off' } });
  admin = await setUp(p.url);
  other = await secondOrganisation(admin.client, 'admin-b@example.org', 'Second Shelter');
  personId = await createPerson(admin.client, {
    names: [
      { given: 'Ελένη', family: 'Παπαδοπούλου' },
      { given: 'Олена', family: 'Коваленко', kind: 'alias' },
      { given: 'Elena', family: 'Papadopoulou', kind: 'alias' },
    ],
    birthDate: '1996-04-12',
    gender: 'feminine',
    citizenships: ['UKR', 'GRC'],
    languages: ['uk', 'el'],
    vulnerabilities: ['poverty', 'migration'],
    contact: {
      phones: [{ number: '+30 210 555 0199', note: 'only after 18:00' }],
      emails: ['olena@example.org'],
      addresses: [{ city: 'Θεσσαλονίκη', country: 'GRC' }],
    },
    documents: [{ type: 'passport', number: 'FX0012345', issuingCountry: 'UKR', heldBySomeoneElse: true }],
  });
  caseId = await openCase(admin.client, personId, {
    exploitationForms: ['forced-labour', 'domestic-servitude'],
    labourSectors: ['agriculture-forestry-fishing'],
  });
  for (const k of ENTRY_KINDS) await addEntry(admin.client, caseId, k.path, k.kind === 'note' ? { text: NOTE } : k.example);
  await p.db.tenant({ orgId: admin.orgId, userId: admin.id }, async (c) => {
    const key = await p.services.orgKeys.keyFor(c, admin.orgId);
    await insertDocument(c, key, admin.orgId, admin.id, {
      id: randomUUID(),
      caseId,
      name: 'Επιστολή επιθεώρησης.txt',
      category: 'correspondence',
      mediaType: 'text/plain',
      content: FILE,
    });
  });
});

afterAll(async () => {
  await p?.close();
});

describe('GET /api/persons/:id/export as JSON', () => {
  it('holds the person with sealed fields opened, every entry of every kind, the whole timeline and the files, and is audited', async () => {
    const before = await auditCount('person.export', personId);
    const res = await raw(admin.client, `/api/persons/${personId}/export`);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/json/);
    expect(res.disposition).toBe(`attachment; filename="person-${personId}.json"`);
    const x = JSON.parse(res.bytes.toString('utf8')) as PersonExport;
    expect(x.format).toBe('haven.person-export/1');
    expect(x.purpose).toBe('subject-access');
    expect(x.sharing).toBeNull();
    expect(x.organisation).toMatchObject({ id: admin.orgId, name: 'Helping Hands' });

    // The person, sealed fields opened.
    expect(x.person.names.map((n) => `${n.given} ${n.family}`)).toEqual(['Ελένη Παπαδοπούλου', 'Олена Коваленко', 'Elena Papadopoulou']);
    expect(x.person.contact?.phones).toEqual([{ number: '+30 210 555 0199', note: 'only after 18:00' }]);
    expect(x.person.documents).toEqual([{ type: 'passport', number: 'FX0012345', issuingCountry: 'UKR', heldBySomeoneElse: true }]);
    expect(x.person.htcds).toMatchObject({
      prs_FirstName: 'Ελένη',
      prs_SecondName: 'Παπαδοπούλου',
      prs_Gender: 'Feminine',
      vic_Vulnerabilities: ['Poverty', 'Migration'],
    });
    // In the database the same fields are ciphertext.
    const stored = await p.db.owner.query<{ contact: Buffer; documents: Buffer }>('SELECT contact, documents FROM persons WHERE id = $1', [personId]);
    expect(stored.rows[0]?.documents.toString('latin1')).not.toContain('FX0012345');

    // Every case, with every entry of every kind.
    expect(x.cases).toHaveLength(1);
    const k = x.cases[0]!;
    expect(k.id).toBe(caseId);
    expect(k.htcds).toMatchObject({
      cas_Status: 'Active',
      TraffickingStatus: 'PossibleVictimOfTrafficking',
      vic_TypeOfExploitation: ['ForcedLabour'],
      vic_TypeOfLabourExploitation: ['DomesticWork'],
      vic_ForcedLabourIndustry: ['A_AgricultureForestryAndFishing'],
    });
    for (const kind of ENTRY_KINDS) expect(k.entries[kind.kind], kind.kind).toHaveLength(1);
    expect(k.entries.note?.[0]?.data.text).toBe(NOTE);
    expect(k.entries.consent?.[0]?.htcds).toEqual({ vic_AgreementToManagePersonalData: 'true' });

    // The timeline, oldest first, the same events the timeline route answers.
    const timeline = await admin.client.get<{ items: TimelineEvent[] }>(`/api/cases/${caseId}/timeline`);
    expect(k.timeline.map((t) => t.id)).toEqual(timeline.body.items.map((t) => t.id).reverse());
    expect(k.timeline.length).toBeGreaterThanOrEqual(1 + ENTRY_KINDS.length);

    // The documents, with their bytes.
    expect(k.documents).toHaveLength(1);
    expect(k.documents[0]).toMatchObject({ name: 'Επιστολή επιθεώρησης.txt', category: 'correspondence', mediaType: 'text/plain', size: FILE.length });
    expect(Buffer.from(k.documents[0]?.contentBase64 ?? '', 'base64').equals(FILE)).toBe(true);

    expect(x.directory.users).toContainEqual({ id: admin.id, name: 'Ada Admin' });
    expect(await auditCount('person.export', personId)).toBe(before + 1);
  });

  it('answers 404 for another organisation’s person and for a person the caller may not read; 403 without the permission', async () => {
    const theirs = await createPerson(other.client, { names: [{ given: 'Arben', family: 'Hoxha' }] });
    await openCase(other.client, theirs);
    expect((await admin.client.get(`/api/persons/${theirs}/export`)).status).toBe(404);
    expect((await other.client.get(`/api/persons/${personId}/export`)).status).toBe(404);
    expect((await other.client.get(`/api/persons/${personId}/export?purpose=sharing&organisationId=${other.orgId}`)).status).toBe(404);
    expect((await admin.client.get(`/api/persons/${randomUUID()}/export`)).status).toBe(404);

    const supervisor = await addUser(admin.client, 'supervisor@example.org', ['supervisor']);
    expect((await supervisor.client.get(`/api/persons/${personId}/export`)).status).toBe(404);
    const caseworker = await addUser(admin.client, 'caseworker@example.org', ['caseworker']);
    expect((await caseworker.client.get(`/api/persons/${personId}/export`)).status).toBe(403);
    expect(await auditCount('person.export', theirs)).toBe(0);
  });

  it('leaves out the cases restricted to others, and says how many', async () => {
    const colleague = await addUser(admin.client, 'restricted-reader@example.org', ['caseworker']);
    const restricted = await openCase(admin.client, personId, { restrictedTo: [colleague.id] });
    const res = await admin.client.get<PersonExport>(`/api/persons/${personId}/export`);
    expect(res.status).toBe(200);
    expect(res.body.cases.map((c) => c.id)).toEqual([caseId]);
    expect(res.body.casesNotIncluded).toBe(1);
    await p.db.owner.query('DELETE FROM cases WHERE id = $1', [restricted]);
  });

  it('refuses a bad query with the field named', async () => {
    const bad = await admin.client.get<{ error: { code: string; field?: string } }>(`/api/persons/${personId}/export?format=docx`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('format');
    const noOrg = await admin.client.get<{ error: { code: string; field?: string } }>(`/api/persons/${personId}/export?purpose=sharing`);
    expect(noOrg.status).toBe(400);
    expect(noOrg.body.error.field).toBe('organisationId');
    const unknownOrg = await admin.client.get<{ error: { code: string; field?: string } }>(
      `/api/persons/${personId}/export?purpose=sharing&organisationId=${randomUUID()}`,
    );
    expect(unknownOrg.status).toBe(400);
    expect(unknownOrg.body.error.field).toBe('organisationId');
  });
});

describe('GET /api/persons/:id/export as PDF', () => {
  it('is a PDF report in the reader’s language, with the names in Greek and Cyrillic letters really in it', async () => {
    expect((await admin.client.patch('/api/me', { language: 'el' })).status).toBe(200);
    try {
      const res = await raw(admin.client, `/api/persons/${personId}/export?format=pdf`);
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/pdf');
      expect(res.disposition).toBe(`attachment; filename="person-${personId}.pdf"`);
      expect(res.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pdf = pdfContent(res.bytes);
      expect(pdf.embeddedFonts.some((f) => /\+DejaVuSans$/.test(f))).toBe(true);
      expect(pdf.text).not.toContain('\ufffd');
      // The names, each in its own script.
      expect(pdf.text).toContain('Ελένη Παπαδοπούλου');
      expect(pdf.text).toContain('Олена Коваленко');
      expect(pdf.text).toContain('Elena Papadopoulou');
      // Greek headings (export.json) and code labels (codes.json), the sealed note, the document's name.
      expect(pdf.text).toContain('Αναφορά προσωπικών δεδομένων');
      expect(pdf.text).toContain('Συγκαταθέσεις');
      expect(pdf.text).toContain('Χρονολόγιο');
      expect(pdf.text).toContain('FX0012345');
      expect(pdf.text).toContain(NOTE);
      expect(pdf.text).toContain('Επιστολή επιθεώρησης.txt');
      expect(pdf.text).not.toContain('forced-labour');
    } finally {
      await admin.client.patch('/api/me', { language: 'en' });
    }
    const en = pdfContent((await raw(admin.client, `/api/persons/${personId}/export?format=pdf`)).bytes);
    expect(en.text).toContain('Personal data report');
    expect(en.text).toContain('Олена Коваленко');
  });
});

describe('sharing needs the person’s consent', () => {
  const sharing = () => `/api/persons/${personId}/export?purpose=sharing&organisationId=${other.orgId}`;

  it('409 consent_required without a consent for that organisation, 200 with one that covers today, 409 again once withdrawn or expired', async () => {
    const none = await admin.client.get<{ error: { code: string } }>(sharing());
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('consent_required');
    expect(await auditCount('person.export-for-sharing', personId, 'denied')).toBe(1);

    // A consent to share with another organisation does not count.
    const third = await secondOrganisation(admin.client, 'admin-c@example.org', 'Third Place');
    await addEntry(admin.client, caseId, 'consents', {
      purpose: 'sharing',
      organisationId: third.orgId,
      givenBy: 'person',
      method: 'written',
      givenOn: '2025-01-10',
    });
    expect((await admin.client.get(sharing())).status).toBe(409);

    const consent = await addEntry(admin.client, caseId, 'consents', {
      purpose: 'sharing',
      organisationId: other.orgId,
      givenBy: 'person',
      method: 'written',
      givenOn: '2025-02-01',
    });
    const ok = await admin.client.get<PersonExport>(sharing());
    expect(ok.status).toBe(200);
    expect(ok.body.purpose).toBe('sharing');
    expect(ok.body.sharing).toEqual({ organisationId: other.orgId, organisationName: 'Second Shelter', consentId: consent.id });
    expect(await auditCount('person.export-for-sharing', personId)).toBe(1);

    const today = new Date().toISOString().slice(0, 10);
    const withdrawn = await admin.client.post(`/api/cases/${caseId}/consents/${consent.id}/withdraw`, { withdrawnOn: today, version: consent.version });
    expect(withdrawn.status).toBe(200);
    const after = await admin.client.get<{ error: { code: string } }>(sharing());
    expect(after.status).toBe(409);
    expect(after.body.error.code).toBe('consent_required');

    await addEntry(admin.client, caseId, 'consents', {
      purpose: 'sharing',
      organisationId: other.orgId,
      givenBy: 'person',
      method: 'written',
      givenOn: '2024-01-01',
      expiresOn: '2024-12-31',
    });
    expect((await admin.client.get(sharing())).status).toBe(409);

    // A fresh consent covers again; the PDF needs it too.
    await addEntry(admin.client, caseId, 'consents', {
      purpose: 'sharing',
      organisationId: other.orgId,
      givenBy: 'guardian',
      method: 'written',
      givenOn: today,
    });
    expect((await admin.client.get(sharing())).status).toBe(200);
    expect((await raw(admin.client, `${sharing()}&format=pdf`)).status).toBe(200);
  });

  it('requireConsent is one function for every module: by person or by case, per purpose and day', async () => {
    const tenant = <T>(fn: (c: import('pg').PoolClient) => Promise<T>) => p.db.tenant({ orgId: admin.orgId, userId: admin.id }, fn);
    const today = new Date().toISOString().slice(0, 10);
    const found = await tenant((c) => requireConsent(c, admin.orgId, { caseId }, { purpose: 'sharing', organisationId: other.orgId }));
    expect(found).toMatchObject({ purpose: 'sharing', organisationId: other.orgId, givenOn: today });
    // The example consent of the fixture is for data processing, given on 2025-03-01.
    const processing = await tenant((c) => requireConsent(c, admin.orgId, { personId }, { purpose: 'data-processing', at: '2025-03-01' }));
    expect(processing.givenOn).toBe('2025-03-01');
    for (const need of [{ purpose: 'data-processing' as const, at: '2025-02-28' }, { purpose: 'research' as const }, { purpose: 'sharing' as const }]) {
      const refused = await tenant((c) => requireConsent(c, admin.orgId, { personId }, need)).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(HttpError);
      expect(refused).toMatchObject({ status: 409, code: 'consent_required' });
    }
    // Another organisation's transaction sees none of these consents.
    const elsewhere = await p.db
      .tenant({ orgId: other.orgId }, (c) => findConsent(c, other.orgId, { personId }, { purpose: 'data-processing', at: '2025-03-01' }))
      .catch((e: unknown) => e);
    expect(elsewhere).toBeUndefined();
  });

  it('the subject’s own access needs no consent', async () => {
    const bare = await createPerson(admin.client, { names: [{ given: 'Σοφία', family: 'Νικολάου' }] });
    const res = await admin.client.get<PersonExport>(`/api/persons/${bare}/export`);
    expect(res.status).toBe(200);
    expect(res.body.cases).toEqual([]);
    const pdf = await raw(admin.client, `/api/persons/${bare}/export?format=pdf`);
    expect(pdfContent(pdf.bytes).text).toContain('Σοφία Νικολάου');
  });
});
