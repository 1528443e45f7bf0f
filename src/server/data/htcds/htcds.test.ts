import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayUtc } from '../../../core/cases/dates.js';
import { factsFromHtcdsRows } from '../../../core/data/anonymise/htcds-input.js';
import type { ExportFormat } from '../../../core/data/exports/exports.js';
import { readHtcdsCsv } from '../../../core/data/htcds/csv.js';
import type { HtcdsCase, HtcdsDocument } from '../../../core/data/htcds/record.js';
import { loadUser, toPrincipal } from '../../http/principal.js';
import { type SignedInUser, addOrganisation, addUser, setUp } from '../../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../../testing/harness.js';
import type { ExportOutput } from '../exports/producer.js';
import { htcdsProducer } from './export-producer.js';

/** HTCDS 2.0 exchange of cases: organisation A's cases exported, imported into B and C, exported again: the same. */

let p: TestPlatform;
let adminA: SignedInUser;
let adminB: SignedInUser;
let adminC: SignedInUser;
let caseworker: SignedInUser;

type ErrorBody = { error: { code: string; details?: { row?: number; field: string; message: string }[] } };

/** Runs the producer as the user, in their organisation transaction (as the export job does). */
async function produce(user: SignedInUser, format: ExportFormat): Promise<{ out: ExportOutput; progress: [number, number | undefined][] }> {
  const progress: [number, number | undefined][] = [];
  const out = await p.db.tenant({ orgId: user.orgId, userId: user.id, networkAdmin: false }, async (client) => {
    const row = await loadUser(client, user.orgId, user.id);
    if (!row) throw new Error('no such user');
    const principal = toPrincipal(row, 'session', Buffer.alloc(32), undefined, true);
    return htcdsProducer({
      client,
      principal,
      services: p.services,
      kind: 'htcds',
      format,
      options: {},
      progress: (done, total) => progress.push([done, total]),
      signal: new AbortController().signal,
    });
  });
  return { out, progress };
}

const text = (o: ExportOutput) => new TextDecoder().decode(o.bytes);
const casesOf = (o: ExportOutput) => (JSON.parse(text(o)) as HtcdsDocument).cases;

/** The records without what the receiving organisation gives anew (ids, numbers), in a stable order. */
function comparable(cases: readonly HtcdsCase[]): string[] {
  const refs = new Map<string, number>();
  return cases
    .map(({ x_haven_PersonId, x_haven_CaseNumber: _, ...r }) => {
      // The grouping of cases into persons must survive, not the ids: persons by first appearance in case order.
      return JSON.stringify(r) + (x_haven_PersonId ? `#${refs.get(x_haven_PersonId) ?? refs.set(x_haven_PersonId, refs.size).size - 1}` : '');
    })
    .sort();
}

async function caseCount(orgId: string): Promise<number> {
  const { rows } = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE org_id = $1', [orgId]);
  return rows[0]?.n ?? 0;
}

function upload(user: SignedInUser, format: 'json' | 'csv', body: string | Uint8Array) {
  return user.client.request<{ persons: number; cases: number } & ErrorBody>(
    'POST',
    `/api/data/htcds/import?format=${format}`,
    typeof body === 'string' ? new TextEncoder().encode(body) : body,
    { 'content-type': format === 'json' ? 'application/json' : 'text/csv' },
  );
}

beforeAll(async () => {
  p = await startTestPlatform();
  adminA = await setUp(p.url, 'admin-a@example.org', 'Kyiv Help');
  adminB = await addOrganisation(adminA.client, 'Tirana Shelter', 'ALB', 'admin-b@example.org');
  adminC = await addOrganisation(adminA.client, 'Athens Legal', 'GRC', 'admin-c@example.org');
  caseworker = await addUser(adminA.client, 'cw@example.org', ['caseworker']);

  const person = async (body: unknown) => {
    const res = await adminA.client.post<{ id: string }>('/api/persons', body);
    if (res.status !== 201) throw new Error(`person: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id;
  };
  const kase = async (body: unknown) => {
    const res = await adminA.client.post<{ id: string; version: number }>('/api/cases', body);
    if (res.status !== 201) throw new Error(`case: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const patch = async (id: string, version: number, body: unknown) => {
    const res = await adminA.client.patch<{ version: number }>(`/api/cases/${id}`, { ...(body as object), version });
    if (res.status !== 200) throw new Error(`patch: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };

  const olena = await person({
    names: [
      { given: 'Olena', family: 'Kovalenko', kind: 'legal' },
      { given: 'Олена', family: 'Коваленко', kind: 'legal', script: 'cyrillic' },
      { given: 'Lena', kind: 'nickname' },
    ],
    birthDate: '1998-02-14',
    gender: 'feminine',
    citizenships: ['UKR', 'MDA'],
    languages: ['uk', 'ru'],
    contact: {
      phones: [{ number: '+380 44 123 4567', note: 'evenings only' }, { number: '+30 697 1234567' }],
      emails: ['olena@example.org'],
      addresses: [{ street: 'Odos Egnatias 12, flat "3"', city: 'Thessaloniki', postalCode: '546 21', country: 'GRC' }],
      messaging: [{ app: 'viber', handle: 'olena98' }],
    },
    documents: [{ type: 'passport', number: 'FE123456', issuingCountry: 'UKR', expiresOn: '2030-01-01', heldBySomeoneElse: true }],
    vulnerabilities: ['poverty', 'migration', 'other'],
  });
  const c1 = await kase({
    personId: olena,
    exploitationForms: ['forced-labour', 'domestic-servitude', 'forced-marriage'],
    labourSectors: ['agriculture-forestry-fishing', 'households-as-employers'],
    controlMethods: ['debt-bondage', 'withholds-documents'],
    recruitmentMethods: ['job-offer', 'internet'],
    relationshipToTrafficker: 'acquainted',
    events: [
      { stage: 'recruitment', country: 'UKR', place: 'Odesa; port area', from: '2024-03-01' },
      { stage: 'transit', country: 'ROU', from: '2024-03-10', to: '2024-03-12' },
      { stage: 'exploitation', country: 'GRC', place: 'Farm near Larissa, "north"', from: '2024-03-15', to: '2025-01-20' },
    ],
    reflectionPeriod: { startsOn: '2025-02-01', endsOn: '2025-03-02' },
  });
  const c1b = await patch(c1.id, c1.version, { traffickingStatus: { status: 'actual', decidedBy: 'National Referral Mechanism', decidedOn: '2025-02-20' } });
  await patch(c1.id, c1b.version, { status: 'follow-up' });

  const c2 = await kase({
    personId: olena,
    exploitationForms: ['sexual-exploitation'],
    sexualExploitationTypes: ['prostitution', 'remote-interactive-services'],
  });
  await patch(c2.id, c2.version, {
    status: 'closed-referred',
    closure: { reason: 'referred', closedOn: todayUtc(), referredToOrganisationId: adminB.orgId, note: 'Moved to Tirana' },
  });

  const child = await person({
    names: [{ given: 'Ardit', family: 'Hoxha' }],
    estimatedAge: { years: 15, estimatedOn: '2025-05-01' },
    gender: 'masculine',
    citizenships: ['ALB'],
    vulnerabilities: ['unaccompanied-child', 'education'],
    guardian: { name: 'Eleni Papadopoulou', organisation: 'Guardianship Service', contact: '+30 210 000 0000', appointedOn: '2025-05-02' },
  });
  await kase({
    personId: child,
    exploitationForms: ['forced-begging', 'forced-criminality', 'child-labour'],
    relationshipToTrafficker: 'familial',
    events: [{ stage: 'exploitation', country: 'GRC', from: '2025-01-01' }],
  });

  // Closed today: the cases were opened today, and the import refuses a closure before the opening.
  const minimal = await person({ names: [{ family: 'Unknown' }] });
  const c4 = await kase({ personId: minimal });
  await patch(c4.id, c4.version, { status: 'closed', closure: { reason: 'deceased', closedOn: todayUtc() } });
});

afterAll(async () => {
  await p?.close();
});

describe('HTCDS exchange of cases', () => {
  let json: ExportOutput;
  let csv: ExportOutput;

  it('exports every readable case with its person, in JSON and CSV, reporting progress per case', async () => {
    const j = await produce(adminA, 'json');
    json = j.out;
    expect(json).toMatchObject({ rows: 4, contentType: 'application/json; charset=utf-8' });
    expect(json.fileName).toMatch(/^htcds-cases-\d{4}-\d{2}-\d{2}\.json$/);
    expect(j.progress[0]).toEqual([0, 4]);
    expect(j.progress.at(-1)).toEqual([4, 4]);
    const cases = casesOf(json);
    expect(cases).toHaveLength(4);
    const first = cases[0] as HtcdsCase;
    expect(first).toMatchObject({
      cas_Status: 'FollowUp',
      prs_FirstName: 'Olena',
      prs_SecondName: 'Kovalenko',
      prs_Gender: 'Feminine',
      prs_Nationality: ['UA', 'MD'],
      TraffickingStatus: 'ActualVictimOfTrafficking',
      vic_TypeOfExploitation: ['ForcedLabour'],
      vic_TypeOfLabourExploitation: ['DomesticWork'],
      x_haven_ExploitationForms: ['forced-marriage'],
      RelationshipToTrafficker: 'Acquainted',
      x_haven_TraffickingDecidedBy: 'National Referral Mechanism',
    });
    expect(first.hte_Events).toHaveLength(3);
    expect(first.x_haven_Documents?.[0]?.number).toBe('FE123456');
    csv = (await produce(adminA, 'csv')).out;
    expect(csv).toMatchObject({ rows: 4, contentType: 'text/csv; charset=utf-8' });
    expect(readHtcdsCsv(text(csv)).records).toEqual(cases);
  });

  it('writes a CSV that `haven anonymise --in` reads', () => {
    const parsed = Papa.parse<Record<string, string>>(text(csv).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
    expect(parsed.errors).toEqual([]);
    const { facts, problems } = factsFromHtcdsRows(parsed.meta.fields ?? [], parsed.data);
    expect(problems).toEqual([]);
    expect(facts).toHaveLength(4);
    expect(facts[0]).toMatchObject({ gender: 'feminine', citizenship: 'UKR', countryOfExploitation: 'GRC', relationshipToTrafficker: 'acquainted' });
  });

  it('imports the JSON export into another organisation; its export equals the first apart from ids and numbers', async () => {
    const res = await upload(adminB, 'json', json.bytes);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ persons: 3, cases: 4 });
    const again = await produce(adminB, 'json');
    expect(comparable(casesOf(again.out))).toEqual(comparable(casesOf(json)));
    const audited = await p.db.owner.query<{ record_id: string }>("SELECT record_id FROM audit_log WHERE action = 'htcds.import' AND org_id = $1", [
      adminB.orgId,
    ]);
    expect(audited.rows.map((r) => r.record_id)).toEqual(['persons=3 cases=4']);
    const created = await p.db.owner.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_log WHERE action IN ('person.create', 'case.create') AND org_id = $1",
      [adminB.orgId],
    );
    expect(created.rows[0]?.n).toBe(7);
    // Sealed as the API's own writes are: no name of a place or a document number in clear.
    const raw = await p.db.owner.query<{ t: string }>(
      'SELECT row_to_json(x)::text AS t FROM (SELECT c.*, p.contact, p.documents FROM cases c JOIN persons p ON p.id = c.person_id WHERE c.org_id = $1) x',
      [adminB.orgId],
    );
    expect(raw.rows.map((r) => r.t).join('\n')).not.toMatch(/Larissa|FE123456|olena@example/);
    // Found by name like any person.
    const found = await adminB.client.get<{ items: { names: { given: string }[] }[] }>(`/api/persons?q=${encodeURIComponent('Коваленко')}`);
    expect(found.body.items.map((i) => i.names[0]?.given)).toEqual(['Olena']);
  });

  it('imports the CSV export likewise', async () => {
    const res = await upload(adminC, 'csv', csv.bytes);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({ persons: 3, cases: 4 });
    const again = await produce(adminC, 'csv');
    expect(comparable(readHtcdsCsv(text(again.out)).records)).toEqual(comparable(casesOf(json)));
  });

  it('refuses a bad file with every problem, and writes nothing', async () => {
    const before = await caseCount(adminB.orgId);
    const lines = text(csv)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const header = (lines[0] as string).split(',');
    const col = (name: string) => header.indexOf(name);
    const bad = lines.slice(1, 3).map((l, i) => {
      const cells = Papa.parse<string[]>(l).data[0] as string[];
      if (i === 0) cells[col('prs_Gender')] = 'Robot';
      if (i === 1) cells[col('cas_OpenedOn')] = '2025-02-30';
      return Papa.unparse([cells]);
    });
    const res = await upload(adminB, 'csv', [lines[0], ...bad].join('\r\n'));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('htcds_invalid');
    expect(res.body.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 1, field: 'prs_Gender' }), expect.objectContaining({ row: 2, field: 'cas_OpenedOn' })]),
    );

    const noOpened = await upload(adminB, 'csv', 'prs_FirstName,prs_Gender\nAna,Feminine\n');
    expect(noOpened.status).toBe(400);
    expect(noOpened.body.error.details).toEqual([expect.objectContaining({ field: 'cas_OpenedOn' })]);

    const cases = casesOf(json);
    const wrongJson = await upload(
      adminB,
      'json',
      JSON.stringify({ cases: [cases[0], { ...cases[1], vic_MethodsOfControl: ['Hypnosis'] }, { ...cases[2], prs_Birthdate: '1999-1-1' }] }),
    );
    expect(wrongJson.status).toBe(400);
    expect(wrongJson.body.error.details).toEqual([
      expect.objectContaining({ row: 2, field: 'vic_MethodsOfControl.0' }),
      expect.objectContaining({ row: 3, field: 'prs_Birthdate' }),
    ]);

    const notJson = await upload(adminB, 'json', '{"cases": [');
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.code).toBe('htcds_invalid');
    expect(await caseCount(adminB.orgId)).toBe(before);
  });

  it('runs as a background export job (POST /api/exports) and downloads the same file', async () => {
    const queued = await adminA.client.post<{ id: string }>('/api/exports', { kind: 'htcds', format: 'json' });
    expect(queued.status, JSON.stringify(queued.body)).toBe(202);
    const until = Date.now() + 20_000;
    let job: { status: string; done: number; total: number | null } = { status: 'queued', done: 0, total: null };
    while (job.status !== 'done' && job.status !== 'failed' && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await adminA.client.get<typeof job>(`/api/exports/${queued.body.id}`)).body;
    }
    expect(job).toMatchObject({ status: 'done', done: 4, total: 4 });
    const file = await fetch(`${p.url}/api/exports/${queued.body.id}/file`, { headers: { cookie: adminA.client.cookie } });
    expect(file.status).toBe(200);
    expect((JSON.parse(await file.text()) as HtcdsDocument).cases).toEqual(casesOf(json));
  });

  it('is refused to a user without cases:exchange', async () => {
    const res = await upload(caseworker, 'json', json.bytes);
    expect(res.status).toBe(403);
  });
});
