/**
 * Reading an HTCDS file for import, all or nothing: every record is checked (the file's shape, the
 * HTCDS values, then Haven's own rules on the person and the case) before anything is written, and
 * the answer is either the persons with their cases, or every problem (row, field, message).
 * Pure: no I/O.
 */
import type { ErrorDetail } from '../../platform/schemas.js';
import { MAX_IMPORT_CASES, Problems, type ReadOutcome, checkRecord, readHtcdsCsvSteps, tooManyCases } from './csv.js';
import { type HavenCase, type HavenPerson, type HtcdsCase, type HtcdsDocument, HTCDS_VERSION } from './record.js';
import { RECORDS_PER_STEP, runSteps, type Steps } from './steps.js';
import { toHaven } from './to-haven.js';

export const IMPORT_FORMATS = ['json', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** How deeply an HTCDS JSON file may nest (Haven's: 5 levels). */
const MAX_JSON_DEPTH = 32;
/** Objects and lists in a JSON file (Haven's: some 10 per case). */
const MAX_JSON_CONTAINERS = 50 * MAX_IMPORT_CASES;

/** The JSON file as Haven writes it. */
export function htcdsDocument(cases: readonly HtcdsCase[]): HtcdsDocument {
  return { standard: 'HTCDS', version: HTCDS_VERSION, generator: 'Haven', cases };
}

/** Bytes scanned between two yields, less one (a mask: 1 MiB). */
const BYTES_PER_STEP_MASK = (1 << 20) - 1;

/** Nesting and size of JSON bytes, in one pass before parsing: the problem, or null. */
function* jsonShapeProblem(bytes: Uint8Array): Steps<{ message: string; tooLarge: boolean } | null> {
  let depth = 0;
  let containers = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    if ((i & BYTES_PER_STEP_MASK) === BYTES_PER_STEP_MASK) yield;
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c) i++;
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) return { message: `nested more than ${MAX_JSON_DEPTH} levels deep: not an HTCDS case file`, tooLarge: false };
      if (++containers > MAX_JSON_CONTAINERS) return { message: 'too many objects and lists for one import', tooLarge: true };
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
  return null;
}

/** A path in a record as the field it names (`hte_Events.0.hte_Country`). */
const dotted = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(case)';

/** The records of a JSON file: `{ "cases": [...] }` as Haven writes it, or a bare list of cases. Row: the case's place in the list, from 1. */
export function readHtcdsJson(bytes: Uint8Array): ReadOutcome {
  return runSteps(readHtcdsJsonSteps(bytes));
}

/** readHtcdsJson, yielding every RECORDS_PER_STEP records (steps.ts). */
export function* readHtcdsJsonSteps(bytes: Uint8Array): Steps<ReadOutcome> {
  const shape = yield* jsonShapeProblem(bytes);
  if (shape) return { records: [], problems: [{ field: '(file)', message: shape.message }], more: 0, ...(shape.tooLarge ? { tooLarge: true } : {}) };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return { records: [], problems: [{ field: '(file)', message: 'not valid JSON (UTF-8)' }], more: 0 };
  }
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { cases?: unknown }).cases : undefined;
  if (!Array.isArray(list))
    return { records: [], problems: [{ field: 'cases', message: 'an HTCDS case file is a list of cases, or an object with the list as "cases"' }], more: 0 };
  if (list.length > MAX_IMPORT_CASES) return { records: [], problems: [tooManyCases()], more: 0, tooLarge: true };
  yield;
  const problems = new Problems();
  const records: HtcdsCase[] = [];
  for (const [i, item] of list.entries()) {
    if (i > 0 && i % RECORDS_PER_STEP === 0) yield;
    const r = checkRecord(item, i + 1, problems, dotted);
    if (r) records.push(r);
  }
  return { records: problems.count ? [] : records, problems: problems.list, more: problems.more };
}

/** The records of a file in either format. */
export function readHtcdsFile(bytes: Uint8Array, format: ImportFormat): ReadOutcome {
  return runSteps(readHtcdsFileSteps(bytes, format));
}

/** readHtcdsFile, yielding every RECORDS_PER_STEP records (steps.ts). */
export function* readHtcdsFileSteps(bytes: Uint8Array, format: ImportFormat): Steps<ReadOutcome> {
  if (format === 'json') return yield* readHtcdsJsonSteps(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { records: [], problems: [{ field: '(file)', message: 'not UTF-8 text: save the CSV file as UTF-8' }], more: 0 };
  }
  yield;
  return yield* readHtcdsCsvSteps(text);
}

/** A person to create with their cases. */
export interface PlannedPerson {
  readonly person: HavenPerson;
  readonly cases: HavenCase[];
}

export type ImportPlan = { ok: true; persons: PlannedPerson[]; cases: number } | { ok: false; problems: ErrorDetail[]; more: number };

/** Canonical JSON (keys sorted) to compare two persons. */
function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}

/**
 * The persons and cases of the records, or every problem. Records with the same `x_haven_PersonId`
 * are one person's cases and must carry the same person. `today`: the closure day of a closed case
 * that has none (toHaven).
 */
export function planImport(records: readonly HtcdsCase[], today: string): ImportPlan {
  return runSteps(planImportSteps(records, today));
}

/** planImport, yielding every RECORDS_PER_STEP records (steps.ts). */
export function* planImportSteps(records: readonly HtcdsCase[], today: string): Steps<ImportPlan> {
  const problems = new Problems();
  const persons: PlannedPerson[] = [];
  const byRef = new Map<string, { planned: PlannedPerson; row: number; key: string }>();
  for (const [i, r] of records.entries()) {
    if (i > 0 && i % RECORDS_PER_STEP === 0) yield;
    const row = i + 1;
    const h = toHaven(r, today);
    if (!h.ok) {
      for (const p of h.problems) problems.add({ row, ...p });
      continue;
    }
    const ref = r.x_haven_PersonId;
    if (ref === undefined) {
      persons.push({ person: h.person, cases: [h.case] });
      continue;
    }
    const key = canonical(h.person);
    const seen = byRef.get(ref);
    if (!seen) {
      const planned = { person: h.person, cases: [h.case] };
      byRef.set(ref, { planned, row, key });
      persons.push(planned);
    } else if (seen.key !== key) {
      problems.add({ row, field: 'x_haven_PersonId', message: `the same person as row ${seen.row}, with other person fields` });
    } else seen.planned.cases.push(h.case);
  }
  if (problems.count) return { ok: false, problems: problems.list, more: problems.more };
  return { ok: true, persons, cases: records.length };
}
