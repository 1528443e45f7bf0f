/**
 * Peer-to-peer exchange (issue 9): each member organisation assesses its own capacity (areas rated
 * 1-4, with a note, and the areas it most wants to strengthen), lists what it can offer to others,
 * and records the exchanges (study visits, trainings, mentoring...) with their follow-up. None of
 * this is personal data: it describes organisations, and every member reads every member's.
 */
import { z } from 'zod';
import { calendarDate, compareDates } from '../cases/dates.js';
import { distinct, languageCode, text } from '../cases/person.js';
import { countryCode, uuid } from '../platform/schemas.js';

export const CAPACITY_AREAS = [
  'identification',
  'case-management',
  'legal-aid',
  'psychosocial-support',
  'shelter',
  'health',
  'child-protection',
  'labour-rights',
  'advocacy',
  'campaigning',
  'data',
  'fundraising',
  'training',
  'transnational-cooperation',
  'governance',
] as const;
export type CapacityArea = (typeof CAPACITY_AREAS)[number];
export const capacityArea = z.enum(CAPACITY_AREAS);

/** 1 needs support to start, 2 basic, 3 solid, 4 strong enough to teach others. */
export const MIN_RATING = 1;
export const MAX_RATING = 4;
export const capacityRating = z.number().int().min(MIN_RATING).max(MAX_RATING);
/** An area rated at most this is a need. */
export const NEED_RATING = 2;
/** At most this many priorities (the areas an organisation most wants to strengthen). */
export const MAX_PRIORITIES = 5;

export const OFFER_KINDS = ['study-visit', 'training', 'mentoring', 'materials', 'secondment'] as const;
export type OfferKind = (typeof OFFER_KINDS)[number];
export const OFFER_STATUSES = ['active', 'closed'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

// --- self-assessments ---

export const areaRating = z.strictObject({ area: capacityArea, rating: capacityRating, note: text(2000).default('') });
export type AreaRating = z.infer<typeof areaRating>;

export const assessmentRequest = z
  .strictObject({
    /** Each area at most once; an area left out is not assessed. */
    ratings: z.array(areaRating).min(1).max(CAPACITY_AREAS.length),
    priorities: distinct(capacityArea, MAX_PRIORITIES).default([]),
    /** The languages the organisation works in (for matching with offers). */
    languages: distinct(languageCode, 20).default([]),
  })
  .superRefine((a, ctx) => {
    const seen = new Set<string>();
    a.ratings.forEach((r, i) => {
      if (seen.has(r.area)) ctx.addIssue({ code: 'custom', message: 'each area once', path: ['ratings', i, 'area'] });
      seen.add(r.area);
    });
  });
export type AssessmentRequest = z.infer<typeof assessmentRequest>;

export const assessmentView = z.object({
  id: uuid,
  orgId: uuid,
  orgName: z.string(),
  orgCountry: z.string(),
  ratings: z.array(z.object({ area: capacityArea, rating: z.number().int(), note: z.string() })),
  priorities: z.array(capacityArea),
  languages: z.array(z.string()),
  createdAt: z.string(),
});
export type AssessmentView = z.infer<typeof assessmentView>;

export const assessmentQuery = z.strictObject({
  /** One organisation's history (newest first) instead of the latest of each member. */
  orgId: uuid.optional(),
  country: countryCode.optional(),
});
export type AssessmentQuery = z.infer<typeof assessmentQuery>;
export const assessmentList = z.object({ items: z.array(assessmentView) });
export type AssessmentList = z.infer<typeof assessmentList>;

// --- offers ---

const offerFields = {
  area: capacityArea,
  kind: z.enum(OFFER_KINDS),
  description: text(4000).min(1),
  languages: distinct(languageCode, 20).default([]),
  /** How many times (or people) a year; none when not limited. */
  capacityPerYear: z.number().int().min(1).max(10_000).optional(),
  status: z.enum(OFFER_STATUSES).default('active'),
};
export const offerRequest = z.strictObject(offerFields);
export type OfferRequest = z.infer<typeof offerRequest>;
export const updateOfferRequest = z.strictObject({ ...offerFields, version: z.number().int().min(0) });
export type UpdateOfferRequest = z.infer<typeof updateOfferRequest>;

export const offerView = z.object({
  id: uuid,
  orgId: uuid,
  orgName: z.string(),
  orgCountry: z.string(),
  area: capacityArea,
  kind: z.enum(OFFER_KINDS),
  description: z.string(),
  languages: z.array(z.string()),
  capacityPerYear: z.number().nullable(),
  status: z.enum(OFFER_STATUSES),
  editable: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type OfferView = z.infer<typeof offerView>;
export const offerQuery = z.strictObject({
  orgId: uuid.optional(),
  area: capacityArea.optional(),
  status: z.enum(OFFER_STATUSES).optional(),
});
export type OfferQuery = z.infer<typeof offerQuery>;
export const offerList = z.object({ items: z.array(offerView) });

// --- matches ---

export const MATCH_REASONS = ['gap', 'priority', 'language', 'region', 'country', 'unrated'] as const;
export type MatchReasonCode = (typeof MATCH_REASONS)[number];
export const matchReason = z.object({
  code: z.enum(MATCH_REASONS),
  /** The gap in points, the shared language codes, the region or country code. */
  value: z.union([z.number(), z.string()]).optional(),
});
export type MatchReason = z.infer<typeof matchReason>;

export const matchView = z.object({
  /** The organisation with the need. */
  needOrgId: uuid,
  needOrgName: z.string(),
  needOrgCountry: z.string(),
  area: capacityArea,
  /** The need's rating (null: a priority not rated). */
  needRating: z.number().nullable(),
  priority: z.boolean(),
  offer: offerView,
  /** The offering organisation's rating in the area (null: not assessed). */
  offerRating: z.number().nullable(),
  score: z.number(),
  reasons: z.array(matchReason),
});
export type MatchView = z.infer<typeof matchView>;
export const matchQuery = z.strictObject({
  /** Whose needs (side=needs) or whose offers (side=offers); the caller's organisation by default. */
  orgId: uuid.optional(),
  area: capacityArea.optional(),
  side: z.enum(['needs', 'offers']).default('needs'),
});
export type MatchQuery = z.infer<typeof matchQuery>;
export const matchList = z.object({ items: z.array(matchView) });

// --- exchanges ---

export const EXCHANGE_STATUSES = ['proposed', 'agreed', 'in-progress', 'done', 'cancelled'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

/** Where an exchange may go from each status (a done or cancelled exchange stays so). */
export const EXCHANGE_NEXT: Readonly<Record<ExchangeStatus, readonly ExchangeStatus[]>> = {
  proposed: ['agreed', 'cancelled'],
  agreed: ['in-progress', 'done', 'cancelled'],
  'in-progress': ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

/**
 * May this party move the exchange from `from` to `to`? A proposal is agreed by the other party
 * (the one that did not propose it); either party cancels or moves it on.
 */
export function statusChangeAllowed(from: ExchangeStatus, to: ExchangeStatus, callerProposed: boolean): boolean {
  if (from === to) return true;
  if (!EXCHANGE_NEXT[from].includes(to)) return false;
  if (from === 'proposed' && to === 'agreed' && callerProposed) return false;
  return true;
}

function checkDates(e: { startsOn?: string | undefined; endsOn?: string | undefined }, ctx: z.RefinementCtx): void {
  if (e.startsOn && e.endsOn && compareDates(e.endsOn, e.startsOn) < 0)
    ctx.addIssue({ code: 'custom', message: 'must not be before startsOn', path: ['endsOn'] });
}

export const exchangeRequest = z
  .strictObject({
    /** From a match: the offer (its organisation is the provider, its area and kind the default). */
    offerId: uuid.optional(),
    providerOrgId: uuid,
    receiverOrgId: uuid,
    area: capacityArea,
    kind: z.enum(OFFER_KINDS),
    description: text(4000).default(''),
    startsOn: calendarDate.optional(),
    endsOn: calendarDate.optional(),
    participants: z.number().int().min(1).max(10_000).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.providerOrgId === e.receiverOrgId) ctx.addIssue({ code: 'custom', message: 'another organisation than the provider', path: ['receiverOrgId'] });
    checkDates(e, ctx);
  });
export type ExchangeRequest = z.infer<typeof exchangeRequest>;

export const updateExchangeRequest = z
  .strictObject({
    version: z.number().int().min(0),
    status: z.enum(EXCHANGE_STATUSES).optional(),
    description: text(4000).optional(),
    startsOn: calendarDate.nullable().optional(),
    endsOn: calendarDate.nullable().optional(),
    participants: z.number().int().min(1).max(10_000).nullable().optional(),
    /** A follow-up note, added to the exchange's list (dated). */
    note: z.strictObject({ on: calendarDate, text: text(4000).min(1) }).optional(),
    /** The receiving organisation's side: how useful it was (1-5) and its rating in the area afterwards (1-4). */
    outcomeRating: z.number().int().min(1).max(5).nullable().optional(),
    ratingAfter: capacityRating.nullable().optional(),
  })
  .superRefine((e, ctx) => checkDates({ startsOn: e.startsOn ?? undefined, endsOn: e.endsOn ?? undefined }, ctx));
export type UpdateExchangeRequest = z.infer<typeof updateExchangeRequest>;

export const exchangeNote = z.object({ id: uuid, orgId: uuid, orgName: z.string(), on: z.string(), text: z.string(), createdAt: z.string() });
export type ExchangeNote = z.infer<typeof exchangeNote>;

export const exchangeView = z.object({
  id: uuid,
  offerId: uuid.nullable(),
  providerOrgId: uuid,
  providerOrgName: z.string(),
  receiverOrgId: uuid,
  receiverOrgName: z.string(),
  /** The organisation that proposed it. */
  proposedByOrgId: uuid,
  area: capacityArea,
  kind: z.enum(OFFER_KINDS),
  description: z.string(),
  status: z.enum(EXCHANGE_STATUSES),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  participants: z.number().nullable(),
  outcomeRating: z.number().nullable(),
  /** The receiver's rating in the area when the exchange was proposed, and afterwards. */
  ratingBefore: z.number().nullable(),
  ratingAfter: z.number().nullable(),
  notes: z.array(exchangeNote),
  /** Is the caller's organisation a party (it may change it)? */
  party: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ExchangeView = z.infer<typeof exchangeView>;
export const exchangeQuery = z.strictObject({
  /** Exchanges of this organisation (either side); the caller's by default; `scope=network` for all. */
  orgId: uuid.optional(),
  scope: z.enum(['own', 'network']).default('own'),
  status: z.enum(EXCHANGE_STATUSES).optional(),
});
export type ExchangeQuery = z.infer<typeof exchangeQuery>;
export const exchangeList = z.object({ items: z.array(exchangeView) });
