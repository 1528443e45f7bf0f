import type pg from 'pg';
import {
  activityProgress,
  type CommitmentRequest,
  type CommitmentStatus,
  type CommitmentView,
  type GoalRequest,
  type GoalView,
  goalProgress,
  type ProgressUpdate,
  type StrategyActivityRequest,
  type StrategyActivityView,
} from '../../core/capacity/strategy.js';

/** The coalition strategy in the database: goals, their activities, the members' commitments. */

interface GoalRow {
  id: string;
  title: string;
  description: string;
  period_start: string;
  period_end: string;
  indicators: string[];
  version: number;
  created_at: Date;
  updated_at: Date;
}
interface ActivityRow {
  id: string;
  goal_id: string;
  title: string;
  target: string;
  due_on: string | null;
  version: number;
}
interface CommitmentRow {
  id: string;
  activity_id: string;
  org_id: string;
  org_name: string;
  what: string;
  by_when: string | null;
  progress: number;
  status: string;
  updates: ProgressUpdate[];
  version: number;
  created_at: Date;
  updated_at: Date;
}

const COMMITMENT_SELECT = `SELECT m.id, m.activity_id, m.org_id, o.name AS org_name, m.what, to_char(m.by_when, 'YYYY-MM-DD') AS by_when, m.progress, m.status,
    m.updates, m.version, m.created_at, m.updated_at
  FROM strategy_commitments m JOIN organisations o ON o.id = m.org_id`;

function toCommitment(r: CommitmentRow, editable: (orgId: string) => boolean): CommitmentView {
  return {
    id: r.id,
    activityId: r.activity_id,
    orgId: r.org_id,
    orgName: r.org_name,
    what: r.what,
    byWhen: r.by_when,
    progress: r.progress,
    status: r.status as CommitmentStatus,
    updates: r.updates,
    editable: editable(r.org_id),
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

/** Every goal (the period's start order) with its activities and their commitments, progress computed. */
export async function readStrategy(c: pg.PoolClient, editable: (orgId: string) => boolean, goalId?: string): Promise<GoalView[]> {
  const goals = await c.query<GoalRow>(
    `SELECT id, title, description, to_char(period_start, 'YYYY-MM-DD') AS period_start, to_char(period_end, 'YYYY-MM-DD') AS period_end, indicators,
            version, created_at, updated_at
       FROM strategy_goals WHERE ($1::uuid IS NULL OR id = $1) ORDER BY period_start, created_at, id`,
    [goalId ?? null],
  );
  const ids = goals.rows.map((g) => g.id);
  const activities = await c.query<ActivityRow>(
    `SELECT id, goal_id, title, target, to_char(due_on, 'YYYY-MM-DD') AS due_on, version
       FROM strategy_activities WHERE goal_id = ANY($1::uuid[]) ORDER BY due_on NULLS LAST, created_at, id`,
    [ids],
  );
  const commitments = await c.query<CommitmentRow>(`${COMMITMENT_SELECT} WHERE m.activity_id = ANY($1::uuid[]) ORDER BY lower(o.name), m.created_at, m.id`, [
    activities.rows.map((a) => a.id),
  ]);
  const byActivity = new Map<string, CommitmentView[]>();
  for (const r of commitments.rows) byActivity.set(r.activity_id, [...(byActivity.get(r.activity_id) ?? []), toCommitment(r, editable)]);
  const byGoal = new Map<string, StrategyActivityView[]>();
  for (const a of activities.rows) {
    const cs = byActivity.get(a.id) ?? [];
    const view: StrategyActivityView = {
      id: a.id,
      goalId: a.goal_id,
      title: a.title,
      target: a.target,
      dueOn: a.due_on,
      progress: activityProgress(cs),
      commitments: cs,
      version: a.version,
    };
    byGoal.set(a.goal_id, [...(byGoal.get(a.goal_id) ?? []), view]);
  }
  return goals.rows.map((g) => {
    const acts = byGoal.get(g.id) ?? [];
    return {
      id: g.id,
      title: g.title,
      description: g.description,
      periodStart: g.period_start,
      periodEnd: g.period_end,
      indicators: g.indicators,
      progress: goalProgress(acts),
      activities: acts,
      version: g.version,
      createdAt: g.created_at.toISOString(),
      updatedAt: g.updated_at.toISOString(),
    };
  });
}

export async function insertGoal(c: pg.PoolClient, id: string, userId: string, g: GoalRequest): Promise<void> {
  await c.query('INSERT INTO strategy_goals (id, title, description, period_start, period_end, indicators, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    id,
    g.title,
    g.description,
    g.periodStart,
    g.periodEnd,
    g.indicators,
    userId,
  ]);
}

export async function goalVersion(c: pg.PoolClient, id: string, lock = false): Promise<number | null> {
  const { rows } = await c.query<{ version: number }>(`SELECT version FROM strategy_goals WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id]);
  return rows[0]?.version ?? null;
}

export async function updateGoal(c: pg.PoolClient, id: string, version: number, g: GoalRequest): Promise<boolean> {
  const res = await c.query(
    `UPDATE strategy_goals SET title = $3, description = $4, period_start = $5, period_end = $6, indicators = $7, version = version + 1, updated_at = now()
      WHERE id = $1 AND version = $2`,
    [id, version, g.title, g.description, g.periodStart, g.periodEnd, g.indicators],
  );
  return res.rowCount === 1;
}

export async function insertActivity(c: pg.PoolClient, id: string, goalId: string, userId: string, a: StrategyActivityRequest): Promise<void> {
  await c.query('INSERT INTO strategy_activities (id, goal_id, title, target, due_on, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [
    id,
    goalId,
    a.title,
    a.target,
    a.dueOn ?? null,
    userId,
  ]);
}

export async function activityOf(c: pg.PoolClient, id: string, lock = false): Promise<{ goalId: string; version: number } | null> {
  const { rows } = await c.query<{ goal_id: string; version: number }>(
    `SELECT goal_id, version FROM strategy_activities WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? { goalId: rows[0].goal_id, version: rows[0].version } : null;
}

export async function updateActivity(c: pg.PoolClient, id: string, version: number, a: StrategyActivityRequest): Promise<boolean> {
  const res = await c.query(
    'UPDATE strategy_activities SET title = $3, target = $4, due_on = $5, version = version + 1, updated_at = now() WHERE id = $1 AND version = $2',
    [id, version, a.title, a.target, a.dueOn ?? null],
  );
  return res.rowCount === 1;
}

export async function commitmentById(c: pg.PoolClient, id: string, editable: (orgId: string) => boolean, lock = false): Promise<CommitmentView | null> {
  const { rows } = await c.query<CommitmentRow>(`${COMMITMENT_SELECT} WHERE m.id = $1${lock ? ' FOR UPDATE OF m' : ''}`, [id]);
  return rows[0] ? toCommitment(rows[0], editable) : null;
}

/** Commits the organisation to the activity; false when it already is (also when another request committed it meanwhile). */
export async function insertCommitment(
  c: pg.PoolClient,
  id: string,
  activityId: string,
  orgId: string,
  userId: string,
  m: CommitmentRequest,
): Promise<boolean> {
  const res = await c.query(
    `INSERT INTO strategy_commitments (id, activity_id, org_id, what, by_when, created_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (activity_id, org_id) DO NOTHING`,
    [id, activityId, orgId, m.what, m.byWhen ?? null, userId],
  );
  return res.rowCount === 1;
}

export async function updateCommitment(
  c: pg.PoolClient,
  id: string,
  orgId: string,
  version: number,
  m: { what: string; byWhen: string | null; progress: number; status: CommitmentStatus; update: ProgressUpdate },
): Promise<boolean> {
  const res = await c.query(
    `UPDATE strategy_commitments SET what = $4, by_when = $5, progress = $6, status = $7, updates = updates || jsonb_build_array($8::jsonb),
            version = version + 1, updated_at = now()
      WHERE id = $1 AND org_id = $2 AND version = $3`,
    [id, orgId, version, m.what, m.byWhen, m.progress, m.status, JSON.stringify(m.update)],
  );
  return res.rowCount === 1;
}
