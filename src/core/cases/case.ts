/**
 * A case: the person's trafficking situation and its life cycle.
 */
import { z } from 'zod';
import { countryCode, uuid } from '../platform/schemas.js';
import {
  CASE_STATUS,
  CONTROL_METHOD,
  EXPLOITATION_FORM,
  LABOUR_SECTOR,
  RECRUITMENT_METHOD,
  RELATIONSHIP_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPE,
  TRAFFICKING_STAGE,
  TRAFFICKING_STATUS,
} from './codes.js';
import { calendarDate, compareDates, pastDate } from './dates.js';
import { distinct, text } from './person.js';
import { closure } from './work.js';

export const caseStatus = z.enum(CASE_STATUS.ids);
export type CaseStatus = z.infer<typeof caseStatus>;

/**
 * The case life cycle. A case is worked on (active), then watched (follow-up), then closed, by this
 * organisation or by referring the person to another one. A closed case can be reopened, always
 * into `active`: whoever reopens it must look at the situation afresh before following up again.
 * Changing a closure's kind (closed ↔ closed-referred) is a reopening and a new closure, so that
 * each closure has its own reason and date.
 */
const TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  active: ['follow-up', 'closed', 'closed-referred'],
  'follow-up': ['active', 'closed', 'closed-referred'],
  closed: ['active'],
  'closed-referred': ['active'],
};

/** Whether a case may move from one status to another (staying put is not a transition). */
export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a case may move to, for the UI. */
export function nextStatuses(from: CaseStatus): readonly CaseStatus[] {
  return TRANSITIONS[from];
}

export function isClosed(status: CaseStatus): boolean {
  return status === 'closed' || status === 'closed-referred';
}

/** A reopening: from a closed status back to work. */
export function isReopening(from: CaseStatus, to: CaseStatus): boolean {
  return isClosed(from) && !isClosed(to) && canTransition(from, to);
}

export const traffickingStatus = z.enum(TRAFFICKING_STATUS.ids);

/**
 * The trafficking status and who decided it. A possible victim needs no decision; an actual victim
 * or not-a-victim is a decision (formal identification) and must name the authority and the date.
 */
export const traffickingDetermination = z
  .strictObject({
    status: traffickingStatus,
    /** Free text: "National Referral Mechanism, Ministry of Interior", "Police of Thessaloniki". */
    decidedBy: text(200).optional(),
    decidedOn: pastDate.optional(),
  })
  .refine((d) => d.status === 'possible' || (Boolean(d.decidedBy) && d.decidedOn !== undefined), {
    message: 'a decision needs the deciding authority and its date',
    path: ['decidedBy'],
  });
export type TraffickingDetermination = z.infer<typeof traffickingDetermination>;

/** One step of what happened: where the person was recruited, moved through, exploited. */
export const traffickingEvent = z
  .strictObject({
    stage: z.enum(TRAFFICKING_STAGE.ids),
    country: countryCode,
    place: text(200).optional(),
    from: calendarDate.optional(),
    to: calendarDate.optional(),
  })
  .refine((e) => !e.from || !e.to || compareDates(e.from, e.to) <= 0, { message: 'must not be before from', path: ['to'] });
export type TraffickingEvent = z.infer<typeof traffickingEvent>;

/** The recovery and reflection period: first and last day (see `reflectionPeriod` in dates.ts). */
export const reflectionPeriodSchema = z
  .strictObject({ startsOn: calendarDate, endsOn: calendarDate })
  .refine((p) => compareDates(p.startsOn, p.endsOn) <= 0, { message: 'must not be before startsOn', path: ['endsOn'] });

/** What is known of the trafficking situation (HTCDS "victim context"). All optional, added as learnt. */
const situationFields = {
  traffickingStatus: traffickingDetermination.optional(),
  exploitationForms: distinct(z.enum(EXPLOITATION_FORM.ids), EXPLOITATION_FORM.ids.length).optional(),
  labourSectors: distinct(z.enum(LABOUR_SECTOR.ids), LABOUR_SECTOR.ids.length).optional(),
  sexualExploitationTypes: distinct(z.enum(SEXUAL_EXPLOITATION_TYPE.ids), SEXUAL_EXPLOITATION_TYPE.ids.length).optional(),
  controlMethods: distinct(z.enum(CONTROL_METHOD.ids), CONTROL_METHOD.ids.length).optional(),
  recruitmentMethods: distinct(z.enum(RECRUITMENT_METHOD.ids), RECRUITMENT_METHOD.ids.length).optional(),
  relationshipToTrafficker: z.enum(RELATIONSHIP_TO_TRAFFICKER.ids).optional(),
  events: z.array(traffickingEvent).max(50).optional(),
  reflectionPeriod: reflectionPeriodSchema.optional(),
  /** The caseworker in charge. */
  caseworkerId: uuid.optional(),
  /** Other users assigned to the case. */
  teamIds: distinct(uuid, 50).optional(),
  /** When set, only these users may read the case (see visibility.ts). */
  restrictedTo: distinct(uuid, 50).nullable().optional(),
};

/** A new case is active; its person must exist (the server checks it belongs to the same organisation). */
export const createCaseRequest = z.strictObject({ personId: uuid, ...situationFields });
export type CreateCaseRequest = z.infer<typeof createCaseRequest>;

/**
 * Every field optional, `null` clears; `version` is the version read. A status change must be
 * allowed by `canTransition` (checked by the server against the stored status) and a closing status
 * carries its closure.
 */
export const updateCaseRequest = z
  .strictObject({
    status: caseStatus.optional(),
    closure: closure.optional(),
    traffickingStatus: situationFields.traffickingStatus.nullable(),
    exploitationForms: situationFields.exploitationForms,
    labourSectors: situationFields.labourSectors,
    sexualExploitationTypes: situationFields.sexualExploitationTypes,
    controlMethods: situationFields.controlMethods,
    recruitmentMethods: situationFields.recruitmentMethods,
    relationshipToTrafficker: situationFields.relationshipToTrafficker.nullable(),
    events: situationFields.events,
    reflectionPeriod: situationFields.reflectionPeriod.nullable(),
    caseworkerId: situationFields.caseworkerId,
    teamIds: situationFields.teamIds,
    restrictedTo: situationFields.restrictedTo,
    version: z.number().int().min(0),
  })
  .superRefine((u, ctx) => {
    const closing = u.status !== undefined && isClosed(u.status);
    if (closing && !u.closure) ctx.addIssue({ code: 'custom', message: 'closing a case needs its closure', path: ['closure'] });
    if (!closing && u.closure) ctx.addIssue({ code: 'custom', message: 'only with a closing status', path: ['closure'] });
    if (u.status === 'closed-referred' && u.closure && !u.closure.referredToOrganisationId) {
      ctx.addIssue({ code: 'custom', message: 'a referral names the organisation', path: ['closure', 'referredToOrganisationId'] });
    }
  });
export type UpdateCaseRequest = z.infer<typeof updateCaseRequest>;

/** A stored case, as the API returns it. */
export const caseRecord = z.object({
  id: uuid,
  orgId: uuid,
  personId: uuid,
  status: caseStatus,
  closure: closure.nullable(),
  version: z.number().int(),
  openedOn: calendarDate,
  ...situationFields,
});
export type CaseRecord = z.infer<typeof caseRecord>;

/** `GET /api/cases`: the cases the reader may know of, most recently changed first. */
export const caseQuery = z.strictObject({
  status: caseStatus.optional(),
  caseworkerId: uuid.optional(),
  personId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
