import fc from 'fast-check';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { writeInWorker } from './kinds.js';
import { guardCell, sheetNameOf, toCsv, toXlsx } from './writers.js';

const parse = (csv: Buffer): string[][] => {
  const text = csv.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ',', newline: '\r\n' }).data;
};

describe('CSV', () => {
  it('writes a header and one line per row, UTF-8 with a byte-order mark', () => {
    const csv = toCsv(
      [
        { id: 'n', header: 'Number' },
        { id: 'name', header: 'Όνομα' },
        { id: 'none', header: 'Empty' },
      ],
      [
        { n: 1, name: 'Ολένα, "Κ"', none: null },
        { n: 2, name: 'line\nbreak' },
      ],
    );
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(parse(csv)).toEqual([
      ['Number', 'Όνομα', 'Empty'],
      ['1', 'Ολένα, "Κ"', ''],
      ['2', 'line\nbreak', ''],
    ]);
  });

  it('puts an apostrophe before a text a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://example.org","x")']) expect(guardCell(bad)).toBe(`'${bad}`);
    for (const fine of ['', 'a=1', ' =1', "'=1", '1-2']) expect(guardCell(fine)).toBe(fine);
    const rows = parse(toCsv([{ id: 'a', header: '=header' }], [{ a: '=cmd|"/c calc"!A1' }, { a: -3 }]));
    expect(rows).toEqual([["'=header"], ['\'=cmd|"/c calc"!A1'], ['-3']]);
  });

  it('round-trips any text through papaparse, apart from the guard', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({
            unit: fc.oneof(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', ' ', ';'), fc.string({ unit: 'grapheme', maxLength: 1 })),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (cells) => {
          const columns = cells.map((_, i) => ({ id: `c${i}`, header: `c${i}` }));
          const row = Object.fromEntries(cells.map((v, i) => [`c${i}`, v]));
          const parsed = parse(toCsv(columns, [row]));
          // A row of one empty cell is an empty line, which papaparse reads as one empty cell too.
          expect(parsed[1]).toEqual(cells.map(guardCell));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('XLSX', () => {
  it('is a zip whose worksheet holds the header and the rows', async () => {
    const bytes = await toXlsx(
      [
        { id: 'n', header: 'Number' },
        { id: 'name', header: 'Name' },
      ],
      [
        { n: 7, name: 'Olena\u0000 Kovalenko' },
        { n: 8, name: '=not a formula' },
      ],
      'Cases: all [2026]',
    );
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const files = unzipSync(new Uint8Array(bytes));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const workbook = strFromU8(files['xl/workbook.xml']!);
    const shared = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
    const text = sheet + shared;
    for (const s of ['Number', 'Name', 'Olena Kovalenko', '=not a formula']) expect(text).toContain(s);
    expect(text).not.toContain('<f>');
    expect(sheet).toMatch(/<v>7<\/v>/);
    expect(workbook).toContain('Cases  all  2026');
  });

  it('names sheets as spreadsheet programs allow', () => {
    expect(sheetNameOf('a/b\\c?d*e[f]g:h')).toBe('a b c d e f g h');
    expect(sheetNameOf('x'.repeat(40))).toHaveLength(31);
    expect(sheetNameOf('')).toBe('Sheet1');
  });
});

describe('writing in a worker thread', () => {
  const columns = Array.from({ length: 16 }, (_, i) => ({ id: `c${i}`, header: `Column ${i}` }));
  const rowsOf = (n: number) =>
    Array.from({ length: n }, (_, r) => Object.fromEntries(columns.map((c, i) => [c.id, i % 3 === 0 ? r * i : `value ${r} ${c.id} éà`])));

  it('writes the same CSV as on the main thread, and an XLSX without formulas or guards', async () => {
    const cols = [
      { id: 'a', header: 'A' },
      { id: 'b', header: 'B' },
    ];
    const rows = [
      { a: '+381 11 123', b: 1 },
      { a: '=HYPERLINK("http://x","y")', b: null },
      { a: 'Ολένα', b: Number.NaN },
    ];
    const csv = await writeInWorker('csv', cols, rows, 'S');
    expect(Buffer.from(csv)).toEqual(toCsv(cols, rows));
    const xlsx = await writeInWorker('xlsx', cols, rows, 'S');
    const files = unzipSync(xlsx);
    const text = strFromU8(files['xl/worksheets/sheet1.xml']!) + (files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '');
    expect(text).not.toContain('<f>');
    // XLSX texts are typed cells: written exactly as they are (no apostrophe before the phone number).
    expect(text).toContain('>+381 11 123<');
    expect(text).not.toContain("'+381");
    expect(text).toContain('Ολένα');
  });

  it('keeps the event loop free while 50,000 rows are written to XLSX', async () => {
    const rows = rowsOf(50_000);
    let last = performance.now();
    let gap = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      gap = Math.max(gap, now - last);
      last = now;
    }, 5);
    try {
      const bytes = await writeInWorker('xlsx', columns, rows, 'Sheet');
      expect(Buffer.from(bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
    } finally {
      clearInterval(timer);
    }
    // Before: one pause of several seconds. Now only the packing of a few thousand rows at a time.
    expect(gap).toBeLessThan(500);
  }, 120_000);

  it('stops the worker when aborted', async () => {
    const controller = new AbortController();
    const writing = writeInWorker('xlsx', columns, rowsOf(20_000), 'Sheet', controller.signal);
    setTimeout(() => controller.abort('shutdown'), 50);
    await expect(writing).rejects.toThrow();
    expect(controller.signal.aborted).toBe(true);
  }, 60_000);
});
