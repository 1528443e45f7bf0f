import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityView, CampaignView, ReachResponse } from '../../../core/prevention/campaign.js';
import { campaignRequest, cityKey } from '../../../core/prevention/campaign.js';
import { addOrganisation, type SignedInUser, setUp } from '../../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../../testing/harness.js';

/** Edges found in review: one city however it is spelt, coordinates in pairs, periods the right way round. */

let p: TestPlatform;
let admin: SignedInUser;
let other: SignedInUser;

type ErrorBody = { error: { code: string; field?: string; message: string } };

const campaign = (over: Record<string, unknown> = {}) => ({ name: 'Safe work abroad', startsOn: '2025-01-01', ...over });
const activity = (over: Record<string, unknown> = {}) => ({
  type: 'seminar',
  date: '2025-03-10',
  city: 'Kyiv',
  country: 'UKR',
  audience: 'pupils',
  reached: 10,
  reachKind: 'counted',
  ...over,
});

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'La Strada Ukraine');
  other = await addOrganisation(admin.client, 'Partner Moldova', 'MDA', 'admin@partner.example.org');
});

afterAll(async () => {
  await p?.close();
});

async function create(who: SignedInUser, over: Record<string, unknown>): Promise<CampaignView> {
  const res = await who.client.post<CampaignView>('/api/campaigns', campaign(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function addActivity(who: SignedInUser, campaignId: string, over: Record<string, unknown> = {}): Promise<ActivityView> {
  const res = await who.client.post<ActivityView>(`/api/campaigns/${campaignId}/activities`, activity(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

describe('city spellings', () => {
  it('match by composed form, white space and case', () => {
    expect(cityKey('MDA', 'Chis\u0326ina\u0306u')).toBe(cityKey('MDA', 'Chi\u0219in\u0103u'));
    expect(cityKey('USA', ' New  York ')).toBe(cityKey('USA', 'new york'));
    expect(cityKey('USA', 'York')).not.toBe(cityKey('GBR', 'York'));
    const twoYorks = campaignRequest.safeParse({
      name: 'Two Yorks',
      startsOn: '2026-01-01',
      cities: [
        { name: 'York', country: 'USA' },
        { name: 'York', country: 'GBR', latitude: 53.96, longitude: -1.08 },
      ],
    });
    expect(twoYorks.success).toBe(true);
  });

  it('are refused twice in a campaign, and a latitude without its longitude is refused, naming the field', async () => {
    const twice = await admin.client.post<ErrorBody>(
      '/api/campaigns',
      campaign({
        cities: [
          { name: 'New York', country: 'USA' },
          { name: 'New  York', country: 'USA' },
        ],
      }),
    );
    expect([twice.status, twice.body.error.code, twice.body.error.field]).toEqual([400, 'validation_failed', 'cities.1.name']);
    const composed = await admin.client.post<ErrorBody>(
      '/api/campaigns',
      campaign({
        cities: [
          { name: 'Chi\u0219in\u0103u', country: 'MDA' },
          { name: 'Chis\u0326ina\u0306u', country: 'MDA' },
        ],
      }),
    );
    expect([composed.status, composed.body.error.field]).toEqual([400, 'cities.1.name']);
    const half = await admin.client.post<ErrorBody>('/api/campaigns', campaign({ cities: [{ name: 'Odesa', country: 'UKR', latitude: 46.48 }] }));
    expect([half.status, half.body.error.field]).toEqual([400, 'cities.0.longitude']);
    const existing = await create(admin, { cities: [{ name: 'Odesa', country: 'UKR' }] });
    const halfUpdate = await admin.client.put<ErrorBody>(`/api/campaigns/${existing.id}`, {
      ...campaign({ cities: [{ name: 'Odesa', country: 'UKR', longitude: 30.72 }] }),
      version: 0,
    });
    expect([halfUpdate.status, halfUpdate.body.error.field]).toEqual([400, 'cities.0.latitude']);
    expect((await admin.client.get<CampaignView>(`/api/campaigns/${existing.id}`)).body).toMatchObject({ version: 0, cities: [{ name: 'Odesa' }] });
  });

  it('make one city on the network’s dashboard, named and placed by the oldest campaign', async () => {
    const mine = await create(admin, { cities: [{ name: 'Kyiv', country: 'UKR', latitude: 50.45, longitude: 30.52 }] });
    const theirs = await create(other, { cities: [{ name: 'KYIV', country: 'UKR' }] });
    await addActivity(admin, mine.id, { reached: 10 });
    const spaced = await addActivity(other, theirs.id, { city: ' kyiv ', reached: 5, reachKind: 'estimated' });
    expect(spaced.city).toBe('KYIV');
    const reach = await admin.client.get<ReachResponse>('/api/campaigns/reach?scope=network&from=2025-03-01&to=2025-03-31');
    expect(reach.status).toBe(200);
    expect(reach.body.byCity).toEqual([
      { key: 'UKR/Kyiv', city: 'Kyiv', country: 'UKR', latitude: 50.45, longitude: 30.52, counted: 10, estimated: 5, activities: 2 },
    ]);
    // Another organisation's campaign in the own scope adds nothing; in the network's, its own figures.
    const ownScope = await admin.client.get<ReachResponse>(`/api/campaigns/reach?campaignId=${theirs.id}&from=2025-03-01&to=2025-03-31`);
    expect(ownScope.body.total).toEqual({ key: 'total', counted: 0, estimated: 0, activities: 0 });
    const networkScope = await admin.client.get<ReachResponse>(`/api/campaigns/reach?scope=network&campaignId=${theirs.id}&from=2025-03-01&to=2025-03-31`);
    expect(networkScope.body.total).toEqual({ key: 'total', counted: 0, estimated: 5, activities: 1 });
  });

  it('spelt anew in the campaign, are spelt anew in its activities', async () => {
    const c = await create(admin, { name: 'Respelt', cities: [{ name: 'Lviv', country: 'UKR' }] });
    await addActivity(admin, c.id, { city: 'Lviv', date: '2025-04-01' });
    const renamed = await admin.client.put<CampaignView>(`/api/campaigns/${c.id}`, {
      ...campaign({ name: 'Respelt', cities: [{ name: 'LVIV', country: 'UKR' }] }),
      version: 0,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    await addActivity(admin, c.id, { city: 'lviv', date: '2025-04-02' });
    const acts = await admin.client.get<{ items: ActivityView[] }>(`/api/campaigns/${c.id}/activities`);
    expect(acts.body.items.map((a) => a.city)).toEqual(['LVIV', 'LVIV']);
    const reach = await admin.client.get<ReachResponse>(`/api/campaigns/reach?campaignId=${c.id}&from=2025-04-01&to=2025-04-30`);
    expect(reach.body.byCity.map((r) => [r.key, r.activities])).toEqual([['UKR/LVIV', 2]]);
  });
});

describe('periods', () => {
  it('the wrong way round are refused by the list as by the dashboard, naming the field that is wrong', async () => {
    const list = await admin.client.get<ErrorBody>('/api/campaigns?from=2025-03-01&to=2025-01-01');
    expect([list.status, list.body.error.code, list.body.error.field]).toEqual([400, 'validation_failed', 'to']);
    const onlyFrom = await admin.client.get<ErrorBody>('/api/campaigns/reach?from=2999-01-01');
    expect([onlyFrom.status, onlyFrom.body.error.field]).toEqual([400, 'from']);
    const both = await admin.client.get<ErrorBody>('/api/campaigns/reach?from=2025-03-01&to=2025-01-01');
    expect([both.status, both.body.error.field]).toEqual([400, 'to']);
    const oneDay = await admin.client.get<ReachResponse>('/api/campaigns/reach?from=2025-03-10&to=2025-03-10');
    expect([oneDay.status, oneDay.body.byMonth.map((m) => m.key)]).toEqual([200, ['2025-03']]);
  });
});
