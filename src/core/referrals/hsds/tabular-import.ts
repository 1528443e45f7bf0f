/**
 * The import of an HSDS tabular package (see tabular.ts): its CSV files (found through
 * datapackage.json, else by HSDS's file names) become HSDS's tables, each record knowing its file
 * and its 1-based data row, for import.ts to check. Each CSV file is parsed a slice at a time,
 * stopping at MAX_TABLE_RECORDS rows or MAX_CSV_CELLS cells (TooLarge: 413), or at a row of over
 * MAX_ROW_CHARS; only the columns HSDS's rules name are kept. Pure: no I/O.
 */
import Papa from 'papaparse';
import { type ImportOutcome, importHsdsTables, tooLargeOutcome } from './import.js';
import { MAX_CSV_CELLS, MAX_DATAPACKAGE_BYTES, MAX_ROW_CHARS, MAX_TABLE_RECORDS, TooLarge, tooManyRecords } from './limits.js';
import { Problems } from './problems.js';
import { FIELD_RULES, type TableName, type TableRecord, type Tables, emptyTables } from './tables.js';
import { DATAPACKAGE, TABULAR } from './tabular-tables.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

function textOf(name: string, content: Uint8Array | string, p: Problems): string | null {
  if (typeof content === 'string') return content.replace(/^\uFEFF/, '');
  try {
    return decoder.decode(content).replace(/^\uFEFF/, '');
  } catch {
    p.add({ file: name }, '(file)', 'is not UTF-8 text');
    return null;
  }
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const dirName = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/** Where each table's file is: as datapackage.json says, else by HSDS's file names. */
function locateTables(names: readonly string[], texts: (name: string) => string | null, p: Problems): Partial<Record<TableName, string>> {
  const packagePath = names.find((n) => baseName(n) === DATAPACKAGE);
  const base = packagePath ? dirName(packagePath) : dirName(names.find((n) => baseName(n) === 'organizations.csv' || baseName(n) === 'services.csv') ?? '');
  const located: Partial<Record<TableName, string>> = {};
  if (packagePath) {
    const raw = texts(packagePath);
    if (raw !== null && raw.length > MAX_DATAPACKAGE_BYTES)
      throw new TooLarge({
        file: packagePath,
        field: '(file)',
        message: `is larger than ${MAX_DATAPACKAGE_BYTES / 1024 / 1024} MB: it only describes the files`,
      });
    let resources: unknown;
    if (raw !== null) {
      try {
        resources = (JSON.parse(raw) as { resources?: unknown }).resources;
        if (!Array.isArray(resources)) p.add({ file: packagePath }, 'resources', 'must be a list of the package’s files');
      } catch {
        p.add({ file: packagePath }, '(file)', 'is not valid JSON');
      }
    }
    if (Array.isArray(resources)) {
      resources.forEach((r, i) => {
        const res = r as { name?: unknown; path?: unknown };
        if (typeof res.name !== 'string' || typeof res.path !== 'string') return;
        const table = TABULAR.find((t) => t.table === res.name || t.path === baseName(res.path as string) || t.aliases.includes(baseName(res.path as string)));
        if (!table || located[table.table]) return;
        const path = base + (res.path as string).replace(/^\.\//, '');
        if (names.includes(path)) located[table.table] = path;
        else p.add({ file: packagePath }, `resources.${i}.path`, `${res.path} is not in the zip`);
      });
    }
  }
  for (const t of TABULAR) {
    if (located[t.table]) continue;
    const path = [t.path, ...t.aliases].map((n) => base + n).find((n) => names.includes(n));
    if (path) located[t.table] = path;
  }
  return located;
}

/** The line break of a CSV text, guessed as Papa Parse does (the first 1 MB, quoted text aside). */
function lineBreakOf(text: string): string {
  const head = text.slice(0, 1024 * 1024).replace(/"[\s\S]*?"/g, '');
  const r = head.split('\r');
  const n = head.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0]!.length < r[0]!.length)) return '\n';
  const withN = r.filter((part) => part[0] === '\n').length;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}

/** Characters of the text given to the parser at a time (a row cut in two is parsed again with the next). */
const CSV_SLICE = MAX_ROW_CHARS;
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Reads a CSV file's rows as records of `table`, at most MAX_TABLE_RECORDS of them and `budget.cells` cells (TooLarge beyond). */
function readCsv(file: string, text: string, table: TableName, p: Problems, budget: { cells: number }): TableRecord[] {
  const rules = FIELD_RULES[table];
  const out: TableRecord[] = [];
  let columns: string[] | null = null;
  /** Rows parsed (the header is row 0, empty lines counted: how Papa Parse numbers its errors), and data rows kept. */
  let parsed = 0;
  let rows = 0;
  const step = (result: { data: string[][]; errors: Papa.ParseError[] }) => {
    const cells = result.data[0] ?? [''];
    budget.cells -= cells.length;
    if (budget.cells < 0)
      throw new TooLarge({
        file,
        field: '(file)',
        message: `the CSV files hold more than ${MAX_CSV_CELLS.toLocaleString('en-US')} cells together: too large for a directory import`,
      });
    for (const e of result.errors) p.add({ file, row: parsed }, '(row)', `not valid CSV: ${e.message}`);
    parsed++;
    if (cells.length === 1 && cells[0] === '') return;
    if (!columns) {
      columns = cells.map((h) => h.trim());
      const seen = new Set<string>();
      for (const c of columns) {
        if (seen.has(c)) p.add({ file }, c, 'this column appears twice in the header');
        seen.add(c);
      }
      return;
    }
    if (++rows > MAX_TABLE_RECORDS) throw tooManyRecords('data rows', file);
    const src = { file, row: rows };
    if (cells.length !== columns.length) {
      p.add(src, '(row)', `has ${cells.length} cells where the header names ${columns.length} columns`);
      return;
    }
    // Only the columns HSDS's rules name are read: the others are left alone (and not kept).
    const data: Record<string, unknown> = {};
    columns.forEach((c, k) => {
      const rule = rules[c];
      if (!rule) return;
      const v = cells[k] ?? '';
      if (rule.kind === 'number') {
        if (v.trim() === '') return;
        const n = NUMBER.test(v) ? Number(v) : Number.NaN;
        data[c] = Number.isFinite(n) ? n : v;
      } else data[c] = v;
    });
    out.push({ data, src });
  };
  const parser = new Papa.Parser({ delimiter: ',', newline: lineBreakOf(text) as '\n', fastMode: false, step });
  let pending = '';
  for (let at = 0; at < text.length; at += CSV_SLICE) {
    const last = at + CSV_SLICE >= text.length;
    const input = pending + text.slice(at, at + CSV_SLICE);
    const result = parser.parse(input, 0, !last) as { meta: { cursor: number } };
    pending = last ? '' : input.slice(result.meta.cursor);
    if (pending.length > MAX_ROW_CHARS) {
      p.add(columns ? { file, row: rows + 1 } : { file }, '(row)', `is longer than ${MAX_ROW_CHARS / 1024 / 1024} MB: is a quote left open?`);
      return out;
    }
  }
  if (!columns) p.add({ file }, '(file)', 'is empty: the first line names the columns');
  return out;
}

/** The tables of a package's files (by path; as bytes or text), the problems of reading them in `p`; throws TooLarge. */
export function fromTabular(files: Readonly<Record<string, Uint8Array | string>>, p: Problems = new Problems()): Tables {
  const tables = emptyTables();
  const names = Object.keys(files);
  const cache = new Map<string, string | null>();
  const texts = (name: string) => {
    if (!cache.has(name)) cache.set(name, textOf(name, files[name]!, p));
    return cache.get(name) ?? null;
  };
  const located = locateTables(names, texts, p);
  const budget = { cells: MAX_CSV_CELLS };
  for (const required of ['organization', 'service'] as const) {
    const path = TABULAR.find((t) => t.table === required)!.path;
    if (!located[required]) p.add({ file: path }, '(file)', `missing: the package needs ${path}`);
  }
  for (const t of TABULAR) {
    const path = located[t.table];
    if (!path) continue;
    const text = texts(path);
    if (text === null) continue;
    tables[t.table] = readCsv(path, text, t.table, p, budget);
  }
  return tables;
}

/** Checks a tabular package and brings it to Haven: every problem, or the data. */
export function importTabular(files: Readonly<Record<string, Uint8Array | string>>): ImportOutcome {
  const p = new Problems();
  try {
    return importHsdsTables(fromTabular(files, p), p);
  } catch (err) {
    if (err instanceof TooLarge) return tooLargeOutcome(err);
    throw err;
  }
}
