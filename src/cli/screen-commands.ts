import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { evaluate, unknownIndicatorIds } from '../core/identification/engine.js';
import { ANSWERS, INSTRUMENT_IDS } from '../core/identification/instrument.js';
import { INSTRUMENTS, instrument } from '../core/identification/instruments/index.js';
import { CliError } from './context.js';

/**
 * `haven screen`: the identification instruments and their engine for integrators and auditors, with
 * no database: `--list` prints the instruments; `--instrument ID --answers FILE` screens one set of
 * answers. `--json` prints the machine-readable form. Errors exit with 2.
 */

interface ScreenOptions {
  list?: boolean;
  instrument?: string;
  answers?: string;
  json?: boolean;
}

const answersFile = z.record(z.string(), z.enum(ANSWERS));

function list(json: boolean): void {
  const instruments = INSTRUMENT_IDS.map((id) => {
    const d = INSTRUMENTS[id];
    return {
      id: d.id,
      version: d.version,
      population: d.population,
      exploitation: d.exploitation,
      rules: d.rules,
      dimensions: d.dimensions.map((dim) => ({ id: dim.id, indicators: dim.indicators.map((i) => ({ id: i.id, strength: i.strength })) })),
    };
  });
  if (json) {
    process.stdout.write(`${JSON.stringify({ instruments }, null, 2)}\n`);
    return;
  }
  for (const i of instruments) {
    const n = i.dimensions.reduce((sum, d) => sum + d.indicators.length, 0);
    process.stdout.write(`${i.id} (version ${i.version}): ${n} indicators\n`);
    for (const d of i.dimensions) process.stdout.write(`  ${d.id}: ${d.indicators.map((x) => `${x.id} (${x.strength})`).join(', ')}\n`);
  }
}

function screen(id: string, file: string, json: boolean): void {
  const def = instrument(id);
  if (!def) throw new CliError(`unknown instrument "${id}"; one of: ${INSTRUMENT_IDS.join(', ')}`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CliError(`cannot read the answers in ${file}: ${(err as Error).message}`);
  }
  const parsed = answersFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`answers: ${issue?.path.join('.') || 'the file'}: must be an object of indicator ids to "yes", "no" or "unknown"`);
  }
  const strangers = unknownIndicatorIds(def, parsed.data);
  if (strangers.length) throw new CliError(`not indicators of ${id}: ${strangers.join(', ')} (see haven screen --list)`);
  const result = evaluate(def, parsed.data);
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${result.presumedVictim ? 'PRESUMED VICTIM' : 'not enough indicators'} (${id} v${def.version}); an indication for referral, not a legal determination\n`);
  for (const d of Object.values(result.dimensions)) {
    process.stdout.write(`  ${d.present ? 'present' : 'absent '}  ${d.id}: ${d.indicators.map((i) => `${i.id} (${i.strength})`).join(', ') || '-'}\n`);
  }
  process.stdout.write(`unknown or unanswered: ${result.unknown}; could still change the result: ${result.couldChange}\nnext steps: ${result.nextSteps.join(', ')}\n`);
}

export function registerScreenCommands(program: Command): void {
  program
    .command('screen')
    .description('the identification instruments (ILO / EC operational indicators) and their engine: --list, or --instrument ID --answers FILE.json')
    .option('--list', 'print the instruments, their dimensions and indicators with strengths')
    .option('--instrument <id>', `the instrument: ${INSTRUMENT_IDS.join(', ')}`)
    .option('--answers <file>', 'a JSON file { "<indicator id>": "yes" | "no" | "unknown", ... }')
    .option('--json', 'machine-readable output')
    .action((o: ScreenOptions) => {
      if (o.list) return list(Boolean(o.json));
      if (!o.instrument || !o.answers) throw new CliError('give --list, or --instrument ID and --answers FILE.json');
      return screen(o.instrument, o.answers, Boolean(o.json));
    });
}
