import { type Run, runHaven } from './testing.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCase, createPerson, openCase, secondOrganisation } from '../server/rights/test-fixtures.js';
import { type SignedInUser, setUp } from '../server/testing/client.js';
import { type TestPlatform, startTestPlatform } from '../server/testing/harness.js';

/** `haven retention report|purge` against a running platform's database. */

function haven(args: string[], env: Record<string, string>): Promise<Run> {
  return runHaven(args, env);
}

let p: TestPlatform;
let admin: SignedInUser;
let other: SignedInUser;
let env: Record<string, string>;

beforeAll(async () => {
  p = await startTestPlatform({ env: { HAVEN_RETENTION: 'off' } });
  env = { HAVEN_DATA_DIR: p.dataDir, DATABASE_URL: p.databaseUrl };
  admin = await setUp(p.url);
  other = await secondOrganisation(admin.client, 'admin-b@example.org', 'Elsewhere');
});

afterAll(async () => {
  await p?.close();
});

describe('haven retention', () => {
  it('reports and purges due cases per organisation, ids and dates only, and refuses a bad --org', async () => {
    await admin.client.request('PUT', '/api/case-settings', { reflectionDays: 30, reminderDaysBefore: 7, retentionMonths: 24 });
    const person = await createPerson(admin.client, { names: [{ given: 'Олена', family: 'Шевчук' }] });
    const due = await openCase(admin.client, person);
    await closeCase(p, admin.client, due, '25 months');
    const soon = await openCase(admin.client, person);
    await closeCase(p, admin.client, soon, '24 months - 3 days');
    const theirs = await createPerson(other.client, { names: [{ given: 'Besa', family: 'Lika' }] });
    const kept = await openCase(other.client, theirs);
    await closeCase(p, other.client, kept, '25 months');

    const report = await haven(['retention', 'report'], env);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(report.stdout).toContain(`Helping Hands (${admin.orgId}): cases are purged 24 months after closure; 1 due now, 1 within 30 days.`);
    expect(report.stdout).toMatch(new RegExp(`due +case +1 +${due} +closed \\d{4}-\\d{2}-\\d{2} +purge \\d{4}-\\d{2}-\\d{2} +person stays`));
    expect(report.stdout).toMatch(new RegExp(`upcoming +case +2 +${soon} .* person goes too`));
    expect(report.stdout).toContain(`Elsewhere (${other.orgId}): no retention set`);
    expect(report.stdout).not.toContain('Шевчук');

    const one = await haven(['retention', 'report', '--org', other.orgId], env);
    expect(one.stdout).not.toContain('Helping Hands');
    expect((await haven(['retention', 'report', '--org', 'Helping Hands'], env)).stderr).toMatch(/--org must be an organisation id/);
    const unknown = await haven(['retention', 'purge', '--org', '00000000-0000-4000-8000-000000000000'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no organisation with id/);

    const purge = await haven(['retention', 'purge', '--org', admin.orgId], env);
    expect(purge.code).toBe(0);
    expect(purge.stdout).toContain('purged 1 cases and 0 persons');
    expect(purge.stdout).toContain(`case ${due}`);
    const left = await p.db.owner.query<{ id: string }>('SELECT id FROM cases WHERE id = ANY($1::uuid[]) ORDER BY id', [[due, soon, kept]]);
    expect(left.rows.map((r) => r.id)).toEqual([soon, kept].sort());
    const audit = await p.db.owner.query<{ actor_email: string }>("SELECT actor_email FROM audit_log WHERE action = 'case.purge' AND record_id = $1", [due]);
    expect(audit.rows).toEqual([{ actor_email: 'cli' }]);

    const again = await haven(['retention', 'purge'], env);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('purged 0 cases and 0 persons');
    expect(again.stderr).toContain('Purged 0 cases and 0 persons in all.');
  });
});
