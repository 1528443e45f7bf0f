import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayUtc } from '../../../core/cases/dates.js';
import { type Err, YEAR, cells, dashboardOf, figure, nonZero, startDashboardPlatform } from './test-fixtures.js';
import type { SignedInUser } from '../../testing/client.js';
import type { TestPlatform } from '../../testing/harness.js';

/**
 * The organisation dashboard through the real HTTP server, on the records of test-fixtures.ts: counted
 * exactly for an organisation administrator, suppressed for a supervisor and an analyst under the
 * network's threshold; and the period it is asked for. The network dashboard is in
 * dashboard-network.test.ts, the reviewer's attacks on suppression in review.test.ts.
 */

let p: TestPlatform;
let adminA: SignedInUser;
let supervisorA: SignedInUser;
let analystA: SignedInUser;
let workerA: SignedInUser;
let adminB: SignedInUser;

beforeAll(async () => {
  ({ p, adminA, supervisorA, analystA, workerA, adminB } = await startDashboardPlatform());
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
