/**
 * The dashboard's pure helpers: the order of a figure's rows, the words of its keys, its chart
 * points, the table its downloads hold, and CSV text that a spreadsheet cannot run as a formula.
 * A suppressed cell (null) stays null all the way: never drawn as a bar, never written as 0.
 */
import { CODE_LISTS } from '../../../core/cases/codes.js';
import { type Dashboard, type Figure, type FigureId, type FigureRow, OTHER_KEY, UNKNOWN_KEY } from '../../../core/data/dashboard/dashboard.js';

// ---------------------------------------------------------------------------------------------
// Order

/** Keys with an order of their own keep it (months, stages, measures, age bands); breakdowns go largest first. */
function keepsOrder(figure: Figure): boolean {
  return figure.keyKind === 'month' || figure.keyKind === 'stage' || figure.keyKind === 'measure' || figure.keyKind === 'age-band';
}

/**
 * The rows as they are shown: months in time order; codes and countries largest first, then the
 * suppressed ones, then zeros, then 'unknown'; ties by key. Never changes the values.
 */
export function orderRows(figure: Figure): FigureRow[] {
  const rows = [...figure.rows];
  const unknownLast = (a: FigureRow, b: FigureRow) => Number(a.key === UNKNOWN_KEY) - Number(b.key === UNKNOWN_KEY);
  if (figure.keyKind === 'month') return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  if (keepsOrder(figure)) return rows.sort(unknownLast);
  return rows.sort((a, b) => {
    const unknown = unknownLast(a, b);
    if (unknown !== 0) return unknown;
    // Positive counts first, largest first; then suppressed cells (each more than none); then zeros.
    const rank = (v: number | null) => (v === null ? 0.5 : v);
    if (rank(a.value) !== rank(b.value)) return rank(b.value) - rank(a.value);
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}

// ---------------------------------------------------------------------------------------------
// Words

/** Other namespaces' labels for lists that are not in `codes` (hotline, referrals, screening). */
const FIGURE_LABELS: Partial<Record<FigureId, readonly string[]>> = {
  'exploitation-forms': ['codes:exploitation-form'],
  genders: ['codes:gender'],
  'contact-channels': ['hotlineFigures:channels'],
  'contact-reasons': ['hotlineFigures:reasons'],
  'referral-statuses': ['referrals:status'],
  'screening-results': ['dashboard:screening', 'identification:verdict'],
  'services-delivered': ['codes:service-type', 'referrals:serviceTypes'],
};

const SAFE_KEY = /^[A-Za-z0-9_+-][A-Za-z0-9_ +-]*$/;

/**
 * The locale keys (namespace-qualified, most specific first) that may name a row's key. Months
 * and countries are named by Intl and age bands are shown as they are, so they have none except
 * for 'unknown'. A key that is not a plain word (a custom id with dots) has none either.
 */
export function labelKeys(figure: Pick<Figure, 'id' | 'keyKind' | 'codeList'>, key: string): string[] {
  if (key === UNKNOWN_KEY) return ['dashboard:keys.unknown'];
  // Suppressed countries merged into one row (a code list may have a code 'other' of its own).
  if (key === OTHER_KEY && figure.keyKind === 'country') return ['dashboard:keys.other'];
  if (!SAFE_KEY.test(key)) return [];
  switch (figure.keyKind) {
    case 'month':
    case 'country':
    case 'age-band':
      return [];
    case 'stage':
      return [`dashboard:stages.${key}`];
    case 'measure':
      return [`dashboard:measures.${key}`];
    case 'code': {
      const prefixes: string[] = [];
      if (figure.codeList && figure.codeList in CODE_LISTS) prefixes.push(`codes:${figure.codeList}`);
      for (const prefix of FIGURE_LABELS[figure.id] ?? []) if (!prefixes.includes(prefix)) prefixes.push(prefix);
      return [...prefixes.map((p) => `${p}.${key}`), `dashboard:keys.${key}`];
    }
  }
}

export interface KeyNamers {
  /** The organisation's own label of a key (its own contact reasons), if it has one. */
  own?: (figure: Pick<Figure, 'id'>, key: string) => string | undefined;
  /** The first of the locale keys that exists, translated; null when none does. */
  translate: (keys: readonly string[]) => string | null;
  country: (alpha3: string) => string;
  month: (key: string) => string;
}

/** A row's key in words: a code's label, a country's or a month's name, an age band as it is; the key itself otherwise. */
export function keyLabel(figure: Pick<Figure, 'id' | 'keyKind' | 'codeList'>, key: string, namers: KeyNamers): string {
  const own = namers.own?.(figure, key);
  if (own) return own;
  const keys = labelKeys(figure, key);
  const translated = keys.length ? namers.translate(keys) : null;
  if (translated) return translated;
  if (key === UNKNOWN_KEY) return key;
  if (figure.keyKind === 'country') return namers.country(key);
  if (figure.keyKind === 'month') return namers.month(key);
  return key;
}

// ---------------------------------------------------------------------------------------------
// Chart

export interface ChartPoint {
  readonly key: string;
  readonly label: string;
  /** null: suppressed, so no bar is drawn. */
  readonly value: number | null;
}

/** The chart's points, in the order of the table. */
export function chartPoints(figure: Figure, label: (key: string) => string): ChartPoint[] {
  return orderRows(figure).map((row) => ({ key: row.key, label: label(row.key), value: row.value }));
}

/** Months are drawn as upright bars along time; every breakdown as horizontal bars. */
export function chartShape(figure: Pick<Figure, 'keyKind'>): 'columns' | 'rows' {
  return figure.keyKind === 'month' ? 'columns' : 'rows';
}

/** The labels of the suppressed cells, for the legend under the chart. */
export function suppressedLabels(points: readonly ChartPoint[]): string[] {
  return points.filter((p) => p.value === null).map((p) => p.label);
}

/** Whether there is anything to draw: at least one bar longer than nothing (not suppressed, not zero). */
export function hasBars(points: readonly ChartPoint[]): boolean {
  return points.some((p) => p.value !== null && p.value !== 0);
}

// ---------------------------------------------------------------------------------------------
// The table of a download

export type SheetCell = string | number | null;

export interface Sheet {
  readonly header: readonly string[];
  readonly rows: readonly (readonly SheetCell[])[];
}

export interface SheetWords {
  /** Column headings. */
  code: string;
  category: string;
  value: string;
  note: string;
  /** The note of a suppressed cell. */
  suppressed: string;
  /** The label of the total row. */
  total: string;
}

/**
 * A figure as a table: the key, its words, the value (empty when suppressed, with the note saying
 * so: a suppressed cell is never written as 0) and the total as a last row.
 */
export function figureSheet(figure: Figure, label: (key: string) => string, words: SheetWords): Sheet {
  const rows: SheetCell[][] = orderRows(figure).map((row) => [row.key, label(row.key), row.value, row.value === null ? words.suppressed : '']);
  if (figure.rows.length > 0 || figure.total !== null) {
    rows.push(['total', words.total, figure.total, figure.total === null ? words.suppressed : '']);
  }
  return { header: [words.code, words.category, words.value, words.note], rows };
}

// ---------------------------------------------------------------------------------------------
// CSV

/** What a spreadsheet may read as the start of a formula (also after spaces), or a control character that may. */
const FORMULA_START = /^(?:[\t\r\n]|\s*[=+\-@＝＋－＠])/u;

/** A text cell a spreadsheet will show as text: one that would start a formula gets a leading apostrophe. */
export function guardCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function csvCell(cell: SheetCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : guardCell(cell);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV (CRLF line ends), every text cell formula-guarded; numbers as they are, a null cell empty. */
export function toCsv(sheet: Sheet): string {
  const lines = [sheet.header, ...sheet.rows].map((row) => row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------
// Files

/** A download's file name: `haven-network-cases-opened-2026-01-01-2026-06-30-GRC.csv`. */
export function fileName(dashboard: Pick<Dashboard, 'scope' | 'from' | 'to' | 'country'>, figureId: FigureId, extension: 'csv' | 'xlsx' | 'png'): string {
  const parts = ['haven', dashboard.scope, figureId, dashboard.from, dashboard.to];
  if (dashboard.country) parts.push(dashboard.country);
  return `${parts.join('-')}.${extension}`;
}
