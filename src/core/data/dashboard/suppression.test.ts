import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from './dashboard.js';
import { type CountedFigure, isSmall, restOf, suppressFigure, suppressView } from './suppression.js';

const counts = (values: number[], additive = true, total?: number): CountedFigure => ({
  id: additive ? 'genders' : 'exploitation-forms',
  keyKind: 'code',
  unit: 'cases',
  additive,
  rows: values.map((value, i) => ({ key: `k${i}`, value })),
  total: total ?? values.reduce((s, v) => s + v, 0),
});

const values = (f: Figure) => f.rows.map((r) => r.value);

describe('small-cell suppression, worked examples', () => {
  it('shows everything when no cell is small, zeros included', () => {
    const f = suppressFigure(counts([12, 0, 30]), 10);
    expect(values(f)).toEqual([12, 0, 30]);
    expect(f.total).toBe(42);
    expect(f.suppressed).toBe(false);
  });

  it('hides a small cell and the smallest other non-zero cell, so that subtraction gives neither back', () => {
    const f = suppressFigure(counts([3, 0, 25, 14]), 10);
    expect(values(f)).toEqual([null, 0, 25, null]);
    expect(f.total).toBe(42);
    expect(f.suppressed).toBe(true);
  });

  it('hides more cells until the hidden ones add up to the threshold', () => {
    // 1 + 2 = 3 < 10: the smallest visible non-zero (4) is not enough either (7), then 11 (18).
    const f = suppressFigure(counts([1, 2, 11, 4, 40]), 10);
    expect(values(f)).toEqual([null, null, null, null, 40]);
    expect(f.total).toBe(58);
  });

  it('two small cells that add up to the threshold need no complement', () => {
    const f = suppressFigure(counts([6, 5, 20]), 10);
    expect(values(f)).toEqual([null, null, 20]);
    expect(f.total).toBe(31);
  });

  it('hides the total when the small cells cannot be covered (a total under the threshold)', () => {
    const f = suppressFigure(counts([4, 0, 3]), 10);
    expect(values(f)).toEqual([null, 0, null]);
    expect(f.total).toBeNull();
    const one = suppressFigure(counts([0, 7, 0]), 10);
    expect(values(one)).toEqual([0, null, 0]);
    expect(one.total).toBeNull();
  });

  it('non-additive figures get primary suppression only; their total follows the threshold', () => {
    const f = suppressFigure(counts([3, 25, 14], false, 30), 10);
    expect(values(f)).toEqual([null, 25, 14]);
    expect(f.total).toBe(30);
    expect(suppressFigure(counts([3, 5], false, 7), 10).total).toBeNull();
  });

  it('shows a measure in days only when it comes from at least the threshold of referrals', () => {
    const f = suppressFigure(
      {
        id: 'referral-days',
        keyKind: 'measure',
        unit: 'days',
        additive: false,
        rows: [
          { key: 'days-to-acceptance', value: 2.5, basis: 12 },
          { key: 'days-to-completion', value: 30, basis: 4 },
        ],
        total: 12,
      },
      10,
    );
    expect(f.rows).toEqual([
      { key: 'days-to-acceptance', value: 2.5, basis: 12 },
      { key: 'days-to-completion', value: null, basis: null },
    ]);
    expect(f.suppressed).toBe(true);
  });

  it('a threshold of 1 hides nothing', () => {
    expect(values(suppressFigure(counts([1, 2, 0]), 1))).toEqual([1, 2, 0]);
  });
});

// ---------------------------------------------------------------- properties

const cell = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 200 }));
const threshold = fc.integer({ min: 2, max: 25 });

const additiveFigure = fc.array(cell, { minLength: 1, maxLength: 12 }).map((v) => counts(v, true));
const nonAdditiveFigure = fc
  .tuple(fc.array(cell, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 60 }))
  .map(([v, extra]) => counts(v, false, Math.max(0, ...v) + extra));
const measureFigure = fc.array(fc.tuple(fc.double({ min: 0, max: 400, noNaN: true }), cell), { minLength: 1, maxLength: 3 }).map(
  (rows): CountedFigure => ({
    id: 'referral-days',
    keyKind: 'measure',
    unit: 'days',
    additive: false,
    rows: rows.map(([value, basis], i) => ({ key: `m${i}`, value, basis })),
    total: Math.max(0, ...rows.map(([, b]) => b)),
  }),
);
const anyFigure = fc.oneof(additiveFigure, nonAdditiveFigure, measureFigure);

describe('small-cell suppression, properties', () => {
  it('never shows a count from 1 to t-1', () => {
    fc.assert(
      fc.property(anyFigure, threshold, (f, t) => {
        const out = suppressFigure(f, t);
        expect(isSmall(out.total, t)).toBe(false);
        for (const r of out.rows) {
          if (out.unit === 'days') {
            expect(isSmall(r.basis, t)).toBe(false);
            if (r.value !== null) expect(r.basis).toBeGreaterThanOrEqual(t);
          } else expect(isSmall(r.value, t)).toBe(false);
        }
      }),
    );
  });

  it('shows every visible value as it was counted, in the same rows', () => {
    fc.assert(
      fc.property(anyFigure, threshold, (f, t) => {
        const out = suppressFigure(f, t);
        expect(out.rows.map((r) => r.key)).toEqual(f.rows.map((r) => r.key));
        out.rows.forEach((r, i) => {
          if (r.value !== null) expect(r.value).toBe(f.rows[i]!.value);
          if (r.basis !== null && r.basis !== undefined) expect(r.basis).toBe(f.rows[i]!.basis);
        });
        if (out.total !== null) expect(out.total).toBe(f.total);
        expect(out.suppressed).toBe(out.total === null || out.rows.some((r) => r.value === null || r.basis === null));
      }),
    );
  });

  it('leaves no suppressed cell of an additive figure to be recovered by subtraction', () => {
    fc.assert(
      fc.property(additiveFigure, threshold, (f, t) => {
        const out = suppressFigure(f, t);
        const hidden = out.rows.map((r, i) => (r.value === null ? (f.rows[i]!.value as number) : null)).filter((v): v is number => v !== null);
        if (hidden.length === 0 || out.total === null) return;
        expect(hidden.length).toBeGreaterThanOrEqual(2);
        expect(hidden.reduce((s, v) => s + v, 0)).toBeGreaterThanOrEqual(t);
      }),
    );
  });

  it('hides the total of an additive figure only when it is under the threshold', () => {
    fc.assert(
      fc.property(additiveFigure, threshold, (f, t) => {
        const out = suppressFigure(f, t);
        expect(out.total === null).toBe(isSmall(f.total, t));
      }),
    );
  });

  it('suppresses nothing when no count is small', () => {
    const large = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 25, max: 500 })), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(large, threshold, fc.boolean(), (v, t, additive) => {
        const out = suppressFigure(counts(v, additive), t);
        expect(out.suppressed).toBe(false);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(anyFigure, threshold, (f, t) => {
        const once = suppressFigure(f, t);
        expect(suppressFigure(once, t)).toEqual(once);
      }),
    );
  });
});

// ---------------------------------------------------------------- the rules of suppressed views

const funnel = (values: readonly number[], total = values[0] ?? 0): CountedFigure => ({
  id: 'outreach-funnel',
  keyKind: 'stage',
  unit: 'people',
  additive: false,
  rows: values.map((value, i) => ({ key: `s${i}`, value })),
  total,
});

const countries = (cells: Record<string, number>, id: 'citizenships' | 'contact-reasons' = 'citizenships'): CountedFigure => ({
  id,
  keyKind: id === 'citizenships' ? 'country' : 'code',
  unit: id === 'citizenships' ? 'cases' : 'contacts',
  additive: id === 'citizenships',
  rows: Object.entries(cells).map(([key, value]) => ({ key, value })),
  total: Object.values(cells).reduce((s, v) => s + v, 0),
});

describe('suppressed views, worked examples', () => {
  it('shows the funnel’s stages in order until the first small difference, then suppresses the rest', () => {
    expect(values(suppressFigure(funnel([12, 10, 4, 2]), 10))).toEqual([12, null, null, null]);
    expect(values(suppressFigure(funnel([40, 40, 25, 2]), 10))).toEqual([40, 40, 25, null]);
    // A later stage with a large difference stays hidden once one was.
    expect(values(suppressFigure(funnel([40, 35, 10, 0]), 10))).toEqual([40, null, null, null]);
  });

  it('shows people assisted as their total only', () => {
    const f = suppressFigure(
      { id: 'people-assisted', keyKind: 'month', unit: 'people', additive: false, rows: [{ key: '2025-01', value: 20 }], total: 24 },
      10,
    );
    expect(f).toMatchObject({ rows: [], total: 24 });
  });

  it('merges small countries into “other”, and an organisation’s own reasons into “custom”', () => {
    const f = suppressFigure(countries({ UKR: 30, NGA: 1, ALB: 3, SYR: 8, unknown: 2 }), 10);
    expect(f.rows.map((r) => r.key).sort()).toEqual(['UKR', 'other', 'unknown']);
    // NGA + ALB + SYR = 12 into one row; unknown (2) alone would be given back by the total, so the
    // smallest other (12) is hidden with it.
    expect(Object.fromEntries(f.rows.map((r) => [r.key, r.value]))).toEqual({ UKR: 30, other: null, unknown: null });
    const shown = suppressFigure(countries({ UKR: 30, NGA: 1, ALB: 3, SYR: 8, unknown: 12 }), 10);
    expect(Object.fromEntries(shown.rows.map((r) => [r.key, r.value]))).toEqual({ UKR: 30, other: 12, unknown: 12 });
    const reasons = suppressFigure(countries({ 'seeking-help': 20, other: 3, 'org-a': 2, 'org-b': 9 }, 'contact-reasons'), 10);
    expect(Object.fromEntries(reasons.rows.map((r) => [r.key, r.value]))).toEqual({ 'seeking-help': 20, other: null, custom: 11 });
  });

  it('suppresses a country’s cell when the rest of the network’s is small', () => {
    const network = countries({ UKR: 21, ALB: 30 });
    const greece = countries({ UKR: 20, ALB: 0 });
    const f = suppressFigure(greece, 10, { rest: restOf(network, greece) });
    // 21 - 20 = 1 elsewhere: hidden (into other); the total 20 is hidden too (51 - 20 = 31 is fine, but UKR alone is hidden).
    expect(f.rows.find((r) => r.key === 'UKR')).toBeUndefined();
    expect(f.rows.find((r) => r.key === 'other')?.value).toBeNull();
  });

  it('never shows the basis of a measure', () => {
    const [f] = suppressView(
      [{ id: 'referral-days', keyKind: 'measure', unit: 'days', additive: false, rows: [{ key: 'days-to-acceptance', value: 2, basis: 12 }], total: 12 }],
      10,
    );
    expect(f?.rows).toEqual([{ key: 'days-to-acceptance', value: 2, basis: null }]);
    expect(f?.suppressed).toBe(false);
  });
});

describe('suppressed views, properties', () => {
  // Funnels as counted: each stage at most the one before.
  const counted = fc
    .tuple(fc.integer({ min: 0, max: 200 }), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 5 }))
    .map(([first, drops]) => {
      const out = [first];
      for (const d of drops) out.push(Math.max(0, out.at(-1)! - d));
      return out;
    });
  const shownPairs = (f: Figure, exact: readonly number[]) => {
    const shown = f.rows.map((r, i) => (r.value === null ? null : exact[i]!)).filter((v): v is number => v !== null);
    if (f.total !== null) shown.push(f.total);
    return shown.flatMap((a, i) => shown.slice(i + 1).map((b) => Math.abs(a - b)));
  };

  it('the funnel: no small difference is computable from two shown stages (or a stage and the total)', () => {
    fc.assert(
      fc.property(counted, threshold, (v, t) => {
        const out = suppressFigure(funnel(v), t);
        for (const d of shownPairs(out, v)) expect(isSmall(d, t)).toBe(false);
        for (const r of out.rows) expect(isSmall(r.value, t)).toBe(false);
      }),
    );
  });

  it('the funnel: from the first suppressed stage on, every stage is suppressed; shown values are as counted', () => {
    fc.assert(
      fc.property(counted, threshold, (v, t) => {
        const out = suppressFigure(funnel(v), t);
        const first = out.rows.findIndex((r) => r.value === null);
        if (first >= 0) for (const r of out.rows.slice(first)) expect(r.value).toBeNull();
        out.rows.forEach((r, i) => {
          if (r.value !== null) expect(r.value).toBe(v[i]);
        });
      }),
    );
  });

  it('the funnel: in a country’s view, no small difference of the rest’s stages either', () => {
    fc.assert(
      fc.property(counted, counted, threshold, (a, b, t) => {
        const n = Math.min(a.length, b.length);
        const part = a.slice(0, n);
        const network = part.map((x, i) => x + b[i]!);
        const out = suppressFigure(funnel(part), t, { rest: restOf(funnel(network), funnel(part)) });
        const rest = b.slice(0, n);
        for (const d of shownPairs({ ...out, total: out.total === null ? null : rest[0]! }, rest)) expect(isSmall(d, t)).toBe(false);
      }),
    );
  });

  it('a country’s shown cells and total never differ from the network’s (when not small itself) by a small number', () => {
    const cellsOf = fc.dictionary(
      fc.constantFrom('UKR', 'ALB', 'NGA', 'SYR', 'unknown'),
      fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 80 })),
    );
    fc.assert(
      fc.property(cellsOf, cellsOf, threshold, (part, elsewhere, t) => {
        const network = { ...elsewhere };
        for (const [k, v] of Object.entries(part)) network[k] = (network[k] ?? 0) + v;
        const p = countries(part);
        const out = suppressFigure(p, t, { rest: restOf(countries(network), p) });
        // A network's number under the threshold is suppressed in the network's own view.
        for (const r of out.rows)
          if (r.value !== null && r.key !== 'other' && !isSmall(network[r.key], t)) expect(isSmall(network[r.key]! - r.value, t)).toBe(false);
        const total = countries(network).total!;
        if (out.total !== null && !isSmall(total, t)) expect(isSmall(total - out.total, t)).toBe(false);
      }),
    );
  });

  it('keeps no small free key on its own: every shown free key is at least the threshold, or 0', () => {
    const cellsOf = fc.dictionary(fc.constantFrom('UKR', 'ALB', 'NGA', 'SYR', 'MDA'), fc.integer({ min: 1, max: 40 }));
    fc.assert(
      fc.property(cellsOf, threshold, (cells, t) => {
        const out = suppressFigure(countries(cells), t);
        for (const r of out.rows) if (r.key !== 'other') expect(isSmall(cells[r.key], t)).toBe(false);
      }),
    );
  });
});
