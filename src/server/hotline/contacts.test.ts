import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactListItem, ContactView } from '../../core/hotline/contact.js';
import type { HotlineStats } from '../../core/hotline/stats.js';
import { type SignedInUser, addUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

/** Hotline contacts through the real HTTP server: logged, sealed, found by words, followed up, counted. */

let p: TestPlatform;
let admin: SignedInUser;
let operator: SignedInUser;
let supervisor: SignedInUser;
let outreach: SignedInUser;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Helpline Athens');
  operator = await addUser(admin.client, 'operator@example.org', ['hotline-operator']);
  supervisor = await addUser(admin.client, 'supervisor@example.org', ['supervisor']);
  outreach = await addUser(admin.client, 'street@example.org', ['outreach-worker']);
});

afterAll(async () => {
  await p?.close();
});

type Page = { items: ContactListItem[]; next: number | null };

describe('hotline contacts', () => {
  it('are logged anonymously with a channel and a summary, the rest defaulted, and the summary sealed', async () => {
    const res = await operator.client.post<ContactView>('/api/contacts', { channel: 'phone', summary: 'Caller worried about a cleaning job offer in Cyprus.' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ channel: 'phone', direction: 'inbound', caller: 'anonymous', danger: 'none', reasons: [], personId: null, version: 1 });
    expect(res.body.operatorId).toBe(operator.id);
    const raw = await p.db.owner.query<{ t: string }>('SELECT row_to_json(c)::text AS t FROM contacts c WHERE id = $1', [res.body.id]);
    expect(raw.rows[0]?.t).not.toMatch(/Cyprus|cleaning/i);
    const audited = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'contact.create' AND record_id = $1", [
      res.body.id,
    ]);
    expect(audited.rows[0]?.n).toBe(1);
  });

  it('refuse bad input with the field named, and unknown reasons', async () => {
    const noSummary = await operator.client.post<{ error: { field: string } }>('/api/contacts', { channel: 'phone' });
    expect(noSummary.status).toBe(400);
    expect(noSummary.body.error.field).toBe('summary');
    const badChannel = await operator.client.post<{ error: { field: string } }>('/api/contacts', { channel: 'pigeon', summary: 'x' });
    expect(badChannel.body.error.field).toBe('channel');
    const badReason = await operator.client.post<{ error: { field: string } }>('/api/contacts', { channel: 'chat', summary: 'x', reasons: ['org-unknown'] });
    expect(badReason.status).toBe(400);
    expect(badReason.body.error.field).toBe('reasons.0');
  });

  it('take the organisation’s own reasons once configured, and keep hidden defaults valid on old contacts', async () => {
    const set = await admin.client.request('PUT', '/api/hotline/settings', {
      customReasons: [{ id: 'org-seasonal-work', label: 'Seasonal farm work' }],
      hiddenReasons: ['other'],
    });
    expect(set.status).toBe(200);
    expect((await operator.client.post('/api/contacts', { channel: 'sms', summary: 'Strawberry picking offer', reasons: ['org-seasonal-work'] })).status).toBe(
      201,
    );
    expect((await operator.client.request('PUT', '/api/hotline/settings', { customReasons: [], hiddenReasons: [] })).status).toBe(403);
  });

  it('are found by whole words in any case and accent, and filtered', async () => {
    await operator.client.post('/api/contacts', {
      channel: 'chat',
      summary: 'Η Μαρία ζητά βοήθεια για δουλειά στη Θεσσαλονίκη',
      reasons: ['seeking-help'],
      danger: 'at-risk',
    });
    await operator.client.post('/api/contacts', {
      channel: 'email',
      summary: 'Professional asks about referral rules',
      caller: 'professional',
      reasons: ['professional-consultation'],
    });
    const greek = await operator.client.get<Page>(`/api/contacts?q=${encodeURIComponent('ΜΑΡΙΑ θεσσαλονικη')}`);
    expect(greek.body.items.map((c) => c.channel)).toEqual(['chat']);
    expect((await operator.client.get<Page>('/api/contacts?q=Thessaloniki')).body.items).toEqual([]);
    expect((await operator.client.get<Page>('/api/contacts?caller=professional')).body.items.map((c) => c.channel)).toEqual(['email']);
    expect((await operator.client.get<Page>('/api/contacts?danger=at-risk')).body.items).toHaveLength(1);
    expect((await operator.client.get<Page>('/api/contacts?reason=seeking-help')).body.items).toHaveLength(1);
    // An outreach worker does not read the hotline's contacts.
    expect((await outreach.client.get('/api/contacts')).status).toBe(403);
  });

  it('page newest first without gaps or repeats', async () => {
    for (let i = 0; i < 7; i++) await operator.client.post('/api/contacts', { channel: 'walk-in', summary: `Walk-in visitor number ${i}` });
    const seen: string[] = [];
    let before: number | null = null;
    do {
      const page: { body: Page } = await operator.client.get<Page>(`/api/contacts?channel=walk-in&limit=3${before ? `&before=${before}` : ''}`);
      seen.push(...page.body.items.map((c) => c.summary));
      before = page.body.next;
    } while (before);
    expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `Walk-in visitor number ${i}`));
  });

  it('change with the version read; a stale version gets 409 with the contact as it is', async () => {
    const created = await operator.client.post<ContactView>('/api/contacts', {
      channel: 'phone',
      summary: 'First words',
      danger: 'immediate',
      emergencySteps: ['location-confirmed'],
    });
    const changed = await operator.client.patch<ContactView>(`/api/contacts/${created.body.id}`, {
      version: 1,
      emergencySteps: ['location-confirmed', 'emergency-services-called'],
      advice: 'Stay on the line',
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ version: 2, advice: 'Stay on the line', summary: 'First words' });
    const stale = await operator.client.patch<{ error: { code: string } }>(`/api/contacts/${created.body.id}`, { version: 1, advice: 'lost?' });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('carry follow-ups: added, overdue counted, done once', async () => {
    const created = await operator.client.post<ContactView>('/api/contacts', {
      channel: 'phone',
      summary: 'Call back tomorrow',
      followUps: [
        { due: '2020-01-01', note: 'long overdue' },
        { due: '2099-01-01', assigneeId: supervisor.id },
      ],
    });
    expect(created.body.followUps.map((f) => f.note)).toEqual(['long overdue', '']);
    const overdue = await operator.client.get<Page>('/api/contacts?followUp=overdue');
    expect(overdue.body.items.map((c) => c.id)).toContain(created.body.id);
    expect(overdue.body.items.find((c) => c.id === created.body.id)).toMatchObject({ openFollowUps: 2, overdueFollowUps: 1 });
    const first = created.body.followUps[0]!;
    const done = await operator.client.post<ContactView>(`/api/contacts/${created.body.id}/follow-ups/${first.id}/done`);
    expect(done.status).toBe(200);
    expect(done.body.followUps[0]?.doneBy).toBe(operator.id);
    expect((await operator.client.post(`/api/contacts/${created.body.id}/follow-ups/${first.id}/done`)).status).toBe(404);
    const bad = await operator.client.post<{ error: { field: string } }>(`/api/contacts/${created.body.id}/follow-ups`, { due: '2030-02-30' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('due');
  });

  it('open a person and a case in one step; the case goes to the operator’s supervisor', async () => {
    expect((await admin.client.patch(`/api/users/${operator.id}`, { supervisorId: supervisor.id })).status).toBe(200);
    const created = await operator.client.post<ContactView>('/api/contacts', {
      channel: 'phone',
      summary: 'Woman held in a flat, wants to leave',
      caller: 'person-concerned',
    });
    const opened = await operator.client.post<{ contact: ContactView; personId: string; caseId: string; caseNumber: number }>(
      `/api/contacts/${created.body.id}/open-case`,
      {
        person: { names: [{ given: 'Olena', family: 'Shevchenko' }] },
      },
    );
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body.contact).toMatchObject({ personId: opened.body.personId, caseId: opened.body.caseId });
    const kase = await supervisor.client.get<{ caseworkerId: string | null }>(`/api/cases/${opened.body.caseId}`);
    expect(kase.status).toBe(200);
    expect(kase.body.caseworkerId).toBe(supervisor.id);
    // The operator, who holds no case role, does not read it.
    expect((await operator.client.get(`/api/cases/${opened.body.caseId}`)).status).toBe(403);
    expect((await operator.client.post(`/api/contacts/${created.body.id}/open-case`, { person: { names: [{ given: 'Again' }] } })).status).toBe(409);
    // Another person with this case is refused: a person and a case must belong together.
    const other = await supervisor.client.post<{ id: string }>('/api/persons', { names: [{ given: 'Other', family: 'Person' }] });
    const current = await supervisor.client.get<ContactView>(`/api/contacts/${created.body.id}`);
    const mismatch = await supervisor.client.patch<{ error: { field: string } }>(`/api/contacts/${created.body.id}`, {
      version: current.body.version,
      personId: other.body.id,
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.field).toBe('caseId');
    // The contacts of a case.
    const ofCase = await supervisor.client.get<Page>(`/api/contacts?caseId=${opened.body.caseId}`);
    expect(ofCase.body.items.map((c) => c.id)).toEqual([created.body.id]);
  });

  it('give the supervisor counts and times, never what was said', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await operator.client.post('/api/contacts', { channel: 'chat', summary: 'Timed chat', durationSeconds: 300, reasons: ['information-request'] });
    await operator.client.post('/api/contacts', { channel: 'chat', summary: 'Another timed chat', durationSeconds: 100, reasons: ['information-request'] });
    const stats = await supervisor.client.get<HotlineStats>(`/api/hotline/stats?from=${today}&to=${today}`);
    expect(stats.status, JSON.stringify(stats.body)).toBe(200);
    expect(stats.body.contacts).toBeGreaterThanOrEqual(10);
    expect(stats.body.perDay).toEqual([{ day: today, count: stats.body.contacts }]);
    expect(stats.body.averageHandlingSeconds).toBe(200);
    expect(stats.body.perReason.find((r) => r.reason === 'information-request')?.count).toBe(2);
    expect(stats.body.perOperator.find((o) => o.operatorId === operator.id)?.count).toBe(stats.body.contacts);
    expect(stats.body.followUps.overdue).toBeGreaterThanOrEqual(0);
    expect(JSON.stringify(stats.body)).not.toMatch(/Timed chat|Maria|Μαρία/);
    expect((await operator.client.get(`/api/hotline/stats?from=${today}&to=${today}`)).status).toBe(403);
    expect((await supervisor.client.get(`/api/hotline/stats?from=${today}&to=2020-01-01`)).status).toBe(400);
  });
});
