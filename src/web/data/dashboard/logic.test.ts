import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../core/data/dashboard/dashboard.js';
import {
  chartPoints,
  chartShape,
  figureSheet,
  fileName,
  guardCell,
  hasBars,
  keyLabel,
  type KeyNamers,
  labelKeys,
  orderRows,
  suppressedLabels,
  toCsv,
} from './logic.js';

function figure(over: Partial<Figure>): Figure {
  return { id: 'genders', keyKind: 'code', codeList: 'gender', unit: 'cases', additive: true, rows: [], total: null, suppressed: false, ...over };
}

const WORDS = { code: 'Code', category: 'Gender', value: 'Cases', note: 'Note', suppressed: 'suppressed', total: 'Total' };

/** A small RFC 4180 reader, to read back what toCsv wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  expect(cell).toBe('');
  expect(row).toEqual([]);
  return rows;
}

describe('orderRows', () => {
  it('puts months in time order and breakdowns largest first, suppressed then unknown last', () => {
    expect(
      orderRows(
        figure({
          keyKind: 'month',
          rows: [
            { key: '2026-03', value: 1 },
            { key: '2025-12', value: null },
            { key: '2026-01', value: 4 },
          ],
        }),
      ).map((r) => r.key),
    ).toEqual(['2025-12', '2026-01', '2026-03']);
    const rows = [
      { key: 'unknown', value: 50 },
      { key: 'masculine', value: null },
      { key: 'feminine', value: 12 },
      { key: 'non-conforming', value: 30 },
      { key: 'transgender-feminine', value: 12 },
    ];
    expect(orderRows(figure({ rows })).map((r) => r.key)).toEqual(['non-conforming', 'feminine', 'transgender-feminine', 'masculine', 'unknown']);
    const withZero = [
      { key: 'a', value: 0 },
      { key: 'b', value: null },
      { key: 'c', value: 1 },
    ];
    expect(orderRows(figure({ rows: withZero })).map((r) => r.key)).toEqual(['c', 'b', 'a']);
  });

  it('keeps the order of stages and age bands, with unknown last, and never changes a value', () => {
    const stages = [
      { key: 'identified', value: 40 },
      { key: 'engaged', value: null },
      { key: 'visited', value: 12 },
    ];
    expect(orderRows(figure({ keyKind: 'stage', rows: stages }))).toEqual(stages);
    const bands = [
      { key: 'unknown', value: 3 },
      { key: '0--8', value: 1 },
      { key: '48+', value: null },
    ];
    expect(orderRows(figure({ keyKind: 'age-band', rows: bands })).map((r) => r.key)).toEqual(['0--8', '48+', 'unknown']);
  });

  it('is a permutation of the rows (property)', () => {
    const row = fc.record({ key: fc.string({ maxLength: 8 }), value: fc.option(fc.nat(1000), { nil: null }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), fc.constantFrom('month', 'code', 'country', 'stage', 'measure', 'age-band' as const), (rows, keyKind) => {
        const ordered = orderRows(figure({ keyKind, rows }));
        const sortKey = (r: { key: string; value: number | null }) => JSON.stringify([r.key, r.value]);
        expect(ordered.map(sortKey).sort()).toEqual(rows.map(sortKey).sort());
      }),
    );
  });
});

describe('labels', () => {
  const namers: KeyNamers = {
    translate: (keys) =>
      keys[0] === 'codes:gender.feminine'
        ? 'Feminine'
        : keys.includes('hotlineFigures:channels.phone')
          ? 'Phone'
          : keys[0] === 'dashboard:keys.unknown'
            ? 'Not recorded'
            : keys[0] === 'dashboard:keys.other'
              ? 'Other'
              : null,
    country: (code) => (code === 'GRC' ? 'Greece' : code),
    month: (key) => (key === '2026-03' ? 'March 2026' : key),
  };

  it('names codes through their code list, then the figure’s own list, then the dashboard', () => {
    expect(labelKeys(figure({}), 'feminine')).toEqual(['codes:gender.feminine', 'dashboard:keys.feminine']);
    expect(labelKeys(figure({ id: 'contact-channels', codeList: 'contact-channel' }), 'phone')).toEqual([
      'hotlineFigures:channels.phone',
      'dashboard:keys.phone',
    ]);
    expect(labelKeys(figure({ id: 'services-delivered', codeList: 'service-type' }), 'shelter')).toEqual([
      'codes:service-type.shelter',
      'referrals:serviceTypes.shelter',
      'dashboard:keys.shelter',
    ]);
    expect(labelKeys(figure({ keyKind: 'stage' }), 'case-opened')).toEqual(['dashboard:stages.case-opened']);
    expect(labelKeys(figure({ keyKind: 'code' }), 'custom.id:x')).toEqual([]);
  });

  it('turns keys into words', () => {
    expect(keyLabel(figure({}), 'feminine', namers)).toBe('Feminine');
    expect(keyLabel(figure({}), 'made-up', namers)).toBe('made-up');
    expect(keyLabel(figure({ id: 'contact-channels' }), 'phone', namers)).toBe('Phone');
    expect(keyLabel(figure({ id: 'citizenships', keyKind: 'country' }), 'GRC', namers)).toBe('Greece');
    expect(keyLabel(figure({ id: 'citizenships', keyKind: 'country' }), 'unknown', namers)).toBe('Not recorded');
    // The suppressed countries merged into one row are named as such, not as a country.
    expect(labelKeys(figure({ id: 'citizenships', keyKind: 'country' }), 'other')).toEqual(['dashboard:keys.other']);
    expect(keyLabel(figure({ id: 'citizenships', keyKind: 'country' }), 'other', namers)).toBe('Other');
    expect(keyLabel(figure({ id: 'cases-opened', keyKind: 'month' }), '2026-03', namers)).toBe('March 2026');
    expect(keyLabel(figure({ id: 'age-bands', keyKind: 'age-band' }), '18--20', namers)).toBe('18--20');
    const own = { ...namers, own: (f: { id: string }, k: string) => (f.id === 'contact-reasons' && k === 'org-1' ? 'Visa advice' : undefined) };
    expect(keyLabel(figure({ id: 'contact-reasons', codeList: 'contact-reason' }), 'org-1', own)).toBe('Visa advice');
    expect(keyLabel(figure({ id: 'contact-reasons', codeList: 'contact-reason' }), 'org-2', own)).toBe('org-2');
  });
});

describe('chart points', () => {
  it('keeps a suppressed cell as null (no bar), never 0, and lists it for the legend', () => {
    const f = figure({
      id: 'cases-opened',
      keyKind: 'month',
      rows: [
        { key: '2026-02', value: null },
        { key: '2026-01', value: 14 },
      ],
    });
    const points = chartPoints(f, (k) => `m${k}`);
    expect(points).toEqual([
      { key: '2026-01', label: 'm2026-01', value: 14 },
      { key: '2026-02', label: 'm2026-02', value: null },
    ]);
    expect(suppressedLabels(points)).toEqual(['m2026-02']);
    expect(hasBars(points)).toBe(true);
    expect(hasBars([{ key: 'a', label: 'a', value: null }])).toBe(false);
    expect(hasBars([{ key: 'a', label: 'a', value: 0 }])).toBe(false);
    expect(chartShape(f)).toBe('columns');
    expect(chartShape(figure({}))).toBe('rows');
  });
});

describe('figureSheet and toCsv', () => {
  it('writes a suppressed cell as empty with a note, and the total as the last row', () => {
    const f = figure({
      rows: [
        { key: 'feminine', value: 25 },
        { key: 'masculine', value: null },
      ],
      total: null,
      suppressed: true,
    });
    const sheet = figureSheet(f, (k) => (k === 'feminine' ? 'Feminine' : 'Masculine'), WORDS);
    expect(sheet.header).toEqual(['Code', 'Gender', 'Cases', 'Note']);
    expect(sheet.rows).toEqual([
      ['feminine', 'Feminine', 25, ''],
      ['masculine', 'Masculine', null, 'suppressed'],
      ['total', 'Total', null, 'suppressed'],
    ]);
    expect(toCsv(sheet)).toBe('Code,Gender,Cases,Note\r\nfeminine,Feminine,25,\r\nmasculine,Masculine,,suppressed\r\ntotal,Total,,suppressed\r\n');
  });

  it('has no total row for an empty figure', () => {
    expect(figureSheet(figure({}), (k) => k, WORDS).rows).toEqual([]);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv({ header: ['a'], rows: [['x, "y"\nz'], [1.5], [null]] })).toBe('a\r\n"x, ""y""\nz"\r\n1.5\r\n\r\n');
  });

  it('guards formulas', () => {
    for (const text of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '  =cmd|x', '＝1']) expect(guardCell(text)).toBe(`'${text}`);
    for (const text of ['Greece', '', '1-2', "'=x", 'a=b']) expect(guardCell(text)).toBe(text);
  });

  it('reads back as the guarded cells, and no text cell can start a formula (property)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ' =', '"', ',').chain((p) => fc.string({ maxLength: 8 }).map((s) => p + s)),
    );
    const cell = fc.oneof(text, fc.nat(100_000), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { maxLength: 6 }),
        (header, rows) => {
          const parsed = parseCsv(toCsv({ header, rows }));
          expect(parsed).toEqual([header, ...rows].map((row) => row.map((c) => (c === null ? '' : typeof c === 'number' ? String(c) : guardCell(c)))));
          for (const [r, row] of [header, ...rows].entries()) {
            for (const [i, c] of row.entries()) {
              if (typeof c === 'string') expect(parsed[r]![i]!).not.toMatch(/^(?:[\t\r\n]|\s*[=+\-@])/);
            }
          }
        },
      ),
    );
  });
});

describe('fileName', () => {
  it('names the scope, figure, period and country', () => {
    expect(fileName({ scope: 'network', from: '2026-01-01', to: '2026-06-30', country: 'GRC' }, 'cases-opened', 'csv')).toBe(
      'haven-network-cases-opened-2026-01-01-2026-06-30-GRC.csv',
    );
    expect(fileName({ scope: 'organisation', from: '2026-01-01', to: '2026-06-30', country: null }, 'genders', 'png')).toBe(
      'haven-organisation-genders-2026-01-01-2026-06-30.png',
    );
  });
});
