/**
 * A referral (issue 6): a case of one organisation passed to a service of another, carrying the
 * person's consent (or a written emergency override) and a snapshot of only the fields the sender
 * chose. The receiver sees that snapshot, never the sender's case.
 */
import { z } from 'zod';
import { text } from '../cases/person.js';
import { countryCode, uiLanguage, uuid } from '../platform/schemas.js';

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'in-progress', 'completed', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export const FINAL_STATUSES: ReadonlySet<ReferralStatus> = new Set(['declined', 'completed', 'withdrawn']);

/** What each side may do, and from which states. */
export const REFERRAL_ACTIONS = {
  accept: { side: 'receiver', from: ['sent'], to: 'accepted' },
  decline: { side: 'receiver', from: ['sent'], to: 'declined' },
  start: { side: 'receiver', from: ['accepted'], to: 'in-progress' },
  complete: { side: 'receiver', from: ['accepted', 'in-progress'], to: 'completed' },
  withdraw: { side: 'sender', from: ['sent', 'accepted', 'in-progress'], to: 'withdrawn' },
} as const satisfies Record<string, { side: 'sender' | 'receiver'; from: readonly ReferralStatus[]; to: ReferralStatus }>;
export type ReferralAction = keyof typeof REFERRAL_ACTIONS;
export const REFERRAL_ACTION_NAMES = Object.keys(REFERRAL_ACTIONS) as ReferralAction[];

/** The state after an action, or undefined when the action is not possible from `status` for that side. */
export function nextStatus(status: ReferralStatus, action: ReferralAction, side: 'sender' | 'receiver'): ReferralStatus | undefined {
  const a = REFERRAL_ACTIONS[action];
  if (a.side !== side) return undefined;
  return (a.from as readonly ReferralStatus[]).includes(status) ? a.to : undefined;
}

/** The phases of the transnational referral model. */
export const TRM_PHASES = ['identification', 'first-assistance', 'long-term-assistance', 'return', 'proceedings'] as const;
export type TrmPhase = (typeof TRM_PHASES)[number];

/**
 * The fields a sender may share. The minimum default set is what a service needs to receive a
 * person: a first name to greet them, an age (not the birth date), gender and languages.
 */
export const SHARED_FIELDS = [
  'givenName',
  'familyName',
  'age',
  'birthDate',
  'gender',
  'languages',
  'citizenships',
  'contact',
  'exploitationForms',
  'traffickingStatus',
] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];
export const MINIMUM_SHARED: readonly SharedField[] = ['givenName', 'age', 'gender', 'languages'];

function distinct<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, 'no duplicates');
}

export const liaison = z.strictObject({
  name: text(200).min(1),
  email: z.email().max(254).optional(),
  phone: text(40).optional(),
});
export type Liaison = z.infer<typeof liaison>;

export const createReferralRequest = z
  .strictObject({
    caseId: uuid,
    serviceId: uuid,
    share: distinct(z.enum(SHARED_FIELDS), SHARED_FIELDS.length).default([...MINIMUM_SHARED]),
    /** Why the person is referred and what they need from the service: always shared. */
    note: text(4000).min(1),
    /** The consent entry of the case that covers sharing with the receiving organisation; found when omitted. */
    consentId: uuid.optional(),
    /** Without a covering consent: the emergency that justifies sharing anyway. Audited; the sender's supervisors see it. */
    overrideReason: text(2000).min(10).optional(),
    /** Required when the receiving organisation is in another country. */
    phase: z.enum(TRM_PHASES).optional(),
    /** The sender's liaison for this referral (the sending user when omitted). */
    liaison: liaison.optional(),
  })
  .refine((r) => !(r.consentId && r.overrideReason), { message: 'a consent or an override, not both', path: ['overrideReason'] });
export type CreateReferralRequest = z.infer<typeof createReferralRequest>;

export const referralQuery = z.strictObject({
  direction: z.enum(['incoming', 'outgoing']).optional(),
  status: z.enum(REFERRAL_STATUSES).optional(),
  caseId: uuid.optional(),
  /** Received: the referral a case of the caller's organisation was opened from. */
  receiverCaseId: uuid.optional(),
  /** Sent with an emergency override (supervisors check these). */
  override: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});
export type ReferralQuery = z.infer<typeof referralQuery>;

export const acceptReferralRequest = z.strictObject({
  version: z.number().int().min(0),
  /** Open a case at the receiving organisation from the shared fields, linked to the referral. */
  openCase: z.boolean().default(false),
  liaison: liaison.optional(),
  note: text(2000).optional(),
});
export const declineReferralRequest = z.strictObject({ version: z.number().int().min(0), reason: text(2000).min(1) });
export const changeReferralRequest = z.strictObject({ version: z.number().int().min(0), note: text(2000).optional() });

export const messageRequest = z.strictObject({ body: text(4000).min(1) });

/** The snapshot the receiver sees: only what was chosen, as it was when sent. */
export const sharedSnapshot = z.object({
  note: z.string(),
  givenName: z.string().optional(),
  familyName: z.string().optional(),
  age: z.number().int().optional(),
  ageEstimated: z.boolean().optional(),
  birthDate: z.string().optional(),
  gender: z.string().optional(),
  languages: z.array(z.string()).optional(),
  citizenships: z.array(z.string()).optional(),
  contact: z.object({ phones: z.array(z.string()), emails: z.array(z.string()) }).optional(),
  exploitationForms: z.array(z.string()).optional(),
  traffickingStatus: z.string().optional(),
});
export type SharedSnapshot = z.infer<typeof sharedSnapshot>;

const side = z.object({ id: uuid, name: z.string(), country: z.string() });

export const referralEvent = z.object({
  status: z.enum(REFERRAL_STATUSES),
  at: z.string(),
  by: z.string(),
  side: z.enum(['sender', 'receiver']),
  note: z.string().optional(),
});

export const referralView = z.object({
  id: uuid,
  /** A short reference both sides can quote, e.g. R-3F2A9C. */
  reference: z.string(),
  direction: z.enum(['incoming', 'outgoing']),
  status: z.enum(REFERRAL_STATUSES),
  version: z.number().int(),
  from: side,
  to: side,
  service: z.object({ id: uuid.nullable(), name: z.string(), types: z.array(z.string()) }),
  /** The sender's case: only for the sender. */
  caseId: uuid.nullable().optional(),
  caseNumber: z.number().int().nullable().optional(),
  /** The receiver's case opened from the referral: only for the receiver. */
  receiverCaseId: uuid.nullable().optional(),
  transnational: z.boolean(),
  phase: z.enum(TRM_PHASES).nullable(),
  fromCountry: countryCode,
  toCountry: countryCode,
  /** The working language of each side, for bilingual labels. */
  fromLanguage: uiLanguage,
  toLanguage: uiLanguage,
  fromLiaison: liaison.nullable(),
  toLiaison: liaison.nullable(),
  sharedFields: z.array(z.enum(SHARED_FIELDS)),
  /** Null once consent was withdrawn before the receiver accepted (the shared data is erased). */
  shared: sharedSnapshot.nullable(),
  basis: z.enum(['consent', 'override']),
  /** The sender's side only. */
  consentId: uuid.nullable().optional(),
  overrideReason: z.string().nullable().optional(),
  consentWithdrawn: z.boolean(),
  /** The person was erased at the sender: what the referral carried about them is gone. */
  erased: z.boolean(),
  sentAt: z.string(),
  acceptedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  history: z.array(referralEvent),
  unread: z.number().int(),
});
export type ReferralView = z.infer<typeof referralView>;

export const referralListItem = referralView.omit({ history: true, shared: true }).extend({ givenName: z.string().nullable() });
export type ReferralListItem = z.infer<typeof referralListItem>;

export const referralPage = z.object({ items: z.array(referralListItem), total: z.number().int(), page: z.number().int(), perPage: z.number().int() });

export const referralMessage = z.object({
  id: uuid,
  side: z.enum(['sender', 'receiver']),
  author: z.string(),
  organisation: z.string(),
  body: z.string(),
  at: z.string(),
});
export type ReferralMessage = z.infer<typeof referralMessage>;

/** A short reference from the id: the same on both sides. */
export function referralReference(id: string): string {
  return `R-${id.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
}
