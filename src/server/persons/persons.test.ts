import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicateCheck, PersonSearchResult, PersonView } from '../../core/cases/views.js';
import { ApiClient, PASSWORD, type SignedInUser, addUser, enrol, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

/**
 * Persons through the real HTTP server on a real PostgreSQL: cross-script search, the duplicate
 * warning, optimistic locking, audited reads, encryption at rest, erasure, tenant isolation.
 */

let p: TestPlatform;
let admin: SignedInUser;
let caseworker: SignedInUser;
let other: SignedInUser;
let olena: PersonView;

const create = async (u: SignedInUser, body: unknown) => {
  const res = await u.client.post<PersonView>('/api/persons', body);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
};
const search = async (u: SignedInUser, query: string) => {
  const res = await u.client.get<PersonSearchResult>(`/api/persons?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.items;
};
const auditCount = async (action: string, recordId: string) =>
  (await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND record_id = $2', [action, recordId])).rows[0]?.n ?? 0;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  caseworker = await addUser(admin.client, 'caseworker@example.org', ['caseworker']);
  // Another organisation with its own administrator.
  const created = await admin.client.post<{ id: string; inviteUrl: string }>('/api/organisations', { name: 'Other Org', country: 'ALB', type: 'ngo', adminEmail: 'admin-b@example.org', adminName: 'Bea' });
  const c = new ApiClient(p.url);
  const acc = await c.post<{ user: { id: string } }>(`/api/invitations/${created.body.inviteUrl.split('/invite/')[1]}/accept`, { password: PASSWORD });
  const { secret } = await enrol(c);
  other = { client: c, id: acc.body.user.id, email: 'admin-b@example.org', orgId: created.body.id, totpSecret: secret };

  olena = await create(caseworker, {
    names: [
      { given: 'Олена', family: 'Коваленко' },
      { given: 'Lena', family: '', kind: 'nickname' },
    ],
    birthDate: '1998-05-14',
    gender: 'feminine',
    citizenships: ['UKR'],
    languages: ['uk', 'ru'],
    contact: { phones: [{ number: '+380 44 123 4567' }], emails: [], addresses: [], messaging: [{ app: 'telegram', handle: '@olena_k_secret' }] },
    documents: [{ type: 'passport', number: 'FX998877', issuingCountry: 'UKR', heldBySomeoneElse: true }],
  });
  // Distractors in the same organisation.
  for (const [given, family] of [
    ['Olga', 'Kovalchuk'],
    ['Alena', 'Kovalenková'],
    ['Oleksandr', 'Kovalenko'],
    ['Маria', 'Petrenko'],
    ['Ελένη', 'Παπαδοπούλου'],
    ['Jelena', 'Kovačević'],
  ]) {
    await create(caseworker, { names: [{ given, family }] });
  }
});

afterAll(async () => {
  await p?.close();
});

describe('a new person', () => {
  it('answers 201 with id, version 0, the names with their scripts, and derived age', () => {
    expect(olena.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(olena.version).toBe(0);
    expect(olena.names[0]).toMatchObject({ given: 'Олена', family: 'Коваленко', kind: 'legal', script: 'cyrillic' });
    expect(olena.names[1]).toMatchObject({ kind: 'nickname', script: 'latin' });
    expect(olena.child).toBe(false);
    expect(olena.age).toBeGreaterThanOrEqual(27);
    expect(olena.documents?.[0]).toMatchObject({ number: 'FX998877', heldBySomeoneElse: true });
  });

  it('keeps contact details and document numbers sealed in the database', async () => {
    const { rows } = await p.db.owner.query<{ t: string }>('SELECT row_to_json(p)::text AS t FROM persons p WHERE id = $1', [olena.id]);
    const raw = rows[0]?.t ?? '';
    expect(raw).not.toContain('FX998877');
    expect(raw).not.toContain('123 4567');
    expect(raw).not.toContain('olena_k_secret');
    const bytes = (await p.db.owner.query<{ c: Buffer }>('SELECT contact AS c FROM persons WHERE id = $1', [olena.id])).rows[0]?.c;
    expect(bytes?.includes(Buffer.from('olena_k_secret'))).toBe(false);
  });

  it('refuses bad input with a field name and writes nothing', async () => {
    const before = (await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM persons')).rows[0]?.n;
    for (const [body, field] of [
      [{ names: [] }, 'names'],
      [{ names: [{ given: '', family: '' }] }, 'names.0.given'],
      [{ names: [{ given: 'A' }], birthDate: '2999-01-01' }, 'birthDate'],
      [{ names: [{ given: 'A' }], birthDate: '2000-02-30' }, 'birthDate'],
      [{ names: [{ given: 'A' }], citizenships: ['UA'] }, 'citizenships.0'],
      [{ names: [{ given: 'A' }], gender: 'female' }, 'gender'],
      [{ names: [{ given: 'A' }], birthDate: '2000-01-01', estimatedAge: { years: 20, estimatedOn: '2020-01-01' } }, 'estimatedAge'],
    ] as const) {
      const res = await caseworker.client.post<{ error: { code: string; field?: string } }>('/api/persons', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect((await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM persons')).rows[0]?.n).toBe(before);
  });
});

describe('finding a person whatever script is typed', () => {
  it.each([
    ['Cyrillic', 'Олена Коваленко'],
    ['Latin', 'Olena Kovalenko'],
    ['Polish transliteration', 'Olena Kowalenko'],
    ['Greek', 'Ολένα Κοβαλένκο'],
    ['swapped order', 'Kovalenko Olena'],
    ['one typo', 'Olena Kovalneko'],
    ['missing diacritics and case', 'olena kovalenko'],
    ['the nickname', 'Lena'],
  ])('%s: "%s" finds her first', async (_label, q) => {
    const items = await search(caseworker, `q=${encodeURIComponent(q)}`);
    expect(items[0]?.id).toBe(olena.id);
    expect(items[0]?.score).toBeGreaterThan(0.7);
  });

  it('filters by birth date, citizenship, case status and caseworker', async () => {
    expect((await search(caseworker, 'birthDate=1998-05-14')).map((i) => i.id)).toEqual([olena.id]);
    expect((await search(caseworker, 'q=Kovalenko&citizenship=UKR')).map((i) => i.id)).toEqual([olena.id]);
    expect(await search(caseworker, 'q=Kovalenko&citizenship=GRC')).toEqual([]);
    expect(await search(caseworker, 'q=Kovalenko&status=active')).toEqual([]);
    const kase = await caseworker.client.post<{ id: string }>('/api/cases', { personId: olena.id });
    expect(kase.status).toBe(201);
    expect((await search(caseworker, 'q=Kovalenko&status=active')).map((i) => i.id)).toEqual([olena.id]);
    expect((await search(caseworker, `status=active&caseworkerId=${caseworker.id}`)).map((i) => i.id)).toEqual([olena.id]);
  });

  it('never finds a person of another organisation', async () => {
    expect(await search(other, `q=${encodeURIComponent('Olena Kovalenko')}`)).toEqual([]);
    expect((await other.client.get(`/api/persons/${olena.id}`)).status).toBe(404);
  });

  it('records each search without its text', async () => {
    const { rows } = await p.db.owner.query<{ t: string }>("SELECT row_to_json(a)::text AS t FROM audit_log a WHERE action = 'person.search'");
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.t).join('\n')).not.toMatch(/Kovalenko|Коваленко/);
  });
});

describe('the duplicate warning', () => {
  it('finds the same person written in another script before saving', async () => {
    const res = await caseworker.client.post<DuplicateCheck>('/api/persons/duplicates', { names: [{ given: 'Olena', family: 'Kovalenko' }], birthDate: '1998-05-14' });
    expect(res.status).toBe(200);
    expect(res.body.items.map((i) => i.id)).toEqual([olena.id]);
  });

  it('does not warn when the birth dates say these are two people', async () => {
    const res = await caseworker.client.post<DuplicateCheck>('/api/persons/duplicates', { names: [{ given: 'Olena', family: 'Kovalenko' }], birthDate: '1960-01-01' });
    expect(res.body.items).toEqual([]);
  });

  it('counts, without showing, matches the user may not open', async () => {
    const colleague = await addUser(admin.client, 'colleague@example.org', ['caseworker']);
    const res = await colleague.client.post<DuplicateCheck>('/api/persons/duplicates', { names: [{ given: 'Олена', family: 'Коваленко' }] });
    expect(res.body.items).toEqual([]);
    expect(res.body.hidden).toBe(1);
    expect((await colleague.client.get(`/api/persons/${olena.id}`)).status).toBe(404);
  });
});

describe('changing a person', () => {
  it('with the current version: saved, version + 1; with a stale one: 409 with the current record, nothing overwritten', async () => {
    const first = await caseworker.client.patch<PersonView>(`/api/persons/${olena.id}`, { version: 0, languages: ['uk', 'ru', 'en'] });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.version).toBe(1);
    expect(first.body.languages).toEqual(['uk', 'ru', 'en']);
    const readsBefore = await auditCount('person.read', olena.id);
    const stale = await admin.client.patch<{ error: { code: string }; current: PersonView }>(`/api/persons/${olena.id}`, { version: 0, languages: ['el'] });
    expect(stale.status).toBe(409);
    // The current record went back with the 409: that read is in the audit trail.
    expect(await auditCount('person.read', olena.id)).toBe(readsBefore + 1);
    expect(stale.body.error.code).toBe('stale_version');
    expect(stale.body.current.version).toBe(1);
    expect(stale.body.current.languages).toEqual(['uk', 'ru', 'en']);
    const now = await caseworker.client.get<PersonView>(`/api/persons/${olena.id}`);
    expect(now.body.languages).toEqual(['uk', 'ru', 'en']);
  });

  it('checks the merged record: a birth date on a person with an estimated age is refused', async () => {
    const young = await create(caseworker, { names: [{ given: 'Anya', family: 'Test' }], estimatedAge: { years: 15, estimatedOn: '2025-01-10' } });
    expect(young.child).toBe(true);
    const res = await caseworker.client.patch<{ error: { field: string } }>(`/api/persons/${young.id}`, { version: 0, birthDate: '2010-01-01' });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('estimatedAge');
    const ok = await caseworker.client.patch<PersonView>(`/api/persons/${young.id}`, { version: 0, birthDate: '2010-01-01', estimatedAge: null });
    expect(ok.status).toBe(200);
    expect(ok.body.birthDate).toBe('2010-01-01');
    expect(ok.body.estimatedAge).toBeUndefined();
  });

  it('renaming updates the search keys', async () => {
    const p2 = await create(caseworker, { names: [{ given: 'Dmytro', family: 'Shevchuk' }] });
    await caseworker.client.patch(`/api/persons/${p2.id}`, { version: 0, names: [{ given: 'Dmytro', family: 'Bondarenko' }] });
    expect((await search(caseworker, 'q=Bondarenko')).map((i) => i.id)).toContain(p2.id);
    expect((await search(caseworker, 'q=Shevchuk')).map((i) => i.id)).not.toContain(p2.id);
  });
});

describe('reading and erasing', () => {
  it('records every read of a person in the audit trail', async () => {
    const before = await auditCount('person.read', olena.id);
    await caseworker.client.get(`/api/persons/${olena.id}`);
    await caseworker.client.get(`/api/persons/${olena.id}`);
    expect(await auditCount('person.read', olena.id)).toBe(before + 2);
  });

  it('erasure deletes the person, names, keys, cases and work; the audit entry remains', async () => {
    const victim = await create(caseworker, { names: [{ given: 'Erased', family: 'Person' }] });
    const kase = await caseworker.client.post<{ id: string }>('/api/cases', { personId: victim.id });
    await caseworker.client.post(`/api/cases/${kase.body.id}/notes`, { text: 'a note' });
    expect((await caseworker.client.delete(`/api/persons/${victim.id}`)).status).toBe(403);
    expect((await admin.client.delete(`/api/persons/${victim.id}`)).status).toBe(200);
    for (const [table, column] of [
      ['persons', 'id'],
      ['person_names', 'person_id'],
      ['person_name_tokens', 'person_id'],
      ['cases', 'person_id'],
    ]) {
      const { rows } = await p.db.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1`, [victim.id]);
      expect(rows[0]?.n, table).toBe(0);
    }
    expect((await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM case_entries WHERE case_id = $1', [kase.body.id])).rows[0]?.n).toBe(0);
    expect(await auditCount('person.erase', victim.id)).toBe(1);
    expect((await admin.client.get(`/api/persons/${victim.id}`)).status).toBe(404);
    // The vocabulary forgets tokens no name holds any more.
    expect((await search(caseworker, 'q=Erased')).map((i) => i.id)).not.toContain(victim.id);
  });
});
