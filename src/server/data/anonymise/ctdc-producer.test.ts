import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CTDC_COLUMNS, QUASI_IDENTIFIERS } from '../../../core/data/anonymise/ctdc.js';
import type { Principal } from '../../http/principal.js';
import { type SignedInUser, addUser, setUp } from '../../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../../testing/harness.js';
import type { ExportContext, ExportOutput } from '../exports/producer.js';
import { ctdcProducer } from './ctdc-producer.js';

/** The `ctdc` export of one organisation's cases, run as its producer is run by the export job. */

let p: TestPlatform;
let admin: SignedInUser;
let analyst: SignedInUser;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Hope Athens');
  analyst = await addUser(admin.client, 'analyst@example.org', ['analyst']);
  const worker = await addUser(admin.client, 'worker@example.org', ['caseworker']);
  // 40 women from Ukraine and Albania, and one man from Nigeria who would stand out.
  for (let i = 0; i < 41; i++) {
    const man = i === 40;
    const person = await worker.client.post<{ id: string }>('/api/persons', {
      names: [{ given: `Given${i}`, family: 'Family' }],
      birthDate: man ? '1970-05-05' : `${1995 + (i % 3)}-0${1 + (i % 9)}-10`,
      gender: man ? 'masculine' : 'feminine',
      citizenships: [man ? 'NGA' : i % 2 ? 'UKR' : 'ALB'],
    });
    expect(person.status).toBe(201);
    const kase = await worker.client.post('/api/cases', {
      personId: person.body.id,
      exploitationForms: ['sexual-exploitation'],
      events: [{ stage: 'exploitation', country: 'GRC' }],
    });
    expect(kase.status, JSON.stringify(kase.body)).toBe(201);
  }
});

afterAll(async () => {
  await p?.close();
});

async function run(options: Record<string, unknown>): Promise<{ out: ExportOutput; progress: [number, number | undefined][] }> {
  const progress: [number, number | undefined][] = [];
  const principal = { id: analyst.id, orgId: admin.orgId, roles: ['analyst'] } as unknown as Principal;
  const out = await p.db.tenant({ orgId: admin.orgId, userId: analyst.id, networkAdmin: false }, (client) => {
    const ctx: ExportContext = {
      client,
      principal,
      services: p.services,
      kind: 'ctdc',
      format: 'csv',
      options,
      progress: (d, t) => progress.push([d, t]),
      signal: new AbortController().signal,
    };
    return ctdcProducer(ctx);
  });
  return { out, progress };
}

describe('the ctdc export', () => {
  it('writes a k-anonymous file in the CTDC layout, with no name, and reports what it suppressed', async () => {
    const { out, progress } = await run({ k: 11 });
    const text = new TextDecoder().decode(out.bytes);
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields).toEqual([...CTDC_COLUMNS]);
    expect(text).not.toMatch(/Given\d|1995-/);
    const classes = new Map<string, number>();
    for (const row of parsed.data) {
      const key = QUASI_IDENTIFIERS.map((q) => row[q]).join('|');
      classes.set(key, (classes.get(key) ?? 0) + 1);
    }
    expect(Math.min(...classes.values())).toBeGreaterThanOrEqual(11);
    // The one man cannot be published as he is: generalised away or suppressed.
    expect(parsed.data.filter((r) => r.gender === 'Male' && r.citizenship === 'NGA')).toHaveLength(0);
    expect(out.report).toMatchObject({ k: 11, records: 41, check: { ok: true } });
    expect((out.report?.kept as number) + (out.report?.suppressed as number)).toBe(41);
    expect(out.rows).toBe(out.report?.kept);
    expect(out.fileName).toMatch(/^ctdc-k11-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(progress.at(-1)).toEqual([41, 41]);
  });

  it('takes the k asked for, and refuses a bad one', async () => {
    const { out } = await run({ k: 2 });
    expect(out.report).toMatchObject({ k: 2 });
    await expect(run({ k: 1 })).rejects.toThrow();
  });
});
