import type pg from 'pg';
import { daysInMonth, parseDate } from '../../../core/cases/dates.js';
import type { CampaignCity, ReachKind, ReachQuery, ReachResponse, ReachRow } from '../../../core/prevention/campaign.js';
import { cityKey } from '../../../core/prevention/campaign.js';
import { HttpError } from '../../http/errors.js';

/**
 * The reach dashboard: people reached by the activities of a period, split into counted and
 * estimated, over time (every month, zeros included), by city, audience, activity type and
 * organisation. The database groups; `foldReach` (pure) shapes the answer.
 */

/** The longest period the dashboard covers, in months. */
export const MAX_REACH_MONTHS = 240;

const monthOf = (date: string) => date.slice(0, 7);
const firstOfMonth = (year: number, month: number) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
const lastOfMonth = (year: number, month: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;

/** The months `YYYY-MM` from the month of `from` to the month of `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a || !b) return [];
  const out: string[] = [];
  let y = a.year;
  let m = a.month;
  while (y < b.year || (y === b.year && m <= b.month)) {
    out.push(firstOfMonth(y, m).slice(0, 7));
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

/**
 * The period of a query: as given, or by default the 12 whole months up to today (from the first
 * day of the month eleven months back to the last day of this month). Only `from`: up to the end of
 * this month; only `to`: the 12 whole months ending with it.
 */
export function reachPeriod(q: { from?: string | undefined; to?: string | undefined }, today: string): { from: string; to: string } {
  const t = parseDate(today)!;
  const end = q.to ?? lastOfMonth(t.year, t.month);
  let from = q.from;
  if (!from) {
    const e = parseDate(end)!;
    const index = e.year * 12 + (e.month - 1) - 11;
    // Never before the first calendar year (the database has no year 0).
    from = index < 12 ? '0001-01-01' : firstOfMonth(Math.floor(index / 12), (index % 12) + 1);
  }
  if (from > end) {
    // Only `from` given, after this month: it is `from` that is wrong.
    if (q.to === undefined) throw new HttpError(400, 'validation_failed', 'from: must not be after the end of this month when to is not given', 'from');
    throw new HttpError(400, 'validation_failed', 'to: must not be before from', 'to');
  }
  if (monthsBetween(from, end).length > MAX_REACH_MONTHS)
    throw new HttpError(400, 'validation_failed', `from: the period may cover at most ${MAX_REACH_MONTHS} months`, 'from');
  return { from, to: end };
}

/** People reached by activities that share every dimension of the dashboard (grouped by the database). */
export interface ReachFact {
  readonly date: string;
  readonly city: string | null;
  readonly country: string;
  readonly audience: string;
  readonly type: string;
  readonly orgId: string;
  readonly orgName: string;
  readonly kind: ReachKind;
  readonly reached: number;
  readonly activities: number;
}

type Acc = { counted: number; estimated: number; activities: number };

const add = (acc: Acc, f: ReachFact) => {
  acc[f.kind] += f.reached;
  acc.activities += f.activities;
};
const byReach = <T extends ReachRow>(a: T, b: T) => b.counted + b.estimated - (a.counted + a.estimated) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function grouped<E extends object>(facts: readonly ReachFact[], keyOf: (f: ReachFact) => string, extra: (f: ReachFact) => E): (ReachRow & E)[] {
  const rows = new Map<string, ReachRow & E>();
  for (const f of facts) {
    const key = keyOf(f);
    let row = rows.get(key);
    if (!row) {
      row = { key, counted: 0, estimated: 0, activities: 0, ...extra(f) };
      rows.set(key, row);
    }
    add(row, f);
  }
  return [...rows.values()].sort(byReach);
}

/** A city as the campaigns know it: how they spell it, and where it is when they say so. */
export interface KnownCity {
  readonly name?: string | undefined;
  readonly latitude?: number | undefined;
  readonly longitude?: number | undefined;
}

/**
 * The dashboard from the facts of the period (those outside it are left out): every month of the
 * period, and the cities with the coordinates the campaigns give them (the first known). A city is
 * one row however its campaigns spell it (`cityKey`), named as the campaigns name it (else as
 * its first activity does).
 */
export function foldReach(
  facts: readonly ReachFact[],
  period: { from: string; to: string },
  coordinates: ReadonlyMap<string, KnownCity> = new Map(),
): ReachResponse {
  const inPeriod = facts.filter((f) => f.date >= period.from && f.date <= period.to);
  const total: ReachRow = { key: 'total', counted: 0, estimated: 0, activities: 0 };
  for (const f of inPeriod) add(total, f);
  const months = new Map(monthsBetween(period.from, period.to).map((m) => [m, { key: m, counted: 0, estimated: 0, activities: 0 }]));
  for (const f of inPeriod) {
    const row = months.get(monthOf(f.date));
    if (row) add(row, f);
  }
  return {
    from: period.from,
    to: period.to,
    total,
    byMonth: [...months.values()],
    byCity: grouped(
      inPeriod,
      (f) => (f.city === null ? `${f.country}/` : cityKey(f.country, f.city)),
      (f) => {
        const at = f.city === null ? undefined : coordinates.get(cityKey(f.country, f.city));
        return { city: at?.name ?? f.city ?? '', country: f.country, latitude: at?.latitude ?? null, longitude: at?.longitude ?? null };
      },
    )
      .map((row) => ({ ...row, key: `${row.country}/${row.city}` }))
      .sort(byReach),
    byAudience: grouped(
      inPeriod,
      (f) => f.audience,
      () => ({}),
    ),
    byType: grouped(
      inPeriod,
      (f) => f.type,
      () => ({}),
    ),
    byOrganisation: grouped(
      inPeriod,
      (f) => f.orgId,
      (f) => ({ orgName: f.orgName }),
    ),
  };
}

/** The dashboard for the caller's organisation (`own`) or the whole network. */
export async function reachFor(c: pg.PoolClient, callerOrgId: string, q: ReachQuery, today: string): Promise<ReachResponse> {
  const period = reachPeriod(q, today);
  const args: unknown[] = [period.from, period.to];
  const param = (v: unknown) => {
    args.push(v);
    return `$${args.length}`;
  };
  const where = ['a.date BETWEEN $1::date AND $2::date'];
  if (q.scope === 'own') where.push(`a.org_id = ${param(callerOrgId)}`);
  if (q.campaignId) where.push(`a.campaign_id = ${param(q.campaignId)}`);
  if (q.country) where.push(`a.country = ${param(q.country)}`);
  const facts = await c.query<{
    date: string;
    city: string | null;
    country: string;
    audience: string;
    type: string;
    org_id: string;
    org_name: string;
    kind: ReachKind;
    reached: number;
    activities: number;
  }>(
    `SELECT to_char(a.date, 'YYYY-MM-DD') AS date, a.city, a.country::text AS country, a.audience, a.type, a.org_id, o.name AS org_name,
            a.reach_kind AS kind, sum(a.reached)::bigint AS reached, count(*)::int AS activities
       FROM campaign_activities a JOIN organisations o ON o.id = a.org_id
      WHERE ${where.join(' AND ')}
      GROUP BY a.date, a.city, a.country, a.audience, a.type, a.org_id, o.name, a.reach_kind
      ORDER BY a.date, a.city, a.org_id`,
    args,
  );
  // The coordinates of the cities, from the campaigns of those activities.
  const cities = await c.query<{ cities: CampaignCity[] }>(
    `SELECT c.cities FROM campaigns c WHERE c.id IN (SELECT DISTINCT a.campaign_id FROM campaign_activities a WHERE ${where.join(' AND ')} AND a.city IS NOT NULL)
      ORDER BY c.created_at, c.id`,
    args,
  );
  // The first campaign (oldest) names a city; the first that places it gives its coordinates.
  const coordinates = new Map<string, KnownCity>();
  for (const row of cities.rows) {
    for (const city of row.cities) {
      const k = cityKey(city.country, city.name);
      const known = coordinates.get(k);
      const placed = city.latitude !== undefined && city.longitude !== undefined;
      if (!known) coordinates.set(k, placed ? city : { name: city.name });
      else if (known.latitude === undefined && placed) coordinates.set(k, { ...known, latitude: city.latitude, longitude: city.longitude });
    }
  }
  return foldReach(
    facts.rows.map((r) => ({
      date: r.date,
      city: r.city,
      country: r.country,
      audience: r.audience,
      type: r.type,
      orgId: r.org_id,
      orgName: r.org_name,
      kind: r.kind,
      reached: Number(r.reached),
      activities: r.activities,
    })),
    period,
    coordinates,
  );
}
