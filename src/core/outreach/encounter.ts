/**
 * Outreach encounters (issue 5): a street team meets people in an area. An encounter records the
 * area (a named zone or a coarse place, never coordinates), the team, how many people were met,
 * each person by a pseudonymous description, the indicators observed (a quick subset of the
 * screening instruments), the materials handed out and the invitations made. Each person met then
 * moves through the funnel: identified, engaged, visited the centre, case opened.
 */
import { z } from 'zod';
import { uuid } from '../platform/schemas.js';

/** Indicators a worker can observe in a short street conversation: ids of the screening instruments' indicators. */
export const QUICK_INDICATORS = [
  'excessive-hours',
  'low-or-no-pay',
  'bad-living-conditions',
  'isolation-or-surveillance',
  'under-strong-influence',
  'documents-confiscated',
  'debt-bondage',
  'violence',
  'forced-tasks-or-clients',
  'unfamiliar-place',
  'dependent-on-exploiters',
] as const;

export const MATERIALS = ['leaflet', 'hotline-card', 'hygiene-kit', 'condoms', 'food', 'clothing', 'first-aid', 'other'] as const;

export const FUNNEL_STAGES = ['identified', 'engaged', 'visited', 'case-opened'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const text = (max: number) => z.string().trim().max(max);

export const personMet = z.strictObject({
  /** A person met before (an outreach person's id): this encounter adds to their story. */
  outreachPersonId: uuid.optional(),
  /** How the team recognises the person, without a name (e.g. "red jacket, Omonia, speaks Romanian"). */
  pseudonym: text(80).min(1),
  description: text(1000).default(''),
  indicators: z
    .array(z.enum(QUICK_INDICATORS))
    .max(QUICK_INDICATORS.length)
    .refine((a) => new Set(a).size === a.length, 'each indicator once')
    .default([]),
  /** A real conversation took place (the person engaged with the team). */
  engaged: z.boolean().default(false),
  invited: z.boolean().default(false),
});
export type PersonMet = z.infer<typeof personMet>;

export const createEncounterRequest = z
  .strictObject({
    occurredAt: z.iso.datetime({ offset: true }).optional(),
    zoneId: uuid.optional(),
    /** A coarse place when no zone fits (a district, a station): never an address or coordinates. */
    place: text(120).optional(),
    team: text(80).min(1),
    peopleCount: z.number().int().min(0).max(1000),
    people: z.array(personMet).max(100).default([]),
    materials: z.partialRecord(z.enum(MATERIALS), z.number().int().min(0).max(10_000)).default({}),
    /** Invitations to the centre made to people not described one by one. */
    otherInvitations: z.number().int().min(0).max(1000).default(0),
    note: text(5000).default(''),
  })
  .refine((e) => e.zoneId !== undefined || (e.place ?? '') !== '', { message: 'a zone or a place', path: ['place'] })
  .refine((e) => e.people.length <= e.peopleCount, { message: 'at least as many as the people described', path: ['peopleCount'] });
export type CreateEncounterRequest = z.infer<typeof createEncounterRequest>;

export const stageDates = z.object({
  identified: z.string(),
  engaged: z.string().nullable(),
  visited: z.string().nullable(),
  'case-opened': z.string().nullable(),
});

export const outreachPersonView = z.object({
  id: uuid,
  pseudonym: z.string(),
  zoneId: uuid.nullable(),
  place: z.string().nullable(),
  team: z.string(),
  stages: stageDates,
  caseId: uuid.nullable(),
  encounters: z.number().int(),
});
export type OutreachPersonView = z.infer<typeof outreachPersonView>;

export const encounterView = z.object({
  id: uuid,
  occurredAt: z.string(),
  zoneId: uuid.nullable(),
  place: z.string().nullable(),
  team: z.string(),
  peopleCount: z.number().int(),
  people: z.array(personMet.extend({ outreachPersonId: uuid })),
  materials: z.record(z.string(), z.number().int()),
  invitations: z.number().int(),
  note: z.string(),
  createdBy: uuid.nullable(),
  createdAt: z.string(),
});
export type EncounterView = z.infer<typeof encounterView>;

export const encounterQuery = z.strictObject({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  zoneId: uuid.optional(),
  team: text(80).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Moving a person met to a later stage (a stage is reached once; its date can be given). */
export const stageRequest = z.strictObject({
  stage: z.enum(['engaged', 'visited', 'case-opened']),
  at: z.iso.date().optional(),
  caseId: uuid.optional(),
});

export const zoneRequest = z.strictObject({ name: text(80).min(1) });
export const zoneView = z.object({ id: uuid, name: z.string(), archived: z.boolean() });
