/**
 * Small-cell suppression of dashboard figures (pure).
 *
 * Primary suppression: a count from 1 to t-1 is shown as null. A zero is shown: it describes no
 * one, and hiding zeros would hide the shape of every small figure (months without a case, channels
 * never used) while protecting nobody; a zero next to a visible total says "none of these people
 * had X", which is group knowledge, not knowledge about a person, once the total itself is at least t.
 *
 * Complementary suppression, for additive figures (each one counted in exactly one row, so the rows
 * add up to the total): the suppressed cells of such a figure add up to the total minus the visible
 * cells. When one cell only is suppressed, or the suppressed cells add up to less than t, that sum
 * would give the cell back (or a small group), so further cells are suppressed, the smallest non-zero
 * first, until at least two are and they add up to at least t. When that is impossible (the non-zero
 * cells are all suppressed and still add up to less than t, i.e. the total is under t) the total is
 * suppressed too.
 *
 * Non-additive figures (a case with several forms of exploitation, a contact with several reasons,
 * people assisted month by month, the outreach funnel): the rows do not add up to anything, so
 * each cell and the total (the number of cases, contacts, people) get primary suppression only.
 *
 * Measures in days (unit 'days', e.g. median days to acceptance): a value is shown only when the
 * number of referrals it comes from (`basis`) is at least t; that number is a count and is itself
 * suppressed when from 1 to t-1.
 *
 * The views that suppress (the network's, an organisation's for those who get no exact figures) add
 * rules against combining figures, periods and countries:
 * - People assisted show their total only: month by month, with the cases opened and closed by month,
 *   they would give back suppressed cells of those figures.
 * - The outreach funnel shows its stages in order while each differs from every stage shown before it
 *   by 0 or at least t; from the first small difference on, that stage and every later one are
 *   suppressed (identified 12, engaged 10 would say that 2 were not engaged).
 * - Figures keyed by country (and an organisation's own contact reasons) merge their primary-suppressed
 *   cells into one row, `other` (`custom` for reasons), whose value is their sum, itself suppressed
 *   when small: a rare country never appears on its own. Code lists keep their keys.
 * - A country's view is compared with the rest of the network (`rest`: the network minus the
 *   country): a cell (or total) is suppressed when the rest's cell for the same key is small, since
 *   the network's figure minus the country's would give it (unless the country's is 0: the network's
 *   cell is then the rest's, small, and suppressed in the network's own view).
 * - `basis` of measures is never shown (see suppressView): it would give the referral counts back.
 *
 * The input may already be suppressed (nulls): the function is idempotent.
 */
import { CUSTOM_REASONS_KEY, type Figure, type FigureId, type FigureRow, OTHER_KEY, UNKNOWN_KEY } from './dashboard.js';

/** A figure as counted: exact values (or nulls already suppressed); `suppressed` is recomputed. */
export type CountedFigure = Omit<Figure, 'suppressed'> & { readonly suppressed?: boolean };

/** A count from 1 to t-1: too few to show. */
export function isSmall(value: number | null | undefined, threshold: number): boolean {
  return typeof value === 'number' && value > 0 && value < threshold;
}

const primary = (value: number | null, threshold: number): number | null => (isSmall(value, threshold) ? null : value);

/** Whether any cell or the total shows as suppressed. */
export function anySuppressed(f: Pick<Figure, 'rows' | 'total'>): boolean {
  return f.total === null || f.rows.some((r) => r.value === null || r.basis === null);
}

function measureRow(r: FigureRow, threshold: number, restBasis: number): FigureRow {
  const basis = r.basis === undefined || isSmall(restBasis, threshold) ? null : primary(r.basis, threshold);
  const shown = basis !== null && basis >= threshold;
  return { ...r, basis, value: shown ? r.value : null };
}

/** Figures whose keys are free (countries, an organisation's own reasons): which keys merge, and into which row. */
const MERGED: Partial<Record<FigureId, { readonly into: string; readonly merges: (key: string) => boolean }>> = {
  citizenships: { into: OTHER_KEY, merges: (k) => k !== UNKNOWN_KEY && k !== OTHER_KEY },
  'exploitation-countries': { into: OTHER_KEY, merges: (k) => k !== UNKNOWN_KEY && k !== OTHER_KEY },
  'cases-by-member-country': { into: OTHER_KEY, merges: (k) => k !== UNKNOWN_KEY && k !== OTHER_KEY },
  // `other` is a code of the contact reasons: an organisation's own reasons merge into `custom`.
  'contact-reasons': { into: CUSTOM_REASONS_KEY, merges: (k) => k.startsWith('org-') },
};

/** The rest of the network: the network's counts minus a part's (a country's), per key and total. */
export function restOf(network: CountedFigure, part: CountedFigure): CountedFigure {
  const partRows = new Map(part.rows.map((r) => [r.key, r]));
  const keys = new Set([...network.rows.map((r) => r.key), ...part.rows.map((r) => r.key)]);
  const netRows = new Map(network.rows.map((r) => [r.key, r]));
  const rows = [...keys].map((key): FigureRow => {
    const a = netRows.get(key);
    const b = partRows.get(key);
    const value = network.unit === 'days' ? null : (a?.value ?? 0) - (b?.value ?? 0);
    const row: FigureRow = { key, value };
    if (network.unit === 'days') row.basis = (a?.basis ?? 0) - (b?.basis ?? 0);
    return row;
  });
  return { ...network, rows, total: (network.total ?? 0) - (part.total ?? 0) };
}

/** The outreach funnel: stages in order, shown while no small difference to a stage shown before (here or in the rest). */
function funnelRows(rows: readonly FigureRow[], total: number | null, restValue: (key: string) => number, restTotal: number, threshold: number): FigureRow[] {
  const shown: number[] = total === null ? [] : [total];
  const shownRest: number[] = total === null ? [] : [restTotal];
  let stopped = false;
  return rows.map((r) => {
    const v = r.value;
    const rv = restValue(r.key);
    const small = (a: number, b: number) => isSmall(Math.abs(a - b), threshold);
    if (
      stopped ||
      v === null ||
      isSmall(v, threshold) ||
      (v !== 0 && isSmall(rv, threshold)) ||
      shown.some((s) => small(s, v)) ||
      shownRest.some((s) => small(s, rv))
    ) {
      stopped = true;
      return { ...r, value: null };
    }
    shown.push(v);
    shownRest.push(rv);
    return r;
  });
}

/** Primary-suppressed cells of free keys merged into one row; the others keep their place. */
function mergeRows(
  f: CountedFigure,
  rows: readonly FigureRow[],
  hidden: readonly boolean[],
  restValue: (key: string) => number,
  threshold: number,
): { rows: FigureRow[]; hidden: boolean[] } {
  const spec = MERGED[f.id];
  if (!spec) return { rows: [...rows], hidden: [...hidden] };
  const into = rows.findIndex((r) => r.key === spec.into);
  const merged = rows.map((r, i) => hidden[i] === true && spec.merges(r.key));
  if (!merged.some(Boolean)) return { rows: [...rows], hidden: [...hidden] };
  let value: number | null = into >= 0 ? rows[into]!.value : 0;
  let rest = into >= 0 ? restValue(spec.into) : 0;
  rows.forEach((r, i) => {
    if (!merged[i]) return;
    value = value === null || r.value === null ? null : value + r.value;
    rest += restValue(r.key);
  });
  const outRows: FigureRow[] = [];
  const outHidden: boolean[] = [];
  rows.forEach((r, i) => {
    if (merged[i] || i === into) return;
    outRows.push(r);
    outHidden.push(hidden[i]!);
  });
  outRows.push({ key: spec.into, value });
  outHidden.push(value === null || isSmall(value, threshold) || (value !== 0 && isSmall(rest, threshold)));
  return { rows: outRows, hidden: outHidden };
}

/** Complementary suppression of an additive figure whose cells had primary suppression. */
function complement(rows: FigureRow[], total: number | null, threshold: number): { rows: FigureRow[]; total: number | null } {
  if (total === null) return { rows, total };
  let hidden = rows.filter((r) => r.value === null).length;
  if (hidden === 0) return { rows, total };
  // What subtraction from the total reveals: the sum of the suppressed cells.
  let hiddenSum = total - rows.reduce((s, r) => s + (r.value ?? 0), 0);
  const out = [...rows];
  while (hidden < 2 || hiddenSum < threshold) {
    let pick = -1;
    for (let i = 0; i < out.length; i++) {
      const v = out[i]!.value;
      if (v !== null && v > 0 && (pick < 0 || v < (out[pick]!.value as number))) pick = i;
    }
    if (pick < 0) return { rows: out, total: null };
    hiddenSum += out[pick]!.value as number;
    out[pick] = { ...out[pick]!, value: null };
    hidden += 1;
  }
  return { rows: out, total };
}

export interface SuppressOptions {
  /** The rest of the network (the network minus the country shown) for the same figure: see `restOf`. */
  readonly rest?: CountedFigure;
}

/** One figure with the cells under the threshold, and those that would reveal them, suppressed. */
export function suppressFigure(f: CountedFigure, threshold: number, options: SuppressOptions = {}): Figure {
  const restRows = new Map((options.rest?.rows ?? []).map((r) => [r.key, r]));
  const restValue = (key: string) => restRows.get(key)?.value ?? 0;
  const restTotal = options.rest?.total ?? 0;
  // A zero of the country's is shown: the network's cell is then the rest's, which its own view suppresses.
  const byRest = (value: number | null, rest: number) => value !== 0 && isSmall(rest, threshold);
  const total = byRest(f.total, restTotal) ? null : primary(f.total, threshold);
  let rows: FigureRow[];
  let finalTotal = total;
  if (f.unit === 'days') {
    rows = f.rows.map((r) => measureRow(r, threshold, restRows.get(r.key)?.basis ?? 0));
  } else if (f.id === 'people-assisted') {
    // Its total only: month by month it would give back the cases opened and closed.
    rows = [];
  } else if (f.keyKind === 'stage') {
    rows = funnelRows(f.rows, total, restValue, restTotal, threshold);
  } else {
    const hidden = f.rows.map((r) => r.value === null || isSmall(r.value, threshold) || byRest(r.value, restValue(r.key)));
    const merged = mergeRows(f, f.rows, hidden, restValue, threshold);
    rows = merged.rows.map((r, i) => (merged.hidden[i] ? { ...r, value: null } : r));
    if (f.additive) ({ rows, total: finalTotal } = complement(rows, total, threshold));
  }
  const out = { ...f, rows, total: finalTotal };
  return { ...out, suppressed: anySuppressed(out) };
}

export function suppressFigures(figures: readonly CountedFigure[], threshold: number): Figure[] {
  return figures.map((f) => suppressFigure(f, threshold));
}

/**
 * A suppressed view's figures: each suppressed (against the rest of the network when given, by
 * figure id), then the `basis` of measures left out, once it has decided what shows.
 */
export function suppressView(figures: readonly CountedFigure[], threshold: number, rest?: readonly CountedFigure[]): Figure[] {
  const restById = new Map((rest ?? []).map((f) => [f.id, f]));
  return figures.map((f) => {
    const r = restById.get(f.id);
    const out = suppressFigure(f, threshold, r ? { rest: r } : {});
    return f.unit === 'days' ? { ...out, rows: out.rows.map((row) => ({ ...row, basis: null })) } : out;
  });
}

/** A figure shown exactly (an organisation's own dashboard for the readers of its cases). */
export function exactFigure(f: CountedFigure): Figure {
  return { ...f, suppressed: false };
}
