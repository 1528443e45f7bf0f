/** The advocacy screens' pure parts: filters in the address, groups, chart rows, file checks. */
import {
  EVIDENCE_FILE_TYPES,
  MAX_EVIDENCE_FILE_SIZE,
  type ProgressSeries,
  type RecommendationStatus,
  type RecommendationSummary,
  STATUSES,
  type StatusChangeView,
  type StatusCounts,
  THEMES,
  type Theme,
  zeroCounts,
} from '../../core/advocacy/recommendation.js';
import { isCalendarDate } from '../../core/cases/dates.js';
import { uuid } from '../../core/platform/schemas.js';

export const PER_PAGE = 100;
export const VIEWS = ['country', 'theme'] as const;
export type View = (typeof VIEWS)[number];

export interface Filters {
  view: View;
  country: string;
  theme: Theme | '';
  status: RecommendationStatus | '';
  sourceId: string;
  deadlineBefore: string;
  q: string;
  page: number;
}

const isOneOf = <T extends string>(list: readonly T[], v: string | null): v is T => v !== null && (list as readonly string[]).includes(v);

export function filtersOf(params: URLSearchParams): Filters {
  const page = Number(params.get('page') ?? '1');
  const view = params.get('view');
  const theme = params.get('theme');
  const status = params.get('status');
  return {
    view: isOneOf(VIEWS, view) ? view : 'country',
    country: /^[A-Z]{3}$/.test(params.get('country') ?? '') ? (params.get('country') ?? '') : '',
    theme: isOneOf(THEMES, theme) ? theme : '',
    status: isOneOf(STATUSES, status) ? status : '',
    sourceId: uuid.safeParse(params.get('source')).success ? (params.get('source') ?? '') : '',
    deadlineBefore: isCalendarDate(params.get('deadlineBefore') ?? '') ? (params.get('deadlineBefore') ?? '') : '',
    q: params.get('q') ?? '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function withFilters(current: URLSearchParams, change: Partial<Filters>): URLSearchParams {
  const next = { ...filtersOf(current), ...('page' in change ? {} : { page: 1 }), ...change };
  const out = new URLSearchParams();
  if (next.view !== 'country') out.set('view', next.view);
  if (next.country) out.set('country', next.country);
  if (next.theme) out.set('theme', next.theme);
  if (next.status) out.set('status', next.status);
  if (next.sourceId) out.set('source', next.sourceId);
  if (next.deadlineBefore) out.set('deadlineBefore', next.deadlineBefore);
  if (next.q) out.set('q', next.q);
  if (next.page > 1) out.set('page', String(next.page));
  return out;
}

/** The API's filters (without paging), for the list, the progress and the reports. */
export function apiFilters(f: Filters): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.country) out.country = f.country;
  if (f.theme) out.theme = f.theme;
  if (f.status) out.status = f.status;
  if (f.sourceId) out.sourceId = f.sourceId;
  if (f.deadlineBefore) out.deadlineBefore = f.deadlineBefore;
  if (f.q.trim()) out.q = f.q.trim();
  return out;
}

export interface Group {
  key: string;
  items: RecommendationSummary[];
  counts: StatusCounts;
}

/** The recommendations grouped by country or by theme (one with two themes is in both), groups in key order. */
export function groupsOf(items: readonly RecommendationSummary[], view: View): Group[] {
  const groups = new Map<string, Group>();
  for (const r of items) {
    for (const key of view === 'country' ? [r.country] : r.themes) {
      let g = groups.get(key);
      if (!g) {
        g = { key, items: [], counts: zeroCounts() };
        groups.set(key, g);
      }
      g.items.push(r);
      g.counts[r.status]++;
    }
  }
  return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key));
}

/** One bar of the progress chart: a month with its counts by status. */
export type ProgressRow = { month: string; label: string; total: number } & StatusCounts;

export function progressRows(series: ProgressSeries, label: (month: string) => string): ProgressRow[] {
  return series.months.map((m) => ({ month: m.month, label: label(m.month), total: Object.values(m.counts).reduce((a, b) => a + b, 0), ...m.counts }));
}

/** The status of one recommendation over time: where it started, then one point per change. */
export interface StatusPoint {
  date: string;
  status: RecommendationStatus;
  level: number;
}

export function statusPoints(issuedOn: string, history: readonly StatusChangeView[], today: string): StatusPoint[] {
  const level = (s: RecommendationStatus) => STATUSES.indexOf(s);
  const points: StatusPoint[] = [{ date: issuedOn, status: 'not-started', level: 0 }];
  for (const h of history) points.push({ date: h.date, status: h.status, level: level(h.status) });
  const last = points.at(-1);
  if (last && last.date < today) points.push({ ...last, date: today });
  return points;
}

/** Status badge colours: grey, blue, yellow, green, red (each read with its name beside it). */
export const STATUS_COLOURS: Record<RecommendationStatus, string> = {
  'not-started': 'gray',
  'in-progress': 'blue',
  'partially-implemented': 'yellow',
  implemented: 'green',
  regressed: 'red',
};

/** Chart fills with at least 3:1 against white. */
export const STATUS_FILLS: Record<RecommendationStatus, string> = {
  'not-started': '#868e96',
  'in-progress': '#1c7ed6',
  'partially-implemented': '#e67700',
  implemented: '#2b8a3e',
  regressed: '#c92a2a',
};

const BY_EXTENSION: Record<string, string> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };
export const FILE_ACCEPT = [...EVIDENCE_FILE_TYPES, ...Object.keys(BY_EXTENSION).map((e) => `.${e}`)].join(',');

export type FileCheck = { ok: true; mediaType: string } | { ok: false; problem: 'type' | 'size' | 'empty' };

/** What the server would refuse, said before the file is sent. */
export function checkEvidenceFile(file: { name: string; type: string; size: number }): FileCheck {
  const declared = (EVIDENCE_FILE_TYPES as readonly string[]).includes(file.type) ? file.type : undefined;
  const dot = file.name.lastIndexOf('.');
  const byName = dot > 0 ? BY_EXTENSION[file.name.slice(dot + 1).toLowerCase()] : undefined;
  const mediaType = declared ?? (!file.type || file.type === 'application/octet-stream' ? byName : undefined);
  if (!mediaType) return { ok: false, problem: 'type' };
  if (file.size === 0) return { ok: false, problem: 'empty' };
  if (file.size > MAX_EVIDENCE_FILE_SIZE) return { ok: false, problem: 'size' };
  return { ok: true, mediaType };
}
