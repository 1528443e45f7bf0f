import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactListItem, ContactView } from '../../../core/hotline/contact.js';
import type { HelpSettings, PublicHelp } from '../../../core/prevention/help.js';
import { secondOrganisation } from '../../rights/test-fixtures.js';
import { ApiClient, addUser, type SignedInUser, setUp } from '../../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../../testing/harness.js';

/** The public help page's settings, its public data and messages to a hotline, through the real HTTP server. */

let p: TestPlatform;
/** Network administrator of organisation A. */
let admin: SignedInUser;
/** A supervisor of A: no help settings. */
let supervisor: SignedInUser;
/** Organisation B, whose hotline receives the messages from Greece, and its operator. */
let adminB: SignedInUser;
let operatorB: SignedInUser;
let operatorA: SignedInUser;
let visitor: ApiClient;

type ErrorBody = { error: { code: string; field?: string; message: string } };
type Page = { items: ContactListItem[]; next: number | null };

const STREET = 'Odos Zefyrou 77';
const CITY = 'Kallithea';

/** A request from another address (the test server trusts one proxy hop). */
const from = (ip: string) => ({ 'x-forwarded-for': ip });

function settingsBody(extra: Partial<HelpSettings> = {}): Record<string, unknown> {
  return {
    defaultCountry: 'GRC',
    exitUrl: 'https://weather.example.org/',
    hotlineOrgId: null,
    useDirectory: true,
    countries: [
      {
        country: 'GRC',
        hotlineOrgId: adminB.orgId,
        contacts: [{ name: 'Configured helpline', phone: '+30 1109', hours: 'every day, 9:00-21:00', languages: ['el', 'en'] }],
        notes: { en: 'Work permits in Greece come from the ministry.' },
      },
      { country: 'ALB', contacts: [{ name: 'Tirana line', phone: '+355 116 006', alwaysOpen: true }] },
    ],
    intro: { en: 'Check before you go.' },
    advice: { en: 'Ask the hotline.' },
    version: 0,
    ...extra,
  };
}

beforeAll(async () => {
  p = await startTestPlatform({ env: { HAVEN_TRUST_PROXY: '1' } });
  admin = await setUp(p.url, 'admin@example.org', 'Network Hub');
  supervisor = await addUser(admin.client, 'supervisor@example.org', ['supervisor']);
  operatorA = await addUser(admin.client, 'operator-a@example.org', ['hotline-operator']);
  adminB = await secondOrganisation(admin.client, 'admin-b@example.org', 'Hotline B');
  operatorB = await addUser(adminB.client, 'operator-b@example.org', ['hotline-operator']);
  visitor = new ApiClient(p.url);
  // The directory: an emergency line in Greece (listed), a shelter with office hours (not listed), an inactive line (not listed).
  const org = await admin.client.post<{ id: string }>('/api/directory/organizations', { name: 'Safe Homes', description: 'Shelters and lines' });
  expect(org.status).toBe(201);
  const service = (extra: Record<string, unknown>) => ({
    organizationId: org.body.id,
    description: 'Help',
    languages: ['el', 'en'],
    locations: [{ name: 'House', address: { address1: STREET, city: CITY, postalCode: '176 71', country: 'GRC' } }],
    phones: [{ number: '+30 210 7777777', description: 'Night line' }],
    schedules: [{ byday: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:00', closesAt: '17:00' }],
    timeZone: 'Europe/Athens',
    ...extra,
  });
  for (const body of [
    service({ name: 'Emergency line', types: ['emergency'] }),
    service({ name: 'Secret shelter', types: ['shelter'] }),
    service({ name: 'Closed line', types: ['emergency'], status: 'inactive' }),
    service({ name: 'Cyprus night line', types: ['shelter'], alwaysOpen: true, locations: [{ address: { city: 'Larnaca', country: 'CYP' } }] }),
  ]) {
    const res = await admin.client.post('/api/directory/services', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  }
});

afterAll(async () => {
  await p?.close();
});

describe('help settings', () => {
  it('are the defaults before anything is saved', async () => {
    const res = await admin.client.get<HelpSettings>('/api/help/settings');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      version: 0,
      defaultCountry: null,
      hotlineOrgId: null,
      useDirectory: true,
      countries: [],
      exitUrl: 'https://www.google.com/',
    });
  });

  it('are refused to anyone but a network administrator', async () => {
    expect((await supervisor.client.get('/api/help/settings')).status).toBe(403);
    expect((await supervisor.client.put('/api/help/settings', settingsBody())).status).toBe(403);
    expect((await adminB.client.put('/api/help/settings', settingsBody())).status).toBe(403);
  });

  it('refuse an organisation that is not the network’s, naming the field', async () => {
    const body = settingsBody();
    (body.countries as { hotlineOrgId?: string }[])[1]!.hotlineOrgId = randomUUID();
    const res = await admin.client.put<ErrorBody>('/api/help/settings', body);
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('countries.1.hotlineOrgId');
    const bad = await admin.client.put<ErrorBody>('/api/help/settings', { ...settingsBody(), exitUrl: 'http://x.example.org' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('exitUrl');
    const twice = await admin.client.put<ErrorBody>('/api/help/settings', { ...settingsBody(), countries: [{ country: 'GRC' }, { country: 'GRC' }] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.field).toBe('countries');
    expect((await admin.client.get<HelpSettings>('/api/help/settings')).body.version).toBe(0);
  });

  it('answer 409 while no hotline receives messages', async () => {
    const closed = await admin.client.put<HelpSettings>('/api/help/settings', { version: 0, defaultCountry: 'GRC' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.version).toBe(1);
    const page = await visitor.get<PublicHelp>('/api/public/help');
    expect(page.body.messagesOpen).toBe(false);
    const res = await visitor.request<ErrorBody>('POST', '/api/public/help/messages', { lang: 'en', message: 'Is this offer real?' }, from('10.0.0.1'));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('help_messages_closed');
  });

  it('are saved with their version, audited, and a stale version refused', async () => {
    const saved = await admin.client.put<HelpSettings>('/api/help/settings', { ...settingsBody(), version: 1 });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(2);
    expect(saved.body.countries[0]?.hotlineOrgId).toBe(adminB.orgId);
    const read = await admin.client.get<HelpSettings>('/api/help/settings');
    expect(read.body).toEqual(saved.body);
    const stale = await admin.client.put<ErrorBody>('/api/help/settings', { ...settingsBody({ exitUrl: 'https://news.example.org/' }), version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
    expect((await admin.client.get<HelpSettings>('/api/help/settings')).body.exitUrl).toBe('https://weather.example.org/');
    const audited = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'help.settings' AND org_id = $1", [
      admin.orgId,
    ]);
    expect(audited.rows[0]?.n).toBe(2);
  });
});

describe('the public help data', () => {
  it('lists the configured contacts, then the directory’s emergency and always-open services, never an address', async () => {
    const res = await visitor.get<PublicHelp>('/api/public/help?country=GRC&lang=en');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.body).toMatchObject({
      country: 'GRC',
      exitUrl: 'https://weather.example.org/',
      messagesOpen: true,
      intro: 'Check before you go.',
      advice: 'Ask the hotline.',
      countryNote: 'Work permits in Greece come from the ministry.',
    });
    expect(res.body.countries).toEqual(['ALB', 'CYP', 'GRC']);
    expect(res.body.contacts.map((c) => [c.name, c.source])).toEqual([
      ['Configured helpline', 'configured'],
      ['Emergency line', 'directory'],
    ]);
    expect(res.body.contacts[1]).toMatchObject({
      organisation: 'Safe Homes',
      phones: [{ number: '+30 210 7777777', description: 'Night line' }],
      hours: 'Mon–Fri 09:00–17:00',
      alwaysOpen: false,
    });
    const json = JSON.stringify(res.body);
    for (const hidden of [STREET, CITY, '176 71', 'Secret shelter', 'Closed line', 'House']) expect(json).not.toContain(hidden);
  });

  it('gives the default country, null texts in a language not configured, and no contacts for a country not covered', async () => {
    const ru = await visitor.get<PublicHelp>('/api/public/help?lang=ru');
    expect(ru.body).toMatchObject({ country: 'GRC', intro: null, advice: null, countryNote: null });
    expect(ru.body.contacts).toHaveLength(2);
    const cyprus = await visitor.get<PublicHelp>('/api/public/help?country=CYP&lang=el');
    expect(cyprus.body.contacts.map((c) => [c.name, c.hours])).toEqual([['Cyprus night line', '24/7']]);
    expect(cyprus.body.messagesOpen).toBe(false);
    const unknown = await visitor.get<PublicHelp>('/api/public/help?country=XXX&lang=en');
    expect(unknown.status).toBe(200);
    expect(unknown.body.contacts).toEqual([]);
    const bad = await visitor.get<ErrorBody>('/api/public/help?country=gr');
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('country');
  });
});

describe('messages from the public page', () => {
  it('refuse bad input naming the field', async () => {
    const empty = await visitor.request<ErrorBody>('POST', '/api/public/help/messages', { lang: 'en', message: '' }, from('10.0.0.2'));
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('message');
    const sign = await visitor.request<ErrorBody>('POST', '/api/public/help/messages', { lang: 'en', message: 'x', signs: ['nope'] }, from('10.0.0.2'));
    expect(sign.body.error.field).toBe('signs.0');
    const reply = await visitor.request<ErrorBody>(
      'POST',
      '/api/public/help/messages',
      { lang: 'en', message: 'x', replyBy: 'email', replyTo: 'not an address' },
      from('10.0.0.2'),
    );
    expect(reply.status).toBe(400);
    expect(reply.body.error.field).toBe('replyTo');
  });

  it('arrive as one web-form contact in the country’s hotline queue, audited without the address', async () => {
    const before = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM contacts WHERE channel = 'web-form'");
    const res = await visitor.request(
      'POST',
      '/api/public/help/messages',
      {
        lang: 'ru',
        country: 'GRC',
        message: 'They keep my passport zebrafish',
        signs: ['documents-kept', 'worker-pays-fees'],
        replyBy: 'email',
        replyTo: 'me@example.org',
      },
      from('10.0.0.3'),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.body).toEqual({ received: true });
    const after = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM contacts WHERE channel = 'web-form'");
    expect(after.rows[0]!.n - before.rows[0]!.n).toBe(1);

    const list = await operatorB.client.get<Page>('/api/contacts?q=zebrafish');
    expect(list.body.items).toHaveLength(1);
    const item = list.body.items[0]!;
    expect(item).toMatchObject({ channel: 'web-form', direction: 'inbound', caller: 'person-concerned', language: 'ru', reasons: ['advice-before-abroad'] });
    expect(item.openFollowUps).toBe(1);
    const open = await operatorB.client.get<Page>('/api/contacts?followUp=open');
    expect(open.body.items.map((c) => c.id)).toContain(item.id);
    const one = await operatorB.client.get<ContactView>(`/api/contacts/${item.id}`);
    expect(one.status).toBe(200);
    expect(one.body.summary).toContain('They keep my passport zebrafish');
    expect(one.body.summary).toContain('documents-kept');
    expect(one.body.summary).toContain('GRC');
    expect(one.body.summary).toContain('me@example.org');
    expect(one.body.operatorId).toBeNull();
    expect(one.body.durationSeconds).toBe(0);

    // Sealed like any contact, and nowhere in the other organisation.
    const raw = await p.db.owner.query<{ t: string; org_id: string }>('SELECT row_to_json(c)::text AS t, org_id FROM contacts c WHERE id = $1', [item.id]);
    expect(raw.rows[0]?.t).not.toContain('zebrafish');
    expect(raw.rows[0]?.org_id).toBe(adminB.orgId);
    expect((await operatorA.client.get<Page>('/api/contacts?channel=web-form')).body.items).toEqual([]);
    expect((await operatorA.client.get(`/api/contacts/${item.id}`)).status).toBe(404);

    const audit = await p.db.owner.query<{ org_id: string; ip: string | null; actor_id: string | null; record_id: string }>(
      "SELECT org_id, ip, actor_id, record_id FROM audit_log WHERE action = 'help.message'",
    );
    expect(audit.rows).toEqual([{ org_id: adminB.orgId, ip: null, actor_id: null, record_id: item.id }]);
  });

  it('without a way to answer are anonymous and have no follow-up; the default hotline takes countries without their own', async () => {
    const set = await admin.client.put<HelpSettings>('/api/help/settings', { ...settingsBody({ hotlineOrgId: admin.orgId }), version: 2 });
    expect(set.status).toBe(200);
    const res = await visitor.request(
      'POST',
      '/api/public/help/messages',
      { lang: 'en', country: 'ALB', message: 'Question about quokka jobs' },
      from('10.0.0.4'),
    );
    expect(res.status).toBe(202);
    const list = await operatorA.client.get<Page>('/api/contacts?q=quokka');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ channel: 'web-form', caller: 'anonymous', openFollowUps: 0 });
    expect((await operatorB.client.get<Page>('/api/contacts?q=quokka')).body.items).toEqual([]);
  });

  it('the page data is limited to 60 a minute from one address', async () => {
    for (let i = 0; i < 60; i++) expect((await visitor.request('GET', '/api/public/help?lang=en', undefined, from('10.0.0.20'))).status).toBe(200);
    const over = await visitor.request<ErrorBody>('GET', '/api/public/help?lang=en', undefined, from('10.0.0.20'));
    expect([over.status, over.body.error.code]).toEqual([429, 'too_many_requests']);
    expect((await visitor.request('GET', '/api/public/help?lang=en', undefined, from('10.0.0.21'))).status).toBe(200);
  });

  it('are limited to 5 in 10 minutes from one address', async () => {
    for (let i = 0; i < 5; i++) {
      const ok = await visitor.request('POST', '/api/public/help/messages', { lang: 'en', message: `Message ${i}` }, from('10.0.0.9'));
      expect(ok.status).toBe(202);
    }
    const sixth = await visitor.request<ErrorBody>('POST', '/api/public/help/messages', { lang: 'en', message: 'One more' }, from('10.0.0.9'));
    expect(sixth.status).toBe(429);
    expect(sixth.body.error.code).toBe('too_many_requests');
    const other = await visitor.request('POST', '/api/public/help/messages', { lang: 'en', message: 'Another visitor' }, from('10.0.0.10'));
    expect(other.status).toBe(202);
  });

  it('are written only by network administrators underneath (row-level security), and read by anyone', async () => {
    const changed = await p.db.tenant({ orgId: adminB.orgId, userId: adminB.id }, (c) => c.query('UPDATE help_settings SET version = 99'));
    expect(changed.rowCount).toBe(0);
    await expect(p.db.tenant({ orgId: adminB.orgId }, (c) => c.query('DELETE FROM help_settings'))).rejects.toThrow(/permission denied/);
    const read = await p.db.anonymous((c) => c.query<{ version: number }>('SELECT version FROM help_settings'));
    expect(read.rows).toHaveLength(1);
  });

  it('need the contacts’ channel check to allow web-form (the constraint found by name in the catalog)', async () => {
    const { rows } = await p.db.owner.query<{ def: string }>(
      "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'contacts'::regclass AND conname = 'contacts_channel_check'",
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.def).toContain('web-form');
  });
});
