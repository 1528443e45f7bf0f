/**
 * Hotline contacts (issue 5): a call, chat, e-mail, SMS, message or walk-in, logged fast, often
 * anonymous. The plain fields (channel, direction, times, language, who contacts, reasons, danger,
 * the checklist) are what the supervisor view counts; what was said (summary, advice, services
 * suggested, follow-up notes) is sealed on the server and found through a blind word index.
 */
import { z } from 'zod';
import { languageCode } from '../cases/person.js';
import { calendarDate } from '../cases/dates.js';
import { uuid } from '../platform/schemas.js';

export const CHANNELS = ['phone', 'chat', 'email', 'sms', 'messaging', 'walk-in', 'web-form'] as const;
/** The channels an operator logs by hand: `web-form` contacts arrive from the public help page (issue 8). */
export const OPERATOR_CHANNELS = ['phone', 'chat', 'email', 'sms', 'messaging', 'walk-in'] as const;
export const DIRECTIONS = ['inbound', 'outbound'] as const;
/** Who is contacting. */
export const CALLERS = ['person-concerned', 'family-or-friend', 'professional', 'public', 'anonymous'] as const;
/** The reasons every organisation starts with; an organisation adds its own (hotline settings). */
export const DEFAULT_REASONS = [
  // Advice before working abroad, or checking a job offer.
  'advice-before-abroad',
  'report-suspected-trafficking',
  'seeking-help',
  'professional-consultation',
  'information-request',
  'other',
] as const;
/** Safety triage: `immediate` starts the emergency checklist. */
export const DANGER_LEVELS = ['none', 'at-risk', 'immediate'] as const;
/** The emergency checklist, in the order an operator works through it. */
export const EMERGENCY_STEPS = ['location-confirmed', 'emergency-services-called', 'safe-place-agreed', 'callback-agreed', 'supervisor-informed'] as const;

export type Channel = (typeof CHANNELS)[number];
export type Caller = (typeof CALLERS)[number];
export type DangerLevel = (typeof DANGER_LEVELS)[number];

/** A reason id: a default one, or an organisation's own (`org-...`). */
export const reasonId = z.string().regex(/^[a-z][a-z0-9-]{1,60}$/, 'a reason id, e.g. seeking-help');

const text = (max: number) => z.string().trim().max(max);
const distinct = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((a) => new Set(a).size === a.length, 'each value once');

export const followUpRequest = z.strictObject({
  due: calendarDate,
  assigneeId: uuid.nullable().optional(),
  note: text(2000).default(''),
});
export type FollowUpRequest = z.infer<typeof followUpRequest>;

const contactFields = {
  channel: z.enum(CHANNELS),
  direction: z.enum(DIRECTIONS),
  /** When the contact started (the form's timer starts with it). */
  startedAt: z.iso.datetime({ offset: true }),
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600),
  language: languageCode.nullable(),
  caller: z.enum(CALLERS),
  reasons: distinct(reasonId, 20),
  summary: text(20_000),
  advice: text(20_000),
  servicesSuggested: text(5_000),
  danger: z.enum(DANGER_LEVELS),
  emergencySteps: distinct(z.enum(EMERGENCY_STEPS), EMERGENCY_STEPS.length),
  personId: uuid.nullable(),
  caseId: uuid.nullable(),
};

/** `{ "channel": "phone", "summary": "..." }` is a whole anonymous contact; everything else has a default. */
export const createContactRequest = z.strictObject({
  channel: contactFields.channel,
  summary: contactFields.summary.min(1),
  direction: contactFields.direction.default('inbound'),
  startedAt: contactFields.startedAt.optional(),
  durationSeconds: contactFields.durationSeconds.optional(),
  language: contactFields.language.optional(),
  caller: contactFields.caller.default('anonymous'),
  reasons: contactFields.reasons.default([]),
  advice: contactFields.advice.default(''),
  servicesSuggested: contactFields.servicesSuggested.default(''),
  danger: contactFields.danger.default('none'),
  emergencySteps: contactFields.emergencySteps.default([]),
  personId: contactFields.personId.optional(),
  caseId: contactFields.caseId.optional(),
  followUps: z.array(followUpRequest).max(10).default([]),
});
export type CreateContactRequest = z.infer<typeof createContactRequest>;

/** A change: the fields given, and the version read (a stale version is refused, nothing is lost). */
export const updateContactRequest = z.strictObject({
  version: z.number().int().min(1),
  channel: contactFields.channel.optional(),
  direction: contactFields.direction.optional(),
  startedAt: contactFields.startedAt.optional(),
  durationSeconds: contactFields.durationSeconds.optional(),
  language: contactFields.language.optional(),
  caller: contactFields.caller.optional(),
  reasons: contactFields.reasons.optional(),
  summary: contactFields.summary.min(1).optional(),
  advice: contactFields.advice.optional(),
  servicesSuggested: contactFields.servicesSuggested.optional(),
  danger: contactFields.danger.optional(),
  emergencySteps: contactFields.emergencySteps.optional(),
  personId: contactFields.personId.optional(),
  caseId: contactFields.caseId.optional(),
});
export type UpdateContactRequest = z.infer<typeof updateContactRequest>;

export const followUpView = z.object({
  id: uuid,
  due: calendarDate,
  assigneeId: uuid.nullable(),
  note: z.string(),
  doneAt: z.string().nullable(),
  doneBy: uuid.nullable(),
});
export type FollowUpView = z.infer<typeof followUpView>;

export const contactView = z.object({
  id: uuid,
  ...contactFields,
  durationSeconds: z.number().int().nullable(),
  language: languageCode.nullable(),
  operatorId: uuid.nullable(),
  followUps: z.array(followUpView),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ContactView = z.infer<typeof contactView>;

/** What a list shows: the plain facts and the start of the summary (280 characters). */
export const SUMMARY_PREVIEW = 280;
export const contactListItem = contactView.omit({ advice: true, servicesSuggested: true, followUps: true }).extend({
  openFollowUps: z.number().int(),
  overdueFollowUps: z.number().int(),
});
export type ContactListItem = z.infer<typeof contactListItem>;

export const contactQuery = z.strictObject({
  /** Words that all appear in the summary, advice or services suggested (whole words, any case and accents). */
  q: z.string().trim().max(200).optional(),
  channel: z.enum(CHANNELS).optional(),
  caller: z.enum(CALLERS).optional(),
  reason: reasonId.optional(),
  danger: z.enum(DANGER_LEVELS).optional(),
  operatorId: uuid.optional(),
  personId: uuid.optional(),
  caseId: uuid.optional(),
  followUp: z.enum(['open', 'overdue']).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  /** The `next` of the previous page. */
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ContactQuery = z.infer<typeof contactQuery>;

/** An organisation's own reasons (besides the defaults), and the defaults it does not use. */
export const hotlineSettings = z.strictObject({
  customReasons: z
    .array(z.strictObject({ id: z.string().regex(/^org-[a-z0-9-]{1,56}$/, 'org- and lower-case letters, digits or -'), label: text(120).min(1) }))
    .max(50)
    .refine((a) => new Set(a.map((r) => r.id)).size === a.length, 'each id once'),
  hiddenReasons: distinct(z.enum(DEFAULT_REASONS), DEFAULT_REASONS.length),
});
export type HotlineSettings = z.infer<typeof hotlineSettings>;

/** The reasons an operator may choose now. */
export function activeReasons(settings: HotlineSettings): string[] {
  return [...DEFAULT_REASONS.filter((r) => !settings.hiddenReasons.includes(r)), ...settings.customReasons.map((r) => r.id)];
}

/** Every reason id an organisation has ever used or may use (hidden ones stay valid on old contacts). */
export function knownReasons(settings: HotlineSettings): Set<string> {
  return new Set<string>([...DEFAULT_REASONS, ...settings.customReasons.map((r) => r.id)]);
}
