/**
 * Work on a case: assessments, the support plan, tasks, services, notes, legal proceedings and
 * closure. Schemas only: these are the create requests of the case's sub-resources.
 */
import { z } from 'zod';
import { uuid } from '../platform/schemas.js';
import {
  CLOSURE_REASON,
  NEED_DOMAIN,
  OBJECTIVE_STATUS,
  OBJECTIVE_TYPE,
  PRIORITY,
  PROCEEDING_OUTCOME,
  PROCEEDING_ROLE,
  PROCEEDING_STAGE,
  RISK_FACTOR,
  RISK_LEVEL,
  SERVICE_OUTCOME,
  SERVICE_TYPE,
  TASK_KIND,
} from './codes.js';
import { calendarDate, compareDates, pastDate } from './dates.js';
import { distinct, text } from './person.js';

export const MAX_NOTE_LENGTH = 20_000;

const required = (max: number) => z.string().trim().min(1).max(max);

function fromTo<T extends { from?: string | undefined; to?: string | undefined }>(v: T): boolean {
  return !v.from || !v.to || compareDates(v.from, v.to) <= 0;
}

export const riskLevel = z.enum(RISK_LEVEL.ids);

export const createRiskAssessmentRequest = z.strictObject({
  assessedOn: pastDate,
  level: riskLevel,
  factors: distinct(z.enum(RISK_FACTOR.ids), RISK_FACTOR.ids.length).default([]),
  note: text(MAX_NOTE_LENGTH).optional(),
});
export type CreateRiskAssessmentRequest = z.infer<typeof createRiskAssessmentRequest>;

export const assessedNeed = z.strictObject({
  domain: z.enum(NEED_DOMAIN.ids),
  priority: z.enum(PRIORITY.ids).default('medium'),
  description: text(2000).optional(),
});
export const createNeedsAssessmentRequest = z.strictObject({
  assessedOn: pastDate,
  needs: z
    .array(assessedNeed)
    .min(1)
    .max(NEED_DOMAIN.ids.length)
    .refine((ns) => new Set(ns.map((n) => n.domain)).size === ns.length, 'one entry per domain'),
  note: text(MAX_NOTE_LENGTH).optional(),
});
export type CreateNeedsAssessmentRequest = z.infer<typeof createNeedsAssessmentRequest>;

export const createPlanObjectiveRequest = z.strictObject({
  type: z.enum(OBJECTIVE_TYPE.ids),
  description: required(2000),
  status: z.enum(OBJECTIVE_STATUS.ids).default('planned'),
  targetOn: calendarDate.optional(),
});
export type CreatePlanObjectiveRequest = z.infer<typeof createPlanObjectiveRequest>;

export const createTaskRequest = z.strictObject({
  kind: z.enum(TASK_KIND.ids).default('task'),
  title: required(200),
  due: calendarDate.optional(),
  /** Time of an appointment, local to the organisation: HH:MM. */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM')
    .optional(),
  assigneeId: uuid.optional(),
  done: z.boolean().default(false),
});
export type CreateTaskRequest = z.infer<typeof createTaskRequest>;

export const createServiceRequest = z
  .strictObject({
    type: z.enum(SERVICE_TYPE.ids),
    /** The providing organisation when it is in the network, else its name. */
    providerOrganisationId: uuid.optional(),
    provider: text(200).optional(),
    from: calendarDate,
    to: calendarDate.optional(),
    outcome: z.enum(SERVICE_OUTCOME.ids).optional(),
    note: text(2000).optional(),
  })
  .refine(fromTo, { message: 'must not be before from', path: ['to'] });
export type CreateServiceRequest = z.infer<typeof createServiceRequest>;

/** The text is encrypted at rest by the server; nothing else of a note is searchable. */
export const createNoteRequest = z.strictObject({ text: required(MAX_NOTE_LENGTH) });
export type CreateNoteRequest = z.infer<typeof createNoteRequest>;

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 currency code, e.g. EUR');
/** A sum of money: a decimal string (no binary floating point), e.g. "1500.00". */
export const money = z.strictObject({
  amount: z.string().regex(/^\d{1,12}(\.\d{1,2})?$/, 'an amount like 1500 or 1500.50'),
  currency: currencyCode,
});

export const createProceedingRequest = z.strictObject({
  stage: z.enum(PROCEEDING_STAGE.ids),
  personRole: z.enum(PROCEEDING_ROLE.ids),
  outcome: z.enum(PROCEEDING_OUTCOME.ids).optional(),
  court: text(200).optional(),
  reference: text(100).optional(),
  startedOn: calendarDate.optional(),
  compensationClaimed: money.optional(),
  compensationAwarded: money.optional(),
  note: text(MAX_NOTE_LENGTH).optional(),
});
export type CreateProceedingRequest = z.infer<typeof createProceedingRequest>;

/** How a case ended; part of the status change to closed or closed-referred (see case.ts). */
export const closure = z.strictObject({
  reason: z.enum(CLOSURE_REASON.ids),
  closedOn: pastDate,
  /** For closed-referred: the organisation now in charge. */
  referredToOrganisationId: uuid.optional(),
  note: text(2000).optional(),
});
export type Closure = z.infer<typeof closure>;
