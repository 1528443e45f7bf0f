/**
 * The coalition strategy (issue 9): goals set by the network administrators (a period, indicators),
 * activities under each goal (a target, a due date), and the members' commitments to an activity
 * (what the organisation will do, by when), each with its progress (0-100 %) and dated updates.
 *
 * Progress: a commitment's is what its organisation last reported; an activity's is the mean of
 * its commitments' (withdrawn ones left out; 0 with none); a goal's is the mean of its activities'
 * (0 with none).
 */
import { z } from 'zod';
import { calendarDate, compareDates } from '../cases/dates.js';
import { distinct, text } from '../cases/person.js';
import { uuid } from '../platform/schemas.js';

export const COMMITMENT_STATUSES = ['committed', 'in-progress', 'done', 'withdrawn'] as const;
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];

const goalFields = {
  title: text(300).min(1),
  description: text(4000).default(''),
  periodStart: calendarDate,
  periodEnd: calendarDate,
  indicators: distinct(text(300).min(1), 30).default([]),
};
function checkPeriod(g: { periodStart: string; periodEnd: string }, ctx: z.RefinementCtx): void {
  if (compareDates(g.periodEnd, g.periodStart) < 0) ctx.addIssue({ code: 'custom', message: 'must not be before periodStart', path: ['periodEnd'] });
}
export const goalRequest = z.strictObject(goalFields).superRefine(checkPeriod);
export type GoalRequest = z.infer<typeof goalRequest>;
export const updateGoalRequest = z.strictObject({ ...goalFields, version: z.number().int().min(0) }).superRefine(checkPeriod);
export type UpdateGoalRequest = z.infer<typeof updateGoalRequest>;

const activityFields = {
  title: text(300).min(1),
  target: text(1000).default(''),
  dueOn: calendarDate.optional(),
};
export const strategyActivityRequest = z.strictObject(activityFields);
export type StrategyActivityRequest = z.infer<typeof strategyActivityRequest>;
export const updateStrategyActivityRequest = z.strictObject({ ...activityFields, version: z.number().int().min(0) });
export type UpdateStrategyActivityRequest = z.infer<typeof updateStrategyActivityRequest>;

export const commitmentRequest = z.strictObject({
  what: text(2000).min(1),
  byWhen: calendarDate.optional(),
});
export type CommitmentRequest = z.infer<typeof commitmentRequest>;

export const commitmentUpdateRequest = z
  .strictObject({
    version: z.number().int().min(0),
    progress: z.number().int().min(0).max(100),
    /** The dated note of this update. */
    note: text(2000).default(''),
    status: z.enum(COMMITMENT_STATUSES).optional(),
    what: text(2000).min(1).optional(),
    byWhen: calendarDate.nullable().optional(),
  })
  .superRefine((u, ctx) => {
    // Done is all of it: an activity's progress is the mean of its commitments', so a commitment "done" at 10 % would drag it down.
    if (u.status === 'done' && u.progress !== 100) ctx.addIssue({ code: 'custom', message: 'must be 100 when the status is done', path: ['progress'] });
  });
export type CommitmentUpdateRequest = z.infer<typeof commitmentUpdateRequest>;

export const progressUpdate = z.object({ on: z.string(), progress: z.number(), note: z.string(), status: z.enum(COMMITMENT_STATUSES) });
export type ProgressUpdate = z.infer<typeof progressUpdate>;

export const commitmentView = z.object({
  id: uuid,
  activityId: uuid,
  orgId: uuid,
  orgName: z.string(),
  what: z.string(),
  byWhen: z.string().nullable(),
  progress: z.number(),
  status: z.enum(COMMITMENT_STATUSES),
  updates: z.array(progressUpdate),
  /** May the caller update it (its organisation's writers)? */
  editable: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CommitmentView = z.infer<typeof commitmentView>;

export const strategyActivityView = z.object({
  id: uuid,
  goalId: uuid,
  title: z.string(),
  target: z.string(),
  dueOn: z.string().nullable(),
  progress: z.number(),
  commitments: z.array(commitmentView),
  version: z.number(),
});
export type StrategyActivityView = z.infer<typeof strategyActivityView>;

export const goalView = z.object({
  id: uuid,
  title: z.string(),
  description: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  indicators: z.array(z.string()),
  progress: z.number(),
  activities: z.array(strategyActivityView),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type GoalView = z.infer<typeof goalView>;

export const strategyView = z.object({
  goals: z.array(goalView),
  /** May the caller change goals and activities (network administrators)? */
  canEdit: z.boolean(),
  /** May the caller commit its organisation? */
  canCommit: z.boolean(),
});
export type StrategyView = z.infer<typeof strategyView>;

const mean = (xs: readonly number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

/** An activity's progress: the mean of its commitments' (withdrawn ones left out), 0 with none. */
export function activityProgress(commitments: readonly { progress: number; status: CommitmentStatus }[]): number {
  return mean(commitments.filter((c) => c.status !== 'withdrawn').map((c) => c.progress));
}

/** A goal's progress: the mean of its activities', 0 with none. */
export function goalProgress(activities: readonly { progress: number }[]): number {
  return mean(activities.map((a) => a.progress));
}
