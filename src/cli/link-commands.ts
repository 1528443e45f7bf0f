import { createHmac, pbkdf2Sync } from 'node:crypto';
import fs from 'node:fs';
import type { Command } from 'commander';
import Papa from 'papaparse';
import {
  allPairs,
  bands,
  blockedPairs,
  blockKey,
  type CompareStats,
  encodePerson,
  type KeySet,
  type KeyedHash,
  keyFromBase64,
  keySet,
  type KeyFile,
  keyFile,
  keyToBase64,
  type LinkagePerson,
  type LinkageScheme,
  layout,
  MIN_SECRET_LENGTH,
  memoised,
  oneToOne,
  SCHEME_V1,
  SECRET_KDF,
  type SchemeLayout,
  secretFingerprint,
  withTextFields,
} from '../core/data/linkage/index.js';
import { CliError } from './context.js';

/**
 * `haven link`: privacy-preserving record linkage of two lists of people, with no database.
 *
 *   haven link --a A.csv --b B.csv --json        encodes both files under the secret and links them
 *   haven link --encode --a A.csv [--out K.json] writes only the keys (id, base64 key, block keys)
 *   haven link --a KA.json --b KB.json --json    links two key files (no secret needed: what a network does)
 *
 * The secret comes from --secret-file FILE or HAVEN_LINK_SECRET and is never printed. CSV files have a
 * header; fields are trimmed (FEBRL's ", " separators work). Columns: an id (rec_id, id, or --id), given_name,
 * surname, date_of_birth, sex where present, and the free-text columns named by --fields.
 */

interface LinkOptions {
  a?: string;
  b?: string;
  encode?: boolean;
  out?: string;
  json?: boolean;
  secretFile?: string;
  id?: string;
  fields?: string;
  blockOn?: string;
  threshold?: string;
  method?: string;
}

const COLUMNS = {
  given: ['given_name', 'given', 'first_name', 'firstname', 'forename'],
  surname: ['surname', 'family_name', 'last_name', 'lastname'],
  dob: ['date_of_birth', 'dob', 'birth_date', 'birthdate'],
  sex: ['sex', 'gender'],
  id: ['rec_id', 'id', 'record_id', 'person_id'],
} as const;

function readSecret(o: LinkOptions): KeyedHash {
  let secret: string | undefined;
  if (o.secretFile) {
    try {
      secret = fs.readFileSync(o.secretFile, 'utf8');
    } catch (err) {
      throw new CliError(`cannot read the secret file ${o.secretFile}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
    }
  } else secret = process.env.HAVEN_LINK_SECRET;
  secret = secret?.replace(/\r?\n$/, '');
  if (!secret)
    throw new CliError(
      'no linkage secret: give --secret-file FILE or set HAVEN_LINK_SECRET (the secret the organisations share; keys made under different secrets never match)',
    );
  if (secret.length < MIN_SECRET_LENGTH)
    throw new CliError(`the linkage secret is too short: use at least ${MIN_SECRET_LENGTH} characters (better: 32 random bytes, base64)`);
  const key = pbkdf2Sync(Buffer.from(secret, 'utf8'), SECRET_KDF.salt, SECRET_KDF.iterations, SECRET_KDF.bytes, 'sha256');
  return memoised((m) => createHmac('sha256', key).update(m).digest());
}

function pick(header: readonly string[], names: readonly string[]): string | undefined {
  return names.find((n) => header.includes(n));
}

function readCsv(file: string, o: LinkOptions, extra: readonly string[]): { ids: string[]; people: LinkagePerson[] } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new CliError(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? 'error'}`);
  }
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
    transform: (v) => v.trim(),
  });
  const header = parsed.meta.fields ?? [];
  const idCol = o.id ? o.id.toLowerCase() : pick(header, COLUMNS.id);
  if (!idCol || !header.includes(idCol)) throw new CliError(`${file}: no id column (${o.id ?? COLUMNS.id.join(', ')}); name it with --id`);
  const given = pick(header, COLUMNS.given);
  const surname = pick(header, COLUMNS.surname);
  const dob = pick(header, COLUMNS.dob);
  const sex = pick(header, COLUMNS.sex);
  if (!given && !surname && !dob) throw new CliError(`${file}: none of the columns given_name, surname, date_of_birth`);
  for (const f of extra) if (!header.includes(f)) throw new CliError(`${file}: no column "${f}" (named by --fields)`);
  const ids: string[] = [];
  const people: LinkagePerson[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((row, n) => {
    const id = row[idCol] ?? '';
    if (id === '') throw new CliError(`${file}: row ${n + 2}: empty id`);
    if (seen.has(id)) throw new CliError(`${file}: row ${n + 2}: id "${id}" appears twice`);
    seen.add(id);
    ids.push(id);
    const other: Record<string, string | undefined> = {};
    for (const f of extra) other[f] = row[f];
    people.push({
      givenName: given ? row[given] : undefined,
      surname: surname ? row[surname] : undefined,
      dateOfBirth: dob ? row[dob] : undefined,
      sex: sex ? row[sex] : undefined,
      other,
    });
  });
  return { ids, people };
}

function isKeyFile(file: string): boolean {
  return /\.json$/i.test(file);
}

function readKeyFile(file: string, scheme: LinkageScheme, lay: SchemeLayout): { ids: string[]; keys: Uint32Array[] } {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new CliError(`cannot read the key file ${file}: ${(err as Error).message}`);
  }
  const checked = keyFile.safeParse(value);
  if (!checked.success) throw new CliError(`${file}: not a key file of haven link --encode`);
  const parsed = checked.data;
  if (parsed.scheme !== scheme.id)
    throw new CliError(`${file}: keys of scheme "${parsed.scheme}", not "${scheme.id}" (give the same --fields as when encoding)`);
  try {
    return { ids: parsed.keys.map((k) => String(k.id)), keys: parsed.keys.map((k) => keyFromBase64(k.key, lay.words)) };
  } catch (err) {
    throw new CliError(`${file}: ${(err as Error).message}`);
  }
}

function blocksOf(lay: SchemeLayout, set: KeySet, i: number): string[] {
  return bands(lay)
    .map((band, k) => ({ k, x: blockKey(set, i, band, k) }))
    .filter(({ x }) => x >= 0)
    .map(({ k, x }) => `${k}:${x.toString(16).padStart(8, '0')}`);
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
}

async function link(o: LinkOptions): Promise<void> {
  const started = performance.now();
  if (!o.a) throw new CliError('give --a FILE (and --b FILE to link, or --encode to write keys)');
  if (!o.encode && !o.b) throw new CliError('give --b FILE to link against, or --encode to write the keys of --a');
  const extra = list(o.fields);
  const scheme = withTextFields(SCHEME_V1, extra, o.blockOn === undefined ? extra : list(o.blockOn));
  const lay = layout(scheme);
  const threshold = o.threshold === undefined ? scheme.threshold : Number(o.threshold);
  if (!(threshold > 0 && threshold <= 1)) throw new CliError('--threshold must be a number in (0, 1]');
  const method = o.method ?? 'auto';
  if (!['auto', 'all', 'blocked'].includes(method)) throw new CliError('--method must be auto, all or blocked');

  const files = o.encode ? [o.a] : [o.a, o.b as string];
  const hash = files.some((f) => !isKeyFile(f)) ? readSecret(o) : undefined;
  const t0 = performance.now();
  const sides = files.map((file) => {
    if (isKeyFile(file)) return { file, ...readKeyFile(file, scheme, lay) };
    const { ids, people } = readCsv(file, o, extra);
    return { file, ids, keys: people.map((p) => encodePerson(p, scheme, hash as KeyedHash, lay)) };
  });
  const encodeMs = performance.now() - t0;

  if (o.encode) {
    const side = sides[0]!;
    const set = keySet(lay, side.keys);
    const out: KeyFile = {
      scheme: scheme.id,
      fingerprint: secretFingerprint(hash as KeyedHash),
      keys: side.ids.map((id, i) => ({ id, key: keyToBase64(side.keys[i] as Uint32Array), blocks: blocksOf(lay, set, i) })),
    };
    const text = `${JSON.stringify(out)}\n`;
    if (o.out) fs.writeFileSync(o.out, text);
    else process.stdout.write(text);
    if (o.out || !o.json) process.stderr.write(`${side.ids.length} keys of scheme ${scheme.id}${o.out ? ` written to ${o.out}` : ''}\n`);
    return;
  }

  const [A, B] = sides as [(typeof sides)[0], (typeof sides)[0]];
  const t1 = performance.now();
  const a = keySet(lay, A.keys);
  const b = keySet(lay, B.keys);
  const chosen = method === 'auto' ? (a.n * b.n <= 25_000_000 ? 'all' : 'blocked') : method;
  const stats: CompareStats = { comparisons: 0, pruned: 0 };
  const candidates = chosen === 'all' ? allPairs(lay, a, b, { threshold }, stats) : blockedPairs(lay, a, b, { threshold }, stats);
  const compareMs = performance.now() - t1;
  const t2 = performance.now();
  const matched = oneToOne(candidates);
  const matchMs = performance.now() - t2;
  const pairs = matched.map((m) => ({ a: A.ids[m.a] as string, b: B.ids[m.b] as string, score: Math.round(m.score * 10000) / 10000 }));
  const result = {
    pairs,
    scheme: scheme.id,
    threshold,
    method: chosen,
    a: { file: A.file, records: A.ids.length },
    b: { file: B.file, records: B.ids.length },
    candidates: candidates.length,
    comparisons: stats.comparisons,
    timing: {
      encodeMs: Math.round(encodeMs),
      compareMs: Math.round(compareMs),
      matchMs: Math.round(matchMs),
      totalMs: Math.round(performance.now() - started),
      comparisonsPerSecond: compareMs > 0 ? Math.round(stats.comparisons / (compareMs / 1000)) : null,
    },
  };
  if (o.json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  for (const p of pairs) process.stdout.write(`${p.a}\t${p.b}\t${p.score}\n`);
  process.stderr.write(
    `${pairs.length} pairs (${result.a.records} × ${result.b.records} records, ${chosen === 'all' ? 'all pairs' : 'blocked'}, threshold ${threshold}, scheme ${scheme.id}); ` +
      `${stats.comparisons.toLocaleString('en-GB')} comparisons in ${result.timing.compareMs} ms, ${result.timing.totalMs} ms in all\n`,
  );
}

export function registerLinkCommands(program: Command): void {
  program
    .command('link')
    .description('count people once without sharing who they are: link two CSV files (or key files) through keyed Bloom-filter keys')
    .option('--a <file>', 'the first list: a CSV file of people, or a key file of --encode (.json)')
    .option('--b <file>', 'the second list, likewise')
    .option('--encode', 'write only the keys of --a (id, base64 key, block keys), as JSON')
    .option('--out <file>', 'with --encode: write the keys to this file instead of standard output')
    .option('--secret-file <file>', 'the linkage secret shared by the organisations (default: HAVEN_LINK_SECRET); never printed')
    .option('--id <column>', 'the id column (default: rec_id, id, record_id or person_id)')
    .option('--fields <columns>', 'further free-text columns to encode, comma-separated (for example an address)')
    .option('--block-on <columns>', 'of --fields, those to block on (default: all of them)')
    .option('--threshold <score>', `the match threshold in (0, 1] (default ${SCHEME_V1.threshold})`)
    .option('--method <method>', 'auto (all pairs up to 25 million, else blocked), all or blocked', 'auto')
    .option('--json', 'machine-readable output')
    .action((o: LinkOptions) => link(o));
}
