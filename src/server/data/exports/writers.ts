/**
 * The writers of list exports: CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read
 * the accents right) and XLSX. Both take the same columns and rows.
 *
 * CSV cells are guarded against formula injection: a text that starts with = + - @, a tab or a
 * carriage return gets a leading apostrophe, so that a spreadsheet shows it as text instead of
 * running it (OWASP "CSV injection"). CSV keeps this rule although it changes harmless texts too
 * (a phone number `+381 11 123` is written `'+381 11 123`): a CSV cell has no type, and the
 * spreadsheet program that opens the file decides from its first character whether it is a
 * formula, so a cell that starts like a formula is the only thing a CSV writer can defuse.
 *
 * XLSX cells are not guarded: texts are written as typed string cells (shared strings, never a
 * `<f>` formula), which no spreadsheet program evaluates, so they are written exactly as they are. For lists full of phone numbers, XLSX is the format that keeps them unchanged.
 *
 * Both writers are CPU-bound for long lists (an XLSX of 50,000 rows takes seconds): the export
 * job runs them in a worker thread (`writeInWorker`, write-worker.ts), never on the API's thread.
 */
import Papa from 'papaparse';
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';

export interface Column {
  /** The field's id (the row's key). */
  readonly id: string;
  /** The header shown, in the reader's language. */
  readonly header: string;
}

export type CellValue = string | number | boolean | null | undefined;
export type Row = Readonly<Record<string, CellValue>>;

const BOM = '\ufeff';
const DANGEROUS_START = /^[=+\-@\t\r]/;

/** A text as a CSV cell may hold it: with a leading apostrophe when a spreadsheet would take it for a formula. */
export function guardCell(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

function csvCell(v: CellValue): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return guardCell(v);
  if (typeof v === 'number' && !Number.isFinite(v)) return '';
  return v;
}

/** The rows as CSV: a header line, then one line per row (CRLF), UTF-8 with a byte-order mark. */
export function toCsv(columns: readonly Column[], rows: Iterable<Row>): Buffer {
  return cellsToCsv(columns, cellsOf(columns, rows));
}

/** As `toCsv`, the rows given as cells in the columns' order. */
export function cellsToCsv(columns: readonly Column[], rows: Iterable<readonly CellValue[]>): Buffer {
  const data: (string | number | boolean)[][] = [columns.map((c) => guardCell(c.header))];
  for (const r of rows) data.push(columns.map((_, i) => csvCell(r[i])));
  return Buffer.from(BOM + Papa.unparse(data, { newline: '\r\n' }), 'utf8');
}

/** Rows as cells in the columns' order (the form rows cross to the writing worker in). */
export function* cellsOf(columns: readonly Column[], rows: Iterable<Row>): Generator<CellValue[]> {
  for (const r of rows) yield columns.map((c) => r[c.id] ?? null);
}

// Characters XML 1.0 cannot hold (the worksheet is XML): dropped from texts.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A worksheet's name: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetNameOf(name: string): string {
  const clean = name
    .replace(/[:\\/?*[\]]/g, ' ')
    .replace(NOT_XML, '')
    .trim()
    .slice(0, 31);
  return clean || 'Sheet1';
}

function xlsxCell(v: CellValue): Cell {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number } : null;
  if (typeof v === 'boolean') return { value: v, type: Boolean };
  return { value: v.replace(NOT_XML, ''), type: String };
}

/** The rows as one worksheet of an XLSX workbook, headers in bold on a frozen first row. */
export function toXlsx(columns: readonly Column[], rows: Iterable<Row>, sheetName: string): Promise<Buffer> {
  return cellsToXlsx(columns, cellsOf(columns, rows), sheetName);
}

/** As `toXlsx`, the rows given as cells in the columns' order. */
export async function cellsToXlsx(columns: readonly Column[], rows: Iterable<readonly CellValue[]>, sheetName: string): Promise<Buffer> {
  const data: SheetData = [columns.map((c): Cell => ({ value: c.header.replace(NOT_XML, ''), type: String, fontWeight: 'bold' }))];
  for (const r of rows) data.push(columns.map((_, i) => xlsxCell(r[i])));
  return writeXlsxFile(data, { sheet: sheetNameOf(sheetName), stickyRowsCount: 1 }).toBuffer();
}

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
} as const;
