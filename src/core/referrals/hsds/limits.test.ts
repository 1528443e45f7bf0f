import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { type ImportOutcome, importHsdsJson, listedProblems } from './import.js';
import { MAX_JSON_CONTAINERS, MAX_JSON_DEPTH, MAX_PROBLEMS, MAX_TABLE_RECORDS, MAX_UNZIPPED_BYTES, MAX_ZIP_ENTRIES, jsonShapeProblem } from './limits.js';
import { importTabular, unzipPackage } from './tabular.js';
import { fromTabular } from './tabular-import.js';

/** Hostile files (built here, a few MB at most) are refused, quickly, with a problem naming the file. */

const encode = (s: string) => new TextEncoder().encode(s);
const u = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

type Refused = Extract<ImportOutcome, { ok: false }>;
function refused(outcome: ImportOutcome): Refused {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome;
}

/** The offset of the central directory of a zip, from its end record. */
const directoryAt = (zip: Uint8Array) => new DataView(zip.buffer, zip.byteOffset).getUint32(zip.length - 22 + 16, true);

/** A zip of one file whose local header and central directory declare `size` bytes, whatever it holds. */
function lyingZip(name: string, content: Uint8Array, size: number): Uint8Array {
  const zip = zipSync({ [name]: content }, { level: 9 });
  const v = new DataView(zip.buffer, zip.byteOffset);
  v.setUint32(22, size, true);
  v.setUint32(directoryAt(zip) + 24, size, true);
  return zip;
}

/** A zip whose central directory lists the one file of `zip` under each of `names`: the same data, many times. */
function repeatingZip(zip: Uint8Array, names: readonly string[]): Uint8Array {
  const at = directoryAt(zip);
  const entry = zip.subarray(at, at + 46);
  const parts: Uint8Array[] = [zip.subarray(0, at)];
  let size = 0;
  for (const name of names) {
    const head = entry.slice();
    const v = new DataView(head.buffer);
    const bytes = encode(name);
    v.setUint16(28, bytes.length, true);
    v.setUint16(30, 0, true);
    v.setUint16(32, 0, true);
    parts.push(head, bytes);
    size += 46 + bytes.length;
  }
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, names.length, true);
  v.setUint16(10, names.length, true);
  v.setUint32(12, size, true);
  v.setUint32(16, at, true);
  parts.push(end);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

describe('the zip of a tabular package', () => {
  it('refuses a file that inflates to more than the zip declares, after one slice (a zip bomb)', () => {
    // 8 MB of one letter deflate to some 8 KB; the zip says 100 bytes.
    const bomb = lyingZip('services.csv', new Uint8Array(8 * 1024 * 1024).fill(0x41), 100);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const { files, errors, tooLarge } = unzipPackage(bomb);
    expect(files).toEqual({});
    expect(tooLarge).toBeUndefined();
    expect(errors).toEqual([{ file: 'services.csv', field: '(file)', message: expect.stringMatching(/holds more bytes than the zip says \(100\)/) }]);
  });

  it('refuses a file that holds fewer bytes than declared, and one declaring more than the limit', () => {
    const short = unzipPackage(lyingZip('services.csv', encode('id\r\n'), 1000));
    expect(short.errors).toEqual([{ file: 'services.csv', field: '(file)', message: expect.stringMatching(/holds fewer bytes/) }]);
    // The declared sizes are checked before anything is inflated: 413.
    const huge = unzipPackage(lyingZip('organizations.csv', encode('id\r\n'), MAX_UNZIPPED_BYTES + 1));
    expect(huge).toEqual({ files: {}, errors: [{ field: '(file)', message: 'the files in the zip are larger than 50 MB together' }], tooLarge: true });
  });

  it('refuses entries whose data overlap or repeat (one bomb listed under many names)', () => {
    const one = zipSync({ 'organizations.csv': encode(`id,name\r\n${'x,y\r\n'.repeat(1000)}`) });
    const repeated = unzipPackage(
      repeatingZip(
        one,
        Array.from({ length: 10 }, (_, i) => `f${i}.csv`),
      ),
    );
    expect(repeated.files).toEqual({});
    expect(repeated.errors).toEqual([{ file: 'f1.csv', field: '(file)', message: expect.stringMatching(/overlaps that of f0\.csv/) }]);
    // The same zip listing it once is fine.
    expect(Object.keys(unzipPackage(repeatingZip(one, ['organizations.csv'])).files)).toEqual(['organizations.csv']);
  });

  it('refuses too many entries, and reads only the CSV and JSON files', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`notes/${i}.txt`, new Uint8Array(0)]));
    expect(unzipPackage(zipSync(many)).errors).toEqual([{ field: '(file)', message: expect.stringMatching(/^more than 1000 entries in the zip/) }]);
    const mixed = zipSync({
      'organizations.csv': encode('id\r\n'),
      'README.txt': encode('hello'),
      '__MACOSX/._organizations.csv': encode('junk'),
      '.hidden.csv': encode('x'),
      'data/': new Uint8Array(0),
    });
    expect(Object.keys(unzipPackage(mixed).files)).toEqual(['organizations.csv']);
    expect(unzipPackage(new Uint8Array([0x50, 0x4b, 0x05, 0x06, 0, 0])).errors).toEqual([{ field: '(file)', message: 'not a readable zip file' }]);
  });
});

describe('the tables of an import', () => {
  it('stops reading a CSV file at the row limit: 413 naming the file', () => {
    const outcome = refused(importTabular({ 'organizations.csv': `id\n${'x\n'.repeat(MAX_TABLE_RECORDS + 1)}`, 'services.csv': 'id\n' }));
    expect(outcome).toEqual({
      ok: false,
      tooLarge: true,
      errors: [
        { file: 'organizations.csv', field: '(file)', message: 'more than 100,000 data rows: Haven imports at most 100,000 records of a table at once' },
      ],
    });
    // At the limit, the rows are read (and their problems listed, the rest counted).
    const full = refused(importTabular({ 'organizations.csv': `id\n${'x\n'.repeat(MAX_TABLE_RECORDS)}`, 'services.csv': 'id\n' }));
    expect(full.tooLarge).toBeUndefined();
    expect(full.errors).toHaveLength(MAX_PROBLEMS);
    expect(full.errors.length + (full.more ?? 0)).toBeGreaterThan(MAX_TABLE_RECORDS);
  });

  it('stops parsing at the cell limit of the CSV files together (rows of commas): 413', () => {
    const commas = `${','.repeat(900 * 1024)}\n`;
    const files = { 'organizations.csv': `id\n${commas.repeat(6)}`, 'services.csv': `id\n${commas.repeat(6)}` };
    const outcome = refused(importTabular(files));
    expect(outcome).toEqual({
      ok: false,
      tooLarge: true,
      errors: [{ file: 'services.csv', field: '(file)', message: 'the CSV files hold more than 10,000,000 cells together: too large for a directory import' }],
    });
  });

  it('refuses a CSV row longer than 1 MB (a quote left open) without reading on', () => {
    const outcome = refused(importTabular({ 'organizations.csv': `id,name\n${u(1)},"open${'x,'.repeat(1024 * 1024)}`, 'services.csv': 'id\n' }));
    expect(outcome.errors).toEqual([{ file: 'organizations.csv', row: 1, field: '(row)', message: 'is longer than 1 MB: is a quote left open?' }]);
  });

  it('reads a CSV file of many slices as one: rows, quoted commas, line breaks and quotes across the slices', () => {
    const description = (i: number) => `Row ${i}, with "quotes",\r\ncommas and\nline breaks ${'.'.repeat(i % 97)}`;
    const rows = Array.from({ length: 6000 }, (_, i) => `${u(i)},"Org ${i}","${description(i).replaceAll('"', '""')}",${i % 50}`);
    const text = `id,name,description,year_incorporated\r\n${rows.join('\r\n')}\r\n`;
    expect(text.length).toBeGreaterThan(3 * 256 * 1024);
    const { organization } = fromTabular({ 'organizations.csv': text, 'services.csv': 'id\r\n' });
    expect(organization).toHaveLength(6000);
    organization.forEach((rec, i) => {
      expect(rec).toEqual({
        data: { id: u(i), name: `Org ${i}`, description: description(i), year_incorporated: i % 50 },
        src: { file: 'organizations.csv', row: i + 1 },
      });
    });
  });

  it('refuses a JSON list, or the items of a kind, over the record limit: 413', () => {
    const over = refused(importHsdsJson(Array.from({ length: MAX_TABLE_RECORDS + 1 }, () => ({}))));
    expect(over).toEqual({
      ok: false,
      tooLarge: true,
      errors: [{ field: '(file)', message: 'more than 100,000 organizations: Haven imports at most 100,000 records of a table at once' }],
    });
    const nested = [{ services: Array(60_000).fill(1) }, { services: Array(60_000).fill({}) }];
    expect(refused(importHsdsJson(nested)).errors[0]?.message).toMatch(/^more than 100,000 services/);
  });

  it('lists the first 1000 problems of many bad records and counts the rest', () => {
    const outcome = refused(importHsdsJson(Array.from({ length: 50_000 }, () => ({}))));
    // Each empty organization: no id, no name, no description.
    expect(outcome.errors).toHaveLength(MAX_PROBLEMS);
    expect(outcome.more).toBe(150_000 - MAX_PROBLEMS);
    const listed = listedProblems(outcome.errors, MAX_PROBLEMS, outcome.more);
    expect(listed).toHaveLength(MAX_PROBLEMS + 1);
    expect(listed[MAX_PROBLEMS]).toEqual({ field: '(more)', message: '149000 more problems not listed: correct the ones above and import again' });
  });

  it('checks services sharing an id once, whatever their number (no work multiplied by the repeats)', () => {
    // 20,000 services with the same bad id, each with a phone: every phone belongs to every one of them.
    const services = Array.from({ length: 20_000 }, () => ({ id: 'x', name: 'S', status: 'active', phones: [{ id: 'p', number: '1' }] }));
    const outcome = refused(importHsdsJson([{ id: u(1), name: 'Org', description: '', services }]));
    expect(outcome.errors).toHaveLength(MAX_PROBLEMS);
    expect(outcome.errors[0]).toMatchObject({ row: 0, field: 'services.0.id', message: expect.stringMatching(/UUID/) });
  });
});

describe('JSON before it is parsed', () => {
  it('refuses more objects and lists than the limit (413), or deeper nesting (400), strings aside', () => {
    expect(jsonShapeProblem(encode(`[${'{},'.repeat(MAX_JSON_CONTAINERS - 1)}{}]`))).toMatchObject({ tooLarge: true });
    expect(jsonShapeProblem(encode(`[${'{},'.repeat(MAX_JSON_CONTAINERS - 2)}{}]`))).toBeNull();
    expect(jsonShapeProblem(encode('['.repeat(MAX_JSON_DEPTH + 1)))).toEqual({
      detail: { field: '(file)', message: 'nested more than 64 levels deep: not HSDS JSON' },
      tooLarge: false,
    });
    expect(jsonShapeProblem(encode(`["${'[{\\"'.repeat(1000)}"]`))).toBeNull();
    expect(jsonShapeProblem(encode(JSON.stringify([{ a: [{ b: '}{][' }] }])))).toBeNull();
  });
});
