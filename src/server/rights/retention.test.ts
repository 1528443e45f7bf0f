import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayUtc } from '../../core/cases/dates.js';
import { loadConfig } from '../config.js';
import { type SignedInUser, addUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';
import type { PurgeResult, RetentionItem, RetentionReport } from './retention.js';
import { purgeAllOrganisations } from './retention-schedule.js';
import { addEntry, closeCase, createPerson, openCase, secondOrganisation } from './test-fixtures.js';

/** Retention: the report, the purge through the API, and the daily purge of every organisation. */

let p: TestPlatform;
let admin: SignedInUser;

const settings = (retentionMonths: number | null) =>
  admin.client.request('PUT', '/api/case-settings', { reflectionDays: 30, reminderDaysBefore: 7, retentionMonths });

async function exists(table: 'cases' | 'persons', ids: string[]): Promise<string[]> {
  const { rows } = await p.db.owner.query<{ id: string }>(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [ids]);
  return rows.map((r) => r.id).sort();
}

async function audits(action: string, recordId?: string): Promise<number> {
  const { rows } = await p.db.owner.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND org_id = $2 ${recordId ? 'AND record_id = $3' : ''}`,
    recordId ? [action, admin.orgId, recordId] : [action, admin.orgId],
  );
  return rows[0]?.n ?? 0;
}

const ids = (items: readonly RetentionItem[]) => items.map((i) => i.caseId).sort();

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url);
});

afterAll(async () => {
  await p?.close();
});

describe('retention report and purge', () => {
  it('lists due and upcoming cases, purges exactly the due ones and the persons left without a case, and keeps the audit trail', async () => {
    expect((await settings(12)).status).toBe(200);
    const c = admin.client;
    // A: one case, closed 13 months ago: due, and the person goes.
    const pA = await createPerson(c, { names: [{ given: 'Ana', family: 'Marin' }] });
    const cA = await openCase(c, pA);
    await addEntry(c, cA, 'notes', { text: 'She moved back home.' });
    await closeCase(p, c, cA, '13 months');
    // B: a due case and an active one: the case goes, the person stays.
    const pB = await createPerson(c, { names: [{ given: 'Борис', family: 'Петров' }] });
    const cB1 = await openCase(c, pB);
    const cB2 = await openCase(c, pB);
    await closeCase(p, c, cB1, '14 months');
    // C: closed 12 months less 10 days ago: upcoming, in 10 days; the person will go.
    const pC = await createPerson(c, { names: [{ given: 'Χρήστος', family: 'Γεωργίου' }] });
    const cC = await openCase(c, pC);
    await closeCase(p, c, cC, '12 months - 10 days');
    // D: closed 6 months ago: neither.
    const pD = await createPerson(c, { names: [{ given: 'Dita', family: 'Krasniqi' }] });
    const cD = await openCase(c, pD);
    await closeCase(p, c, cD, '6 months');
    // E: due, then restricted to a colleague: listed by id and dates, without the person's name.
    const colleague = await addUser(c, 'named@example.org', ['caseworker']);
    const pE = await createPerson(c, { names: [{ given: 'Elira', family: 'Berisha' }] });
    const cE = await openCase(c, pE);
    await closeCase(p, c, cE, '25 months');
    await p.db.owner.query('UPDATE cases SET restricted_to = $2 WHERE id = $1', [cE, [colleague.id]]);
    // F: one case due, another upcoming: the person stays now, goes with the second.
    const pF = await createPerson(c, { names: [{ given: 'Fatima', family: 'Osmani' }] });
    const cF1 = await openCase(c, pF);
    const cF2 = await openCase(c, pF);
    await closeCase(p, c, cF1, '13 months');
    await closeCase(p, c, cF2, '12 months - 5 days');
    // G: a closed case of another organisation, long due there too: never touched from here.
    const other = await secondOrganisation(c, 'admin-b@example.org', 'Elsewhere');
    const pG = await createPerson(other.client, { names: [{ given: 'Gent', family: 'Dervishi' }] });
    const cG = await openCase(other.client, pG);
    await closeCase(p, other.client, cG, '10 years');

    const report = await c.get<RetentionReport>('/api/retention/report');
    expect(report.status).toBe(200);
    expect(report.body.retentionMonths).toBe(12);
    expect(ids(report.body.due)).toEqual([cA, cB1, cE, cF1].sort());
    expect(ids(report.body.upcoming)).toEqual([cC, cF2].sort());
    const item = (id: string) => [...report.body.due, ...report.body.upcoming].find((i) => i.caseId === id)!;
    expect(item(cA)).toMatchObject({ personId: pA, personName: 'Ana Marin', personGoes: true, restricted: false });
    expect(item(cB1)).toMatchObject({ personName: 'Борис Петров', personGoes: false });
    expect(item(cE)).toMatchObject({ personName: null, restricted: true, personGoes: true });
    expect(item(cF1).personGoes).toBe(false);
    expect(item(cF2).personGoes).toBe(true);
    expect(item(cC)).toMatchObject({ personName: 'Χρήστος Γεωργίου', personGoes: true });
    // Due in 10 days (a day either way where month lengths differ), as the database counts months.
    expect([addDays(todayUtc(), 9), addDays(todayUtc(), 10), addDays(todayUtc(), 11)]).toContain(item(cC).purgeOn);
    const due = await p.db.owner.query<{ d: string }>(
      "SELECT to_char((closed_at + interval '12 months') AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS d FROM cases WHERE id = $1",
      [cC],
    );
    expect(item(cC).purgeOn).toBe(due.rows[0]?.d);
    expect(item(cA).closedAt < new Date().toISOString()).toBe(true);
    expect(JSON.stringify(report.body)).not.toContain('Elira');
    expect(await audits('retention.report')).toBe(1);

    const auditedBefore = await audits('case.create', cA);
    expect(auditedBefore).toBe(1);
    const purge = await c.post<PurgeResult>('/api/retention/purge');
    expect(purge.status).toBe(200);
    expect(purge.body).toMatchObject({ retentionMonths: 12, cases: 4, persons: 2 });
    expect([...purge.body.caseIds]).toEqual([cA, cB1, cE, cF1].sort());
    expect([...purge.body.personIds]).toEqual([pA, pE].sort());

    expect(await exists('cases', [cA, cB1, cB2, cC, cD, cE, cF1, cF2, cG])).toEqual([cB2, cC, cD, cF2, cG].sort());
    expect(await exists('persons', [pA, pB, pC, pD, pE, pF, pG])).toEqual([pB, pC, pD, pF, pG].sort());
    const leftovers = await p.db.owner.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM case_entries WHERE case_id = ANY($1::uuid[])) + (SELECT count(*) FROM case_timeline WHERE case_id = ANY($1::uuid[]))
            + (SELECT count(*) FROM person_names WHERE person_id = ANY($2::uuid[])) AS n`,
      [
        [cA, cB1, cE, cF1],
        [pA, pE],
      ],
    );
    expect(Number(leftovers.rows[0]?.n)).toBe(0);
    // The audit trail keeps what happened before, and records the purge.
    expect(await audits('case.create', cA)).toBe(auditedBefore);
    expect(await audits('retention.purge')).toBe(1);
    for (const id of [cA, cB1, cE, cF1]) expect(await audits('case.purge', id)).toBe(1);
    for (const id of [pA, pE]) expect(await audits('person.purge', id)).toBe(1);
    expect(await audits('person.purge', pB)).toBe(0);

    // A second purge finds nothing; the report now has only the upcoming cases.
    const again = await c.post<PurgeResult>('/api/retention/purge');
    expect(again.body).toMatchObject({ cases: 0, persons: 0, caseIds: [], personIds: [] });
    const later = await c.get<RetentionReport>('/api/retention/report');
    expect(later.body.due).toEqual([]);
    expect(ids(later.body.upcoming)).toEqual([cC, cF2].sort());
    expect(await exists('cases', [cG])).toEqual([cG]);
  });

  it('does nothing without a retention setting', async () => {
    expect((await settings(null)).status).toBe(200);
    const pX = await createPerson(admin.client, { names: [{ given: 'Xhesika', family: 'Hoxha' }] });
    const cX = await openCase(admin.client, pX);
    await closeCase(p, admin.client, cX, '30 years');
    const report = await admin.client.get<RetentionReport>('/api/retention/report');
    expect(report.body).toMatchObject({ retentionMonths: null, due: [], upcoming: [] });
    const purge = await admin.client.post<PurgeResult>('/api/retention/purge');
    expect(purge.body).toMatchObject({ retentionMonths: null, cases: 0, persons: 0 });
    expect(await exists('cases', [cX])).toEqual([cX]);
    await p.db.owner.query('DELETE FROM persons WHERE id = $1', [pX]);
  });

  it('is for administrators only', async () => {
    const caseworker = await addUser(admin.client, 'worker@example.org', ['caseworker']);
    expect((await caseworker.client.get('/api/retention/report')).status).toBe(403);
    expect((await caseworker.client.post('/api/retention/purge')).status).toBe(403);
  });
});

describe('the daily purge', () => {
  it('runs at start and then daily, purges every organisation as that organisation, and logs counts and ids only', async () => {
    expect(p.retention).toBeDefined();
    expect((await settings(1)).status).toBe(200);
    const pY = await createPerson(admin.client, { names: [{ given: 'Yana', family: 'Ivanova' }] });
    const cY = await openCase(admin.client, pY);
    await closeCase(p, admin.client, cY, '2 months');
    const logged: { o: object; msg: string }[] = [];
    const log = { info: (o: object, msg: string) => logged.push({ o, msg }), error: (o: object, msg: string) => logged.push({ o, msg }) };
    const run = await purgeAllOrganisations(p.db, log);
    expect(run.failed).toBe(0);
    expect(run.organisations).toBeGreaterThanOrEqual(2);
    expect(run.cases).toBeGreaterThanOrEqual(1);
    expect(await exists('cases', [cY])).toEqual([]);
    expect(await exists('persons', [pY])).toEqual([]);
    const text = JSON.stringify(logged);
    expect(text).toContain(cY);
    expect(text).not.toContain('Yana');
    const { rows } = await p.db.owner.query<{ actor_email: string }>("SELECT actor_email FROM audit_log WHERE action = 'case.purge' AND record_id = $1", [cY]);
    expect(rows).toEqual([{ actor_email: 'retention-schedule' }]);
    // The platform's own schedule runs the same purge.
    const scheduled = await p.retention!.runNow();
    expect(scheduled).toMatchObject({ cases: 0, failed: 0 });
    await settings(null);
  });

  it('is switched off with HAVEN_RETENTION=off', async () => {
    expect(loadConfig({}).retention).toBe(true);
    expect(loadConfig({ HAVEN_RETENTION: 'off' }).retention).toBe(false);
    expect(() => loadConfig({ HAVEN_RETENTION: 'sometimes' })).toThrow(/HAVEN_RETENTION must be on or off/);
    const off = await startTestPlatform({ env: { HAVEN_RETENTION: 'off' } });
    try {
      expect(off.retention).toBeUndefined();
    } finally {
      await off.close();
    }
  });
});
