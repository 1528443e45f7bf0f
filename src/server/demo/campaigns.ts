import { randomUUID } from 'node:crypto';
import { addDays, todayUtc } from '../../core/cases/dates.js';
import type { ActivityRequest, ActivityType, Audience, CampaignCity, CampaignRequest } from '../../core/prevention/campaign.js';
import type { Database } from '../db/database.js';
import { insertActivity, insertCampaign } from '../prevention/campaigns/store.js';
import type { DemoReferralRefs } from './referrals.js';
import { Rng } from './rng.js';

/**
 * Demo awareness campaigns (issue 8): for each demo organisation, a campaign in its home city and
 * two others, with activities over the last 14 months (counted and estimated reach), so that the
 * reach dashboard and its map have something to show. Written in each organisation's own context.
 */

interface DemoCampaignPlan {
  readonly orgKey: string;
  readonly name: string;
  readonly goal: string;
  readonly message: string;
  readonly audiences: readonly Audience[];
  readonly cities: readonly CampaignCity[];
  readonly partners: readonly string[];
}

const PLANS: readonly DemoCampaignPlan[] = [
  {
    orgKey: 'stegi',
    name: 'Ask before you go',
    goal: 'Young job seekers check offers of seasonal work before they travel.',
    message: 'A real employer never keeps your passport.',
    audiences: ['young-people', 'job-seekers'],
    cities: [
      { name: 'Thessaloniki', country: 'GRC', latitude: 40.6401, longitude: 22.9444 },
      { name: 'Athens', country: 'GRC', latitude: 37.9838, longitude: 23.7275 },
      { name: 'Patras', country: 'GRC', latitude: 38.2466, longitude: 21.7346 },
    ],
    partners: ['Regional Directorate of Education'],
  },
  {
    orgKey: 'horizon',
    name: 'Safe work in Europe',
    goal: 'Migrants know their rights at work and where to call.',
    message: 'Your contract, your language, your rights.',
    audiences: ['migrants', 'employers'],
    cities: [
      { name: 'Brussels', country: 'BEL', latitude: 50.8503, longitude: 4.3517 },
      { name: 'Antwerp', country: 'BEL', latitude: 51.2194, longitude: 4.4025 },
      { name: 'Liège', country: 'BEL', latitude: 50.6326, longitude: 5.5797 },
    ],
    partners: ['Federal labour inspectorate'],
  },
  {
    orgKey: 'svyturys',
    name: 'Think twice',
    goal: 'Pupils and parents recognise the tricks of recruiters.',
    message: 'Too good to be true usually is.',
    audiences: ['pupils', 'parents', 'teachers'],
    cities: [
      { name: 'Vilnius', country: 'LTU', latitude: 54.6872, longitude: 25.2797 },
      { name: 'Kaunas', country: 'LTU', latitude: 54.8985, longitude: 23.9036 },
      { name: 'Klaipėda', country: 'LTU', latitude: 55.7033, longitude: 21.1443 },
    ],
    partners: ['Ministry of Education', 'LRT Radio'],
  },
  {
    orgKey: 'senim',
    name: 'Travel safe',
    goal: 'Job seekers going abroad check employers and contracts.',
    message: 'Check the offer, keep your documents, save the hotline.',
    audiences: ['job-seekers', 'students'],
    cities: [
      { name: 'Almaty', country: 'KAZ', latitude: 43.2389, longitude: 76.8897 },
      { name: 'Shymkent', country: 'KAZ', latitude: 42.3417, longitude: 69.5901 },
      { name: 'Astana', country: 'KAZ', latitude: 51.1694, longitude: 71.4491 },
    ],
    partners: ['Youth centre network'],
  },
  {
    orgKey: 'luka',
    name: 'Not for sale',
    goal: 'Young people recognise grooming and deceptive job offers online.',
    message: 'Tell someone you trust before you meet an online offer.',
    audiences: ['young-people', 'pupils'],
    cities: [
      { name: 'Belgrade', country: 'SRB', latitude: 44.7866, longitude: 20.4489 },
      { name: 'Novi Sad', country: 'SRB', latitude: 45.2671, longitude: 19.8335 },
      { name: 'Niš', country: 'SRB', latitude: 43.3209, longitude: 21.8958 },
    ],
    partners: ['City youth office'],
  },
  {
    orgKey: 'drejtesia',
    name: 'Work abroad, safely',
    goal: 'Families and job seekers know the warning signs before migrating for work.',
    message: 'No fees, no kept passports, a contract you can read.',
    audiences: ['job-seekers', 'parents', 'general-public'],
    cities: [
      { name: 'Tirana', country: 'ALB', latitude: 41.3275, longitude: 19.8187 },
      { name: 'Shkodër', country: 'ALB', latitude: 42.0683, longitude: 19.5126 },
      { name: 'Vlorë', country: 'ALB', latitude: 40.4661, longitude: 19.4914 },
    ],
    partners: ['Top Channel', 'Municipality of Tirana'],
  },
];

/** Activities and how many people each usually reaches, counted or estimated. */
const KINDS: readonly { type: ActivityType; min: number; max: number; kind: 'counted' | 'estimated'; city: boolean }[] = [
  { type: 'seminar', min: 15, max: 60, kind: 'counted', city: true },
  { type: 'school-lesson', min: 20, max: 35, kind: 'counted', city: true },
  { type: 'round-table', min: 8, max: 25, kind: 'counted', city: true },
  { type: 'contest', min: 30, max: 200, kind: 'counted', city: true },
  { type: 'street-action', min: 200, max: 1500, kind: 'estimated', city: true },
  { type: 'leaflets', min: 300, max: 3000, kind: 'estimated', city: true },
  { type: 'broadcast', min: 10_000, max: 120_000, kind: 'estimated', city: false },
  { type: 'social-media', min: 2_000, max: 40_000, kind: 'estimated', city: false },
];

export interface DemoCampaignSummary {
  readonly campaigns: number;
  readonly activities: number;
}

/** Writes the demo campaigns of the organisations that exist (by demo key). */
export async function writeCampaignDemo(
  db: Database,
  refs: DemoReferralRefs,
  options: { readonly seed?: number; readonly today?: string } = {},
): Promise<DemoCampaignSummary> {
  const rng = new Rng(options.seed ?? 8);
  const today = options.today ?? todayUtc();
  const startsOn = `${addDays(today, -430).slice(0, 7)}-01`;
  let campaigns = 0;
  let activities = 0;
  for (const plan of PLANS) {
    const orgId = refs.orgIds.get(plan.orgKey);
    const author = refs.accounts.find((a) => a.orgKey === plan.orgKey && a.userKey === 'admin');
    if (!orgId || !author) continue;
    const campaign: CampaignRequest = {
      name: plan.name,
      goal: plan.goal,
      message: plan.message,
      startsOn,
      organisationIds: [],
      partners: [...plan.partners],
      audiences: [...plan.audiences],
      cities: [...plan.cities],
    };
    const count = rng.between(14, 24);
    const planned: ActivityRequest[] = [];
    for (let i = 0; i < count; i++) {
      const k = rng.pick(KINDS);
      const city = rng.pick(plan.cities);
      planned.push({
        type: k.type,
        date: addDays(today, -rng.between(0, 420)),
        ...(k.city ? { city: city.name } : {}),
        country: city.country,
        audience: rng.pick(plan.audiences),
        reached: rng.between(k.min, k.max),
        reachKind: k.kind,
        title: '',
        description: '',
        materials: k.type === 'leaflets' ? 'Leaflet "Before you go"' : '',
        partners: [],
      });
    }
    await db.tenant({ orgId, userId: author.id }, async (c) => {
      const id = randomUUID();
      await insertCampaign(c, id, orgId, author.id, campaign);
      for (const a of planned) await insertActivity(c, randomUUID(), id, orgId, author.id, a);
    });
    campaigns++;
    activities += planned.length;
  }
  return { campaigns, activities };
}
