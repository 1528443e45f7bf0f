/** The supervisor view: counts and times of contacts in a period, open and overdue follow-ups, and the outreach funnel. */
import type pg from 'pg';
import type { HotlineStats } from '../../core/hotline/stats.js';
import { funnel } from '../../core/outreach/funnel.js';
import { funnelPeople } from '../outreach/store.js';

export async function hotlineStats(c: pg.PoolClient, orgId: string, from: string, to: string, today: string): Promise<HotlineStats> {
  const period = [orgId, from, to];
  const inPeriod = 'org_id = $1 AND started_at >= $2::date AND started_at < $3::date + 1';
  // One after the other: a client runs one query at a time.
  const totals = await c.query<{ n: number; avg: number | null; immediate: number }>(
    `SELECT count(*)::int AS n, avg(duration_seconds)::float8 AS avg, count(*) FILTER (WHERE danger = 'immediate')::int AS immediate FROM contacts WHERE ${inPeriod}`,
    period,
  );
  const perDay = await c.query<{ day: string; n: number }>(
    `SELECT to_char(d, 'YYYY-MM-DD') AS day, count(c.id)::int AS n
         FROM generate_series($2::date, $3::date, interval '1 day') d
         LEFT JOIN contacts c ON c.org_id = $1 AND c.started_at >= d AND c.started_at < d + interval '1 day'
        GROUP BY d ORDER BY d`,
    period,
  );
  const perChannel = await c.query<{ channel: HotlineStats['perChannel'][number]['channel']; n: number }>(
    `SELECT channel, count(*)::int AS n FROM contacts WHERE ${inPeriod} GROUP BY channel ORDER BY n DESC, channel`,
    period,
  );
  const perReason = await c.query<{ reason: string; n: number }>(
    `SELECT r AS reason, count(*)::int AS n FROM contacts, unnest(reasons) r WHERE ${inPeriod} GROUP BY r ORDER BY n DESC, r`,
    period,
  );
  const perOperator = await c.query<{ operator_id: string | null; name: string | null; n: number; avg: number | null }>(
    `SELECT c.operator_id, u.name, count(*)::int AS n, avg(c.duration_seconds)::float8 AS avg
         FROM contacts c LEFT JOIN users u ON u.id = c.operator_id
        WHERE c.org_id = $1 AND c.started_at >= $2::date AND c.started_at < $3::date + 1
        GROUP BY c.operator_id, u.name ORDER BY n DESC, u.name`,
    period,
  );
  const followUps = await c.query<{ open: number; overdue: number }>(
    `SELECT count(*)::int AS open, count(*) FILTER (WHERE due_on < $2::date)::int AS overdue FROM contact_followups WHERE org_id = $1 AND done_at IS NULL`,
    [orgId, today],
  );
  const people = await funnelPeople(c, orgId, from, to);
  const total = totals.rows[0];
  return {
    from,
    to,
    contacts: total?.n ?? 0,
    perDay: perDay.rows.map((r) => ({ day: r.day, count: r.n })),
    perChannel: perChannel.rows.map((r) => ({ channel: r.channel, count: r.n })),
    perReason: perReason.rows.map((r) => ({ reason: r.reason, count: r.n })),
    perOperator: perOperator.rows.map((r) => ({
      operatorId: r.operator_id,
      name: r.name,
      count: r.n,
      averageSeconds: r.avg === null ? null : Math.round(r.avg),
    })),
    averageHandlingSeconds: total?.avg === null || total?.avg === undefined ? null : Math.round(total.avg),
    followUps: { open: followUps.rows[0]?.open ?? 0, overdue: followUps.rows[0]?.overdue ?? 0 },
    immediateDanger: total?.immediate ?? 0,
    funnel: { all: funnel(people, 'all'), byMonth: funnel(people, 'month'), byZone: funnel(people, 'zone'), byTeam: funnel(people, 'team') },
  };
}
