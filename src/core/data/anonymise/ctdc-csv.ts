/** The anonymised rows, and the CSV file in the CTDC layout. */
import {
  type CaseFacts,
  CTDC_COLUMNS,
  type CtdcRow,
  DERIVED_COLUMNS,
  MINOR_BANDS,
  otherValues,
  otherValuesKey,
  QUASI_IDENTIFIERS,
  type QuasiIdentifier,
} from './ctdc.js';
import { AGE_UNKNOWN, type Level, MAX_LEVEL, SUPPRESSED } from './hierarchies.js';
import type { Anonymised } from './k-anonymity.js';

/** The published value of each quasi-identifier of record i (and majorityStatus, which follows from the age). */
function qiValues(a: Anonymised, i: number): Record<QuasiIdentifier | 'majorityStatus', string> {
  const { hierarchies: h, leaves, report } = a;
  const label = (q: QuasiIdentifier) => {
    const lv = h[q].levels[report.levels[q]] as Level;
    return lv.labels[lv.group[leaves[q][i] as number] as number] as string;
  };
  const age = leaves.ageBroad[i] as number;
  return {
    gender: label('gender'),
    ageBroad: label('ageBroad'),
    majorityStatus: report.levels.ageBroad >= MAX_LEVEL.ageBroad ? SUPPRESSED : age === AGE_UNKNOWN ? '' : age < MINOR_BANDS ? 'Minor' : 'Adult',
    citizenship: label('citizenship'),
    CountryOfExploitation: label('CountryOfExploitation'),
    yearOfRegistration: label('yearOfRegistration'),
  };
}

/** The rows of the file as objects (column → value), the records kept only, in input order. */
export function* anonymisedRows(facts: readonly CaseFacts[], a: Anonymised): Generator<CtdcRow> {
  for (let i = 0; i < facts.length; i++) {
    if (!a.kept[i]) continue;
    const row: CtdcRow = { ...otherValues(facts[i] as CaseFacts), ...qiValues(a, i) };
    yield Object.fromEntries(CTDC_COLUMNS.map((c) => [c, row[c] ?? '']));
  }
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const PUBLISHED = new Set<string>([...QUASI_IDENTIFIERS, ...Object.keys(DERIVED_COLUMNS)]);

/**
 * The CSV file, header first, in chunks of about `rowsPerChunk` lines (CRLF line ends, RFC 4180).
 * The columns that are not quasi-identifiers are rendered once per distinct combination of facts.
 */
export function* ctdcCsv(facts: readonly CaseFacts[], a: Anonymised, rowsPerChunk = 10_000): Generator<string> {
  yield `${CTDC_COLUMNS.map(csvField).join(',')}\r\n`;
  // The columns as runs of "other" columns between quasi-identifiers.
  type Part = { readonly qi: QuasiIdentifier | 'majorityStatus' } | { readonly run: number };
  const parts: Part[] = [];
  const runs: string[][] = [];
  for (const col of CTDC_COLUMNS) {
    if (PUBLISHED.has(col)) parts.push({ qi: col as QuasiIdentifier | 'majorityStatus' });
    else {
      const last = parts[parts.length - 1];
      if (last && 'run' in last) (runs[last.run] as string[]).push(col);
      else {
        parts.push({ run: runs.length });
        runs.push([col]);
      }
    }
  }
  const cache = new Map<string, string[]>();
  let chunk: string[] = [];
  for (let i = 0; i < facts.length; i++) {
    if (!a.kept[i]) continue;
    const f = facts[i] as CaseFacts;
    const key = otherValuesKey(f);
    let rendered = cache.get(key);
    if (!rendered) {
      const v = otherValues(f);
      rendered = runs.map((cols) => cols.map((c) => csvField(v[c] ?? '')).join(','));
      cache.set(key, rendered);
    }
    const q = qiValues(a, i);
    let line = '';
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p] as Part;
      if (p > 0) line += ',';
      line += 'qi' in part ? csvField(q[part.qi]) : rendered[part.run];
    }
    chunk.push(line);
    if (chunk.length >= rowsPerChunk) {
      yield `${chunk.join('\r\n')}\r\n`;
      chunk = [];
    }
  }
  if (chunk.length) yield `${chunk.join('\r\n')}\r\n`;
}
