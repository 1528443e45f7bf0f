import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_SCOPES } from '../../../core/data/dashboard/dashboard.js';
import { permissionsOf } from '../../../core/platform/policy.js';
import { ROLES } from '../../../core/platform/roles.js';
import { addUser } from '../../testing/client.js';
import { type Err, YEAR, dashboardOf, figure, nonZero, startDashboardPlatform } from './test-fixtures.js';
import type { SignedInUser } from '../../testing/client.js';
import type { TestPlatform } from '../../testing/harness.js';

/**
 * The network dashboard through the real HTTP server, on the records of test-fixtures.ts: both
 * organisations added up and suppressed under the network's threshold, filtered by the members'
 * country, and who may ask for which dashboard.
 */

let p: TestPlatform;
let adminA: SignedInUser;
let supervisorA: SignedInUser;
let analystA: SignedInUser;
let workerA: SignedInUser;

beforeAll(async () => {
  ({ p, adminA, supervisorA, analystA, workerA } = await startDashboardPlatform());
});

afterAll(async () => {
  await p?.close();
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
