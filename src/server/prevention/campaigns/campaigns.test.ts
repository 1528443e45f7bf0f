import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayUtc } from '../../../core/cases/dates.js';
import type { ActivityView, CampaignPage, CampaignView, ReachResponse } from '../../../core/prevention/campaign.js';
import { addOrganisation, type SignedInUser } from '../../testing/client.js';
import type { TestPlatform } from '../../testing/harness.js';
import { samplePng } from '../../testing/sample-files.js';

import { activity, addActivity, CITIES, campaignBody, campaignWorld, create, type ErrorBody } from './test-campaigns.js';

/** Campaigns through the real HTTP server: the network reads them all, each organisation changes its own, reach adds up. */

let p: TestPlatform;
let admin: SignedInUser;
let trainer: SignedInUser;
let analyst: SignedInUser;
let other: SignedInUser;

beforeAll(async () => {
  ({ p, admin, trainer, analyst, other } = await campaignWorld());
});

afterAll(async () => {
  await p?.close();
});

describe('campaigns', () => {
  it('are created, audited, and listed as the organisation’s own or the network’s', async () => {
    const mine = await create(trainer, { organisationIds: [other.orgId] });
    expect(mine).toMatchObject({
      orgId: admin.orgId,
      orgName: 'La Strada Moldova',
      organisationIds: [other.orgId],
      cities: CITIES,
      budget: 12000,
      currency: 'EUR',
      reach: { counted: 0, estimated: 0 },
      activities: 0,
      editable: true,
      version: 0,
    });
    const audited = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'campaign.create' AND record_id = $1", [
      mine.id,
    ]);
    expect(audited.rows[0]?.n).toBe(1);
    const theirs = await create(other, { name: 'Safe travel Romania', message: 'Ask before you sign', partners: ['Radio Iași'], cities: [CITIES[2]] });

    const own = await analyst.client.get<CampaignPage>('/api/campaigns');
    expect(own.status).toBe(200);
    expect(own.body.items.map((c) => c.id)).toContain(mine.id);
    expect(own.body.items.map((c) => c.id)).not.toContain(theirs.id);
    // An analyst reads but does not write.
    expect(own.body.items.find((c) => c.id === mine.id)?.editable).toBe(false);

    const network = await trainer.client.get<CampaignPage>('/api/campaigns?scope=network');
    expect(network.body.items.map((c) => c.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(network.body.items.find((c) => c.id === theirs.id)).toMatchObject({ editable: false, orgName: 'Partner Romania' });
    expect(network.body.items.find((c) => c.id === mine.id)?.editable).toBe(true);

    const byPartner = await trainer.client.get<CampaignPage>(`/api/campaigns?scope=network&q=${encodeURIComponent('radio iaș')}`);
    expect(byPartner.body.items.map((c) => c.id)).toEqual([theirs.id]);
    const byCountry = await trainer.client.get<CampaignPage>(`/api/campaigns?scope=network&country=ROU&orgId=${other.orgId}`);
    expect(byCountry.body.items.map((c) => c.id)).toEqual([theirs.id]);
    const byAudience = await trainer.client.get<CampaignPage>('/api/campaigns?scope=network&audience=pupils');
    expect(byAudience.body.total).toBe(0);
    const later = await trainer.client.get<CampaignPage>('/api/campaigns?scope=network&from=2026-01-01');
    expect(later.body.items.map((c) => c.id)).not.toContain(mine.id);
    const paged = await trainer.client.get<CampaignPage>('/api/campaigns?scope=network&limit=1');
    expect(paged.body.items).toHaveLength(1);
    expect(paged.body.total).toBeGreaterThanOrEqual(2);
  });

  it('of another organisation are read but not changed (403), and row-level security refuses a direct write', async () => {
    const mine = await create(admin, { name: 'Not yours to change' });
    const act = await addActivity(admin, mine.id);
    expect((await other.client.get<CampaignView>(`/api/campaigns/${mine.id}`)).body.editable).toBe(false);
    expect((await other.client.get<{ items: ActivityView[] }>(`/api/campaigns/${mine.id}/activities`)).body.items).toHaveLength(1);

    const attempts = [
      await other.client.put<ErrorBody>(`/api/campaigns/${mine.id}`, { ...campaignBody(), name: 'Taken over', version: 0 }),
      await other.client.delete<ErrorBody>(`/api/campaigns/${mine.id}`),
      await other.client.post<ErrorBody>(`/api/campaigns/${mine.id}/activities`, activity()),
      await other.client.put<ErrorBody>(`/api/campaigns/${mine.id}/activities/${act.id}`, { ...activity({ reached: 1 }), version: 0 }),
      await other.client.delete<ErrorBody>(`/api/campaigns/${mine.id}/activities/${act.id}`),
      await other.client.request<ErrorBody>('POST', `/api/campaigns/${mine.id}/activities/${act.id}/files`, samplePng(), {
        'content-type': 'image/png',
        'x-file-name': 'x.png',
      }),
    ];
    expect(attempts.map((a) => [a.status, a.body.error.code])).toEqual(attempts.map(() => [403, 'forbidden']));
    // The analyst of the owner holds no campaigns:write.
    expect((await analyst.client.post('/api/campaigns', campaignBody())).status).toBe(403);
    const after = await admin.client.get<CampaignView>(`/api/campaigns/${mine.id}`);
    expect(after.body).toMatchObject({ name: 'Not yours to change', version: 0, activities: 1, reach: { counted: 40, estimated: 0 } });

    // Straight to the database in the other organisation's context: read, yes; change, no.
    await p.db.tenant({ orgId: other.orgId }, async (c) => {
      expect((await c.query('SELECT id FROM campaigns WHERE id = $1', [mine.id])).rowCount).toBe(1);
      expect((await c.query("UPDATE campaigns SET name = 'x' WHERE id = $1", [mine.id])).rowCount).toBe(0);
      expect((await c.query('DELETE FROM campaign_activities WHERE campaign_id = $1', [mine.id])).rowCount).toBe(0);
    });
    await expect(
      p.db.tenant({ orgId: other.orgId }, (c) =>
        c.query("INSERT INTO campaigns (id, org_id, name, starts_on) VALUES (gen_random_uuid(), $1, 'Forged', '2025-01-01')", [admin.orgId]),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      p.db.tenant({ orgId: other.orgId }, (c) =>
        c.query(
          "INSERT INTO campaign_activities (id, campaign_id, org_id, type, date, country, audience, reached, reach_kind) VALUES (gen_random_uuid(), $1, $2, 'seminar', '2025-01-01', 'MDA', 'pupils', 1, 'counted')",
          [mine.id, admin.orgId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    // Without an organisation, nothing is visible.
    expect((await p.db.anonymous((c) => c.query('SELECT id FROM campaigns'))).rowCount).toBe(0);
  });

  it('refuse bad input, naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [campaignBody({ endsOn: '2024-12-31' }), 'endsOn'],
      [campaignBody({ currency: undefined }), 'currency'],
      [campaignBody({ name: '' }), 'name'],
      [campaignBody({ organisationIds: [admin.orgId] }), 'organisationIds.0'],
      [campaignBody({ organisationIds: [other.orgId, '00000000-0000-4000-8000-000000000000'] }), 'organisationIds.1'],
      [campaignBody({ cities: [CITIES[0], CITIES[0]] }), 'cities.1.name'],
      [campaignBody({ audiences: ['aliens'] }), 'audiences.0'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.client.post<ErrorBody>('/api/campaigns', body);
      expect(res.status, field).toBe(400);
      expect(res.body.error.field, JSON.stringify(res.body)).toBe(field);
    }
    const c = await create(admin);
    const notACity = await admin.client.post<ErrorBody>(`/api/campaigns/${c.id}/activities`, activity({ city: 'Paris', country: 'FRA' }));
    expect([notACity.status, notACity.body.error.field]).toEqual([400, 'city']);
    const wrongCountry = await admin.client.post<ErrorBody>(`/api/campaigns/${c.id}/activities`, activity({ city: 'Iași', country: 'MDA' }));
    expect([wrongCountry.status, wrongCountry.body.error.field]).toEqual([400, 'country']);
    const badKind = await admin.client.post<ErrorBody>(`/api/campaigns/${c.id}/activities`, activity({ reachKind: 'guessed' }));
    expect(badKind.body.error.field).toBe('reachKind');
    // The campaign's spelling is kept; a country-wide broadcast has no city.
    expect((await addActivity(admin, c.id, { city: 'chișinău' })).city).toBe('Chișinău');
    expect((await addActivity(admin, c.id, { type: 'broadcast', city: undefined, reachKind: 'estimated', reached: 50000 })).city).toBeNull();
    // Any city when the campaign lists none.
    const anywhere = await create(admin, { cities: [] });
    expect((await addActivity(admin, anywhere.id, { city: 'Cahul' })).city).toBe('Cahul');
    expect((await admin.client.get(`/api/campaigns/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('refuse a stale version (409), and keep the cities their activities name (409 naming it)', async () => {
    const c = await create(admin);
    await addActivity(admin, c.id, { city: 'Bălți', country: 'MDA' });
    const first = await admin.client.put<CampaignView>(`/api/campaigns/${c.id}`, { ...campaignBody({ name: 'Renamed' }), version: 0 });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ name: 'Renamed', version: 1 });
    const stale = await admin.client.put<ErrorBody>(`/api/campaigns/${c.id}`, { ...campaignBody({ name: 'Lost' }), version: 0 });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'stale_version']);
    const dropped = await admin.client.put<ErrorBody>(`/api/campaigns/${c.id}`, { ...campaignBody({ cities: [CITIES[0]] }), version: 1 });
    expect([dropped.status, dropped.body.error.code]).toEqual([409, 'conflict']);
    expect(dropped.body.error.message).toContain('Bălți');
    expect((await admin.client.get<CampaignView>(`/api/campaigns/${c.id}`)).body).toMatchObject({ name: 'Renamed', version: 1, cities: CITIES });

    const act = await addActivity(admin, c.id);
    const changed = await admin.client.put<ActivityView>(`/api/campaigns/${c.id}/activities/${act.id}`, { ...activity({ reached: 41 }), version: 0 });
    expect([changed.status, changed.body.reached, changed.body.version]).toEqual([200, 41, 1]);
    const staleActivity = await admin.client.put<ErrorBody>(`/api/campaigns/${c.id}/activities/${act.id}`, { ...activity({ reached: 42 }), version: 0 });
    expect([staleActivity.status, staleActivity.body.error.code]).toEqual([409, 'stale_version']);
    const actions = await p.db.owner.query<{ action: string }>('SELECT action FROM audit_log WHERE record_id = ANY($1) ORDER BY id', [[c.id, act.id]]);
    expect(actions.rows.map((r) => r.action)).toEqual(['campaign.create', 'campaign.update', 'campaign.activity-create', 'campaign.activity-update']);
  });
});

describe('the reach dashboard', () => {
  let reachOrg: SignedInUser;

  beforeAll(async () => {
    // An organisation of its own, so that the figures are exactly those of this test.
    reachOrg = await addOrganisation(admin.client, 'Reach Counters', 'MDA', 'admin@reach.example.org');
  });

  it('adds up activities in two cities: counted and estimated apart, every month, cities with coordinates', async () => {
    const c = await create(reachOrg);
    await addActivity(reachOrg, c.id, { date: '2025-02-10', city: 'Chișinău', reached: 40, reachKind: 'counted', audience: 'job-seekers' });
    await addActivity(reachOrg, c.id, { date: '2025-02-20', city: 'Chișinău', reached: 25, reachKind: 'counted', type: 'school-lesson', audience: 'pupils' });
    await addActivity(reachOrg, c.id, { date: '2025-04-03', city: 'Iași', country: 'ROU', reached: 300, reachKind: 'estimated', type: 'street-action' });
    await addActivity(reachOrg, c.id, { date: '2025-04-30', city: 'Bălți', reached: 10, reachKind: 'counted', type: 'lecture', audience: 'pupils' });
    // Outside the period: not counted.
    await addActivity(reachOrg, c.id, { date: '2025-07-01', reached: 999 });

    const res = await reachOrg.client.get<ReachResponse>('/api/campaigns/reach?from=2025-01-01&to=2025-06-30');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const r = res.body;
    expect(r.total).toEqual({ key: 'total', counted: 75, estimated: 300, activities: 4 });
    expect(r.byMonth).toEqual([
      { key: '2025-01', counted: 0, estimated: 0, activities: 0 },
      { key: '2025-02', counted: 65, estimated: 0, activities: 2 },
      { key: '2025-03', counted: 0, estimated: 0, activities: 0 },
      { key: '2025-04', counted: 10, estimated: 300, activities: 2 },
      { key: '2025-05', counted: 0, estimated: 0, activities: 0 },
      { key: '2025-06', counted: 0, estimated: 0, activities: 0 },
    ]);
    expect(r.byCity).toEqual([
      { key: 'ROU/Iași', city: 'Iași', country: 'ROU', latitude: 47.1585, longitude: 27.6014, counted: 0, estimated: 300, activities: 1 },
      { key: 'MDA/Chișinău', city: 'Chișinău', country: 'MDA', latitude: 47.0105, longitude: 28.8638, counted: 65, estimated: 0, activities: 2 },
      { key: 'MDA/Bălți', city: 'Bălți', country: 'MDA', latitude: null, longitude: null, counted: 10, estimated: 0, activities: 1 },
    ]);
    expect(r.byAudience).toEqual([
      { key: 'job-seekers', counted: 40, estimated: 300, activities: 2 },
      { key: 'pupils', counted: 35, estimated: 0, activities: 2 },
    ]);
    expect(r.byType.map((t) => [t.key, t.counted + t.estimated])).toEqual([
      ['street-action', 300],
      ['seminar', 40],
      ['school-lesson', 25],
      ['lecture', 10],
    ]);
    expect(r.byOrganisation).toEqual([{ key: reachOrg.orgId, orgName: 'Reach Counters', counted: 75, estimated: 300, activities: 4 }]);
    // The campaign's own reach sums all its activities.
    expect((await reachOrg.client.get<CampaignView>(`/api/campaigns/${c.id}`)).body.reach).toEqual({ counted: 75 + 999, estimated: 300 });

    // Filters: one country; one campaign; the network includes other members.
    const rou = await reachOrg.client.get<ReachResponse>('/api/campaigns/reach?from=2025-01-01&to=2025-06-30&country=ROU');
    expect(rou.body.total).toEqual({ key: 'total', counted: 0, estimated: 300, activities: 1 });
    const one = await reachOrg.client.get<ReachResponse>(`/api/campaigns/reach?from=2025-01-01&to=2025-06-30&campaignId=${c.id}`);
    expect(one.body.total.activities).toBe(4);
    const network = await reachOrg.client.get<ReachResponse>('/api/campaigns/reach?scope=network&from=2025-01-01&to=2025-06-30');
    expect(network.body.total.activities).toBeGreaterThan(4);
    expect(network.body.byOrganisation.map((o) => o.key)).toEqual(expect.arrayContaining([reachOrg.orgId, admin.orgId]));
  });

  it('covers the 12 whole months up to today by default, and refuses a period backwards', async () => {
    const c = await create(reachOrg, { startsOn: '2020-01-01', endsOn: undefined });
    const today = todayUtc();
    await addActivity(reachOrg, c.id, { date: today, reached: 7 });
    const res = await reachOrg.client.get<ReachResponse>('/api/campaigns/reach');
    expect(res.status).toBe(200);
    expect(res.body.byMonth).toHaveLength(12);
    expect(res.body.byMonth.at(-1)?.key).toBe(today.slice(0, 7));
    expect(res.body.from.endsWith('-01')).toBe(true);
    expect(res.body.byMonth.at(-1)?.counted).toBeGreaterThanOrEqual(7);
    const backwards = await reachOrg.client.get<ErrorBody>('/api/campaigns/reach?from=2025-03-01&to=2025-01-01');
    expect([backwards.status, backwards.body.error.field]).toEqual([400, 'to']);
  });
});

describe('the reach sums through the database', () => {
  it('for random activities, total = sum of byMonth = byType = byAudience = byCity (within the period)', async () => {
    const who = await addOrganisation(admin.client, 'Property Reach', 'MDA', 'admin@property.example.org');
    const sum = (rows: readonly { counted: number; estimated: number; activities: number }[]) =>
      rows.reduce((a, r) => ({ counted: a.counted + r.counted, estimated: a.estimated + r.estimated, activities: a.activities + r.activities }), {
        counted: 0,
        estimated: 0,
        activities: 0,
      });
    const day = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));
    const act = fc.record({
      date: day,
      city: fc.constantFrom('Chișinău', 'Bălți', 'Iași', undefined),
      audience: fc.constantFrom('pupils', 'parents', 'media'),
      type: fc.constantFrom('seminar', 'broadcast', 'leaflets'),
      reached: fc.integer({ min: 0, max: 1_000_000 }),
      reachKind: fc.constantFrom('counted', 'estimated'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(act, { maxLength: 8 }), day, day, async (acts, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const c = await create(who, { startsOn: '2024-01-01', endsOn: undefined });
        for (const x of acts) await addActivity(who, c.id, { ...x, country: x.city === 'Iași' ? 'ROU' : 'MDA' });
        const res = await who.client.get<ReachResponse>(`/api/campaigns/reach?campaignId=${c.id}&from=${from}&to=${to}`);
        expect(res.status).toBe(200);
        const inside = acts.filter((x) => x.date >= from && x.date <= to);
        const expected = {
          counted: inside.filter((x) => x.reachKind === 'counted').reduce((n, x) => n + x.reached, 0),
          estimated: inside.filter((x) => x.reachKind === 'estimated').reduce((n, x) => n + x.reached, 0),
          activities: inside.length,
        };
        expect(res.body.total).toEqual({ key: 'total', ...expected });
        for (const rows of [res.body.byMonth, res.body.byType, res.body.byAudience, res.body.byCity, res.body.byOrganisation])
          expect(sum(rows)).toEqual(expected);
      }),
      { numRuns: 12 },
    );
  });
});
