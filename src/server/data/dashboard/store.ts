/** The dashboards' reads: counts only (see migration 0015_dashboard.sql). */
import type pg from 'pg';
import { DEFAULT_STATS_THRESHOLD } from '../../../core/data/dashboard/dashboard.js';
import type { CountRow } from './figures.js';

/**
 * The counts of the caller's organisation, through row-level security (the transaction's organisation).
 * `viewer`: cases restricted to others than this user are left out (null: every case is counted).
 */
export async function organisationCounts(c: pg.PoolClient, orgId: string, from: string, to: string, viewer: string | null): Promise<CountRow[]> {
  const { rows } = await c.query<CountRow>('SELECT figure, k, cnt, days FROM dashboard_counts($1::date, $2::date, NULL, $3::uuid, $4::uuid)', [
    from,
    to,
    orgId,
    viewer,
  ]);
  return rows;
}

/** The counts of every member organisation (of a country): the network's function, which answers counts only. */
export async function networkCounts(c: pg.PoolClient, from: string, to: string, country: string | null): Promise<CountRow[]> {
  const { rows } = await c.query<CountRow>('SELECT figure, k, cnt, days FROM network_dashboard_counts($1::date, $2::date, $3::text)', [from, to, country]);
  return rows;
}

/** The network's threshold for small cells. */
export async function statsThreshold(c: pg.PoolClient): Promise<number> {
  const { rows } = await c.query<{ t: number }>('SELECT stats_threshold AS t FROM network');
  return rows[0]?.t ?? DEFAULT_STATS_THRESHOLD;
}

/** The threshold, and a number that changes whenever the threshold does (see the cache of the network's answers). */
export async function statsSettings(c: pg.PoolClient): Promise<{ threshold: number; version: number }> {
  const { rows } = await c.query<{ t: number; v: number }>('SELECT stats_threshold AS t, stats_version AS v FROM network');
  return { threshold: rows[0]?.t ?? DEFAULT_STATS_THRESHOLD, version: rows[0]?.v ?? 0 };
}
