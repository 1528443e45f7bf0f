/**
 * Status changes as the case page offers them: which buttons, and the request each sends. Pure.
 */
import { type CaseStatus, isClosed, isReopening, nextStatuses } from '../../core/cases/case.js';
import type { CLOSURE_REASON } from '../../core/cases/codes.js';

export type ClosureReason = (typeof CLOSURE_REASON.ids)[number];

/** What a status change means to the user (each has its own button label and dialog). */
export type StatusAction = 'follow-up' | 'back-to-active' | 'reopen' | 'close' | 'refer';

export function actionFor(from: CaseStatus, to: CaseStatus): StatusAction {
  if (isReopening(from, to)) return 'reopen';
  if (to === 'closed') return 'close';
  if (to === 'closed-referred') return 'refer';
  if (to === 'follow-up') return 'follow-up';
  return 'back-to-active';
}

/** The changes offered from a status, in the order of the case's life. */
export function statusActions(from: CaseStatus): { to: CaseStatus; action: StatusAction }[] {
  return nextStatuses(from).map((to) => ({ to, action: actionFor(from, to) }));
}

export interface ClosureDraft {
  reason: ClosureReason | '';
  closedOn: string;
  referredToOrganisationId: string;
  note: string;
}

/** The body of `PATCH /api/cases/:id` for a status change (to validate with `updateCaseRequest`). */
export function statusChangeBody(to: CaseStatus, closure: ClosureDraft, version: number): Record<string, unknown> {
  if (!isClosed(to)) return { status: to, version };
  const body: Record<string, unknown> = { reason: closure.reason || undefined, closedOn: closure.closedOn.trim() };
  if (to === 'closed-referred') body.referredToOrganisationId = closure.referredToOrganisationId || undefined;
  if (closure.note.trim()) body.note = closure.note.trim();
  return { status: to, closure: Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)), version };
}
