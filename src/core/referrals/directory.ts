/**
 * The service directory (issue 6), in the structure of Open Referral's Human Services Data
 * Specification (HSDS 3.0): organisations offer services, at locations with addresses, reached
 * by phone, open on schedules, classified by a taxonomy of service types. Haven keeps the
 * locations, phones and schedules of a service with the service; the HSDS import and export
 * (`hsds/`) turn them into HSDS's own tables and back.
 *
 * The directory holds no personal data: it describes services, not people.
 */
import { z } from 'zod';
import { languageCode, text } from '../cases/person.js';
import { countryCode, uuid } from '../platform/schemas.js';
import { alpha2Of } from './countries.js';

/** Haven's taxonomy of service types for victim assistance (an HSDS taxonomy, `haven-service-type`). */
export const SERVICE_TYPES = [
  'shelter',
  'medical',
  'psychological',
  'legal-aid',
  'interpretation',
  'return',
  'employment',
  'education',
  'child-protection',
  'emergency',
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];
export const SERVICE_TAXONOMY_ID = 'haven-service-type';

/** HSDS service status. */
export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/** Who a service is for by gender: empty means everyone. */
export const ELIGIBLE_GENDERS = ['female', 'male', 'non-binary'] as const;

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:30');
/** A web address: http(s) only (a `javascript:` URL must never reach a link). */
const webUrl = z.url({ protocol: /^https?$/, error: 'a web address starting with https://' }).max(500);
/** A country of a service's address: alpha-3, and one that ISO 3166-1 knows (HSDS carries alpha-2). */
const knownCountry = countryCode.refine((c) => alpha2Of(c) !== undefined, 'an ISO 3166-1 alpha-3 country code, e.g. GRC');
/** An IANA time zone name, e.g. Europe/Athens (checked against the runtime's list). */
export const timeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'an IANA time zone, e.g. Europe/Athens');

function distinctList<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, 'no duplicates');
}

/** Regular opening hours: on these days, from `opensAt` to `closesAt` (past midnight when closesAt ≤ opensAt). */
export const schedule = z.strictObject({
  id: uuid.optional(),
  byday: distinctList(z.enum(WEEKDAYS), 7).min(1),
  opensAt: time,
  closesAt: time,
  description: text(500).optional(),
});
export type Schedule = z.infer<typeof schedule>;

export const address = z.strictObject({
  address1: text(300).default(''),
  city: text(200).min(1),
  region: text(200).optional(),
  postalCode: text(40).optional(),
  country: knownCountry,
});
export type Address = z.infer<typeof address>;

export const serviceLocation = z.strictObject({
  id: uuid.optional(),
  name: text(300).optional(),
  address,
});
export type ServiceLocation = z.infer<typeof serviceLocation>;

export const servicePhone = z.strictObject({
  id: uuid.optional(),
  number: z
    .string()
    .trim()
    .min(3)
    .max(40)
    .regex(/^[+\d][\d ()./-]*$/, 'a phone number like +30 210 1234567'),
  description: text(200).optional(),
});
export type ServicePhone = z.infer<typeof servicePhone>;

const serviceFields = {
  organizationId: uuid,
  name: text(300).min(1),
  alternateName: text(300).optional(),
  description: text(4000).default(''),
  url: webUrl.optional(),
  email: z.email().max(254).optional(),
  status: z.enum(SERVICE_STATUSES).default('active'),
  types: distinctList(z.enum(SERVICE_TYPES), SERVICE_TYPES.length).min(1),
  languages: distinctList(languageCode, 40).default([]),
  minimumAge: z.number().int().min(0).max(120).optional(),
  maximumAge: z.number().int().min(0).max(120).optional(),
  genders: distinctList(z.enum(ELIGIBLE_GENDERS), ELIGIBLE_GENDERS.length).default([]),
  eligibilityDescription: text(2000).optional(),
  feesDescription: text(1000).optional(),
  free: z.boolean().default(true),
  applicationProcess: text(2000).optional(),
  locations: z.array(serviceLocation).max(50).default([]),
  phones: z.array(servicePhone).max(20).default([]),
  /** Open around the clock (a hotline, an emergency shelter): schedules are then ignored. */
  alwaysOpen: z.boolean().default(false),
  schedules: z.array(schedule).max(30).default([]),
  timeZone: timeZone.default('UTC'),
};

function checkAges(s: { minimumAge?: number | undefined; maximumAge?: number | undefined }, ctx: z.RefinementCtx): void {
  if (s.minimumAge !== undefined && s.maximumAge !== undefined && s.maximumAge < s.minimumAge)
    ctx.addIssue({ code: 'custom', message: 'must not be below minimumAge', path: ['maximumAge'] });
}

export const serviceRequest = z.strictObject(serviceFields).superRefine(checkAges);
export type ServiceRequest = z.infer<typeof serviceRequest>;

export const updateServiceRequest = z.strictObject({ ...serviceFields, version: z.number().int().min(0) }).superRefine(checkAges);
export type UpdateServiceRequest = z.infer<typeof updateServiceRequest>;

export const directoryService = z.object({
  id: uuid,
  ...serviceFields,
  url: z.string().optional(),
  email: z.string().optional(),
  /** The directory organisation's name and the Haven member organisation that receives referrals for it (null: not on Haven). */
  organizationName: z.string(),
  memberOrgId: uuid.nullable(),
  /** Countries of the service's locations (alpha-3). */
  countries: z.array(z.string()),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type DirectoryService = z.infer<typeof directoryService>;

export const organizationRequest = z.strictObject({
  name: text(300).min(1),
  alternateName: text(300).optional(),
  description: text(4000).default(''),
  email: z.email().max(254).optional(),
  website: webUrl.optional(),
  /** Network administrators only: the Haven member organisation this entry stands for. */
  memberOrgId: uuid.nullable().optional(),
});
export type OrganizationRequest = z.infer<typeof organizationRequest>;

/** A change of a directory organisation: every field again, with the version read (`memberOrgId` omitted: unchanged). */
export const updateOrganizationRequest = z.strictObject({ ...organizationRequest.shape, version: z.number().int().min(0) });
export type UpdateOrganizationRequest = z.infer<typeof updateOrganizationRequest>;

export const directoryOrganization = z.object({
  id: uuid,
  name: z.string(),
  alternateName: z.string().optional(),
  description: z.string(),
  email: z.string().optional(),
  website: z.string().optional(),
  memberOrgId: uuid.nullable(),
  /** The Haven organisation that maintains the entry. */
  maintainedBy: uuid,
  version: z.number().int(),
  updatedAt: z.string(),
});
export type DirectoryOrganization = z.infer<typeof directoryOrganization>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Directory search. */
export const serviceQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  type: z.enum(SERVICE_TYPES).optional(),
  language: languageCode.optional(),
  country: countryCode.optional(),
  city: z.string().trim().min(1).max(200).optional(),
  /** Services whose age range includes this age. */
  age: z.coerce.number().int().min(0).max(120).optional(),
  /** Services open to this gender (those for everyone included). */
  gender: z.enum(ELIGIBLE_GENDERS).optional(),
  openNow: flag.optional(),
  /** Services of one directory organisation, or (`mine`) the ones the caller's organisation maintains. */
  organizationId: uuid.optional(),
  mine: flag.optional(),
  status: z.enum(SERVICE_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(25),
});
export type ServiceQuery = z.infer<typeof serviceQuery>;

export const servicePage = z.object({
  items: z.array(directoryService),
  total: z.number().int(),
  page: z.number().int(),
  perPage: z.number().int(),
});
