import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import Papa from 'papaparse';
import { type KCheck, KCounter } from '../core/data/anonymise/check-k.js';
import { type CaseFacts, factsFromCase, QUASI_IDENTIFIERS } from '../core/data/anonymise/ctdc.js';
import { ctdcCsv } from '../core/data/anonymise/ctdc-csv.js';
import { FactsError } from '../core/data/anonymise/hierarchies.js';
import { factsFromHtcdsRows, HTCDS_INPUT_COLUMNS } from '../core/data/anonymise/htcds-input.js';
import { type AnonymisationReport, anonymise, DEFAULT_K, DEFAULT_MAX_SUPPRESSION } from '../core/data/anonymise/k-anonymity.js';
import { appendAudit } from '../server/audit/store.js';
import { CASE_FACTS_SQL, type CaseFactsRow, shuffle, toCaseInput } from '../server/data/anonymise/case-facts.js';
import { asOwner } from '../server/platform/provision.js';
import { CliError, withDatabase } from './context.js';

/**
 * `haven anonymise --k N --out FILE [--in FILE]`: the CTDC-compatible anonymised case file
 * (docs/anonymisation.md). From the instance's cases, every organisation's, read as the database
 * owner; or from a CSV in the HTCDS layout (`--in`, no database needed). Writes the file, reads it
 * back and proves k on it, and prints the levels chosen and what was suppressed and why: counts
 * only, never a value of a case. An export from the instance is recorded in the audit trail of each
 * organisation whose cases it read (action cli.anonymise, actor "cli").
 */

interface AnonymiseOptions {
  k: string;
  out?: string;
  in?: string;
  maxSuppression: string;
  json?: boolean;
}

function readInput(file: string): CaseFacts[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as Error).message}`);
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy', transformHeader: (h) => h.trim() });
  const bad = parsed.errors.find((e) => e.type !== 'FieldMismatch' || e.code !== 'TooFewFields');
  if (bad) throw new CliError(`${file}: line ${(bad.row ?? 0) + 2}: ${bad.message}`);
  const { facts, problems } = factsFromHtcdsRows(parsed.meta.fields ?? [], parsed.data);
  if (problems.length) {
    const lines = problems.slice(0, 10).map((p) => `  line ${p.row}: ${p.field}: ${p.message}`);
    throw new CliError(`${file}: ${problems.length}${problems.length >= 20 ? ' or more' : ''} problems, nothing written:\n${lines.join('\n')}`);
  }
  return facts;
}

/** Writes the file through a temporary one renamed into place, so that a failure leaves no partial file. */
function writeAtomically(out: string, chunks: Iterable<string>): void {
  const tmp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = fs.openSync(tmp, 'w', 0o600);
  } catch (err) {
    throw new CliError(`cannot write ${out}: ${(err as Error).message}`);
  }
  try {
    for (const chunk of chunks) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    fs.renameSync(tmp, out);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw new CliError(`cannot write ${out}: ${(err as Error).message}`);
  }
}

/**
 * Reads a written file back as a stream and checks k on its rows: only the quasi-identifier
 * columns are kept in memory, so a file of millions of rows is checked in little memory.
 */
export function checkFile(file: string, k: number): Promise<KCheck> {
  return new Promise((resolve, reject) => {
    let columns: number[] | undefined;
    const counter = new KCounter(QUASI_IDENTIFIERS, k);
    let failure: Error | undefined;
    Papa.parse<string[]>(fs.createReadStream(file, 'utf8'), {
      skipEmptyLines: true,
      step: (row, parser) => {
        const cells = row.data;
        if (!columns) {
          columns = QUASI_IDENTIFIERS.map((q) => cells.indexOf(q));
          const missing = QUASI_IDENTIFIERS.filter((_, i) => (columns as number[])[i] === -1);
          if (missing.length) {
            failure = new Error(`${file}: no column ${missing.join(', ')}`);
            parser.abort();
          }
          return;
        }
        counter.add((columns as number[]).map((c) => cells[c] ?? ''));
      },
      complete: () => (failure ? reject(failure) : resolve(counter.result())),
      error: (err) => reject(err),
    });
  });
}

function printReport(r: AnonymisationReport, check: KCheck, out: string): void {
  const o = process.stdout;
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  o.write(`Wrote ${out}: ${r.kept} of ${r.records} cases, k = ${r.k} over ${QUASI_IDENTIFIERS.join(', ')}.\n`);
  o.write('Generalised:\n');
  for (const q of QUASI_IDENTIFIERS) o.write(`  ${q.padEnd(22)} level ${r.levels[q]}: ${r.levelNames[q]}\n`);
  if (r.suppressed === 0) o.write(`Suppressed: none (at most ${pct(r.maxSuppression)} allowed).\n`);
  else {
    o.write(`Suppressed: ${r.suppressed} cases (${pct(r.suppressedShare)}; at most ${pct(r.maxSuppression)} allowed), `);
    o.write(`because their ${r.suppression.classes} combinations of quasi-identifier values were shared by fewer than ${r.k} cases after generalisation.\n`);
  }
  for (const b of r.suppression.bySize) o.write(`  ${b.classes} combinations of ${b.size} case${b.size === 1 ? '' : 's'}: ${b.records} cases\n`);
  if (!r.boundMet) o.write(`No generalisation kept suppression within ${pct(r.maxSuppression)}; the one that suppresses least was chosen.\n`);
  o.write(
    `Without generalising, suppression alone would have removed ${r.withoutGeneralisation.suppressed} cases (${pct(r.withoutGeneralisation.suppressedShare)}).\n`,
  );
  o.write(
    `Information loss ${r.informationLoss.toFixed(3)} (0 none, 1 all); ${r.classes} combinations in the file, the smallest of ${r.smallestClass} cases.\n`,
  );
  o.write(`Check on the file read back: every combination occurs at least ${check.k} times (${check.rows} rows, ${check.classes} combinations).\n`);
}

function positive(value: string, name: string, integer: boolean, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max)
    throw new CliError(`${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${value}"`);
  return n;
}

export function registerAnonymiseCommands(program: Command): void {
  program
    .command('anonymise')
    .description(
      'write the CTDC-compatible anonymised case file (CSV): k-anonymous over gender, age band, citizenship, country of exploitation and year of registration, by generalising, then suppressing',
    )
    .option('--k <n>', 'every combination of quasi-identifier values occurs at least k times', String(DEFAULT_K))
    .option('--out <file>', 'the CSV file to write (replaced if it exists)')
    .option(
      '--in <file>',
      `read cases from this CSV in the HTCDS layout instead of the instance (columns: ${HTCDS_INPUT_COLUMNS.join(', ')}; see docs/anonymisation.md)`,
    )
    .option('--max-suppression <share>', 'the largest share of cases the search may suppress, 0 to 1', String(DEFAULT_MAX_SUPPRESSION))
    .option('--json', 'print the report as JSON')
    .action(async (o: AnonymiseOptions) => {
      const k = positive(o.k, '--k', true, 2, 1_000_000);
      const maxSuppression = positive(o.maxSuppression, '--max-suppression', false, 0, 1);
      if (!o.out) throw new CliError('give --out FILE, the CSV file to write');
      const out = path.resolve(o.out);
      if (o.in && path.resolve(o.in) === out) throw new CliError('--out must not be the --in file');

      const run = async (facts: CaseFacts[]) => {
        let a: ReturnType<typeof anonymise>;
        try {
          a = anonymise(shuffle(facts), { k, maxSuppression });
        } catch (err) {
          if (err instanceof FactsError) throw new CliError(`cannot publish a case: ${err.field}: ${err.message.replace(/^record \d+: [^:]+: /, '')}`);
          throw err;
        }
        writeAtomically(out, ctdcCsv(facts, a));
        const check = await checkFile(out, k);
        if (!check.ok) {
          fs.rmSync(out, { force: true });
          throw new Error(`the written file failed the k = ${k} check (${check.violatingClasses} combinations below k); it was removed`);
        }
        return { report: a.report, check };
      };

      let result: Awaited<ReturnType<typeof run>>;
      if (o.in) {
        result = await run(readInput(o.in));
      } else {
        result = await withDatabase(async ({ db }) => {
          const rows = await asOwner(db.owner, async (c) => (await c.query<CaseFactsRow>(CASE_FACTS_SQL)).rows);
          const r = await run(rows.map((row) => factsFromCase(toCaseInput(row))));
          const orgs = [...new Set(rows.map((row) => row.org_id))].sort();
          await asOwner(db.owner, async (c) => {
            for (const orgId of orgs) {
              await appendAudit(c, {
                orgId,
                actorId: null,
                actorEmail: 'cli',
                ip: null,
                outcome: 'success',
                action: 'cli.anonymise',
                recordType: 'ctdc-file',
                recordId: `k=${k}`,
              });
            }
          });
          return r;
        });
      }
      if (o.json) process.stdout.write(`${JSON.stringify({ file: out, ...result.report, check: result.check }, null, 2)}\n`);
      else printReport(result.report, result.check, out);
    });
}
