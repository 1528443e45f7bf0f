import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Dashboard, Figure, FigureId } from '../../../core/data/dashboard/dashboard.js';
import { type SignedInUser, addOrganisation, addUser, setUp } from '../../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../../testing/harness.js';

/**
 * For the dashboard tests of this folder: two organisations (Greece, Albania) with known cases,
 * contacts, referrals, screenings, outreach and services in 2025, written straight into the database
 * of a real server; each test file starts its own with `startDashboardPlatform`.
 */

export type Err = { error: { code: string; field?: string } };
export const YEAR = 'from=2025-01-01&to=2025-12-31';
let caseNumber = 1000;
/** A case number not used yet in this test file's database. */
export const nextCaseNumber = (): number => caseNumber++;

export interface DashboardPlatform {
  p: TestPlatform;
  /** Network and organisation administrator of A (Greece). */
  adminA: SignedInUser;
  supervisorA: SignedInUser;
  analystA: SignedInUser;
  workerA: SignedInUser;
  /** Albania. */
  adminB: SignedInUser;
}

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
async function seedCases(p: TestPlatform, orgId: string, s: CaseSeed): Promise<string[]> {
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
      [id, orgId, person, nextCaseNumber(), s.openedOn, s.forms, JSON.stringify(events), closed ? 'closed' : 'active', closed],
    );
    ids.push(id);
  }
  return ids;
}

async function seedContacts(p: TestPlatform, orgId: string, channel: string, n: number, startedAt: string, reasons: string[] = []): Promise<void> {
  for (let i = 0; i < n; i++) {
    await p.db.owner.query(
      `INSERT INTO contacts (id, org_id, channel, direction, started_at, caller, reasons, danger, sealed)
       VALUES ($1, $2, $3, 'inbound', $4, 'anonymous', $5, 'none', '\\x00')`,
      [randomUUID(), orgId, channel, startedAt, reasons],
    );
  }
}

async function seedReferral(
  p: TestPlatform,
  from: string,
  to: string,
  status: string,
  sentAt: string,
  acceptedDays: number | null,
  closedDays: number | null,
): Promise<void> {
  const sent = new Date(`${sentAt}T09:00:00Z`);
  const at = (days: number | null) => (days === null ? null : new Date(sent.getTime() + days * 86_400_000));
  await p.db.owner.query(
    `INSERT INTO referrals (id, org_id, to_org_id, service_name, status, from_country, to_country, from_language, to_language,
                            shared_fields, wrapped_key, basis, sent_at, accepted_at, closed_at)
     VALUES ($1, $2, $3, 'Shelter', $4, 'GRC', 'ALB', 'en', 'en', '{}', '\\x00', 'consent', $5, $6, $7)`,
    [randomUUID(), from, to, status, sent, at(acceptedDays), at(closedDays)],
  );
}

export const figure = (d: Dashboard, id: FigureId): Figure => {
  const f = d.figures.find((x) => x.id === id);
  if (!f) throw new Error(`no figure ${id}`);
  return f;
};
export const cells = (f: Figure): Record<string, number | null> => Object.fromEntries(f.rows.map((r) => [r.key, r.value]));
export const nonZero = (f: Figure): Record<string, number | null> => Object.fromEntries(f.rows.filter((r) => r.value !== 0).map((r) => [r.key, r.value]));

export async function dashboardOf(user: SignedInUser, query: string): Promise<Dashboard> {
  const res = await user.client.get<Dashboard>(`/api/dashboard?${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Starts a server on its own database and writes the organisations' records of 2025 into it. */
export async function startDashboardPlatform(): Promise<DashboardPlatform> {
  const p = await startTestPlatform();
  const adminA = await setUp(p.url, 'admin-a@example.org', 'Athens Support');
  const supervisorA = await addUser(adminA.client, 'supervisor-a@example.org', ['supervisor']);
  const analystA = await addUser(adminA.client, 'analyst-a@example.org', ['analyst']);
  const workerA = await addUser(adminA.client, 'worker-a@example.org', ['caseworker']);
  const adminB = await addOrganisation(adminA.client, 'Tirana Shelter', 'ALB', 'admin-b@example.org');
  const A = adminA.orgId;
  const B = adminB.orgId;

  // Organisation A: 12 women from Ukraine aged 25 (sexual exploitation in Greece), 3 boys from Albania aged 16 (one case closed).
  const womenA = await seedCases(p, A, {
    n: 12,
    gender: 'feminine',
    citizenships: ['UKR'],
    birthDate: '1999-04-02',
    forms: ['sexual-exploitation'],
    openedOn: '2025-03-10',
    exploitation: 'GRC',
  });
  await seedCases(p, A, {
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
  await seedCases(p, B, {
    n: 8,
    gender: 'feminine',
    citizenships: ['UKR'],
    birthDate: '1999-04-02',
    forms: ['sexual-exploitation', 'forced-labour'],
    openedOn: '2025-03-20',
    exploitation: 'ALB',
  });
  await seedCases(p, B, { n: 2, gender: null, citizenships: [], estimated: { age: 30, on: '2025-01-01' }, forms: [], openedOn: '2025-07-01' });
  await seedCases(p, B, { n: 11, gender: 'masculine', citizenships: ['ALB'], birthDate: '1990-01-01', forms: ['forced-labour'], openedOn: '2025-08-01' });
  // A case opened before the period and still open counts among the people assisted, not among the cases opened.
  await seedCases(p, B, { n: 1, gender: 'feminine', citizenships: ['MDA'], birthDate: '2000-01-01', forms: ['forced-begging'], openedOn: '2024-11-01' });

  // Contacts: A 12 by phone and 3 by chat, B 5 by e-mail; one of A's with its own reason.
  await seedContacts(p, A, 'phone', 12, '2025-02-03T10:00:00Z', ['seeking-help']);
  await seedContacts(p, A, 'chat', 3, '2025-02-04T10:00:00Z', ['org-seasonal-work']);
  await seedContacts(p, B, 'email', 5, '2025-09-01T10:00:00Z');

  // Referrals from A to B: 10 completed after 30 days, 1 accepted, all 11 accepted after 2 days; 1 waiting.
  for (let i = 0; i < 10; i++) await seedReferral(p, A, B, 'completed', '2025-04-01', 2, 30);
  await seedReferral(p, A, B, 'accepted', '2025-04-01', 2, null);
  await seedReferral(p, A, B, 'sent', '2025-04-01', null, null);

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
  return { p, adminA, supervisorA, analystA, workerA, adminB };
}
