/**
 * From the database's counts (`dashboard_counts`, migration 0015) to the dashboard's figures: which
 * keys each figure shows (every month of the period, every code of a short fixed list even at zero),
 * in which order, and the CTDC age bands from ages in years. Pure.
 */
import { EXPLOITATION_FORM, GENDER, SERVICE_TYPE } from '../../../core/cases/codes.js';
import { addDays, parseDate } from '../../../core/cases/dates.js';
import {
  type DashboardScope,
  type FigureId,
  FIGURE_IDS,
  FUNNEL_STAGES,
  REFERRAL_DAY_MEASURES,
  SCREENING_RESULTS,
  UNKNOWN_KEY,
  type Figure,
} from '../../../core/data/dashboard/dashboard.js';
import type { CountedFigure } from '../../../core/data/dashboard/suppression.js';
import { AGE_BANDS, ageBand } from '../../../core/data/anonymise/ctdc.js';
import { CHANNELS } from '../../../core/hotline/contact.js';
import { REFERRAL_STATUSES } from '../../../core/referrals/referral.js';

/** One row of `dashboard_counts`: a figure's key (null: its total), a count, and for measures the median in days. */
export interface CountRow {
  readonly figure: string;
  readonly k: string | null;
  readonly cnt: number;
  readonly days: number | null;
}

type Meta = Pick<Figure, 'keyKind' | 'codeList' | 'unit' | 'additive'> & {
  /** Keys always shown, in this order (zero when nothing was counted); others follow by count. */
  readonly keys?: 'months' | readonly string[];
};

const withUnknown = (ids: readonly string[]) => [...ids, UNKNOWN_KEY];

const META: Readonly<Record<FigureId, Meta>> = {
  'people-assisted': { keyKind: 'month', unit: 'people', additive: false, keys: 'months' },
  'cases-opened': { keyKind: 'month', unit: 'cases', additive: true, keys: 'months' },
  'cases-closed': { keyKind: 'month', unit: 'cases', additive: true, keys: 'months' },
  'exploitation-forms': { keyKind: 'code', codeList: 'exploitation-form', unit: 'cases', additive: false, keys: withUnknown(EXPLOITATION_FORM.ids) },
  'age-bands': { keyKind: 'age-band', unit: 'cases', additive: true, keys: withUnknown(AGE_BANDS) },
  genders: { keyKind: 'code', codeList: 'gender', unit: 'cases', additive: true, keys: withUnknown(GENDER.ids) },
  citizenships: { keyKind: 'country', unit: 'cases', additive: true },
  'exploitation-countries': { keyKind: 'country', unit: 'cases', additive: false },
  'cases-by-member-country': { keyKind: 'country', unit: 'cases', additive: true },
  'contact-channels': { keyKind: 'code', codeList: 'contact-channel', unit: 'contacts', additive: true, keys: CHANNELS },
  'contact-reasons': { keyKind: 'code', codeList: 'contact-reason', unit: 'contacts', additive: false },
  'outreach-funnel': { keyKind: 'stage', unit: 'people', additive: false, keys: FUNNEL_STAGES },
  'screening-results': { keyKind: 'code', codeList: 'screening-result', unit: 'screenings', additive: true, keys: SCREENING_RESULTS },
  'referral-statuses': { keyKind: 'code', codeList: 'referral-status', unit: 'referrals', additive: true, keys: REFERRAL_STATUSES },
  'referral-days': { keyKind: 'measure', unit: 'days', additive: false },
  'services-delivered': { keyKind: 'code', codeList: 'service-type', unit: 'services', additive: true, keys: SERVICE_TYPE.ids },
};

/** The months (YYYY-MM) a period touches, first to last. */
export function monthsOf(from: string, to: string): string[] {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a || !b) return [];
  const out: string[] = [];
  for (let i = a.year * 12 + a.month - 1; i <= b.year * 12 + b.month - 1; i++) {
    out.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`);
  }
  return out;
}

/** Rows for a figure: the fixed keys first (in their order), then the others by count, larger first. */
function rowsOf(meta: Meta, counted: ReadonlyMap<string, number>, months: readonly string[]): { key: string; value: number }[] {
  const fixed = meta.keys === 'months' ? months : (meta.keys ?? []);
  const seen = new Set(fixed);
  const rest = [...counted.entries()]
    .filter(([k, n]) => !seen.has(k) && n > 0)
    .sort(([ka, a], [kb, b]) => (ka === UNKNOWN_KEY ? 1 : 0) - (kb === UNKNOWN_KEY ? 1 : 0) || b - a || (ka < kb ? -1 : ka > kb ? 1 : 0));
  return [...fixed.map((key) => ({ key, value: counted.get(key) ?? 0 })), ...rest.map(([key, value]) => ({ key, value }))];
}

/** Ages in years (figure 'ages') grouped into the CTDC bands, unknown kept. */
function ageBands(ages: ReadonlyMap<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, n] of ages) {
    const band = k === UNKNOWN_KEY ? undefined : ageBand(Number(k));
    const key = band === undefined ? UNKNOWN_KEY : AGE_BANDS[band]!;
    out.set(key, (out.get(key) ?? 0) + n);
  }
  return out;
}

/** The figures of a scope from the counts, exact (not suppressed yet). */
export function buildFigures(rows: readonly CountRow[], scope: DashboardScope, from: string, to: string): CountedFigure[] {
  const counts = new Map<string, Map<string, number>>();
  const totals = new Map<string, number>();
  const medians = new Map<string, number | null>();
  for (const r of rows) {
    if (r.k === null) {
      totals.set(r.figure, r.cnt);
      continue;
    }
    const m = counts.get(r.figure) ?? new Map<string, number>();
    m.set(r.k, (m.get(r.k) ?? 0) + r.cnt);
    counts.set(r.figure, m);
    if (r.days !== null) medians.set(`${r.figure}\u0000${r.k}`, r.days);
  }
  counts.set('age-bands', ageBands(counts.get('ages') ?? new Map()));
  totals.set('age-bands', totals.get('ages') ?? 0);
  const months = monthsOf(from, to);
  const ids = FIGURE_IDS.filter((id) => scope === 'network' || id !== 'cases-by-member-country');
  return ids.map((id): CountedFigure => {
    const meta = META[id];
    const counted = counts.get(id) ?? new Map<string, number>();
    const { keys: _, ...shape } = meta;
    if (meta.unit === 'days') {
      const rows = REFERRAL_DAY_MEASURES.filter((key) => (counted.get(key) ?? 0) > 0).map((key) => {
        const days = medians.get(`${id}\u0000${key}`);
        return { key, value: days === undefined || days === null ? null : Math.round(days * 10) / 10, basis: counted.get(key) ?? 0 };
      });
      return { id, ...shape, rows, total: totals.get(id) ?? 0 };
    }
    return { id, ...shape, rows: rowsOf(meta, counted, months), total: totals.get(id) ?? 0 };
  });
}

/** The last day of a period of at most `years` years that starts on `from` (the day before the same date `years` later). */
export function lastDayWithin(from: string, years: number): string {
  const p = parseDate(from);
  if (!p) return from;
  const year = p.year + years;
  if (year > 9999) return '9999-12-31';
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = p.month === 2 && p.day === 29 && !leap ? 28 : p.day;
  return addDays(`${String(year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, -1);
}
