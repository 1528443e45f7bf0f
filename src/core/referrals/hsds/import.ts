/**
 * Open Referral HSDS 3.0 into Haven's service directory: the import. Pure: no I/O.
 *
 * Import: HSDS JSON (a list of organizations with their services, `{ organizations: [...] }`, a list
 * of services each with its `organization`, or a page `{ contents: [...] }` of services), or the
 * tabular package (see tabular.ts), is first brought to HSDS's tables, then checked against
 * HSDS's field rules and references and against Haven's own needs, collecting every problem with
 * where it is (file and 1-based data row of a CSV, or the index in the JSON list, and the field;
 * the first MAX_PROBLEMS kept, the others counted). What Haven cannot keep (virtual locations,
 * monthly schedules, languages without a code) is listed as skipped rather than refused. A file
 * over a limit of limits.ts is refused at once (`tooLarge`).
 */
import { z } from 'zod';
import type { ErrorDetail } from '../../platform/schemas.js';
import { flattenHsdsJson } from './flatten.js';
import { MAX_PROBLEMS, TooLarge } from './limits.js';
import { Problems } from './problems.js';
import type { Tables } from './tables.js';
import { type HsdsImport, toHaven } from './to-haven.js';
import { checkIdsAndReferences, checkRecords } from './validate.js';

/**
 * An import checked: the data, or the problems (the first MAX_PROBLEMS of them, `more` counting the
 * rest; `tooLarge` when the file is over a size limit, the one problem saying which).
 */
export type ImportOutcome =
  | { readonly ok: true; readonly data: HsdsImport }
  | { readonly ok: false; readonly errors: ErrorDetail[]; readonly more?: number; readonly tooLarge?: boolean };

/** The refusal of a file over a size limit. */
export const tooLargeOutcome = (e: TooLarge): ImportOutcome => ({ ok: false, errors: [e.detail], tooLarge: true });

export const importSummary = z.object({
  organizations: z.number().int(),
  services: z.number().int(),
  locations: z.number().int(),
  phones: z.number().int(),
  schedules: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  skipped: z.array(z.object({ file: z.string().optional(), row: z.number().int().optional(), field: z.string(), message: z.string() })),
});
export type ImportSummary = z.infer<typeof importSummary>;

/** Checks HSDS's tables (from JSON or CSV) and brings them to Haven: every problem (added to `p`, which may hold earlier ones), or the data. */
export function importHsdsTables(tables: Tables, p: Problems = new Problems()): ImportOutcome {
  const valid = checkRecords(tables, p);
  const index = checkIdsAndReferences(tables, p);
  const data = toHaven(tables, valid, index, p);
  if (tables.organization.length === 0 && tables.service.length === 0 && p.count === 0) p.add({}, '(file)', 'no organizations and no services in the data');
  return p.count > 0 ? { ok: false, errors: p.list, more: p.more } : { ok: true, data };
}

/** Checks HSDS JSON (already parsed) and brings it to Haven. */
export function importHsdsJson(root: unknown): ImportOutcome {
  const p = new Problems();
  try {
    return importHsdsTables(flattenHsdsJson(root, p), p);
  } catch (err) {
    if (err instanceof TooLarge) return tooLargeOutcome(err);
    throw err;
  }
}

/** The problems of an import, at most `max` of them, the rest (and `more` not kept) counted in a last line. */
export function listedProblems(errors: readonly ErrorDetail[], max = MAX_PROBLEMS, more = 0): ErrorDetail[] {
  const hidden = Math.max(0, errors.length - max) + more;
  if (hidden === 0) return [...errors];
  return [...errors.slice(0, max), { field: '(more)', message: `${hidden} more problems not listed: correct the ones above and import again` }];
}
