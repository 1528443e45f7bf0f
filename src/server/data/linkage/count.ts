import type pg from 'pg';
import type { PeopleCountedOnce } from '../../../core/data/dashboard/dashboard.js';
import { prepared } from '../../db/prepared.js';

/**
 * People assisted across the network, counted once, as the last recount left them (recount.ts),
 * for the whole network or the member organisations of one country. Counts only. The dashboard
 * applies the network's threshold to them like to any other figure.
 */
export async function peopleCountedOnce(client: pg.PoolClient, country?: string): Promise<PeopleCountedOnce> {
  const orgs = await client.query<{ n: string }>(
    prepared(country ? 'SELECT count(*) AS n FROM organisations WHERE country = $1' : 'SELECT count(*) AS n FROM organisations', country ? [country] : []),
  );
  const organisations = Number(orgs.rows[0]?.n ?? 0);
  const { rows } = await client.query<{
    raw: number;
    deduplicated: number;
    organisations_with_keys: number;
    by_country: Record<string, { raw: number; deduplicated: number; owners: number }>;
    computed_at: Date;
  }>('SELECT raw, deduplicated, organisations_with_keys, by_country, computed_at FROM linkage_counts WHERE id = 1');
  const r = rows[0];
  if (!r || r.organisations_with_keys === 0)
    return { raw: null, deduplicated: null, organisationsWithKeys: 0, organisations, computedAt: r ? r.computed_at.toISOString() : null };
  if (country) {
    const c = r.by_country[country];
    return {
      raw: c?.raw ?? null,
      deduplicated: c?.deduplicated ?? null,
      organisationsWithKeys: c?.owners ?? 0,
      organisations,
      computedAt: r.computed_at.toISOString(),
    };
  }
  return { raw: r.raw, deduplicated: r.deduplicated, organisationsWithKeys: r.organisations_with_keys, organisations, computedAt: r.computed_at.toISOString() };
}
