import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../core/cases/dates.js';
import { ageOn } from '../../../core/cases/person.js';
import { dashboardOf, figure, nextCaseNumber, nonZero, startDashboardPlatform } from './test-fixtures.js';
import type { SignedInUser } from '../../testing/client.js';
import type { TestPlatform } from '../../testing/harness.js';

/**
 * The dashboards' count functions in the database, on the records of test-fixtures.ts: what the app
 * role may count, people counted once, the network's counts, and the age at opening.
 */

let p: TestPlatform;
let adminA: SignedInUser;
let adminB: SignedInUser;

beforeAll(async () => {
  ({ p, adminA, adminB } = await startDashboardPlatform());
});

afterAll(async () => {
  await p?.close();
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
        nextCaseNumber(),
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
