import Papa from 'papaparse';
import { checkK } from '../../../core/data/anonymise/check-k.js';
import { factsFromCase, QUASI_IDENTIFIERS } from '../../../core/data/anonymise/ctdc.js';
import { ctdcCsv } from '../../../core/data/anonymise/ctdc-csv.js';
import { FactsError } from '../../../core/data/anonymise/hierarchies.js';
import { anonymise } from '../../../core/data/anonymise/k-anonymity.js';
import { type CaseFactsRow, shuffle, toCaseInput } from './case-facts.js';

/**
 * The CPU-bound part of the `ctdc` export: the cases' facts shuffled, made k-anonymous, written in
 * the CTDC layout, read back and checked for k. Pure (no I/O): the export runs it in a worker
 * thread (ctdc-worker.ts), so that the API keeps answering meanwhile.
 */

export interface CtdcFileRequest {
  readonly k: number;
  readonly maxSuppression: number;
}

export type CtdcFileResult =
  | {
      readonly ok: true;
      /** The CSV file, UTF-8. */
      readonly bytes: Uint8Array;
      readonly kept: number;
      readonly report: Readonly<Record<string, unknown>>;
    }
  /** A case holds a value the file cannot publish (the field named, never the value). */
  | { readonly ok: false; readonly field: string };

export function writeCtdcFile(rows: readonly CaseFactsRow[], options: CtdcFileRequest): CtdcFileResult {
  let facts: ReturnType<typeof factsFromCase>[];
  let a: ReturnType<typeof anonymise>;
  try {
    facts = shuffle(rows.map((r) => factsFromCase(toCaseInput(r))));
    a = anonymise(facts, { k: options.k, maxSuppression: options.maxSuppression });
  } catch (err) {
    if (err instanceof FactsError) return { ok: false, field: err.field };
    throw err;
  }
  const text = [...ctdcCsv(facts, a)].join('');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const check = checkK(parsed.data, QUASI_IDENTIFIERS, options.k);
  // A file that fails its own check is never handed over.
  if (!check.ok) throw new Error(`the anonymised file failed its k = ${options.k} check`);
  const r = a.report;
  return {
    ok: true,
    bytes: new TextEncoder().encode(text),
    kept: r.kept,
    report: {
      k: r.k,
      records: r.records,
      kept: r.kept,
      suppressed: r.suppressed,
      suppressedShare: r.suppressedShare,
      maxSuppression: r.maxSuppression,
      boundMet: r.boundMet,
      levels: r.levels,
      levelNames: r.levelNames,
      classes: r.classes,
      smallestClass: r.smallestClass,
      suppression: { reason: r.suppression.reason, classes: r.suppression.classes, records: r.suppression.records },
      withoutGeneralisation: r.withoutGeneralisation.suppressed,
      check: { ok: check.ok, rows: check.rows, classes: check.classes, smallestClass: check.smallestClass },
    },
  };
}
