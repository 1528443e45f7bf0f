import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LinkagePeople, LinkageStatus } from '../../../core/data/linkage/api.js';
import { encodePerson, type KeyedHash, keyToBase64, layout, SCHEME_V1, secretFingerprint } from '../../../core/data/linkage/index.js';
import { type SignedInUser, addOrganisation, addUser, setUp } from '../../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../../testing/harness.js';
import { recount } from './recount.js';

/**
 * Counting people once through the real HTTP server: two organisations compute keys of the people
 * they assisted where the secret is (here: the test, standing in for the browser) and upload only
 * the keys; the network's count matches them.
 */

let p: TestPlatform;
let adminA: SignedInUser; // network and organisation administrator of A (Greece)
let workerA: SignedInUser;
let adminB: SignedInUser; // an organisation in Albania
let analystA: SignedInUser;

const SECRET = 'the network secret, shared by its members only';
const hmac =
  (secret: string): KeyedHash =>
  (m) =>
    createHmac('sha256', secret).update(m).digest();
const lay = layout(SCHEME_V1);

type Err = { error: { code: string; field?: string; details?: { row?: number; field: string }[] } };

async function assisted(client: SignedInUser['client'], given: string, family: string, birthDate: string, gender: string): Promise<string> {
  const person = await client.post<{ id: string }>('/api/persons', { names: [{ given, family }], birthDate, gender });
  expect(person.status, JSON.stringify(person.body)).toBe(201);
  const kase = await client.post('/api/cases', { personId: person.body.id });
  expect(kase.status, JSON.stringify(kase.body)).toBe(201);
  return person.body.id;
}

/** What the browser does: read the people, encode them under the secret, upload only the keys. */
async function keysOf(client: SignedInUser['client'], secret = SECRET) {
  const people = await client.get<LinkagePeople>('/api/data/linkage/people');
  expect(people.status, JSON.stringify(people.body)).toBe(200);
  const hash = hmac(secret);
  return {
    scheme: SCHEME_V1.id,
    fingerprint: secretFingerprint(hash),
    keys: people.body.people.map((x) => ({
      id: x.personId,
      key: keyToBase64(encodePerson({ givenName: x.givenName, surname: x.surname, dateOfBirth: x.dateOfBirth, sex: x.sex }, SCHEME_V1, hash, lay)),
    })),
  };
}

const upload = (client: SignedInUser['client'], file: unknown) =>
  client.request<LinkageStatus & Err>('PUT', '/api/data/linkage/keys', new TextEncoder().encode(JSON.stringify(file)), { 'content-type': 'application/json' });

const counted = async () =>
  (await p.db.owner.query<{ raw: number; deduplicated: number }>('SELECT raw, deduplicated FROM linkage_counts')).rows[0] ?? { raw: 0, deduplicated: 0 };

beforeAll(async () => {
  // The network recounts after every upload here; by default it recounts daily (see the last test).
  p = await startTestPlatform({ env: { HAVEN_LINKAGE_RECOUNT_MINUTES: '0' } });
  adminA = await setUp(p.url, 'admin@example.org', 'Hope Athens');
  workerA = await addUser(adminA.client, 'worker@example.org', ['caseworker']);
  analystA = await addUser(adminA.client, 'analyst@example.org', ['analyst']);
  adminB = await addOrganisation(adminA.client, 'Shelter Tirana', 'ALB', 'admin-b@example.org');
  await assisted(workerA.client, 'Olena', 'Kovalenko', '1999-04-02', 'feminine');
  await assisted(workerA.client, 'Amina', 'Diallo', '2001-11-02', 'feminine');
  await assisted(workerA.client, 'Ion', 'Popescu', '1988-07-30', 'masculine');
  // B knows Olena in Cyrillic, and Ion with a typo; Mira only B knows.
  await assisted(adminB.client, 'Олена', 'Коваленко', '1999-04-02', 'feminine');
  await assisted(adminB.client, 'Ionn', 'Popescu', '1988-07-30', 'masculine');
  await assisted(adminB.client, 'Mira', 'Hoxha', '2004-01-20', 'feminine');
});

afterAll(async () => {
  await p?.close();
});

describe('counting people once', () => {
  it('gives the browser only what keys are made of, for people with a case, and audits the read', async () => {
    // A person without a case is not "assisted".
    await adminA.client.post('/api/persons', { names: [{ given: 'Nobody', family: 'Yet' }] });
    const res = await adminA.client.get<LinkagePeople>('/api/data/linkage/people');
    expect(res.status).toBe(200);
    expect(res.body.people).toHaveLength(3);
    expect(Object.keys(res.body.people[0] ?? {}).sort()).toEqual(['dateOfBirth', 'givenName', 'personId', 'sex', 'surname']);
    expect(res.body.people.map((x) => x.givenName).sort()).toEqual(['Amina', 'Ion', 'Olena']);
    const audited = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'linkage.people'");
    expect(audited.rows[0]?.n).toBe(1);
  });

  it('stores keys, never names, and counts people known to both organisations once', async () => {
    const a = await upload(adminA.client, await keysOf(adminA.client));
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    expect(a.body.upload).toMatchObject({ scheme: 'haven-link/1', keys: 3 });
    expect(a.body.network).toMatchObject({ organisationsWithKeys: 1, organisations: 2, sameSecretAsMost: true });
    // The count is the dashboard's to show (under the threshold), not this answer's.
    expect(a.body.network).not.toHaveProperty('raw');
    expect(await counted()).toEqual({ raw: 3, deduplicated: 3 });

    const b = await upload(adminB.client, await keysOf(adminB.client));
    expect(b.status, JSON.stringify(b.body)).toBe(200);
    // Olena and Ion are the same people in both: 6 records, 4 people.
    expect(b.body.network).toMatchObject({ organisationsWithKeys: 2, otherSecret: 0 });
    expect(await counted()).toEqual({ raw: 6, deduplicated: 4 });

    const stored = await p.db.owner.query<{ t: string }>('SELECT row_to_json(k)::text AS t FROM linkage_keys k');
    for (const r of stored.rows) expect(r.t).not.toMatch(/Olena|Kovalenko|1999|Олена/i);
    const counts = await p.db.owner.query<{ by_country: unknown }>('SELECT by_country FROM linkage_counts');
    // Within each country nobody is known twice.
    expect(counts.rows[0]?.by_country).toEqual({ GRC: { raw: 3, deduplicated: 3, owners: 1 }, ALB: { raw: 3, deduplicated: 3, owners: 1 } });
  });

  it('tells an organisation that used another secret, whose keys then match nobody', async () => {
    const b = await upload(adminB.client, await keysOf(adminB.client, 'a different secret, by mistake'));
    expect(b.status).toBe(200);
    expect(b.body.network).toMatchObject({ otherSecret: 1 });
    expect(await counted()).toEqual({ raw: 6, deduplicated: 6 });
    // A tie (one each): the tie is broken by fingerprint order, so one of the two is told.
    const a = await adminA.client.get<LinkageStatus>('/api/data/linkage');
    expect([a.body.network.sameSecretAsMost, b.body.network.sameSecretAsMost].sort()).toEqual([false, true]);
    expect((await upload(adminB.client, await keysOf(adminB.client))).body.network).toMatchObject({ otherSecret: 0 });
    expect(await counted()).toEqual({ raw: 6, deduplicated: 4 });
  });

  it('refuses a bad key file whole, naming each problem, and changes nothing', async () => {
    const good = await keysOf(adminA.client);
    const foreign = await keysOf(adminB.client);
    const bad = { ...good, keys: [...good.keys, { ...foreign.keys[0]!, key: 'AAAA' }, good.keys[0]!] };
    const res = await upload(adminA.client, bad);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('linkage_keys_invalid');
    expect(res.body.error.details?.map((d) => d.field)).toEqual(['keys.3.id', 'keys.3.key', 'keys.4.id']);
    expect((await upload(adminA.client, { ...good, scheme: 'other/1' })).body.error.field).toBe('scheme');
    expect((await upload(adminA.client, { scheme: good.scheme, keys: good.keys })).body.error.field).toBe('fingerprint');
    expect((await upload(adminA.client, { ...good, keys: 'x' })).body.error.field).toBe('keys');
    const notJson = await adminA.client.request<Err>('PUT', '/api/data/linkage/keys', new TextEncoder().encode('{'), { 'content-type': 'application/json' });
    expect(notJson.body.error.code).toBe('malformed_json');
    const still = await adminA.client.get<LinkageStatus>('/api/data/linkage');
    expect(still.body.upload?.keys).toBe(3);
  });

  it('is for organisation administrators: analysts and caseworkers may not read people or upload', async () => {
    for (const u of [analystA, workerA]) {
      expect((await u.client.get('/api/data/linkage/people')).status).toBe(403);
      expect((await upload(u.client, await keysOf(adminA.client))).status).toBe(403);
    }
  });

  it('takes one upload of an organisation at a time, and audits how many keys changed', async () => {
    const file = await keysOf(adminA.client);
    const answers = await Promise.all([upload(adminA.client, file), upload(adminA.client, file), upload(adminA.client, file)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    // A probe: one person's key replaced by another's.
    const probe = { ...file, keys: file.keys.map((k, i) => (i === 0 ? { ...k, key: file.keys[1]!.key } : k)) };
    expect((await upload(adminA.client, probe)).status).toBe(200);
    const audited = await p.db.owner.query<{ record_id: string }>("SELECT record_id FROM audit_log WHERE action = 'linkage.upload' ORDER BY id DESC LIMIT 2");
    expect(audited.rows.map((r) => r.record_id)).toEqual(['keys=3 changed=1', 'keys=3 changed=0']);
    expect((await upload(adminA.client, file)).status).toBe(200);
  });

  it('forgets an erased person’s key, and an organisation that withdraws', async () => {
    const before = (await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM linkage_keys')).rows[0]!.n;
    await p.db.owner.query("DELETE FROM persons WHERE id IN (SELECT person_id FROM person_names WHERE given = 'Mira')");
    expect((await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM linkage_keys')).rows[0]!.n).toBe(before - 1);
    const w = await adminB.client.request<LinkageStatus>('DELETE', '/api/data/linkage/keys');
    expect(w.status).toBe(200);
    expect(w.body.upload).toBeNull();
    expect(w.body.network).toMatchObject({ organisationsWithKeys: 1 });
    expect(await counted()).toEqual({ raw: 3, deduplicated: 3 });
  });
});

describe('the scheduled recount', () => {
  it('does not recount after an upload: the count moves only when the schedule runs', async () => {
    const q = await startTestPlatform();
    try {
      const admin = await setUp(q.url, 'admin@example.org', 'Hope Athens');
      await assisted(admin.client, 'Olena', 'Kovalenko', '1999-04-02', 'feminine');
      const people = await admin.client.get<LinkagePeople>('/api/data/linkage/people');
      const hash = hmac(SECRET);
      const file = {
        scheme: SCHEME_V1.id,
        fingerprint: secretFingerprint(hash),
        keys: people.body.people.map((x) => ({
          id: x.personId,
          key: keyToBase64(encodePerson({ givenName: x.givenName, surname: x.surname }, SCHEME_V1, hash, lay)),
        })),
      };
      const res = await upload(admin.client, file);
      expect(res.status).toBe(200);
      expect(res.body.network).toMatchObject({ organisationsWithKeys: 1, computedAt: null });
      expect((await q.db.owner.query('SELECT 1 FROM linkage_counts')).rowCount).toBe(0);
      expect(await recount(q.db)).toBe(true);
      const after = await admin.client.get<LinkageStatus>('/api/data/linkage');
      expect(after.body.network.computedAt).not.toBeNull();
      expect((await q.db.owner.query<{ raw: number }>('SELECT raw FROM linkage_counts')).rows[0]?.raw).toBe(1);
    } finally {
      await q.close();
    }
  });
});
