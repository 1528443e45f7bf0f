import { expect } from 'vitest';
import type { ActivityView, CampaignView } from '../../../core/prevention/campaign.js';
import { addOrganisation, addUser, type SignedInUser, setUp } from '../../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../../testing/harness.js';

/** What the campaigns' integration tests share: a network of two organisations, request bodies, shortcuts. */

export interface CampaignWorld {
  p: TestPlatform;
  admin: SignedInUser;
  trainer: SignedInUser;
  analyst: SignedInUser;
  other: SignedInUser;
}

export async function campaignWorld(): Promise<CampaignWorld> {
  const p = await startTestPlatform();
  const admin = await setUp(p.url, 'admin@example.org', 'La Strada Moldova');
  const trainer = await addUser(admin.client, 'trainer@example.org', ['trainer']);
  const analyst = await addUser(admin.client, 'analyst@example.org', ['analyst']);
  const other = await addOrganisation(admin.client, 'Partner Romania', 'ROU', 'admin@partner.example.org');
  return { p, admin, trainer, analyst, other };
}

export type ErrorBody = { error: { code: string; field?: string; message: string } };

export const CITIES = [
  { name: 'Chișinău', country: 'MDA', latitude: 47.0105, longitude: 28.8638 },
  { name: 'Bălți', country: 'MDA' },
  { name: 'Iași', country: 'ROU', latitude: 47.1585, longitude: 27.6014 },
];

export const campaignBody = (over: Record<string, unknown> = {}) => ({
  name: 'Know before you go',
  goal: 'Job seekers check offers of work abroad',
  message: 'A real job never takes your passport',
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  partners: ['Ministry of Labour'],
  audiences: ['job-seekers', 'young-people'],
  cities: CITIES,
  budget: 12000,
  currency: 'EUR',
  ...over,
});

export const activity = (over: Record<string, unknown> = {}) => ({
  type: 'seminar',
  date: '2025-02-10',
  city: 'Chișinău',
  country: 'MDA',
  audience: 'job-seekers',
  reached: 40,
  reachKind: 'counted',
  ...over,
});

export async function create(who: SignedInUser, over: Record<string, unknown> = {}): Promise<CampaignView> {
  const res = await who.client.post<CampaignView>('/api/campaigns', campaignBody(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

export async function addActivity(who: SignedInUser, campaignId: string, over: Record<string, unknown> = {}): Promise<ActivityView> {
  const res = await who.client.post<ActivityView>(`/api/campaigns/${campaignId}/activities`, activity(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}
