/**
 * How much an HSDS import reads, and the refusal of a file over it. A directory of a network is
 * thousands of services, each with a handful of locations, phones, schedules and attributes; the
 * limits are well above that, and keep the work of a hostile file (a zip bomb, a list of millions
 * of empty records, a row of millions of cells) small and quick to refuse. Pure: no I/O.
 */
import type { ErrorDetail } from '../../platform/schemas.js';

/**
 * The CSV and JSON files of a zip together, uncompressed. Haven's own export is some 2.4 KB of CSV
 * per service (with two locations, phones, three schedules, languages and attributes): 50 MB is
 * some 20,000 services.
 */
export const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
/** Entries of a zip (files, folders, and what is not read: README, __MACOSX). */
export const MAX_ZIP_ENTRIES = 1000;
/** CSV and JSON files in a zip (a package has 13 at most). */
export const MAX_PACKAGE_FILES = 64;
/** datapackage.json describes the files: Haven's is some 16 KB. */
export const MAX_DATAPACKAGE_BYTES = 2 * 1024 * 1024;
/**
 * Records of one HSDS table: the data rows of a CSV file, or the records of a kind in HSDS JSON
 * (and the items of one of its lists). Ten times a large network's directory.
 */
export const MAX_TABLE_RECORDS = 100_000;
/**
 * Cells of the CSV files of a package together (the parser builds each, whatever the row: a file
 * of commas is millions of them). Haven's export has some 130 per service: 10 million is some
 * 75,000 services.
 */
export const MAX_CSV_CELLS = 10_000_000;
/** Characters of one CSV row (a quote left open makes the rest of the file one row). */
export const MAX_ROW_CHARS = 1024 * 1024;
/** Objects and lists in a JSON file: Haven's export has some 30 per service (and 4.7 KB: 20 MB is some 4,000 services). */
export const MAX_JSON_CONTAINERS = 1_000_000;
/** How deeply JSON nests (HSDS JSON: under 10 levels). */
export const MAX_JSON_DEPTH = 64;
/** Problems listed in a refusal; the rest are counted. */
export const MAX_PROBLEMS = 1000;

/** A file over a size limit: the import stops at once and answers 413 with this one problem. */
export class TooLarge extends Error {
  constructor(readonly detail: ErrorDetail) {
    super(detail.message);
  }
}

const count = (n: number) => n.toLocaleString('en-US');

/** The refusal of a table over MAX_TABLE_RECORDS. */
export function tooManyRecords(what: string, file?: string): TooLarge {
  return new TooLarge({
    ...(file ? { file } : {}),
    field: '(file)',
    message: `more than ${count(MAX_TABLE_RECORDS)} ${what}: Haven imports at most ${count(MAX_TABLE_RECORDS)} records of a table at once`,
  });
}

/**
 * JSON bytes over MAX_JSON_CONTAINERS objects and lists, or nested over MAX_JSON_DEPTH levels,
 * found in one pass before parsing (which would build every one of them): the problem, or null.
 */
export function jsonShapeProblem(bytes: Uint8Array): { detail: ErrorDetail; tooLarge: boolean } | null {
  let depth = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c)
        i++; // a backslash escapes the next character
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (++depth > MAX_JSON_DEPTH)
        return { detail: { field: '(file)', message: `nested more than ${MAX_JSON_DEPTH} levels deep: not HSDS JSON` }, tooLarge: false };
      if (++containers > MAX_JSON_CONTAINERS)
        return {
          detail: { field: '(file)', message: `more than ${count(MAX_JSON_CONTAINERS)} objects and lists: too large for a directory import` },
          tooLarge: true,
        };
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
  return null;
}
