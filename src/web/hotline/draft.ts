/**
 * What the contact form holds while the operator types, and the request it becomes. Pure.
 */
import { addDays } from '../../core/cases/dates.js';
import { type Caller, type Channel, type ContactView, type DangerLevel, type DIRECTIONS, EMERGENCY_STEPS } from '../../core/hotline/contact.js';

export type Direction = (typeof DIRECTIONS)[number];
export type EmergencyStep = (typeof EMERGENCY_STEPS)[number];

/** The facts and texts of a contact, as both the new-contact and the edit forms hold them. */
export interface ContactFieldsDraft {
  channel: Channel;
  direction: Direction;
  caller: Caller;
  language: string | null;
  reasons: string[];
  summary: string;
  advice: string;
  servicesSuggested: string;
  danger: DangerLevel;
  emergencySteps: EmergencyStep[];
}

export interface FollowUpDraft {
  /** Stable while the row exists (React key, focus). */
  key: string;
  note: string;
  due: string;
  assigneeId: string;
}

export const MAX_FOLLOW_UPS = 10;

/** A new contact: most contacts are incoming calls from someone who does not give a name. */
export function emptyFields(): ContactFieldsDraft {
  return {
    channel: 'phone',
    direction: 'inbound',
    caller: 'anonymous',
    language: null,
    reasons: [],
    summary: '',
    advice: '',
    servicesSuggested: '',
    danger: 'none',
    emergencySteps: [],
  };
}

export function fieldsOf(contact: ContactView): ContactFieldsDraft {
  return {
    channel: contact.channel,
    direction: contact.direction,
    caller: contact.caller,
    language: contact.language,
    reasons: [...contact.reasons],
    summary: contact.summary,
    advice: contact.advice,
    servicesSuggested: contact.servicesSuggested,
    danger: contact.danger,
    emergencySteps: [...contact.emergencySteps],
  };
}

/** A new follow-up row: due tomorrow, for the operator, to be described. */
export function newFollowUp(key: string, today: string, assigneeId: string): FollowUpDraft {
  return { key, note: '', due: addDays(today, 1), assigneeId };
}

/** The checklist counts only in immediate danger: steps ticked before the level was lowered are not sent. */
export function stepsToSend(fields: Pick<ContactFieldsDraft, 'danger' | 'emergencySteps'>): EmergencyStep[] {
  return fields.danger === 'immediate' ? EMERGENCY_STEPS.filter((s) => fields.emergencySteps.includes(s)) : [];
}

/** The body of `PATCH` (besides `version`) or the facts part of `POST`. */
export function fieldsRequest(fields: ContactFieldsDraft) {
  return {
    channel: fields.channel,
    direction: fields.direction,
    caller: fields.caller,
    language: fields.language,
    reasons: fields.reasons,
    summary: fields.summary,
    advice: fields.advice,
    servicesSuggested: fields.servicesSuggested,
    danger: fields.danger,
    emergencySteps: stepsToSend(fields),
  };
}

export interface Timing {
  startedAt: string;
  durationSeconds: number;
}

/** The body of `POST /api/contacts` (to be checked with `createContactRequest`). */
export function createBody(fields: ContactFieldsDraft, followUps: readonly FollowUpDraft[], timing: Timing) {
  return {
    ...fieldsRequest(fields),
    startedAt: timing.startedAt,
    durationSeconds: timing.durationSeconds,
    followUps: followUps.map((f) => ({ due: f.due, assigneeId: f.assigneeId || null, note: f.note })),
  };
}

/** Toggles one step of the checklist, keeping the checklist's order. */
export function toggleStep(steps: readonly EmergencyStep[], step: EmergencyStep): EmergencyStep[] {
  const next = steps.includes(step) ? steps.filter((s) => s !== step) : [...steps, step];
  return EMERGENCY_STEPS.filter((s) => next.includes(s));
}

type FieldsRequest = ReturnType<typeof fieldsRequest>;

/** What the user changed from `original`, as a `PATCH` body (without `version`): only those fields are sent. */
export function patchOf(fields: ContactFieldsDraft, original: ContactFieldsDraft): Partial<FieldsRequest> {
  const now = fieldsRequest(fields);
  const before = fieldsRequest(original);
  const keys = (Object.keys(now) as (keyof FieldsRequest)[]).filter((key) => JSON.stringify(now[key]) !== JSON.stringify(before[key]));
  return Object.fromEntries(keys.map((key) => [key, now[key]])) as Partial<FieldsRequest>;
}

/**
 * After someone else saved first: their version, with the user's own changes on top (what the
 * user changed wins, what they did not touch shows the other's change).
 */
export function rebase(fields: ContactFieldsDraft, original: ContactFieldsDraft, theirs: ContactFieldsDraft): ContactFieldsDraft {
  const mine = patchOf(fields, original);
  const next = { ...theirs, ...mine } as ContactFieldsDraft;
  // The ticked steps are kept as the user left them, even if their danger level hides them.
  if ('danger' in mine || 'emergencySteps' in mine) next.emergencySteps = fields.emergencySteps;
  return next;
}
