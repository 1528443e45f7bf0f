import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromDayNumber, toDayNumber, todayUtc } from '../../../core/cases/dates.js';
import { ageOn } from '../../../core/cases/person.js';
import { DASHBOARD_SCOPES, type Dashboard, type Figure, type FigureId } from '../../../core/data/dashboard/dashboard.js';
import { permissionsOf } from '../../../core/platform/policy.js';
import { ROLES } from '../../../core/platform/roles.js';
import { type SignedInUser, addOrganisation, addUser, setUp } from '../../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../../testing/harness.js';

/**
 * The dashboards through the real HTTP server: two organisations (Greece, Albania) with known cases,
 * contacts, referrals, screenings, outreach and services in 2025, counted exactly for an organisation
 * administrator, suppressed for a supervisor, an analyst and at network level, under the network's
 * threshold. The reviewer's attacks on suppression are in review.test.ts.
 */

let p: TestPlatform;
let adminA: SignedInUser; // network and organisation administrator of A (Greece)
let supervisorA: SignedInUser;
let analystA: SignedInUser;
let workerA: SignedInUser;
let adminB: SignedInUser; // Albania

type Err = { error: { code: string; field?: string } };
const YEAR = 'from=2025-01-01&to=2025-12-31';
let caseNumber = 1000;

interface CaseSeed {
  n: number;
  gender: string | null;
  citizenships: string[];
  birthDate?: string;
  estimated?: { age: number; on: string };
  forms: string[];
  openedOn: string;
  exploitation?: string;
  closedAt?: string;
}

/** Cases (with their persons) written straight into the database: the dashboards only count them. */
async function seedCases(orgId: string, s: CaseSeed): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < s.n; i++) {
    const person = randomUUID();
    const id = randomUUID();
    await p.db.owner.query(
      'INSERT INTO persons (id, org_id, birth_date, estimated_age, estimated_on, gender, citizenships) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [person, orgId, s.birthDate ?? null, s.estimated?.age ?? null, s.estimated?.on ?? null, s.gender, s.citizenships],
    );
    const events = s.exploitation ? [{ stage: 'exploitation', country: s.exploitation }] : [];
    const closed = s.closedAt && i === 0 ? s.closedAt : null;
    await p.db.owner.query(
      `INSERT INTO cases (id, org_id, person_id, number, opened_on, exploitation_forms, events, status, closed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
      [id, orgId, person, caseNumber++, s.openedOn, s.forms, JSON.stringify(events), closed ? 'closed' : 'active', closed],
    );
    ids.push(id);
  }
  return ids;
}

async function seedContacts(orgId: string, channel: string, n: number, startedAt: string, reasons: string[] = []): Promise<void> {
  for (let i = 0; i < n; i++) {
    await p.db.owner.query(
      `INSERT INTO contacts (id, org_id, channel, direction, started_at, caller, reasons, danger, sealed)
       VALUES ($1, $2, $3, 'inbound', $4, 'anonymous', $5, 'none', '\\x00')`,
      [randomUUID(), orgId, channel, startedAt, reasons],
    );
  }
}

async function seedReferral(from: string, to: string, status: string, sentAt: string, acceptedDays: number | null, closedDays: number | null): Promise<void> {
  const sent = new Date(`${sentAt}T09:00:00Z`);
  const at = (days: number | null) => (days === null ? null : new Date(sent.getTime() + days * 86_400_000));
  await p.db.owner.query(
    `INSERT INTO referrals (id, org_id, to_org_id, service_name, status, from_country, to_country, from_language, to_language,
                            shared_fields, wrapped_key, basis, sent_at, accepted_at, closed_at)
     VALUES ($1, $2, $3, 'Shelter', $4, 'GRC', 'ALB', 'en', 'en', '{}', '\\x00', 'consent', $5, $6, $7)`,
    [randomUUID(), from, to, status, sent, at(acceptedDays), at(closedDays)],
  );
}

const figure = (d: Dashboard, id: FigureId): Figure => {
  const f = d.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const cells = (f: Figure): Record<string, number | null> => Object.fromEntries(f.rows.map((r) => [r.key, r.value]));
const nonZero = (f: Figure): Record<string, number | null> => Object.fromEntries(f.rows.filter((r) => r.value !== 0).map((r) => [r.key, r.value]));

async function dashboardOf(user: SignedInUser, query: string): Promise<Dashboard> {
  const res = await user.client.get<Dashboard>(`/api/dashboard?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

beforeAll(async () => {
  p = await startTestPlatform();
  adminA = await setUp(p.url, 'admin-a@example.org', 'Athens Support');
  supervisorA = await addUser(adminA.client, 'supervisor-a@example.org', ['supervisor']);
  analystA = await addUser(adminA.client, 'analyst-a@example.org', ['analyst']);
  workerA = await addUser(adminA.client, 'worker-a@example.org', ['caseworker']);
  adminB = await addOrganisation(adminA.client, 'Tirana Shelter', 'ALB', 'admin-b@example.org');
  const A = adminA.orgId;
  const B = adminB.orgId;

  // Organisation A: 12 women from Ukraine aged 25 (sexual exploitation in Greece), 3 boys from Albania aged 16 (one case closed).
  const womenA = await seedCases(A, {
    n: 12,
    gender: 'feminine',
    citizenships: ['UKR'],
    birthDate: '1999-04-02',
    forms: ['sexual-exploitation'],
    openedOn: '2025-03-10',
    exploitation: 'GRC',
  });
  await seedCases(A, {
    n: 3,
    gender: 'masculine',
    citizenships: ['ALB', 'GRC'],
    birthDate: '2008-06-01',
    forms: ['forced-labour'],
    openedOn: '2025-05-05',
    exploitation: 'GRC',
    closedAt: '2025-06-15T10:00:00Z',
  });
  // Organisation B: 8 women from Ukraine aged 25, 2 people of unknown gender estimated 30, 11 men from Albania aged 35.
  await seedCases(B, {
    n: 8,
    gender: 'feminine',
    citizenships: ['UKR'],
    birthDate: '1999-04-02',
    forms: ['sexual-exploitation', 'forced-labour'],
    openedOn: '2025-03-20',
    exploitation: 'ALB',
  });
  await seedCases(B, { n: 2, gender: null, citizenships: [], estimated: { age: 30, on: '2025-01-01' }, forms: [], openedOn: '2025-07-01' });
  await seedCases(B, { n: 11, gender: 'masculine', citizenships: ['ALB'], birthDate: '1990-01-01', forms: ['forced-labour'], openedOn: '2025-08-01' });
  // A case opened before the period and still open counts among the people assisted, not among the cases opened.
  await seedCases(B, { n: 1, gender: 'feminine', citizenships: ['MDA'], birthDate: '2000-01-01', forms: ['forced-begging'], openedOn: '2024-11-01' });

  // Contacts: A 12 by phone and 3 by chat, B 5 by e-mail; one of A's with its own reason.
  await seedContacts(A, 'phone', 12, '2025-02-03T10:00:00Z', ['seeking-help']);
  await seedContacts(A, 'chat', 3, '2025-02-04T10:00:00Z', ['org-seasonal-work']);
  await seedContacts(B, 'email', 5, '2025-09-01T10:00:00Z');

  // Referrals from A to B: 10 completed after 30 days, 1 accepted, all 11 accepted after 2 days; 1 waiting.
  for (let i = 0; i < 10; i++) await seedReferral(A, B, 'completed', '2025-04-01', 2, 30);
  await seedReferral(A, B, 'accepted', '2025-04-01', 2, null);
  await seedReferral(A, B, 'sent', '2025-04-01', null, null);

  // Screenings of A: 10 presumed victims, 1 not settled.
  for (let i = 0; i < 11; i++) {
    await p.db.owner.query(
      `INSERT INTO screenings (id, org_id, instrument_id, instrument_version, presumed_victim, settled, sealed, created_at)
       VALUES ($1, $2, 'ilo-indicators', 1, $3, $3, '\\x00', '2025-05-01T12:00:00Z')`,
      [randomUUID(), A, i < 10],
    );
  }
  // Outreach of A: 12 people identified, 10 engaged, 4 came to the centre, 2 got a case.
  for (let i = 0; i < 12; i++) {
    await p.db.owner.query(
      `INSERT INTO outreach_people (id, org_id, sealed_pseudonym, place, team, identified_on, engaged_on, visited_on, case_opened_on)
       VALUES ($1, $2, '\\x00', 'Omonia', 'Team 1', '2025-02-01', $3, $4, $5)`,
      [randomUUID(), A, i < 10 ? '2025-02-05' : null, i < 4 ? '2025-02-10' : null, i < 2 ? '2025-02-20' : null],
    );
  }
  // Services on A's cases: 12 shelter stays and 2 medical, started in 2025; one shelter in 2024 (outside).
  const service = async (type: string, from: string) =>
    p.db.owner.query("INSERT INTO case_entries (id, org_id, case_id, kind, data) VALUES ($1, $2, $3, 'service', $4::jsonb)", [
      randomUUID(),
      A,
      womenA[0],
      JSON.stringify({ type, from }),
    ]);
  for (let i = 0; i < 12; i++) await service('shelter', '2025-04-01');
  for (let i = 0; i < 2; i++) await service('medical', '2025-06-01');
  await service('shelter', '2024-06-01');
});

afterAll(async () => {
  await p?.close();
});

describe('the organisation dashboard', () => {
  it('is exact for an organisation administrator, and counts the organisation’s own records only', async () => {
    const d = await dashboardOf(adminA, YEAR);
    expect(d).toMatchObject({ scope: 'organisation', from: '2025-01-01', to: '2025-12-31', country: null, threshold: null, peopleCountedOnce: null });
    expect(d.figures.map((f) => f.id)).not.toContain('cases-by-member-country');
    expect(d.figures.every((f) => !f.suppressed)).toBe(true);

    const opened = figure(d, 'cases-opened');
    expect(opened.rows.map((r) => r.key)).toEqual([
      '2025-01',
      '2025-02',
      '2025-03',
      '2025-04',
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(nonZero(opened)).toEqual({ '2025-03': 12, '2025-05': 3 });
    expect(opened.total).toBe(15);
    expect(nonZero(figure(d, 'cases-closed'))).toEqual({ '2025-06': 1 });
    const people = figure(d, 'people-assisted');
    expect(people).toMatchObject({ additive: false, total: 15 });
    expect(cells(people)).toMatchObject({ '2025-02': 0, '2025-03': 12, '2025-05': 15, '2025-06': 15, '2025-07': 14 });

    expect(nonZero(figure(d, 'genders'))).toEqual({ feminine: 12, masculine: 3 });
    expect(nonZero(figure(d, 'age-bands'))).toEqual({ '24--26': 12, '9--17': 3 });
    expect(nonZero(figure(d, 'citizenships'))).toEqual({ UKR: 12, ALB: 3 });
    expect(nonZero(figure(d, 'exploitation-forms'))).toEqual({ 'sexual-exploitation': 12, 'forced-labour': 3 });
    expect(nonZero(figure(d, 'exploitation-countries'))).toEqual({ GRC: 15 });
    expect(nonZero(figure(d, 'contact-channels'))).toEqual({ phone: 12, chat: 3 });
    // The organisation's own reasons keep their codes on its own dashboard.
    expect(nonZero(figure(d, 'contact-reasons'))).toEqual({ 'seeking-help': 12, 'org-seasonal-work': 3 });
    expect(cells(figure(d, 'outreach-funnel'))).toEqual({ identified: 12, engaged: 10, visited: 4, 'case-opened': 2 });
    expect(cells(figure(d, 'screening-results'))).toEqual({ 'presumed-victim': 10, 'not-enough': 0, incomplete: 1 });
    // The referrals the organisation sent (or received).
    expect(nonZero(figure(d, 'referral-statuses'))).toEqual({ completed: 10, accepted: 1, sent: 1 });
    expect(figure(d, 'referral-days').rows).toEqual([
      { key: 'days-to-acceptance', value: 2, basis: 11 },
      { key: 'days-to-completion', value: 30, basis: 10 },
    ]);
    const services = figure(d, 'services-delivered');
    expect(nonZero(services)).toEqual({ shelter: 12, medical: 2 });
    expect(services.total).toBe(14);
  });

  it('of the other organisation holds only its own cases', async () => {
    const d = await dashboardOf(adminB, YEAR);
    expect(nonZero(figure(d, 'genders'))).toEqual({ feminine: 9, masculine: 11, unknown: 2 });
    expect(nonZero(figure(d, 'age-bands'))).toEqual({ '24--26': 9, '30--38': 13 });
    expect(figure(d, 'people-assisted').total).toBe(22);
    expect(figure(d, 'cases-opened').total).toBe(21);
    expect(nonZero(figure(d, 'exploitation-forms'))).toEqual({ 'forced-labour': 19, 'sexual-exploitation': 8, 'forced-begging': 1, unknown: 2 });
    // B received the referrals: they are its too.
    expect(figure(d, 'referral-statuses').total).toBe(12);
  });

  it('is suppressed with the network’s threshold for an analyst and a supervisor', async () => {
    const d = await dashboardOf(analystA, YEAR);
    expect(d.threshold).toBe(10);
    expect(await dashboardOf(supervisorA, YEAR)).toEqual(d);
    // Its total only: month by month, people assisted would give back the cases opened and closed.
    expect(figure(d, 'people-assisted')).toMatchObject({ rows: [], total: 15 });
    const genders = figure(d, 'genders');
    // 3 men is under 10; 12 women is then hidden too, or 15 - 12 would give the 3 back.
    expect(nonZero(genders)).toEqual({ feminine: null, masculine: null });
    expect(genders).toMatchObject({ total: 15, suppressed: true });
    expect(nonZero(figure(d, 'cases-opened'))).toEqual({ '2025-03': null, '2025-05': null });
    expect(nonZero(figure(d, 'cases-closed'))).toEqual({ '2025-06': null });
    expect(figure(d, 'cases-closed').total).toBeNull();
    // 12 identified and 10 engaged would say that 2 were not: engaged and every later stage are hidden.
    expect(cells(figure(d, 'outreach-funnel'))).toEqual({ identified: 12, engaged: null, visited: null, 'case-opened': null });
    expect(nonZero(figure(d, 'referral-statuses'))).toEqual({ completed: null, accepted: null, sent: null });
    // The medians show; how many referrals they come from never does (it would give the statuses back).
    expect(figure(d, 'referral-days').rows).toEqual([
      { key: 'days-to-acceptance', value: 2, basis: null },
      { key: 'days-to-completion', value: 30, basis: null },
    ]);
    expect(nonZero(figure(d, 'services-delivered'))).toEqual({ shelter: null, medical: null });
  });

  it('counts what was recorded through the API today, in the last twelve months by default', async () => {
    const person = await workerA.client.post<{ id: string }>('/api/persons', {
      names: [{ given: 'Olena', family: 'Kovalenko' }],
      gender: 'feminine',
      citizenships: ['UKR'],
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const kase = await workerA.client.post('/api/cases', { personId: person.body.id, exploitationForms: ['forced-labour'] });
    expect(kase.status, JSON.stringify(kase.body)).toBe(201);
    const d = await dashboardOf(adminA, '');
    const today = todayUtc();
    expect(d.to).toBe(today);
    expect(d.from).toMatch(/^\d{4}-\d{2}-01$/);
    const opened = figure(d, 'cases-opened');
    expect(opened.rows).toHaveLength(12);
    expect(opened.rows.at(-1)).toEqual({ key: today.slice(0, 7), value: 1 });
    // The cases of 2025 still open count among those the period's breakdowns describe; the closed one does not.
    expect(nonZero(figure(d, 'genders'))).toEqual({ feminine: 13, masculine: 2 });
    expect(nonZero(figure(d, 'exploitation-forms'))).toEqual({ 'sexual-exploitation': 12, 'forced-labour': 3 });
    const audited = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'dashboard.read' AND actor_id = $1", [
      adminA.id,
    ]);
    expect(audited.rows[0]?.n).toBeGreaterThanOrEqual(2);
  });
});

describe('the network dashboard', () => {
  it('adds both organisations, suppresses cells under the threshold and their complements', async () => {
    const d = await dashboardOf(analystA, `scope=network&${YEAR}`);
    expect(d).toMatchObject({ scope: 'network', threshold: 10, country: null });
    expect(d.peopleCountedOnce).not.toBeNull();
    expect(d.figures.every((f) => f.id !== 'cases-by-member-country' || f.rows.length === 2)).toBe(true);
    // 21 women, 14 men, 2 unknown: the 2 is hidden, and the smallest other (14) with it.
    const genders = figure(d, 'genders');
    expect(nonZero(genders)).toEqual({ feminine: 21, masculine: null, unknown: null });
    expect(genders.total).toBe(37);
    expect(nonZero(figure(d, 'cases-by-member-country'))).toEqual({ GRC: 15, ALB: 22 });
    // 9--17 alone (3) is hidden; the next smallest (13) is hidden with it.
    expect(nonZero(figure(d, 'age-bands'))).toEqual({ '24--26': 21, '30--38': null, '9--17': null });
    // MDA (1) is merged into 'other'; 1 + 2 hidden are fewer than 10: the next smallest (14) is hidden with them.
    expect(nonZero(figure(d, 'citizenships'))).toEqual({ UKR: 20, ALB: null, other: null, unknown: null });
    expect(figure(d, 'people-assisted')).toMatchObject({ rows: [], total: 37 });
    // Not additive: each cell on its own.
    expect(nonZero(figure(d, 'exploitation-forms'))).toEqual({ 'sexual-exploitation': 20, 'forced-labour': 22, 'forced-begging': null, unknown: null });
    // An organisation's own reasons are counted together at network level, and a figure from one organisation stays suppressed.
    expect(nonZero(figure(d, 'contact-reasons'))).toEqual({ 'seeking-help': 12, custom: null, unknown: null });
    expect(figure(d, 'contact-channels').total).toBe(20);
    // A referral between two members is counted once.
    expect(figure(d, 'referral-statuses').total).toBe(12);
    for (const f of d.figures) {
      for (const r of f.rows) if (r.value !== null && f.unit !== 'days') expect(r.value === 0 || r.value >= 10, `${f.id} ${r.key}`).toBe(true);
    }
  });

  it('is refused to a supervisor (no stats:network) and the organisation dashboard to a caseworker', async () => {
    const network = await supervisorA.client.get<Err>(`/api/dashboard?scope=network&${YEAR}`);
    expect(network.status).toBe(403);
    expect(network.body.error.code).toBe('forbidden');
    const own = await workerA.client.get<Err>(`/api/dashboard?${YEAR}`);
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('forbidden');
  });

  it('answers every role as the policy says, for both scopes', async () => {
    const failures: string[] = [];
    for (const role of ROLES) {
      const user = await addUser(adminA.client, `${role}-matrix@example.org`, [role]);
      for (const scope of DASHBOARD_SCOPES) {
        const allowed = permissionsOf([role]).has(scope === 'network' ? 'stats:network' : 'stats:organisation');
        const res = await user.client.get<Err>(`/api/dashboard?scope=${scope}&${YEAR}`);
        if (res.status !== (allowed ? 200 : 403)) failures.push(`${role} ${scope}: ${res.status}`);
        if (!allowed && res.body.error?.code !== 'forbidden') failures.push(`${role} ${scope}: ${res.body.error?.code}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('filters by the country of the member organisations', async () => {
    const d = await dashboardOf(analystA, `scope=network&${YEAR}&country=ALB`);
    expect(d.country).toBe('ALB');
    // B alone: 9 women and 2 unknown are small or hidden together (11); the 11 men are hidden too, since
    // the network's 14 minus these 11 would give A's 3.
    expect(nonZero(figure(d, 'genders'))).toEqual({ feminine: null, masculine: null, unknown: null });
    expect(nonZero(figure(d, 'cases-by-member-country'))).toEqual({ ALB: 22 });
    expect(figure(d, 'contact-channels').total).toBeNull();
    const none = await dashboardOf(analystA, `scope=network&${YEAR}&country=FRA`);
    expect(figure(none, 'genders').total).toBe(0);
  });

  it('follows the network’s threshold when a network administrator changes it', async () => {
    const low = await adminA.client.patch<{ statsThreshold: number }>('/api/network', { statsThreshold: 2 });
    expect(low.status, JSON.stringify(low.body)).toBe(200);
    expect(low.body.statsThreshold).toBe(2);
    expect((await adminA.client.get<{ statsThreshold: number }>('/api/network')).body.statsThreshold).toBe(2);
    const d = await dashboardOf(analystA, `scope=network&${YEAR}`);
    expect(d.threshold).toBe(2);
    expect(nonZero(figure(d, 'genders'))).toEqual({ feminine: 21, masculine: 14, unknown: 2 });
    // MDA (1) is merged into 'other' and hidden, with the smallest other (unknown, 2).
    expect(nonZero(figure(d, 'citizenships'))).toEqual({ UKR: 20, ALB: 14, other: null, unknown: null });

    const high = await adminA.client.patch('/api/network', { statsThreshold: 25 });
    expect(high.status).toBe(200);
    const strict = await dashboardOf(analystA, `scope=network&${YEAR}`);
    expect(nonZero(figure(strict, 'genders'))).toEqual({ feminine: null, masculine: null, unknown: null });
    expect(figure(strict, 'genders').total).toBe(37);
    expect(figure(strict, 'referral-days').rows).toEqual([
      { key: 'days-to-acceptance', value: null, basis: null },
      { key: 'days-to-completion', value: null, basis: null },
    ]);

    for (const bad of [1, 1001, 2.5, '10']) {
      const res = await adminA.client.patch<Err>('/api/network', { statsThreshold: bad });
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('statsThreshold');
    }
    expect((await supervisorA.client.patch('/api/network', { statsThreshold: 3 })).status).toBe(403);
    expect((await adminA.client.patch('/api/network', { statsThreshold: 10 })).status).toBe(200);
  });
});

describe('the count functions in the database', () => {
  const total = (rows: { figure: string; k: string | null; cnt: number }[], figureId: string) => rows.find((r) => r.figure === figureId && r.k === null)?.cnt;

  it('count, as the app role, only the organisation of the transaction, whichever organisation is asked for', async () => {
    const own = await p.db.tenant({ orgId: adminA.orgId }, (c) =>
      c.query("SELECT figure, k, cnt FROM dashboard_counts('2025-01-01', '2025-12-31', NULL, $1)", [adminA.orgId]),
    );
    expect(total(own.rows, 'cases-opened')).toBe(15);
    const other = await p.db.tenant({ orgId: adminA.orgId }, (c) =>
      c.query("SELECT figure, k, cnt FROM dashboard_counts('2025-01-01', '2025-12-31', NULL, $1)", [adminB.orgId]),
    );
    expect(total(other.rows, 'cases-opened')).toBe(0);
    expect(total(other.rows, 'contact-channels')).toBe(0);
    expect(total(other.rows, 'people-assisted')).toBe(0);
    // The referrals between A and B are A's as well: A reads them anyway.
    expect(total(other.rows, 'referral-statuses')).toBe(12);
  });

  it('count a person with two cases open in the same month once among the people assisted', async () => {
    const person = randomUUID();
    await p.db.owner.query("INSERT INTO persons (id, org_id, gender) VALUES ($1, $2, 'feminine')", [person, adminB.orgId]);
    for (const [opened, closed] of [
      ['2023-01-10', '2023-03-15T12:00:00Z'],
      ['2023-03-01', '2023-06-20T12:00:00Z'],
    ] as const) {
      await p.db.owner.query("INSERT INTO cases (id, org_id, person_id, number, opened_on, status, closed_at) VALUES ($1, $2, $3, $4, $5, 'closed', $6)", [
        randomUUID(),
        adminB.orgId,
        person,
        caseNumber++,
        opened,
        closed,
      ]);
    }
    const d = await dashboardOf(adminB, 'from=2023-02-15&to=2023-12-31');
    expect(nonZero(figure(d, 'people-assisted'))).toEqual({ '2023-02': 1, '2023-03': 1, '2023-04': 1, '2023-05': 1, '2023-06': 1 });
    expect(figure(d, 'people-assisted').total).toBe(1);
    expect(figure(d, 'cases-opened')).toMatchObject({ total: 1, rows: expect.arrayContaining([{ key: '2023-03', value: 1 }]) });
    expect(nonZero(figure(d, 'cases-closed'))).toEqual({ '2023-03': 1, '2023-06': 1 });
    expect(figure(d, 'genders').total).toBe(2);
  });

  it('answer the network’s counts in an organisation’s transaction only, for ten years at most', async () => {
    const q = 'SELECT figure, k, cnt FROM network_dashboard_counts($1, $2, NULL)';
    const network = await p.db.tenant({ orgId: adminA.orgId }, (c) => c.query(q, ['2025-01-01', '2025-12-31']));
    expect(total(network.rows, 'cases-opened')).toBe(36);
    expect((await p.db.anonymous((c) => c.query(q, ['2025-01-01', '2025-12-31']))).rows).toEqual([]);
    expect((await p.db.tenant({ orgId: adminA.orgId }, (c) => c.query(q, ['2015-01-01', '2025-01-01']))).rows).toEqual([]);
    // Counts, never rows: every answer is a figure, a key and numbers.
    for (const r of network.rows) expect(Object.keys(r).sort()).toEqual(['cnt', 'figure', 'k']);
  });
});

describe('the age at opening', () => {
  it('is counted in the database as src/core/cases/person.ts ageOn computes it', async () => {
    const day = fc.integer({ min: toDayNumber('1950-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
    const samples = fc.sample(
      fc.record({ birth: fc.option(day), estimated: fc.option(fc.record({ years: fc.integer({ min: 0, max: 90 }), on: day })), on: day }),
      { numRuns: 400, seed: 7 },
    );
    // Leap days and their neighbours, where whole years are easiest to get wrong.
    for (const [birth, on] of [
      ['2008-02-29', '2026-02-28'],
      ['2008-02-29', '2026-03-01'],
      ['2008-02-29', '2028-02-29'],
      ['2000-03-01', '2024-02-29'],
    ] as const)
      samples.push({ birth, estimated: null, on });
    samples.push(
      { birth: null, estimated: { years: 17, on: '2025-03-01' }, on: '2024-06-01' },
      { birth: null, estimated: { years: 0, on: '2025-03-01' }, on: '2025-02-01' },
    );
    const { rows } = await p.db.owner.query<{ age: number | null }>(
      'SELECT dashboard_age_on(b, e, eo, o) AS age FROM unnest($1::date[], $2::int[], $3::date[], $4::date[]) AS t(b, e, eo, o)',
      [samples.map((x) => x.birth), samples.map((x) => x.estimated?.years ?? null), samples.map((x) => x.estimated?.on ?? null), samples.map((x) => x.on)],
    );
    const expected = samples.map(
      (x) =>
        ageOn(
          { ...(x.birth ? { birthDate: x.birth } : x.estimated ? { estimatedAge: { years: x.estimated.years, estimatedOn: x.estimated.on } } : {}) },
          x.on,
        ) ?? null,
    );
    expect(rows.map((r) => r.age)).toEqual(expected);
  });
});

describe('the period', () => {
  it('refuses bad dates, naming the field', async () => {
    const cases: [string, string][] = [
      ['from=2025-13-01&to=2025-12-31', 'from'],
      ['from=2025-01-01&to=2025-02-30', 'to'],
      ['from=2025-06-01&to=2025-05-31', 'to'],
      ['from=2015-01-01&to=2025-01-01', 'to'],
      ['from=2999-01-01', 'from'],
      ['scope=everything', 'scope'],
      ['country=gr', 'country'],
      ['scope=network&country=XXX', 'country'],
    ];
    for (const [query, field] of cases) {
      const res = await supervisorA.client.get<Err>(`/api/dashboard?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.field, query).toBe(field);
    }
    // The country is for the network dashboard.
    const own = await supervisorA.client.get<Err>('/api/dashboard?country=GRC');
    expect(own.status).toBe(400);
    expect(own.body.error.field).toBe('country');
  });

  it('takes ten years at most', async () => {
    const d = await dashboardOf(supervisorA, 'from=2015-01-01&to=2024-12-31');
    expect(figure(d, 'cases-opened').rows).toHaveLength(120);
  });
});
