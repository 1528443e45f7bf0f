import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayUtc } from '../../../core/cases/dates.js';
import { MAX_IMPORT_CASES } from '../../../core/data/htcds/csv.js';
import { type SignedInUser, addOrganisation, setUp } from '../../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../../testing/harness.js';

/**
 * The HTCDS import under the review's scenarios (issue 7): text no database takes, dates that do
 * not agree, files over the limit, the same file twice (a retry), and a large import beside
 * ordinary work in the organisation.
 */

let p: TestPlatform;
let adminA: SignedInUser;
let adminB: SignedInUser;

type Answer = { persons: number; cases: number; error: { code: string; message: string; details?: { row?: number; field: string; message: string }[] } };

function upload(user: SignedInUser, body: string, format: 'json' | 'csv' = 'json') {
  return user.client.request<Answer>('POST', `/api/data/htcds/import?format=${format}`, new TextEncoder().encode(body), {
    'content-type': format === 'json' ? 'application/json' : 'text/csv',
  });
}

async function caseCount(orgId: string): Promise<number> {
  const { rows } = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE org_id = $1', [orgId]);
  return rows[0]?.n ?? 0;
}

async function lastNumber(orgId: string): Promise<number> {
  const { rows } = await p.db.owner.query<{ n: number }>('SELECT last_case_number AS n FROM case_settings WHERE org_id = $1', [orgId]);
  return rows[0]?.n ?? 0;
}

const base = { cas_OpenedOn: '2024-01-10', prs_FirstName: 'Ana', prs_SecondName: 'Test' };
/** A file of n cases, each its own person; `tag` makes the bytes differ. */
const file = (n: number, tag: string) => JSON.stringify(Array.from({ length: n }, (_, i) => ({ ...base, prs_FirstName: `${tag}${i}` })));

beforeAll(async () => {
  p = await startTestPlatform();
  adminA = await setUp(p.url, 'admin-a@example.org', 'Athens Help');
  adminB = await addOrganisation(adminA.client, 'Tirana Shelter', 'ALB', 'admin-b@example.org');
});

afterAll(async () => {
  await p?.close();
});

describe('HTCDS import: what it refuses', () => {
  it('refuses U+0000 and lone surrogates in any text with 400 htcds_invalid naming the field, writing nothing', async () => {
    const before = await caseCount(adminA.orgId);
    const scenarios: [unknown[], number, string][] = [
      [[{ ...base, prs_FirstName: 'A\u0000B' }], 1, 'prs_FirstName'],
      [[{ ...base, prs_FirstName: 'A\ud800B' }], 1, 'prs_FirstName'],
      [[{ ...base, x_haven_OtherNames: [{ given: 'N\u0000', family: 'X', kind: 'alias' }] }], 1, 'x_haven_OtherNames.0.given'],
      // Three good records, then one PostgreSQL would refuse: nothing at all is written.
      [
        [base, base, base, { ...base, cas_Status: 'Closed', x_haven_ClosedOn: '2024-02-01', cas_ReasonForCaseClosure: 'moved\u0000' }],
        4,
        'cas_ReasonForCaseClosure',
      ],
    ];
    for (const [records, row, field] of scenarios) {
      const res = await upload(adminA, JSON.stringify(records));
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.code).toBe('htcds_invalid');
      expect(res.body.error.details).toEqual([expect.objectContaining({ row, field })]);
    }
    const csv = await upload(adminA, 'cas_OpenedOn,prs_FirstName\r\n2024-01-10,A\u0000B\r\n', 'csv');
    expect(csv.status).toBe(400);
    expect(csv.body.error.details).toEqual([expect.objectContaining({ row: 1, field: 'prs_FirstName' })]);
    expect(await caseCount(adminA.orgId)).toBe(before);
  });

  it(`refuses more than ${MAX_IMPORT_CASES.toLocaleString('en-US')} cases: 413 naming the limit, asking to split the file`, async () => {
    const before = await caseCount(adminA.orgId);
    const res = await upload(adminA, JSON.stringify(Array.from({ length: MAX_IMPORT_CASES + 1 }, () => base)));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
    expect(res.body.error.message).toContain('10,000');
    expect(res.body.error.message).toContain('split the file');
    expect(await caseCount(adminA.orgId)).toBe(before);
  });
});

describe('HTCDS import: the same file twice', () => {
  it('refuses a file already imported into the organisation with 409 conflict saying when; another organisation may import it', async () => {
    const body = file(3, 'Twice');
    const first = await upload(adminA, body);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const count = await caseCount(adminA.orgId);
    const again = await upload(adminA, body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(again.body.error.message).toMatch(new RegExp(`already imported .* on ${todayUtc()} \\d\\d:\\d\\d UTC \\(3 persons and 3 cases\\)`));
    expect(again.body.error.details).toEqual([expect.objectContaining({ field: '(file)' })]);
    expect(await caseCount(adminA.orgId)).toBe(count);
    expect((await upload(adminB, body)).status).toBe(201);
    // The hash and the counts are kept, never the file.
    const { rows } = await p.db.owner.query('SELECT format, persons, cases, octet_length(sha256) AS bytes FROM htcds_imports WHERE org_id = $1', [
      adminA.orgId,
    ]);
    expect(rows).toEqual([{ format: 'json', persons: 3, cases: 3, bytes: 32 }]);
  });

  it('imports the same file sent twice at once (a retry while the first still runs) only once', async () => {
    const body = file(300, 'Retry');
    const before = await caseCount(adminA.orgId);
    const answers = await Promise.all([upload(adminA, body), upload(adminA, body)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await caseCount(adminA.orgId)).toBe(before + 300);
  });
});

describe('HTCDS import beside ordinary work', () => {
  it('reserves the case numbers at once: a case created during a long import does not wait for it', async () => {
    const person = await adminA.client.post<{ id: string }>('/api/persons', { names: [{ given: 'Walk', family: 'In' }] });
    const start = await lastNumber(adminA.orgId);
    let importDone = false;
    const imported = upload(adminA, file(1500, 'Long')).then((r) => {
      importDone = true;
      return r;
    });
    // Once the numbers are reserved (committed at once), the import's transaction is running.
    while ((await lastNumber(adminA.orgId)) === start) await new Promise((r) => setTimeout(r, 20));
    const created = await adminA.client.post<{ number: number }>('/api/cases', { personId: person.body.id });
    expect(created.status).toBe(201);
    expect(importDone).toBe(false);
    expect(created.body.number).toBe(start + 1501);
    const res = await imported;
    expect(res.status).toBe(201);
    const { rows } = await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM cases WHERE org_id = $1 AND number BETWEEN $2 + 1 AND $2 + 1500', [
      adminA.orgId,
      start,
    ]);
    expect(rows[0]?.n).toBe(1500);
  }, 120_000);
});
