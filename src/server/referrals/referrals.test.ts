import { randomUUID } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayUtc } from '../../core/cases/dates.js';
import type { ReferralMeasures } from '../../core/referrals/measures.js';
import type { CaseProgress, Pathway } from '../../core/referrals/pathway.js';
import type { ReferralListItem, ReferralMessage, ReferralView } from '../../core/referrals/referral.js';
import { type SignedInUser, addOrganisation, addUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

/** Referrals through the real HTTP server, between three organisations in two countries, with a real SMTP server. */

let smtp: SMTPServer;
const inbox: { to: string[]; subject: string; text: string }[] = [];
let p: TestPlatform;
let adminA: SignedInUser; // network and organisation administrator of A (Greece)
let workerA: SignedInUser; // caseworker of A
let supervisorA: SignedInUser;
let adminB: SignedInUser; // a shelter in Albania
let adminC: SignedInUser; // another Greek organisation, not part of the referral
let shelterB = '';
let legalC = '';
let externalService = '';

type Page = { items: ReferralListItem[]; total: number };
type Err = { error: { code: string; field?: string } };

async function directoryEntry(orgId: string, member: string | null, name: string, country: string, types: string[]): Promise<string> {
  const org = randomUUID();
  const service = randomUUID();
  await p.db.owner.query('INSERT INTO directory_organizations (id, org_id, member_org_id, name) VALUES ($1, $2, $3, $4)', [org, orgId, member, `${name} org`]);
  await p.db.owner.query(
    `INSERT INTO directory_services (id, org_id, organization_id, name, status, types, countries, cities, locations)
     VALUES ($1, $2, $3, $4, 'active', $5, $6, '{tirana}', $7::jsonb)`,
    [service, orgId, org, name, types, [country], JSON.stringify([{ address: { address1: '', city: 'Tirana', country } }])],
  );
  return service;
}

async function newCase(client = workerA.client): Promise<{ caseId: string; personId: string }> {
  const person = await client.post<{ id: string }>('/api/persons', {
    names: [{ given: 'Olena', family: 'Kovalenko' }],
    birthDate: '1999-04-02',
    gender: 'feminine',
    languages: ['uk', 'ru'],
    citizenships: ['UKR'],
    contact: { phones: [{ number: '+30 690 000 0000' }] },
  });
  expect(person.status, JSON.stringify(person.body)).toBe(201);
  const kase = await client.post<{ id: string }>('/api/cases', { personId: person.body.id, exploitationForms: ['sexual-exploitation'] });
  expect(kase.status, JSON.stringify(kase.body)).toBe(201);
  return { caseId: kase.body.id, personId: person.body.id };
}

async function consent(caseId: string, organisationId: string, client = workerA.client): Promise<{ id: string; version: number }> {
  const res = await client.post<{ id: string; version: number }>(`/api/cases/${caseId}/consents`, {
    purpose: 'sharing',
    organisationId,
    givenBy: 'person',
    method: 'written',
    givenOn: todayUtc(),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

const count = async (table: string) => (await p.db.owner.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (mail) => {
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
  const port = (smtp.server.address() as AddressInfo).port;
  p = await startTestPlatform({ env: { HAVEN_SMTP_URL: `smtp://127.0.0.1:${port}`, HAVEN_PUBLIC_URL: 'https://haven.example.org' } });
  adminA = await setUp(p.url, 'admin-a@example.org', 'Athens Support');
  workerA = await addUser(adminA.client, 'worker-a@example.org', ['caseworker']);
  supervisorA = await addUser(adminA.client, 'supervisor-a@example.org', ['supervisor']);
  // The supervisor reads the cases (and so the referrals) of the caseworkers they supervise.
  expect((await adminA.client.patch(`/api/users/${workerA.id}`, { supervisorId: supervisorA.id })).status).toBe(200);
  adminB = await addOrganisation(adminA.client, 'Tirana Shelter', 'ALB', 'admin-b@example.org');
  adminC = await addOrganisation(adminA.client, 'Thessaloniki Legal', 'GRC', 'admin-c@example.org');
  shelterB = await directoryEntry(adminB.orgId, adminB.orgId, 'Women’s shelter Tirana', 'ALB', ['shelter']);
  legalC = await directoryEntry(adminC.orgId, adminC.orgId, 'Legal aid Thessaloniki', 'GRC', ['legal-aid']);
  externalService = await directoryEntry(adminA.orgId, null, 'City hospital', 'GRC', ['medical']);
});

afterAll(async () => {
  await p?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('a referral across a border, with consent and minimum data', () => {
  let caseId = '';
  let referral: ReferralView;

  it('is refused without consent or override, and nothing is shared', async () => {
    ({ caseId } = await newCase());
    const before = await count('referrals');
    const res = await workerA.client.post<Err>('/api/referrals', {
      caseId,
      serviceId: shelterB,
      note: 'Needs a safe place tonight.',
      phase: 'first-assistance',
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('consent_required');
    expect(await count('referrals')).toBe(before);
    expect(await count('notifications')).toBe(0);
  });

  it('a consent for another organisation does not cover it; services off Haven and of one’s own organisation are refused', async () => {
    await consent(caseId, adminC.orgId);
    const other = await workerA.client.post<Err>('/api/referrals', { caseId, serviceId: shelterB, note: 'x', phase: 'first-assistance' });
    expect(other.body.error.code).toBe('consent_required');
    const off = await workerA.client.post<Err>('/api/referrals', { caseId, serviceId: externalService, note: 'x' });
    expect(off.status).toBe(400);
    expect(off.body.error.code).toBe('not_on_haven');
  });

  it('needs the phase of the transnational model when the receiver is in another country', async () => {
    await consent(caseId, adminB.orgId);
    const res = await workerA.client.post<Err>('/api/referrals', { caseId, serviceId: shelterB, note: 'Needs a safe place tonight.' });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('phase');
  });

  it('carries only the chosen fields, sealed, and tells the receiver in the app and by e-mail', async () => {
    const res = await workerA.client.post<ReferralView>('/api/referrals', {
      caseId,
      serviceId: shelterB,
      note: 'Needs a safe place tonight.',
      phase: 'first-assistance',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    referral = res.body;
    expect(referral).toMatchObject({
      status: 'sent',
      direction: 'outgoing',
      transnational: true,
      phase: 'first-assistance',
      fromCountry: 'GRC',
      toCountry: 'ALB',
    });
    expect(referral.toLanguage).toBe('sq');
    expect(referral.shared).toEqual({
      note: 'Needs a safe place tonight.',
      givenName: 'Olena',
      age: expect.any(Number),
      gender: 'feminine',
      languages: ['uk', 'ru'],
    });
    const raw = await p.db.owner.query<{ t: string }>('SELECT row_to_json(r)::text AS t FROM referrals r WHERE id = $1', [referral.id]);
    expect(raw.rows[0]?.t).not.toMatch(/Olena|safe place/);
    const notes = await adminB.client.get<{ items: { kind: string; referralId: string }[]; unread: number }>('/api/notifications');
    expect(notes.body.items[0]).toMatchObject({ kind: 'referral.sent', referralId: referral.id });
    expect(notes.body.unread).toBe(1);
    const mailTo = (to: string) => inbox.find((m) => m.to.includes(to) && m.subject.startsWith('Referral'));
    await expect.poll(() => mailTo('admin-b@example.org')?.subject).toBe(`Referral ${referral.reference}: a new referral for your organisation`);
    const mail = mailTo('admin-b@example.org')!;
    expect(mail.text).not.toMatch(/Olena|Kovalenko|safe place/);
  });

  it('the receiver sees the snapshot and never the sender’s case; a third organisation sees nothing', async () => {
    const seen = await adminB.client.get<ReferralView>(`/api/referrals/${referral.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.direction).toBe('incoming');
    expect(seen.body).not.toHaveProperty('caseId');
    expect(seen.body).not.toHaveProperty('consentId');
    expect(seen.body.shared?.givenName).toBe('Olena');
    expect(seen.body.shared).not.toHaveProperty('familyName');
    expect((await adminB.client.get(`/api/cases/${caseId}`)).status).toBe(404);
    expect((await adminC.client.get(`/api/referrals/${referral.id}`)).status).toBe(404);
    const incoming = await adminB.client.get<Page>('/api/referrals?direction=incoming');
    expect(incoming.status, JSON.stringify(incoming.body)).toBe(200);
    expect(incoming.body.items.map((r) => r.id)).toEqual([referral.id]);
    expect((await adminC.client.get<Page>('/api/referrals')).body.total).toBe(0);
  });

  it('only the right side does each step, on the version it read', async () => {
    const wrongSide = await workerA.client.post<Err>(`/api/referrals/${referral.id}/accept`, { version: referral.version });
    expect(wrongSide.status).toBe(409);
    const cantWithdraw = await adminB.client.post<Err>(`/api/referrals/${referral.id}/withdraw`, { version: referral.version });
    expect(cantWithdraw.status).toBe(409);
    const stale = await adminB.client.post<Err>(`/api/referrals/${referral.id}/accept`, { version: referral.version + 5 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('stale_version');
  });

  it('accepting opens the receiver’s case from the shared fields only; the sender sees the new state', async () => {
    const res = await adminB.client.post<ReferralView>(`/api/referrals/${referral.id}/accept`, { version: referral.version, openCase: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('accepted');
    expect(res.body.toLiaison?.name).toBe('Admin of Tirana Shelter');
    const caseB = res.body.receiverCaseId!;
    const kase = await adminB.client.get<{ personId: string; exploitationForms: string[] }>(`/api/cases/${caseB}`);
    expect(kase.status).toBe(200);
    const person = await adminB.client.get<{ names: { given: string; family: string }[]; citizenships: string[]; contact: { phones: unknown[] } }>(
      `/api/persons/${kase.body.personId}`,
    );
    expect(person.body.names).toEqual([expect.objectContaining({ given: 'Olena', family: '' })]);
    expect(person.body.citizenships).toEqual([]);
    expect(person.body.contact.phones).toEqual([]);
    expect(kase.body.exploitationForms).toEqual([]);
    const origin = await adminB.client.get<Page>(`/api/referrals?receiverCaseId=${caseB}`);
    expect(origin.body.items.map((r) => r.id)).toEqual([referral.id]);
    expect((await workerA.client.get<Page>(`/api/referrals?receiverCaseId=${caseB}`)).body.total).toBe(0);
    const sender = await workerA.client.get<ReferralView>(`/api/referrals/${referral.id}`);
    expect(sender.body.status).toBe('accepted');
    expect(sender.body).not.toHaveProperty('receiverCaseId');
    expect(sender.body.history.map((h) => h.status)).toEqual(['sent', 'accepted']);
    const notes = await workerA.client.get<{ items: { kind: string }[] }>('/api/notifications');
    expect(notes.body.items.map((n) => n.kind)).toContain('referral.accepted');
    referral = sender.body;
  });

  it('has a message thread between the two sides', async () => {
    const a = await workerA.client.post<ReferralMessage>(`/api/referrals/${referral.id}/messages`, { body: 'She arrives by bus at 18:00.' });
    expect(a.status).toBe(201);
    const b = await adminB.client.post<ReferralMessage>(`/api/referrals/${referral.id}/messages`, { body: 'We will meet her at the station.' });
    expect(b.status).toBe(201);
    const thread = await workerA.client.get<{ items: ReferralMessage[] }>(`/api/referrals/${referral.id}/messages`);
    expect(thread.body.items.map((m) => [m.side, m.organisation, m.body])).toEqual([
      ['sender', 'Athens Support', 'She arrives by bus at 18:00.'],
      ['receiver', 'Tirana Shelter', 'We will meet her at the station.'],
    ]);
    expect((await adminC.client.get(`/api/referrals/${referral.id}/messages`)).status).toBe(404);
    const raw = await p.db.owner.query<{ t: string }>("SELECT string_agg(row_to_json(m)::text, '') AS t FROM referral_messages m");
    expect(raw.rows[0]?.t).not.toMatch(/bus|station/);
  });

  it('goes on to in progress and completed; the measures count it', async () => {
    const started = await adminB.client.post<ReferralView>(`/api/referrals/${referral.id}/start`, { version: referral.version + 0 });
    expect(started.status, JSON.stringify(started.body)).toBe(200);
    const done = await adminB.client.post<ReferralView>(`/api/referrals/${referral.id}/complete`, {
      version: started.body.version,
      note: 'Moved to long-term housing.',
    });
    expect(done.body.status).toBe('completed');
    expect(done.body.closedAt).not.toBeNull();
    const stats = await supervisorA.client.get<ReferralMeasures>('/api/referrals/stats');
    expect(stats.status).toBe(200);
    expect(stats.body).toMatchObject({ sent: 1, accepted: 1, acceptanceRate: 1, transnational: 1 });
    expect(stats.body.byCountry).toEqual([{ from: 'GRC', to: 'ALB', sent: 1, accepted: 1 }]);
  });
});

describe('an emergency override', () => {
  it('shares without consent with a written reason, audited, that the sender’s supervisors see', async () => {
    const { caseId } = await newCase();
    const short = await workerA.client.post<Err>('/api/referrals', { caseId, serviceId: legalC, note: 'x', overrideReason: 'urgent' });
    expect(short.status).toBe(400);
    expect(short.body.error.field).toBe('overrideReason');
    const res = await workerA.client.post<ReferralView>('/api/referrals', {
      caseId,
      serviceId: legalC,
      note: 'Court hearing tomorrow morning.',
      overrideReason: 'Unconscious after an assault; police need a lawyer present tonight.',
      share: ['givenName', 'familyName'],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ basis: 'override', transnational: false, overrideReason: expect.stringContaining('assault') });
    expect(res.body.shared).toEqual({ note: 'Court hearing tomorrow morning.', givenName: 'Olena', familyName: 'Kovalenko' });
    const audited = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'referral.override' AND record_id = $1", [
      res.body.id,
    ]);
    expect(audited.rows[0]?.n).toBe(1);
    const overrides = await supervisorA.client.get<Page>('/api/referrals?override=true');
    expect(overrides.body.items.map((r) => r.id)).toContain(res.body.id);
    expect((await workerA.client.get<Err>('/api/referrals?override=true')).status).toBe(403);
    const receiver = await adminC.client.get<ReferralView>(`/api/referrals/${res.body.id}`);
    expect(receiver.body.basis).toBe('override');
    expect(receiver.body).not.toHaveProperty('overrideReason');
  });
});

describe('withdrawn consent', () => {
  it('stops the sharing: an unanswered referral is withdrawn and its snapshot erased', async () => {
    const { caseId } = await newCase();
    const given = await consent(caseId, adminC.orgId);
    const sent = await workerA.client.post<ReferralView>('/api/referrals', { caseId, serviceId: legalC, note: 'Wants to press charges.' });
    expect(sent.status).toBe(201);
    const w = await workerA.client.post(`/api/cases/${caseId}/consents/${given.id}/withdraw`, { version: given.version, withdrawnOn: todayUtc() });
    expect(w.status, JSON.stringify(w.body)).toBe(200);
    const receiver = await adminC.client.get<ReferralView>(`/api/referrals/${sent.body.id}`);
    expect(receiver.body).toMatchObject({ status: 'withdrawn', consentWithdrawn: true, shared: null });
    const again = await workerA.client.post<Err>('/api/referrals', { caseId, serviceId: legalC, note: 'Again.' });
    expect(again.body.error.code).toBe('consent_required');
  });
});

describe('pathways', () => {
  it('network administrators define them; a case follows one and shows which steps are done', async () => {
    expect((await adminB.client.post('/api/pathways', { name: 'x', steps: [{ serviceType: 'shelter', label: 'Shelter' }] })).status).toBe(403);
    const made = await adminA.client.post<Pathway>('/api/pathways', {
      name: 'Adult sexual exploitation',
      ageGroup: 'adult',
      exploitationForms: ['sexual-exploitation'],
      steps: [
        { serviceType: 'shelter', label: 'Safe accommodation' },
        { serviceType: 'legal-aid', label: 'A lawyer for the proceedings' },
      ],
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const { caseId } = await newCase();
    const before = await workerA.client.get<CaseProgress>(`/api/cases/${caseId}/pathway`);
    expect(before.body.suggested.map((x) => x.id)).toContain(made.body.id);
    const chosen = await workerA.client.put<CaseProgress>(`/api/cases/${caseId}/pathway`, { pathwayId: made.body.id });
    expect(chosen.body.steps.map((x) => x.state)).toEqual(['open', 'open']);
    await consent(caseId, adminB.orgId);
    const sent = await workerA.client.post<ReferralView>('/api/referrals', { caseId, serviceId: shelterB, note: 'Shelter please.', phase: 'first-assistance' });
    expect((await workerA.client.get<CaseProgress>(`/api/cases/${caseId}/pathway`)).body.steps.map((x) => x.state)).toEqual(['referred', 'open']);
    await adminB.client.post(`/api/referrals/${sent.body.id}/accept`, { version: sent.body.version });
    const after = await workerA.client.get<CaseProgress>(`/api/cases/${caseId}/pathway`);
    expect(after.body.steps.map((x) => x.state)).toEqual(['done', 'open']);
    expect(after.body.done).toBe(1);
  });
});

describe('when sharing stops', () => {
  it('a declined referral leaves nothing of the person at the receiver, and its thread is closed', async () => {
    const { caseId } = await newCase();
    await consent(caseId, adminC.orgId);
    const sent = await workerA.client.post<ReferralView>('/api/referrals', { caseId, serviceId: legalC, note: 'Needs a lawyer.' });
    const declined = await adminC.client.post<ReferralView>(`/api/referrals/${sent.body.id}/decline`, { version: sent.body.version, reason: 'No lawyer free this month.' });
    expect(declined.status).toBe(200);
    expect(declined.body.shared).toBeNull();
    expect(declined.body.history.at(-1)).toMatchObject({ status: 'declined', note: 'No lawyer free this month.' });
    const late = await workerA.client.post<Err>(`/api/referrals/${sent.body.id}/messages`, { body: 'Her address is ...' });
    expect(late.status).toBe(409);
  });

  it('an override cannot share with an organisation the person withdrew their consent for', async () => {
    const { caseId } = await newCase();
    const given = await consent(caseId, adminC.orgId);
    await workerA.client.post(`/api/cases/${caseId}/consents/${given.id}/withdraw`, { version: given.version, withdrawnOn: todayUtc() });
    const res = await workerA.client.post<Err>('/api/referrals', { caseId, serviceId: legalC, note: 'x', overrideReason: 'An emergency that is long enough.' });
    expect(res.status).toBe(403);
    expect(res.body.error).toMatchObject({ code: 'consent_required', field: 'overrideReason' });
  });

  it('erasing the person at the sender erases what the referral carried, withdraws it, tells the receiver, and hides it from others', async () => {
    const other = await addUser(adminA.client, `worker-${randomUUID().slice(0, 6)}@example.org`, ['caseworker']);
    const { caseId, personId } = await newCase();
    await consent(caseId, adminC.orgId);
    const sent = await workerA.client.post<ReferralView>('/api/referrals', { caseId, serviceId: legalC, note: 'Needs a lawyer.' });
    await workerA.client.post(`/api/referrals/${sent.body.id}/messages`, { body: 'Born 2 April 1999 in Odesa.' });
    expect((await other.client.get(`/api/referrals/${sent.body.id}`)).status).toBe(404);
    expect((await adminA.client.delete(`/api/persons/${personId}`)).status).toBe(200);
    const receiver = await adminC.client.get<ReferralView>(`/api/referrals/${sent.body.id}`);
    expect(receiver.body).toMatchObject({ status: 'withdrawn', erased: true, shared: null });
    expect((await adminC.client.get<{ items: unknown[] }>(`/api/referrals/${sent.body.id}/messages`)).body.items).toEqual([]);
    const notes = await adminC.client.get<{ items: { kind: string; referralId: string }[] }>('/api/notifications');
    expect(notes.body.items).toContainEqual(expect.objectContaining({ kind: 'referral.erased', referralId: sent.body.id }));
    // The case is gone: on the sender's side, only who sent it and the overseers still see the referral.
    expect((await other.client.get(`/api/referrals/${sent.body.id}`)).status).toBe(404);
    expect((await other.client.get<Page>('/api/referrals?direction=outgoing')).body.items.map((r) => r.id)).not.toContain(sent.body.id);
    expect((await workerA.client.get(`/api/referrals/${sent.body.id}`)).status).toBe(200);
    expect((await supervisorA.client.get(`/api/referrals/${sent.body.id}`)).status).toBe(200);
  });

  it('refuses a measure period with a date that is no day', async () => {
    const res = await supervisorA.client.get<Err>('/api/referrals/stats?from=0000-01-01');
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('from');
  });
});

describe('row-level security underneath', () => {
  it('lets neither side delete the history, the receiver neither create a referral nor remove the thread', async () => {
    const some = (await p.db.owner.query<{ id: string; org_id: string; to_org_id: string }>('SELECT id, org_id, to_org_id FROM referrals LIMIT 1')).rows[0]!;
    await expect(p.db.tenant({ orgId: some.to_org_id }, (c) => c.query('DELETE FROM referral_events WHERE referral_id = $1', [some.id]))).rejects.toThrow(
      /permission denied/,
    );
    await expect(p.db.tenant({ orgId: some.org_id }, (c) => c.query('DELETE FROM referrals WHERE id = $1', [some.id]))).rejects.toThrow(/permission denied/);
    const removed = await p.db.tenant({ orgId: some.to_org_id }, (c) => c.query('DELETE FROM referral_messages WHERE referral_id = $1', [some.id]));
    expect(removed.rowCount).toBe(0);
    const forged = p.db.tenant({ orgId: some.to_org_id }, (c) =>
      c.query(
        `INSERT INTO referrals (id, org_id, to_org_id, service_name, status, from_country, to_country, from_language, to_language, shared_fields, wrapped_key, basis)
         VALUES ($1, $2, $3, 'x', 'sent', 'GRC', 'GRC', 'en', 'en', '{}', '\\x00', 'consent')`,
        [randomUUID(), some.org_id, some.to_org_id],
      ),
    );
    await expect(forged).rejects.toThrow(/row-level security/);
  });
});
