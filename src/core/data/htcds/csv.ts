/**
 * The HTCDS case file as CSV: one row per case (its person's fields on the same row), RFC 4180,
 * UTF-8, CRLF line ends, columns named by their HTCDS field. The columns are those of the record
 * (record.ts, in its order), with the trafficking events flattened:
 *
 * | column | values |
 * |---|---|
 * | `cas_Status` | Active, FollowUp, Closed, ClosedReferred (empty: Active) |
 * | `cas_OpenedOn` | YYYY-MM-DD, the day the case was opened (required; Haven's field) |
 * | `cas_ReasonForCaseClosure` | free text: the closure's note |
 * | `cas_ReasonForOutgoingReferral`, `cas_OutgoingReferralDate` | a closure by referral or move: AdditionalServicesRequired, MigrationOrChangeOfLocation, Other; its day |
 * | `prs_FirstName`, `prs_MiddleName`, `prs_SecondName` | the person's first name (given, family; the middle name is read into the given name) |
 * | `prs_Birthdate` | YYYY-MM-DD |
 * | `prs_Gender` | Feminine, Masculine, TransgenderFeminine, TransgenderMasculine, NonConforming, NonSpecifiedUnknown (1.x values read too) |
 * | `prs_Nationality` | ISO 3166-1 alpha-2 codes (alpha-3 when none), a list |
 * | `prs_Deceased` | true when the case was closed because the person died |
 * | `prs_Email`, `prs_MobilePhone`, `prs_HomePhone`, `prs_Mailing*` | the first e-mail, phone and postal address (Street, City, State, PostalCode, Country) |
 * | `TraffickingStatus` | PossibleVictimOfTrafficking, ActualVictimOfTrafficking, NotAVictimOfTrafficking |
 * | `vic_Vulnerabilities` | HTCDS 1.x values, a list |
 * | `vic_TypeOfExploitation` | ForcedLabour, SexualExploitation, Other, a list |
 * | `vic_TypeOfLabourExploitation` | IllicitActivities, Begging, DomesticWork (Haven's finer forms); the other 1.x values are read as a sector of forced labour |
 * | `vic_ForcedLabourIndustry` | ISIC sections as HTCDS names them (A_AgricultureForestryAndFishing, ...), a list |
 * | `vic_TypeOfSexExploitation`, `vic_MethodsOfControl`, `vic_MethodOfRecruitment` | HTCDS values, lists |
 * | `RelationshipToTrafficker` | Familial, Acquainted, Unaquainted |
 * | `hte_Type`, `hte_Country`, `hte_City`, `hte_Date`, `x_haven_EventEndDate` | the events, each column a list in event order (an empty item: unknown): stage (Recruitment, Transit, Exploitation), country, place, first day, last day |
 * | `hte_ExploitationCountry` | the country of the first exploitation event (written for readers of flat files; read only when the row has no `hte_Type`: then one exploitation event) |
 * | `hte_FirstDate`, `hte_LastDate` | the earliest and latest day of the events (written; read as that one event's days) |
 * | `x_haven_PersonId`, `x_haven_CaseNumber` | the person's id and the case's number in the source |
 * | `x_haven_NameKind`, `x_haven_NameScript` | the first name's kind (legal when empty) and script |
 * | `x_haven_OtherNames`, `x_haven_Contact`, `x_haven_Documents`, `x_haven_Guardian` | JSON, as in the JSON file |
 * | `x_haven_EstimatedAge`, `x_haven_AgeEstimatedOn` | an estimated age in years and the day it was estimated |
 * | `x_haven_Languages` | ISO 639 codes, a list |
 * | `x_haven_Vulnerabilities`, `x_haven_ExploitationForms` | Haven ids HTCDS has no value for, lists |
 * | `x_haven_TraffickingDecidedBy`, `x_haven_TraffickingDecidedOn` | who decided the trafficking status, and when |
 * | `x_haven_ClosureReason`, `x_haven_ClosedOn`, `x_haven_ReferredOrganisationId` | the closure |
 * | `x_haven_ReflectionStartsOn`, `x_haven_ReflectionEndsOn` | the recovery and reflection period |
 *
 * Lists are separated by ";" (a ";" or "\" inside an item is written "\;" or "\\"). An empty cell is
 * unknown. Columns not listed are ignored. The columns read by `haven anonymise --in`
 * (src/core/data/anonymise/htcds-input.ts) are all here.
 *
 * Formula guard: a spreadsheet takes a cell starting with =, +, -, @, a tab or a carriage return for a
 * formula (a name "=HYPERLINK(...)" would become a live link). Such a cell is written with a leading
 * apostrophe ("'=HYPERLINK(...)"), and so is a cell that starts with apostrophes followed by one of
 * those characters (so that it reads back as it was). On reading, one leading apostrophe is removed
 * from a cell that starts with apostrophes followed by one of those characters, and from no other
 * cell. The columns `haven anonymise --in` reads (codes, countries, dates) never start with one of
 * those characters, so they are never guarded and it reads them as they are.
 */
import Papa from 'papaparse';
import type { ErrorDetail } from '../../platform/schemas.js';
import { HTCDS_FIELDS, type HtcdsCase, htcdsCase } from './record.js';
import { RECORDS_PER_STEP, runSteps, type Steps } from './steps.js';

/**
 * At most this many cases in one file. An import is one transaction (all or nothing) taking some
 * 2 ms per case: 10,000 cases is a file of 3 to 20 MB and an import of about 20 seconds, within
 * the time a proxy waits for an answer. A larger file is refused (413): split it.
 */
export const MAX_IMPORT_CASES = 10_000;

/** The problem of a file with more than MAX_IMPORT_CASES cases. */
export function tooManyCases(): ErrorDetail {
  const max = MAX_IMPORT_CASES.toLocaleString('en-US');
  return { field: '(file)', message: `more than ${max} cases, the most one import takes: split the file into files of at most ${max} cases and import each` };
}
/** Problems listed in a refusal; the rest are counted. */
export const MAX_PROBLEMS = 1000;

type Kind = 'text' | 'list' | 'json' | 'bool' | 'int';

const KIND: Partial<Record<keyof HtcdsCase, Kind>> = {
  prs_Nationality: 'list',
  prs_Deceased: 'bool',
  vic_Vulnerabilities: 'list',
  vic_TypeOfExploitation: 'list',
  vic_TypeOfLabourExploitation: 'list',
  vic_ForcedLabourIndustry: 'list',
  vic_TypeOfSexExploitation: 'list',
  vic_MethodsOfControl: 'list',
  vic_MethodOfRecruitment: 'list',
  x_haven_CaseNumber: 'int',
  x_haven_OtherNames: 'json',
  x_haven_EstimatedAge: 'int',
  x_haven_Languages: 'list',
  x_haven_Vulnerabilities: 'list',
  x_haven_ExploitationForms: 'list',
  x_haven_Contact: 'json',
  x_haven_Documents: 'json',
  x_haven_Guardian: 'json',
};

/** The event columns and the key of the event each holds. */
const EVENT_COLUMNS = [
  ['hte_Type', 'hte_Type'],
  ['hte_Country', 'hte_Country'],
  ['hte_City', 'hte_City'],
  ['hte_Date', 'hte_Date'],
  ['x_haven_EventEndDate', 'x_haven_EndDate'],
] as const;
const DERIVED_COLUMNS = ['hte_ExploitationCountry', 'hte_FirstDate', 'hte_LastDate'] as const;

/** The columns of the file, in order. */
export const HTCDS_CSV_COLUMNS: readonly string[] = HTCDS_FIELDS.flatMap((f) =>
  f === 'hte_Events' ? [...EVENT_COLUMNS.map(([c]) => c), ...DERIVED_COLUMNS] : [f],
);

/** A list as one cell: items joined by ";", with ";" and "\" escaped. */
export function joinList(items: readonly string[]): string {
  return items.map((s) => s.replaceAll('\\', '\\\\').replaceAll(';', '\\;')).join(';');
}

/** A cell as a list (the inverse of joinList); an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  if (cell === '') return [];
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < cell.length; i++) {
    const ch = cell[i] as string;
    if (ch === '\\' && i + 1 < cell.length) {
      cur += cell[++i];
    } else if (ch === ';') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A cell a spreadsheet would take for a formula, or one that reads back as such once unguarded. */
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;
/** The same, already guarded: one apostrophe or more before the formula character. */
const GUARDED = /^'+[=+\-@\t\r]/;

/** A cell as written: a leading apostrophe when a spreadsheet would read it as a formula. */
export function guardCell(value: string): string {
  return FORMULA_LIKE.test(value) ? `'${value}` : value;
}

/** A cell as read (the inverse of guardCell): the guard's apostrophe removed, and nothing else. */
export function unguardCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function htcdsCsvHeader(): string {
  return `${HTCDS_CSV_COLUMNS.join(',')}\r\n`;
}

/** One case as a line of the file. */
export function htcdsCsvRow(r: HtcdsCase): string {
  const cells: Record<string, string> = {};
  for (const f of HTCDS_FIELDS) {
    const v = r[f];
    if (v === undefined || f === 'hte_Events') continue;
    const kind = KIND[f] ?? 'text';
    cells[f] = kind === 'list' ? joinList(v as string[]) : kind === 'json' ? JSON.stringify(v) : String(v);
  }
  const events = r.hte_Events ?? [];
  if (events.length) {
    for (const [column, key] of EVENT_COLUMNS) cells[column] = joinList(events.map((e) => e[key] ?? ''));
    const exploitation = events.find((e) => e.hte_Type === 'Exploitation');
    if (exploitation) cells.hte_ExploitationCountry = exploitation.hte_Country;
    const days = events.flatMap((e) => [e.hte_Date, e.x_haven_EndDate]).filter((d): d is string => Boolean(d));
    days.sort();
    if (days.length) {
      cells.hte_FirstDate = days[0] as string;
      cells.hte_LastDate = days[days.length - 1] as string;
    }
  }
  return `${HTCDS_CSV_COLUMNS.map((c) => csvField(guardCell(cells[c] ?? ''))).join(',')}\r\n`;
}

/** The whole file. */
export function writeHtcdsCsv(records: Iterable<HtcdsCase>): string {
  let out = htcdsCsvHeader();
  for (const r of records) out += htcdsCsvRow(r);
  return out;
}

/** The records of a file, or its problems (row: the 1-based data row), all of them up to MAX_PROBLEMS. */
export interface ReadOutcome {
  readonly records: HtcdsCase[];
  readonly problems: ErrorDetail[];
  /** More problems than listed. */
  readonly more: number;
  /** Over MAX_IMPORT_CASES: nothing else was checked. */
  readonly tooLarge?: boolean;
}

/** Collects problems up to MAX_PROBLEMS and counts the rest. */
export class Problems {
  readonly list: ErrorDetail[] = [];
  more = 0;
  add(p: ErrorDetail): void {
    if (this.list.length < MAX_PROBLEMS) this.list.push(p);
    else this.more++;
  }
  get count(): number {
    return this.list.length + this.more;
  }
}

/** Checks one record (already in object form); zod's paths as the record's field names. */
export function checkRecord(value: unknown, row: number, problems: Problems, fieldName: (path: readonly PropertyKey[]) => string): HtcdsCase | undefined {
  const parsed = htcdsCase.safeParse(value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.add({ row, field: fieldName(issue.path), message: issue.message });
  return undefined;
}

/** A CSV column for a path in the record. */
function columnOf(path: readonly PropertyKey[]): string {
  const [head, i, sub] = path;
  if (head === 'hte_Events') {
    const column = EVENT_COLUMNS.find(([, key]) => key === sub)?.[0] ?? 'hte_Type';
    return typeof i === 'number' ? `${column} (event ${i + 1})` : column;
  }
  return head === undefined ? '(row)' : String(head);
}

/** Reads the file (a BOM is skipped). */
export function readHtcdsCsv(text: string): ReadOutcome {
  return runSteps(readHtcdsCsvSteps(text));
}

/** readHtcdsCsv, yielding every RECORDS_PER_STEP rows (steps.ts). */
export function* readHtcdsCsvSteps(text: string): Steps<ReadOutcome> {
  const problems = new Problems();
  // Rows as arrays (the header is read here: a column named twice is a problem, not renamed).
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy', preview: MAX_IMPORT_CASES + 2 });
  const [head = [], ...rows] = parsed.data;
  if (rows.length > MAX_IMPORT_CASES) return { records: [], problems: [tooManyCases()], more: 0, tooLarge: true };
  const header = head.map((h) => h.trim());
  if (!header.includes('cas_OpenedOn'))
    problems.add({ field: 'cas_OpenedOn', message: 'the file has no cas_OpenedOn column (the first line must name the columns)' });
  if (!header.includes('prs_FirstName') && !header.includes('prs_SecondName'))
    problems.add({ field: 'prs_FirstName', message: 'the file has no prs_FirstName or prs_SecondName column' });
  header.forEach((h, i) => {
    if (h !== '' && header.indexOf(h) !== i) problems.add({ field: h, message: 'the column is named twice in the first line' });
  });
  if (problems.count) return { records: [], problems: problems.list, more: problems.more };
  for (const e of parsed.errors) problems.add({ ...(e.row !== undefined ? { row: e.row } : {}), field: '(file)', message: e.message });
  const index = new Map(header.map((h, i) => [h, i]));

  const records: HtcdsCase[] = [];
  for (const [r, cells] of rows.entries()) {
    if (r > 0 && r % RECORDS_PER_STEP === 0) yield;
    const row = r + 1;
    const before = problems.count;
    const value: Record<string, unknown> = {};
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== ''))
      problems.add({ row, field: '(row)', message: `${cells.length} cells for ${header.length} columns` });
    const cell = (c: string) => {
      const i = index.get(c);
      return i === undefined ? '' : unguardCell((cells[i] ?? '').trim());
    };
    for (const f of HTCDS_FIELDS) {
      if (f === 'hte_Events') continue;
      const raw = cell(f);
      if (raw === '') continue;
      const kind = KIND[f] ?? 'text';
      if (kind === 'list') value[f] = splitList(raw).filter((s) => s.trim() !== '');
      else if (kind === 'bool') {
        const b = raw.toLowerCase();
        if (['true', 'yes', '1'].includes(b)) value[f] = true;
        else if (['false', 'no', '0'].includes(b)) value[f] = false;
        else problems.add({ row, field: f, message: `must be true or false, got "${raw}"` });
      } else if (kind === 'int') {
        if (/^\d{1,9}$/.test(raw)) value[f] = Number(raw);
        else problems.add({ row, field: f, message: `must be a whole number, got "${raw}"` });
      } else if (kind === 'json') {
        try {
          value[f] = JSON.parse(raw);
        } catch {
          problems.add({ row, field: f, message: 'must be JSON (as Haven writes it)' });
        }
      } else value[f] = raw;
    }
    // The events: aligned lists, or (a flat file) one exploitation event.
    const lists = EVENT_COLUMNS.map(([column, key]) => [column, key, splitList(cell(column))] as const);
    const count = lists[0]?.[2].length ?? 0;
    if (count > 0) {
      for (const [column, , items] of lists) {
        if (items.length > count) problems.add({ row, field: column, message: `${items.length} items for ${count} events (hte_Type)` });
      }
      value.hte_Events = Array.from({ length: count }, (_, i) => Object.fromEntries(lists.map(([, key, items]) => [key, (items[i] ?? '').trim()])));
    } else if (cell('hte_ExploitationCountry') !== '') {
      value.hte_Events = [
        { hte_Type: 'Exploitation', hte_Country: cell('hte_ExploitationCountry'), hte_Date: cell('hte_FirstDate'), x_haven_EndDate: cell('hte_LastDate') },
      ];
    }
    if (problems.count > before) continue;
    const record = checkRecord(value, row, problems, columnOf);
    if (record) records.push(record);
  }
  return { records: problems.count ? [] : records, problems: problems.list, more: problems.more };
}
