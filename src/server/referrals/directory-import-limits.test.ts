import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PROBLEMS, MAX_TABLE_RECORDS } from '../../core/referrals/hsds/limits.js';
import { type SignedInUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';
import { importRefusal, readImport } from './directory-transfer-routes.js';

/** Hostile import files through the real HTTP server: refused at once (400 or 413, never 500), the problems named, nothing written. */

let p: TestPlatform;
let admin: SignedInUser;

type ErrorBody = { error: { code: string; message: string; details?: { file?: string; row?: number; field: string; message: string }[] } };

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Helping Hands');
});

afterAll(async () => {
  await p?.close();
});

const encode = (s: string) => new TextEncoder().encode(s);

function post(body: Uint8Array | string, contentType: string) {
  return admin.client.request<ErrorBody>('POST', '/api/directory/import', body, { 'content-type': contentType });
}

async function entries(): Promise<number> {
  const { rows } = await p.db.owner.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM directory_organizations)::int + (SELECT count(*) FROM directory_services)::int AS n',
  );
  return rows[0]!.n;
}

/** A zip of one file whose sizes, in its local header and central directory, say 100 bytes. */
function zipBomb(): Uint8Array {
  const zip = zipSync({ 'services.csv': new Uint8Array(8 * 1024 * 1024).fill(0x41) }, { level: 9 });
  const v = new DataView(zip.buffer, zip.byteOffset);
  v.setUint32(22, 100, true);
  v.setUint32(v.getUint32(zip.length - 22 + 16, true) + 24, 100, true);
  return zip;
}

describe('HSDS import limits', () => {
  it('refuses a zip bomb as invalid, naming the file', async () => {
    const before = await entries();
    const res = await post(zipBomb(), 'application/zip');
    expect([res.status, res.body.error.code]).toEqual([400, 'hsds_invalid']);
    expect(res.body.error.details).toEqual([{ file: 'services.csv', field: '(file)', message: expect.stringMatching(/more bytes than the zip says/) }]);
    expect(await entries()).toBe(before);
  });

  it('answers 413 to a CSV table or a JSON list over the record limit', async () => {
    const csv = zipSync({ 'organizations.csv': encode(`id\n${'x\n'.repeat(MAX_TABLE_RECORDS + 1)}`), 'services.csv': encode('id\n') });
    const tooManyRows = await post(csv, 'application/zip');
    expect([tooManyRows.status, tooManyRows.body.error.code]).toEqual([413, 'payload_too_large']);
    expect(tooManyRows.body.error.details).toEqual([
      { file: 'organizations.csv', field: '(file)', message: expect.stringMatching(/^more than 100,000 data rows/) },
    ]);

    const json = `[${Array(MAX_TABLE_RECORDS + 1)
      .fill('{}')
      .join(',')}]`;
    const tooManyRecords = await post(json, 'application/json');
    expect([tooManyRecords.status, tooManyRecords.body.error.code]).toEqual([413, 'payload_too_large']);
    expect(tooManyRecords.body.error.details?.[0]?.message).toMatch(/^more than 100,000 organizations/);

    const deep = await post(`${'['.repeat(100)}${']'.repeat(100)}`, 'application/json');
    expect([deep.status, deep.body.error.code]).toEqual([400, 'hsds_invalid']);
  });

  it('lists the first 1000 problems of many bad records and counts the others', async () => {
    const res = await post(`[${Array(50_000).fill('{}').join(',')}]`, 'application/json');
    expect([res.status, res.body.error.code]).toEqual([400, 'hsds_invalid']);
    expect(res.body.error.message).toMatch(/\(150000 problems\)/);
    const details = res.body.error.details!;
    expect(details).toHaveLength(MAX_PROBLEMS + 1);
    expect(details[MAX_PROBLEMS]).toEqual({ field: '(more)', message: '149000 more problems not listed: correct the ones above and import again' });
  });

  it('maps a refusal to its answer', () => {
    const bomb = readImport(Buffer.from(zipBomb()), 'application/zip');
    expect(bomb.ok).toBe(false);
    if (bomb.ok) return;
    expect(importRefusal(bomb)).toMatchObject({ status: 400, code: 'hsds_invalid' });
    expect(importRefusal({ ok: false, errors: [{ field: '(file)', message: 'too big' }], tooLarge: true })).toMatchObject({
      status: 413,
      code: 'payload_too_large',
      details: [{ field: '(file)', message: 'too big' }],
    });
  });
});
