import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayUtc } from '../../../core/cases/dates.js';
import type { Dashboard, Figure, FigureId } from '../../../core/data/dashboard/dashboard.js';
import { type SignedInUser, addOrganisation, addUser, setUp } from '../../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../../testing/harness.js';

/**
 * The review of issue 7's dashboards, as regression tests: a member in Greece with 20 Ukrainian
 * women, one in Albania with 3 Albanian men and 1 Nigerian woman, a threshold of 10, and the
 * Greek organisation's analyst trying to learn the Albanian cases from the answers: by country
 * (network minus a country), by moving the period by a day, from figures that add up to each other,
 * from the organisation's dashboard (restricted cases), and from people counted once.
 */

let p: TestPlatform;
let adminA: SignedInUser;
let analystA: SignedInUser;
let supervisorA: SignedInUser;
let workerA: SignedInUser;
let adminB: SignedInUser;
const T = 10;
const YEAR = 'from=2025-01-01&to=2025-12-31';
let caseNumber = 5000;

async function seed(orgId: string, n: number, gender: string, citizenship: string, openedOn: string, forms: string[], closed?: { at: string; on: string }) {
  for (let i = 0; i < n; i++) {
    const person = randomUUID();
    await p.db.owner.query('INSERT INTO persons (id, org_id, birth_date, gender, citizenships) VALUES ($1, $2, $3, $4, $5)', [
      person,
      orgId,
      '1995-01-01',
      gender,
      [citizenship],
    ]);
    await p.db.owner.query(
      `INSERT INTO cases (id, org_id, person_id, number, opened_on, exploitation_forms, events, status, closed_at, closure)
       VALUES ($1, $2, $3, $4, $5, $6, '[]'::jsonb, $7, $8, $9::jsonb)`,
      [
        randomUUID(),
        orgId,
        person,
        caseNumber++,
        openedOn,
        forms,
        closed ? 'closed' : 'active',
        closed?.at ?? null,
        closed ? JSON.stringify({ reason: 'assistance-completed', closedOn: closed.on }) : null,
      ],
    );
  }
}

const figure = (d: Dashboard, id: FigureId): Figure => {
  const f = d.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
const nonZero = (f: Figure): Record<string, number | null> => Object.fromEntries(f.rows.filter((r) => r.value !== 0).map((r) => [r.key, r.value]));

async function dashboardOf(user: SignedInUser, query: string): Promise<Dashboard> {
  const res = await user.client.get<Dashboard>(`/api/dashboard?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Every pair of shown numbers of two answers (same figure and key, or both totals) that differ by 1 to t-1. */
function smallDifferences(a: Dashboard, b: Dashboard): string[] {
  const out: string[] = [];
  const small = (x: number | null | undefined, y: number | null | undefined) =>
    typeof x === 'number' && typeof y === 'number' && Math.abs(x - y) > 0 && Math.abs(x - y) < T;
  for (const fa of a.figures) {
    const fb = figure(b, fa.id);
    if (fa.unit === 'days') continue;
    if (small(fa.total, fb.total)) out.push(`${fa.id} total ${fa.total} ${fb.total}`);
    for (const ra of fa.rows) {
      const rb = fb.rows.find((r) => r.key === ra.key);
      if (small(ra.value, rb?.value ?? 0)) out.push(`${fa.id} ${ra.key} ${ra.value} ${rb?.value ?? 0}`);
    }
  }
  return out;
}

beforeAll(async () => {
  p = await startTestPlatform();
  adminA = await setUp(p.url, 'admin-a@example.org', 'Athens');
  analystA = await addUser(adminA.client, 'analyst@example.org', ['analyst']);
  supervisorA = await addUser(adminA.client, 'supervisor@example.org', ['supervisor']);
  workerA = await addUser(adminA.client, 'worker@example.org', ['caseworker']);
  adminB = await addOrganisation(adminA.client, 'Tirana', 'ALB', 'admin-b@example.org');
  await seed(adminA.orgId, 20, 'feminine', 'UKR', '2025-01-15', ['sexual-exploitation']);
  await seed(adminB.orgId, 3, 'masculine', 'ALB', '2025-02-10', ['forced-labour']);
  // Closed on 2 April 2025, recorded as closed much later (an import, a closure entered late).
  await seed(adminB.orgId, 1, 'feminine', 'NGA', '2025-03-05', ['forced-labour'], { at: '2026-01-20T10:00:00Z', on: '2025-04-02' });
  // Outreach of A: 12 identified, 10 engaged.
  for (let i = 0; i < 12; i++) {
    await p.db.owner.query(
      `INSERT INTO outreach_people (id, org_id, sealed_pseudonym, place, team, identified_on, engaged_on)
       VALUES ($1, $2, '\\x00', 'Omonia', 'Team 1', '2025-02-01', $3)`,
      [randomUUID(), adminA.orgId, i < 10 ? '2025-02-05' : null],
    );
  }
}, 180_000);

afterAll(async () => {
  await p?.close();
});

describe('a country’s network figures', () => {
  it('never give one member’s counts back by subtraction from the whole network (finding 1)', async () => {
    const all = await dashboardOf(analystA, `scope=network&${YEAR}`);
    const grc = await dashboardOf(analystA, `scope=network&${YEAR}&country=GRC`);
    const alb = await dashboardOf(analystA, `scope=network&${YEAR}&country=ALB`);
    expect(smallDifferences(all, grc)).toEqual([]);
    expect(smallDifferences(all, alb)).toEqual([]);
    // Greece's 20 women are suppressed: the network's 21 minus them would give Albania's 1.
    expect(nonZero(figure(grc, 'genders'))).toEqual({ feminine: null });
    expect(figure(grc, 'genders').total).toBeNull();
    expect(figure(grc, 'people-assisted').total).toBeNull();
    expect(figure(all, 'genders').total).toBe(24);
  });
});

describe('the period of suppressed figures', () => {
  it('is whole months, so that one more day shows nothing new (finding 2)', async () => {
    const a = await dashboardOf(analystA, 'scope=network&from=2025-01-01&to=2025-03-04');
    const b = await dashboardOf(analystA, 'scope=network&from=2025-01-01&to=2025-03-05');
    expect([a.from, a.to]).toEqual(['2025-01-01', '2025-03-31']);
    expect(b).toEqual(a);
    const mid = await dashboardOf(analystA, 'scope=network&from=2025-02-14&to=2025-02-14');
    expect([mid.from, mid.to]).toEqual(['2025-02-01', '2025-02-28']);
    // An organisation's suppressed dashboard too; its administrator's exact one keeps the days asked for.
    const own = await dashboardOf(supervisorA, 'from=2025-01-10&to=2025-02-03');
    expect([own.from, own.to]).toEqual(['2025-01-01', '2025-02-28']);
    const exact = await dashboardOf(adminA, 'from=2025-01-10&to=2025-02-03');
    expect([exact.from, exact.to]).toEqual(['2025-01-10', '2025-02-03']);
    // Ten years of whole months at most: a period that would grow beyond starts a month later.
    const long = await dashboardOf(analystA, 'scope=network&from=2015-01-15&to=2025-01-14');
    expect([long.from, long.to]).toEqual(['2015-02-01', '2025-01-31']);
  });

  it('never shows a rare country on its own: small countries are merged into “other” (finding 2)', async () => {
    const d = await dashboardOf(analystA, `scope=network&${YEAR}`);
    const citizenships = figure(d, 'citizenships');
    expect(citizenships.rows.map((r) => r.key)).not.toContain('NGA');
    expect(citizenships.rows.map((r) => r.key)).not.toContain('ALB');
    // ALB 3 + NGA 1 = 4: "other" is small, so UKR (20) is hidden with it; the total stays.
    expect(nonZero(citizenships)).toEqual({ UKR: null, other: null });
    expect(citizenships.total).toBe(24);
    // The organisations' countries too; code lists keep their keys.
    expect(figure(d, 'cases-by-member-country').rows.map((r) => r.key)).toEqual(['GRC', 'other']);
    expect(figure(d, 'genders').rows.map((r) => r.key)).toEqual(expect.arrayContaining(['feminine', 'masculine', 'unknown']));
  });

  it('is recorded in the audit entry, with the country', async () => {
    await dashboardOf(analystA, `scope=network&from=2025-01-05&to=2025-12-20&country=GRC`);
    const { rows } = await p.db.owner.query<{ record_id: string }>("SELECT record_id FROM audit_log WHERE action = 'dashboard.read' AND actor_id = $1", [
      analystA.id,
    ]);
    expect(rows.map((r) => r.record_id)).toContain('network 2025-01-01..2025-12-31 GRC');
    expect(rows.map((r) => r.record_id)).toContain('network 2025-01-01..2025-03-31');
  });
});

describe('figures that add up to each other (finding 3)', () => {
  it('show people assisted as a total only, no basis of the medians, and the funnel without small differences', async () => {
    const d = await dashboardOf(analystA, 'scope=network&from=2025-01-01&to=2025-06-30');
    expect(figure(d, 'people-assisted')).toMatchObject({ rows: [], total: 24 });
    for (const r of figure(d, 'referral-days').rows) expect(r.basis).toBeNull();
    expect(nonZero(figure(d, 'outreach-funnel'))).toEqual({ identified: 12, engaged: null, visited: null, 'case-opened': null });
    const own = await dashboardOf(analystA, YEAR);
    expect(figure(own, 'people-assisted').rows).toEqual([]);
    expect(nonZero(figure(own, 'outreach-funnel'))).toEqual({ identified: 12, engaged: null, visited: null, 'case-opened': null });
  });
});

describe('the organisation’s dashboard (finding 4)', () => {
  it('is exact for its administrator without the cases restricted to others, and suppressed for a supervisor', async () => {
    const person = await adminA.client.post<{ id: string }>('/api/persons', {
      names: [{ given: 'Secret', family: 'Witness' }],
      birthDate: '2009-05-05',
      gender: 'masculine',
      citizenships: ['SYR'],
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const kase = await adminA.client.post<{ id: string }>('/api/cases', {
      personId: person.body.id,
      restrictedTo: [workerA.id],
      exploitationForms: ['organ-removal'],
    });
    expect(kase.status, JSON.stringify(kase.body)).toBe(201);
    const today = todayUtc();
    const admin = await dashboardOf(adminA, `from=${today}&to=${today}`);
    expect(admin.threshold).toBeNull();
    expect(nonZero(figure(admin, 'genders'))).toEqual({ feminine: 20 });
    expect(nonZero(figure(admin, 'citizenships'))).toEqual({ UKR: 20 });
    expect(nonZero(figure(admin, 'exploitation-forms'))).toEqual({ 'sexual-exploitation': 20 });
    expect(figure(admin, 'cases-opened').total).toBe(0);

    // The supervisor (and the analyst) count every case, suppressed: the one man is not shown.
    const supervisor = await dashboardOf(supervisorA, `from=${today}&to=${today}`);
    expect(supervisor.threshold).toBe(T);
    expect(nonZero(figure(supervisor, 'genders'))).toEqual({ feminine: null, masculine: null });
    expect(figure(supervisor, 'genders').total).toBe(21);
    expect(nonZero(figure(supervisor, 'citizenships'))).toEqual({ UKR: null, other: null });
    for (const f of supervisor.figures) for (const r of f.rows) expect(r.value === null || r.value === 0 || r.value >= T, `${f.id} ${r.key}`).toBe(true);
  });
});

describe('people counted once (finding 5)', () => {
  it('suppress the deduplicated number when fewer than the threshold were matched, and a country’s when the rest is small', async () => {
    await p.db.owner.query(
      `INSERT INTO linkage_counts (id, raw, deduplicated, organisations_with_keys, by_country, other_secret, computed_at)
       VALUES (1, 24, 23, 2, $1::jsonb, 0, now())
       ON CONFLICT (id) DO UPDATE SET raw = 24, deduplicated = 23, organisations_with_keys = 2, by_country = excluded.by_country`,
      [JSON.stringify({ GRC: { raw: 20, deduplicated: 19, owners: 1 }, ALB: { raw: 4, deduplicated: 4, owners: 1 } })],
    );
    // Another period: the network's answers for a period are kept for a few minutes.
    const all = await dashboardOf(analystA, 'scope=network&from=2024-01-01&to=2024-12-31');
    expect(all.peopleCountedOnce).toMatchObject({ raw: 24, deduplicated: null });
    const grc = await dashboardOf(analystA, 'scope=network&from=2024-01-01&to=2024-12-31&country=GRC');
    expect(grc.peopleCountedOnce).toMatchObject({ raw: null, deduplicated: null });
    const alb = await dashboardOf(analystA, 'scope=network&from=2024-01-01&to=2024-12-31&country=ALB');
    expect(alb.peopleCountedOnce).toMatchObject({ raw: null, deduplicated: null });
  });
});

describe('closed cases (finding 6)', () => {
  it('are counted on the closure’s own date, not on the day the closure was recorded', async () => {
    const d = await dashboardOf(adminB, YEAR);
    expect(nonZero(figure(d, 'cases-closed'))).toEqual({ '2025-04': 1 });
    const later = await dashboardOf(adminB, 'from=2026-01-01&to=2026-01-31');
    expect(figure(later, 'cases-closed').total).toBe(0);
    // Closed in April: not among the people assisted of May.
    expect(figure(await dashboardOf(adminB, 'from=2025-05-01&to=2025-05-31'), 'people-assisted').total).toBe(3);
  });
});

describe('the network’s answers (finding 11)', () => {
  it('are kept for a while per period, country and threshold, and forgotten when the threshold changes', async () => {
    const q = 'scope=network&from=2023-01-01&to=2023-12-31';
    const before = await dashboardOf(analystA, q);
    expect(figure(before, 'cases-opened').total).toBe(0);
    await seed(adminB.orgId, 12, 'masculine', 'ALB', '2023-03-01', ['forced-labour']);
    expect(figure(await dashboardOf(analystA, q), 'cases-opened').total).toBe(0);
    // Changed and changed back, with no dashboard read in between: still forgotten.
    expect((await adminA.client.patch('/api/network', { statsThreshold: 11 })).status).toBe(200);
    expect((await adminA.client.patch('/api/network', { statsThreshold: T })).status).toBe(200);
    expect(figure(await dashboardOf(analystA, q), 'cases-opened').total).toBe(12);
  });
});
