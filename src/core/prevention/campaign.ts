/**
 * Awareness campaigns (issue 8): a campaign (what it says, to whom, where and when) and its
 * activities (a seminar, a school lesson, a broadcast...), each with how many people it reached,
 * counted or estimated. Campaigns hold no personal data: they describe work, not people, and every
 * member of the network may read every member's campaigns (each organisation changes its own).
 */
import { z } from 'zod';
import { calendarDate, compareDates } from '../cases/dates.js';
import { text } from '../cases/person.js';
import { countryCode, uuid } from '../platform/schemas.js';

export const ACTIVITY_TYPES = [
  'seminar',
  'school-lesson',
  'lecture',
  'round-table',
  'working-meeting',
  'debate',
  'conference',
  'contest',
  'broadcast',
  'article',
  'social-media',
  'street-action',
  'leaflets',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

/** Who a campaign or an activity speaks to. */
export const AUDIENCES = [
  'general-public',
  'young-people',
  'pupils',
  'students',
  'job-seekers',
  'migrants',
  'parents',
  'teachers',
  'professionals',
  'employers',
  'officials',
  'media',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Whether the people reached were counted (a register, tickets) or estimated (an audience figure). */
export const REACH_KINDS = ['counted', 'estimated'] as const;
export type ReachKind = (typeof REACH_KINDS)[number];

/**
 * How two spellings of a campaign city are matched: in its country, the name in Unicode's composed
 * form, runs of white space as one space, case ignored (`Chișinău` typed with a combining comma,
 * `New  York`, `KYIV` are the same city as `Chișinău`, `New York`, `Kyiv`).
 */
export const cityKey = (country: string, name: string) => `${country}/${name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase()}`;

/** Each city once however it is spelt, and its coordinates both given or neither (a map cannot place a city by its latitude alone). */
function checkCities(
  cities: readonly { name: string; country: string; latitude?: number | undefined; longitude?: number | undefined }[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Map<string, number>();
  cities.forEach((city, i) => {
    const key = cityKey(city.country, city.name);
    const first = seen.get(key);
    if (first !== undefined) ctx.addIssue({ code: 'custom', message: `${city.name} is already city ${first + 1} of the campaign`, path: [i, 'name'] });
    else seen.set(key, i);
    if ((city.latitude === undefined) !== (city.longitude === undefined)) {
      const missing = city.latitude === undefined ? 'latitude' : 'longitude';
      ctx.addIssue({ code: 'custom', message: 'give both coordinates of the city, or neither', path: [i, missing] });
    }
  });
}

const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, 'each value once');

/** A city where a campaign works, with coordinates for the map when known (never a street address). */
export const campaignCity = z.strictObject({
  name: text(120).min(1),
  country: countryCode,
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
});
export type CampaignCity = z.infer<typeof campaignCity>;

const campaignFields = {
  name: text(200).min(1),
  goal: text(2000).default(''),
  message: text(2000).default(''),
  startsOn: calendarDate,
  endsOn: calendarDate.optional(),
  /** Other member organisations of the network running the campaign together. */
  organisationIds: distinct(uuid, 50).default([]),
  /** Partners outside the network (a ministry, a school board, a broadcaster). */
  partners: distinct(text(200).min(1), 50).default([]),
  audiences: distinct(z.enum(AUDIENCES), AUDIENCES.length).default([]),
  cities: z.array(campaignCity).max(100).default([]).superRefine(checkCities),
  /** Optional budget, in whole units of the currency. */
  budget: z.number().int().min(0).max(1_000_000_000).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code, e.g. EUR')
    .optional(),
};

function checkPeriod(
  c: { startsOn: string; endsOn?: string | undefined; budget?: number | undefined; currency?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (c.endsOn !== undefined && compareDates(c.endsOn, c.startsOn) < 0)
    ctx.addIssue({ code: 'custom', message: 'must not be before startsOn', path: ['endsOn'] });
  if (c.budget !== undefined && c.currency === undefined) ctx.addIssue({ code: 'custom', message: 'needed with a budget', path: ['currency'] });
}

export const campaignRequest = z.strictObject(campaignFields).superRefine(checkPeriod);
export type CampaignRequest = z.infer<typeof campaignRequest>;

export const updateCampaignRequest = z.strictObject({ ...campaignFields, version: z.number().int().min(0) }).superRefine(checkPeriod);
export type UpdateCampaignRequest = z.infer<typeof updateCampaignRequest>;

export const campaignView = z.object({
  id: uuid,
  orgId: uuid,
  orgName: z.string(),
  name: z.string(),
  goal: z.string(),
  message: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  organisationIds: z.array(uuid),
  partners: z.array(z.string()),
  audiences: z.array(z.enum(AUDIENCES)),
  cities: z.array(campaignCity),
  budget: z.number().nullable(),
  currency: z.string().nullable(),
  /** Sum over the activities, split by how it was known. */
  reach: z.object({ counted: z.number(), estimated: z.number() }),
  activities: z.number(),
  /** May the caller change it (the owner organisation's writers). */
  editable: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CampaignView = z.infer<typeof campaignView>;

export const campaignQuery = z.strictObject({
  q: text(200).optional(),
  /** `own` (default): the caller's organisation; `network`: every member's campaigns. */
  scope: z.enum(['own', 'network']).default('own'),
  orgId: uuid.optional(),
  audience: z.enum(AUDIENCES).optional(),
  country: countryCode.optional(),
  /** Campaigns running on or after this date / on or before this date. */
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});
export type CampaignQuery = z.infer<typeof campaignQuery>;

export const campaignPage = z.object({ items: z.array(campaignView), total: z.number() });
export type CampaignPage = z.infer<typeof campaignPage>;

const activityFields = {
  type: z.enum(ACTIVITY_TYPES),
  date: calendarDate,
  /** One of the campaign's cities (by name and country); a broadcast may cover the whole country. */
  city: text(120).min(1).optional(),
  country: countryCode,
  audience: z.enum(AUDIENCES),
  reached: z.number().int().min(0).max(100_000_000),
  reachKind: z.enum(REACH_KINDS),
  title: text(200).default(''),
  description: text(4000).default(''),
  materials: text(2000).default(''),
  partners: distinct(text(200).min(1), 50).default([]),
};

export const activityRequest = z.strictObject(activityFields);
export type ActivityRequest = z.infer<typeof activityRequest>;
export const updateActivityRequest = z.strictObject({ ...activityFields, version: z.number().int().min(0) });
export type UpdateActivityRequest = z.infer<typeof updateActivityRequest>;

/** A photo or a file of an activity (a leaflet, an attendance sheet with the count). */
export const ACTIVITY_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export const MAX_ACTIVITY_FILE_SIZE = 10 * 1024 * 1024;
export const activityFileView = z.object({ id: uuid, name: z.string(), mediaType: z.string(), size: z.number(), createdAt: z.string() });
export type ActivityFileView = z.infer<typeof activityFileView>;

export const activityView = z.object({
  id: uuid,
  campaignId: uuid,
  orgId: uuid,
  type: z.enum(ACTIVITY_TYPES),
  date: z.string(),
  city: z.string().nullable(),
  country: z.string(),
  audience: z.enum(AUDIENCES),
  reached: z.number(),
  reachKind: z.enum(REACH_KINDS),
  title: z.string(),
  description: z.string(),
  materials: z.string(),
  partners: z.array(z.string()),
  files: z.array(activityFileView),
  version: z.number(),
  createdAt: z.string(),
});
export type ActivityView = z.infer<typeof activityView>;

export const activityList = z.object({ items: z.array(activityView), total: z.number() });

/** The reach dashboard: the caller's organisation, or the whole network. */
export const reachQuery = z.strictObject({
  scope: z.enum(['own', 'network']).default('own'),
  campaignId: uuid.optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  country: countryCode.optional(),
});
export type ReachQuery = z.infer<typeof reachQuery>;

/** One bar or point: people reached, split into counted and estimated, and how many activities. */
export const reachRow = z.object({ key: z.string(), counted: z.number(), estimated: z.number(), activities: z.number() });
export type ReachRow = z.infer<typeof reachRow>;

export const reachResponse = z.object({
  from: z.string(),
  to: z.string(),
  total: reachRow,
  /** By month, `YYYY-MM`, every month of the period (zeros included). */
  byMonth: z.array(reachRow),
  /** By city: key `COUNTRY/City name`, with the campaign's coordinates when known. */
  byCity: z.array(reachRow.extend({ city: z.string(), country: z.string(), latitude: z.number().nullable(), longitude: z.number().nullable() })),
  byAudience: z.array(reachRow),
  byType: z.array(reachRow),
  byOrganisation: z.array(reachRow.extend({ orgName: z.string() })),
});
export type ReachResponse = z.infer<typeof reachResponse>;
