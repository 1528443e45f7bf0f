import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { todayUtc } from '../../core/cases/dates.js';
import {
  type CommitmentStatus,
  commitmentRequest,
  commitmentUpdateRequest,
  commitmentView,
  type GoalView,
  goalRequest,
  goalView,
  strategyActivityRequest,
  strategyActivityView,
  strategyView,
  updateGoalRequest,
  updateStrategyActivityRequest,
} from '../../core/capacity/strategy.js';
import { can } from '../../core/platform/policy.js';
import { idParams } from '../../core/platform/schemas.js';
import { forbidden, HttpError, notFound, StaleVersionError } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { type RouteDef, route } from '../http/route.js';
import type { Services } from '../services.js';
import { auditCapacity } from './routes.js';
import {
  activityOf,
  commitmentById,
  goalVersion,
  insertActivity,
  insertCommitment,
  insertGoal,
  readStrategy,
  updateActivity,
  updateCommitment,
  updateGoal,
} from './strategy-store.js';

/**
 * The coalition strategy (issue 9). Every member reads it (`capacity:read`); network administrators
 * set its goals and activities (`strategy:write`); each organisation's writers (`capacity:write`)
 * commit it to an activity and report the commitment's progress (another organisation's commitment
 * answers 403). Every change is audited in its own transaction.
 */

const editableBy = (p: Principal) => (orgId: string) => orgId === p.orgId && can(p, 'capacity:write', { orgId });

async function oneGoal(c: pg.PoolClient, p: Principal, id: string): Promise<GoalView> {
  const [goal] = await readStrategy(c, editableBy(p), id);
  if (!goal) throw notFound('No such goal.');
  return goal;
}

/** The status a progress report implies when none is given: 100 % is done, some progress is in progress. */
function statusAfter(current: CommitmentStatus, progress: number, given: CommitmentStatus | undefined): CommitmentStatus {
  if (given) return given;
  if (current === 'withdrawn') return current;
  if (progress === 100) return 'done';
  if (progress > 0) return 'in-progress';
  return current === 'done' ? 'in-progress' : current;
}

export function strategyRoutes(_s: Services): RouteDef[] {
  return [
    route({
      method: 'GET',
      url: '/api/strategy',
      access: 'capacity:read',
      tag: 'strategy',
      summary:
        'The coalition strategy: goals with their activities and the members’ commitments, each with its progress ' +
        '(an activity’s: the mean of its commitments’, withdrawn ones left out; a goal’s: the mean of its activities’)',
      response: strategyView,
      handler: async ({ principal, tx }) => {
        const p = principal!;
        const goals = await tx((c) => readStrategy(c, editableBy(p)));
        return { body: { goals, canEdit: can(p, 'strategy:write'), canCommit: can(p, 'capacity:write') } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/strategy/goals',
      access: 'strategy:write',
      tag: 'strategy',
      summary: 'Set a goal of the coalition strategy (network administrators): title, description, period, indicators',
      body: goalRequest,
      response: goalView,
      handler: async ({ body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          const id = randomUUID();
          await insertGoal(c, id, p.id, body);
          await auditCapacity(c, p, ip, 'strategy.goal-create', 'strategy-goal', id);
          return oneGoal(c, p, id);
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/strategy/goals/:id',
      access: 'strategy:write',
      tag: 'strategy',
      summary: 'Change a goal (send the version you read: a newer one is refused with 409)',
      params: idParams,
      body: updateGoalRequest,
      response: goalView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const version = await goalVersion(c, params.id, true);
          if (version === null) throw notFound('No such goal.');
          const { version: sent, ...change } = body;
          if (version !== sent)
            throw new StaleVersionError(await oneGoal(c, p, params.id), { action: 'strategy.goal-read', recordType: 'strategy-goal', recordId: params.id });
          if (!(await updateGoal(c, params.id, sent, change))) throw new HttpError(409, 'stale_version', 'The goal changed meanwhile.', 'version');
          await auditCapacity(c, p, ip, 'strategy.goal-update', 'strategy-goal', params.id);
          return oneGoal(c, p, params.id);
        });
        return { body: changed };
      },
    }),
    route({
      method: 'POST',
      url: '/api/strategy/goals/:id/activities',
      access: 'strategy:write',
      tag: 'strategy',
      summary: 'Add an activity under a goal: title, target, due date',
      params: idParams,
      body: strategyActivityRequest,
      response: strategyActivityView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          if ((await goalVersion(c, params.id, true)) === null) throw notFound('No such goal.');
          const id = randomUUID();
          await insertActivity(c, id, params.id, p.id, body);
          await auditCapacity(c, p, ip, 'strategy.activity-create', 'strategy-activity', id);
          return (await oneGoal(c, p, params.id)).activities.find((a) => a.id === id)!;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/strategy/activities/:id',
      access: 'strategy:write',
      tag: 'strategy',
      summary: 'Change an activity of the strategy (send the version you read: a newer one is refused with 409)',
      params: idParams,
      body: updateStrategyActivityRequest,
      response: strategyActivityView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await activityOf(c, params.id, true);
          if (!current) throw notFound('No such activity.');
          const { version, ...change } = body;
          const view = async () => (await oneGoal(c, p, current.goalId)).activities.find((a) => a.id === params.id)!;
          if (current.version !== version)
            throw new StaleVersionError(await view(), { action: 'strategy.activity-read', recordType: 'strategy-activity', recordId: params.id });
          if (!(await updateActivity(c, params.id, version, change))) throw new HttpError(409, 'stale_version', 'The activity changed meanwhile.', 'version');
          await auditCapacity(c, p, ip, 'strategy.activity-update', 'strategy-activity', params.id);
          return view();
        });
        return { body: changed };
      },
    }),
    route({
      method: 'POST',
      url: '/api/strategy/activities/:id/commitments',
      access: 'capacity:write',
      tag: 'strategy',
      summary: 'Commit your organisation to an activity of the strategy: what it will do, by when (once per activity: then update it)',
      params: idParams,
      body: commitmentRequest,
      response: commitmentView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const created = await tx(async (c) => {
          if (!(await activityOf(c, params.id))) throw notFound('No such activity.');
          const id = randomUUID();
          // One commitment per organisation and activity: the unique key decides, also between two requests at once.
          if (!(await insertCommitment(c, id, params.id, p.orgId, p.id, body)))
            throw new HttpError(409, 'conflict', 'Your organisation is already committed to this activity: update that commitment.', 'what');
          await auditCapacity(c, p, ip, 'commitment.create', 'strategy-commitment', id);
          return (await commitmentById(c, id, editableBy(p)))!;
        });
        return { status: 201, body: created };
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/strategy/commitments/:id',
      access: 'capacity:write',
      tag: 'strategy',
      summary:
        'Report the progress of your organisation’s commitment (0-100 %) with a note, dated today; 100 % marks it done unless a status is given. ' +
        'Send the version you read',
      params: idParams,
      body: commitmentUpdateRequest,
      response: commitmentView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          // Read first: a locked read sees only the rows the caller may change (row-level security).
          const seen = await commitmentById(c, params.id, editableBy(p));
          if (!seen) throw notFound('No such commitment.');
          if (!seen.editable) throw forbidden();
          const current = await commitmentById(c, params.id, editableBy(p), true);
          if (!current) throw notFound('No such commitment.');
          if (current.version !== body.version)
            throw new StaleVersionError(current, { action: 'commitment.read', recordType: 'strategy-commitment', recordId: params.id });
          const status = statusAfter(current.status, body.progress, body.status);
          const next = {
            what: body.what ?? current.what,
            byWhen: body.byWhen === undefined ? current.byWhen : body.byWhen,
            progress: body.progress,
            status,
            update: { on: todayUtc(), progress: body.progress, note: body.note, status },
          };
          if (!(await updateCommitment(c, params.id, p.orgId, body.version, next)))
            throw new HttpError(409, 'stale_version', 'The commitment changed meanwhile.', 'version');
          await auditCapacity(c, p, ip, 'commitment.update', 'strategy-commitment', params.id);
          return (await commitmentById(c, params.id, editableBy(p)))!;
        });
        return { body: changed };
      },
    }),
  ];
}
