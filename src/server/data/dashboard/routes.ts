import { LRUCache } from 'lru-cache';
import { addDays, compareDates, todayUtc } from '../../../core/cases/dates.js';
import {
  type Dashboard,
  type DashboardQuery,
  MAX_DASHBOARD_YEARS,
  type PeopleCountedOnce,
  dashboard,
  dashboardQuery,
} from '../../../core/data/dashboard/dashboard.js';
import { type CountedFigure, exactFigure, isSmall, restOf, suppressView } from '../../../core/data/dashboard/suppression.js';
import { can } from '../../../core/platform/policy.js';
import { appendAudit } from '../../audit/store.js';
import { HttpError } from '../../http/errors.js';
import { route } from '../../http/route.js';
import type { Services } from '../../services.js';
import { peopleCountedOnce } from '../linkage/count.js';
import { buildFigures, lastDayWithin } from './figures.js';
import { networkCounts, organisationCounts, statsSettings } from './store.js';

/** The first day of the month `months` months before the month of `date`. */
function monthStartBefore(date: string, months: number): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.max(1, Math.floor(index / 12));
  const month = index < 12 ? 1 : (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
}

/** The period asked for: the last twelve months (this month and the eleven before it) when not given. */
export function periodOf(q: Pick<DashboardQuery, 'from' | 'to'>, today = todayUtc()): { from: string; to: string } {
  const to = q.to ?? today;
  const from = q.from ?? monthStartBefore(to, 11);
  const field = q.to !== undefined ? 'to' : 'from';
  if (compareDates(from, to) > 0) throw new HttpError(400, 'validation_failed', `${field}: the period must end on or after its first day.`, field);
  if (compareDates(to, lastDayWithin(from, MAX_DASHBOARD_YEARS)) > 0)
    throw new HttpError(400, 'validation_failed', `${field}: a period of at most ${MAX_DASHBOARD_YEARS} years.`, field);
  return { from, to };
}

/** The last day of the month of `date`. */
function lastOfMonth(date: string): string {
  const m = Number(date.slice(5, 7));
  if (m === 12) return `${date.slice(0, 4)}-12-31`;
  return addDays(`${date.slice(0, 4)}-${String(m + 1).padStart(2, '0')}-01`, -1);
}

/**
 * A suppressed view's period is whole months: `from` moves to the first day of its month, `to` to the
 * last of its month, so that moving either by a day cannot show that day's records. When that makes
 * the period longer than allowed, it starts a month later.
 */
export function wholeMonths(period: { from: string; to: string }): { from: string; to: string } {
  const to = lastOfMonth(period.to);
  let from = `${period.from.slice(0, 8)}01`;
  if (compareDates(to, lastDayWithin(from, MAX_DASHBOARD_YEARS)) > 0) from = addDays(lastOfMonth(from), 1);
  return { from, to };
}

/**
 * People counted once are counts too: a number under the threshold is not shown, nor one whose rest
 * of the network (the network minus the country) is small; nor the deduplicated number when it is
 * fewer than the threshold below the raw one (it would say how many people were matched).
 */
export function suppressCountedOnce(c: PeopleCountedOnce, threshold: number, network?: PeopleCountedOnce): PeopleCountedOnce {
  const restSmall = (key: 'raw' | 'deduplicated') =>
    network !== undefined && c[key] !== null && network[key] !== null && isSmall((network[key] as number) - (c[key] as number), threshold);
  const matchedSmall = c.raw !== null && c.deduplicated !== null && isSmall(c.raw - c.deduplicated, threshold);
  const restMatchedSmall =
    network !== undefined &&
    [network.raw, network.deduplicated, c.raw, c.deduplicated].every((v) => v !== null) &&
    isSmall((network.raw as number) - (c.raw as number) - ((network.deduplicated as number) - (c.deduplicated as number)), threshold);
  return {
    ...c,
    raw: isSmall(c.raw, threshold) || restSmall('raw') ? null : c.raw,
    deduplicated: isSmall(c.deduplicated, threshold) || restSmall('deduplicated') || matchedSmall || restMatchedSmall ? null : c.deduplicated,
  };
}

/** How long the network's answers are kept (they come from counts over every member, and are the same for every caller). */
export const NETWORK_CACHE_MS = 5 * 60_000;

/** Dashboards (issue 7): the organisation's figures and the network's, from counts only. */
export function dashboardRoutes(_s: Services) {
  // The network's answers for 5 minutes, per period, country and threshold; emptied when the threshold changes.
  const networkAnswers = new LRUCache<string, Dashboard>({ max: 200, ttl: NETWORK_CACHE_MS });
  let cachedVersion: number | undefined;
  return [
    route({
      method: 'GET',
      url: '/api/dashboard',
      access: 'user',
      tag: 'data',
      summary:
        'The dashboard of the caller’s organisation (`stats:organisation`) or of the network (`stats:network`, `country` of the member organisations) for a period ' +
        '(the last twelve months by default, at most ten years). Network figures, and an organisation’s for users who do not read cases, show counts under the ' +
        'network’s threshold, and cells that would reveal them, as null.',
      query: dashboardQuery,
      response: dashboard,
      handler: async ({ query, principal, tx, ip }) => {
        const p = principal!;
        const network = query.scope === 'network';
        if (!can(p, network ? 'stats:network' : 'stats:organisation')) throw new HttpError(403, 'forbidden', 'You do not have permission to do this.');
        if (!network && query.country !== undefined) throw new HttpError(400, 'validation_failed', 'country: only for the network dashboard.', 'country');
        // Organisation administrators see their organisation's figures exactly (the cases they may read);
        // everyone else (supervisors, analysts) and the network see suppressed figures, over every case.
        const exact = !network && p.roles.includes('org-admin');
        const { from, to } = exact ? periodOf(query) : wholeMonths(periodOf(query));
        const country = query.country ?? null;
        const body = await tx(async (c): Promise<Dashboard> => {
          const { threshold, version } = await statsSettings(c);
          let out: Dashboard;
          if (network) {
            if (cachedVersion !== version) networkAnswers.clear();
            cachedVersion = version;
            const key = `${from}|${to}|${country ?? ''}|${threshold}`;
            const cached = networkAnswers.get(key);
            if (cached) out = cached;
            else {
              const figures = buildFigures(await networkCounts(c, from, to, country), 'network', from, to);
              let rest: CountedFigure[] | undefined;
              let counted = await peopleCountedOnce(c, query.country);
              let countedNetwork: PeopleCountedOnce | undefined;
              if (country !== null) {
                // The rest of the network: what the network's figures minus this country's would give.
                const all = buildFigures(await networkCounts(c, from, to, null), 'network', from, to);
                rest = all.map((f, i) => restOf(f, figures[i]!));
                countedNetwork = await peopleCountedOnce(c);
              }
              counted = suppressCountedOnce(counted, threshold, countedNetwork);
              out = { scope: 'network', from, to, country, threshold, peopleCountedOnce: counted, figures: suppressView(figures, threshold, rest) };
              networkAnswers.set(key, out);
            }
          } else {
            const figures = buildFigures(await organisationCounts(c, p.orgId, from, to, exact ? p.id : null), 'organisation', from, to);
            out = {
              scope: 'organisation',
              from,
              to,
              country: null,
              threshold: exact ? null : threshold,
              peopleCountedOnce: null,
              figures: exact ? figures.map(exactFigure) : suppressView(figures, threshold),
            };
          }
          await appendAudit(c, {
            orgId: p.orgId,
            actorId: p.id,
            actorEmail: p.email,
            action: 'dashboard.read',
            recordType: 'dashboard',
            recordId: `${query.scope} ${from}..${to}${country ? ` ${country}` : ''}`,
            ip,
            outcome: 'success',
          });
          return out;
        });
        return { body };
      },
    }),
  ];
}
