/** The reach dashboard's rows as chart rows (counted and estimated stacked) and download sheets. */
import type { ReachRow } from '../../../core/prevention/campaign.js';
import type { Sheet } from '../../data/dashboard/logic.js';

/** One bar of a reach chart: counted and estimated stacked, their total, how many activities. */
export interface ReachChartRow {
  readonly key: string;
  readonly label: string;
  readonly counted: number;
  readonly estimated: number;
  readonly total: number;
  readonly activities: number;
}

/**
 * The rows of a chart in the order shown: months in time order (every month, zeros included);
 * any other breakdown largest first (ties by label), rows with nothing reached and no activity left out.
 */
export function reachChartRows(rows: readonly ReachRow[], label: (key: string) => string, kind: 'time' | 'breakdown'): ReachChartRow[] {
  const out = rows.map((r) => ({
    key: r.key,
    label: label(r.key),
    counted: r.counted,
    estimated: r.estimated,
    total: r.counted + r.estimated,
    activities: r.activities,
  }));
  if (kind === 'time') return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return out.filter((r) => r.total > 0 || r.activities > 0).sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/** Whether a chart has anything to draw. */
export function hasReach(rows: readonly ReachChartRow[]): boolean {
  return rows.some((r) => r.total > 0);
}

export interface ReachSheetWords {
  code: string;
  category: string;
  counted: string;
  estimated: string;
  total: string;
  activities: string;
  totalRow: string;
}

/** The sum of a chart's rows (a breakdown's total is what its rows add up to). */
export function sumRows(rows: readonly ReachChartRow[]): ReachRow {
  return rows.reduce(
    (sum, r) => ({ key: 'total', counted: sum.counted + r.counted, estimated: sum.estimated + r.estimated, activities: sum.activities + r.activities }),
    {
      key: 'total',
      counted: 0,
      estimated: 0,
      activities: 0,
    },
  );
}

/** A chart's rows as a download: key, words, counted, estimated, total, activities, and a total row. */
export function reachSheet(rows: readonly ReachChartRow[], words: ReachSheetWords): Sheet {
  const total = sumRows(rows);
  return {
    header: [words.code, words.category, words.counted, words.estimated, words.total, words.activities],
    rows: [
      ...rows.map((r) => [r.key, r.label, r.counted, r.estimated, r.total, r.activities]),
      ['total', words.totalRow, total.counted, total.estimated, total.counted + total.estimated, total.activities],
    ],
  };
}

/** `COUNTRY/City name` → its two parts (a key with no slash is a country). */
export function splitCityKey(key: string): { country: string; city: string } {
  const slash = key.indexOf('/');
  return slash < 0 ? { country: key, city: '' } : { country: key.slice(0, slash), city: key.slice(slash + 1) };
}
