/**
 * The CTDC-compatible anonymised case file at scale (`npm run bench:anonymise`).
 *
 * Generates N synthetic cases (1,000,000 by default) with a realistic skew: a few citizenships
 * dominate (Zipf-like weights over 80 countries of origin), most exploitation happens in the
 * country of citizenship or in a few destinations, registrations grow over 2010-2024, women and
 * adults in their twenties predominate, and the lists (forms of exploitation, sectors, means of
 * control, recruitment) come from a few hundred shared profiles. Then, in one process:
 *   (a) the export: `anonymise` (lattice search, suppression) at k = 11 and the CSV written to a
 *       temporary file: the time, rows per second, the share suppressed, the levels chosen;
 *   (b) the baseline: suppression alone (no generalisation, levels fixed at 0) and its file;
 *   (c) the check: the file of (a) read back as a stream and k checked on its rows (`checkFile`,
 *       what `haven anonymise` runs after writing; timed apart from (a)).
 * Reports the peak RSS of the process, the ratio of (a) to (b), and PASS/FAIL against the target
 * (N = 1,000,000 to a k = 11 file in under 30 s). Exits 0 whether the target is met or not, 1
 * when the measurement itself failed (the check found a class smaller than k).
 *
 * Options: --cases N (1000000), --k N (11), --max-suppression S (0.05), --seed N (7), --json <file>.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  CONTROL_METHOD,
  type EXPLOITATION_FORM,
  type GENDER,
  LABOUR_SECTOR,
  type RECRUITMENT_METHOD,
  type RELATIONSHIP_TO_TRAFFICKER,
} from '../src/core/cases/codes.js';
import type { CaseFacts } from '../src/core/data/anonymise/ctdc.js';
import { ctdcCsv } from '../src/core/data/anonymise/ctdc-csv.js';
import { type Anonymised, anonymise } from '../src/core/data/anonymise/k-anonymity.js';
import { checkFile } from '../src/cli/anonymise-commands.js';
import { mb, parseArgs, RssSampler, verdict, writeJson } from './lib.js';

const TARGET_MS = 30_000;
const args = parseArgs();
const n = Math.round(args.num('cases', 1_000_000));
const k = Math.round(args.num('k', 11));
const maxSuppression = args.num('max-suppression', 0.05);
let seed = Math.round(args.num('seed', 7));

// ---------------------------------------------------------------- synthetic cases

/** Mulberry32: a small, fast, seeded generator. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Draws from weighted items through a cumulative table. */
function weighted<T>(items: readonly T[], weights: readonly number[]): () => T {
  const total = weights.reduce((s, w) => s + w, 0);
  let sum = 0;
  const cumulative = Float64Array.from(weights, (w) => {
    sum += w;
    return sum / total;
  });
  return () => {
    const r = random();
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) < r) lo = mid + 1;
      else hi = mid;
    }
    return items[lo] as T;
  };
}

const zipf = (count: number, s = 1.1) => Array.from({ length: count }, (_, i) => 1 / (i + 1) ** s);

// Countries of origin, most frequent first (the order, not the figures, follows published CTDC summaries).
const ORIGINS = [
  'UKR',
  'PHL',
  'IDN',
  'MDA',
  'KHM',
  'USA',
  'MMR',
  'BLR',
  'HTI',
  'VNM',
  'NGA',
  'ROU',
  'UZB',
  'KGZ',
  'BGD',
  'NPL',
  'ETH',
  'GHA',
  'LAO',
  'THA',
  'MEX',
  'GTM',
  'HND',
  'SLV',
  'COL',
  'VEN',
  'BRA',
  'BOL',
  'PER',
  'ECU',
  'DOM',
  'CHN',
  'IND',
  'PAK',
  'LKA',
  'AFG',
  'SYR',
  'IRQ',
  'YEM',
  'SDN',
  'ERI',
  'SOM',
  'KEN',
  'UGA',
  'TZA',
  'COD',
  'CMR',
  'SEN',
  'MLI',
  'NER',
  'GIN',
  'SLE',
  'LBR',
  'CIV',
  'BFA',
  'TGO',
  'BEN',
  'MDG',
  'MOZ',
  'ZWE',
  'ALB',
  'BGR',
  'HUN',
  'POL',
  'SVK',
  'SRB',
  'BIH',
  'MKD',
  'XKX',
  'RUS',
  'KAZ',
  'TJK',
  'TKM',
  'AZE',
  'ARM',
  'GEO',
  'TUR',
  'EGY',
  'MAR',
  'TUN',
];
const DESTINATIONS = [
  'USA',
  'RUS',
  'GBR',
  'THA',
  'MYS',
  'SAU',
  'ARE',
  'ITA',
  'DEU',
  'GRC',
  'TUR',
  'POL',
  'ESP',
  'FRA',
  'NLD',
  'KAZ',
  'JPN',
  'KOR',
  'QAT',
  'ISR',
];
const origin = weighted(ORIGINS, zipf(ORIGINS.length, 1.2));
const destination = weighted(DESTINATIONS, zipf(DESTINATIONS.length, 1));
const YEARS = Array.from({ length: 15 }, (_, i) => 2010 + i);
const year = weighted(
  YEARS,
  YEARS.map((_, i) => 1 + i * 0.4),
);
type Gender = (typeof GENDER.ids)[number];
const gender = weighted<Gender | undefined>(
  ['feminine', 'masculine', 'transgender-feminine', 'non-conforming', 'unspecified', undefined],
  [58, 38, 0.5, 0.3, 1.2, 2],
);
const AGES = [5, 14, 19, 22, 25, 28, 34, 43, 55, undefined];
const age = weighted(AGES, [2, 14, 11, 13, 13, 11, 17, 9, 5, 5]);

type Form = (typeof EXPLOITATION_FORM.ids)[number];
type Recruitment = (typeof RECRUITMENT_METHOD.ids)[number];
type Relationship = (typeof RELATIONSHIP_TO_TRAFFICKER.ids)[number];

/** A few hundred shared profiles of the lists, so that a million cases share their arrays. */
function profiles(count: number): Omit<CaseFacts, 'registrationYear' | 'gender' | 'age' | 'citizenship' | 'countryOfExploitation'>[] {
  const pick = <T>(xs: readonly T[], p: number): T[] => xs.filter(() => random() < p);
  const form = weighted<Form[]>(
    [
      ['forced-labour'],
      ['sexual-exploitation'],
      ['forced-labour', 'sexual-exploitation'],
      ['domestic-servitude'],
      ['forced-begging'],
      ['forced-criminality'],
      ['forced-marriage'],
      ['other'],
      [],
    ],
    [40, 35, 5, 6, 3, 3, 2, 2, 4],
  );
  const relationship = weighted<Relationship | undefined>(['familial', 'acquainted', 'unacquainted', undefined], [15, 30, 10, 45]);
  return Array.from({ length: count }, () => {
    const forms = form();
    const labour = forms.some((f) => f !== 'sexual-exploitation');
    const sexual = forms.includes('sexual-exploitation');
    const control = pick(CONTROL_METHOD.ids, 0.18);
    const recruitment = pick<Recruitment>(['job-offer', 'intimate-partner', 'familial', 'internet', 'abduction', 'other'], 0.2);
    const months = random() < 0.4 ? undefined : Math.floor(random() * 48);
    return Object.freeze({
      exploitationForms: forms.length ? Object.freeze(forms) : undefined,
      labourSectors: labour && random() < 0.7 ? Object.freeze(pick(LABOUR_SECTOR.ids, 0.08)) : undefined,
      sexualExploitationTypes:
        sexual && random() < 0.6 ? Object.freeze(random() < 0.8 ? (['prostitution'] as const) : (['prostitution', 'pornography'] as const)) : undefined,
      controlMethods: control.length ? Object.freeze(control) : undefined,
      recruitmentMethods: recruitment.length ? Object.freeze(recruitment) : undefined,
      relationshipToTrafficker: relationship(),
      monthsInTrafficking: months,
    });
  });
}

function generate(count: number): CaseFacts[] {
  const pool = profiles(400);
  const out = new Array<CaseFacts>(count);
  for (let i = 0; i < count; i++) {
    const c = random() < 0.97 ? origin() : undefined;
    const r = random();
    out[i] = {
      registrationYear: year(),
      gender: gender(),
      age: age(),
      citizenship: c,
      countryOfExploitation: r < 0.05 ? undefined : r < 0.6 && c ? c : destination(),
      ...(pool[Math.floor(random() * pool.length)] as object),
    };
  }
  return out;
}

// ---------------------------------------------------------------- measure

function writeFile(file: string, facts: readonly CaseFacts[], a: Anonymised): number {
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  try {
    for (const chunk of ctdcCsv(facts, a)) bytes += fs.writeSync(fd, chunk);
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}

function exportTo(file: string, facts: readonly CaseFacts[], options: Parameters<typeof anonymise>[1]) {
  const t0 = performance.now();
  const a = anonymise(facts, options);
  const t1 = performance.now();
  const bytes = writeFile(file, facts, a);
  const t2 = performance.now();
  return { a, searchMs: t1 - t0, writeMs: t2 - t1, totalMs: t2 - t0, bytes };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-anonymise-'));
try {
  const rss = new RssSampler().start();
  console.log(`generating ${n.toLocaleString('en-GB')} synthetic cases ...`);
  const g0 = performance.now();
  const facts = generate(n);
  const generateMs = performance.now() - g0;

  const main = exportTo(path.join(dir, 'ctdc.csv'), facts, { k, maxSuppression });
  const base = exportTo(path.join(dir, 'baseline.csv'), facts, {
    k,
    levels: { gender: 0, ageBroad: 0, citizenship: 0, CountryOfExploitation: 0, yearOfRegistration: 0 },
  });
  const peak = rss.stop();

  const c0 = performance.now();
  const check = await checkFile(path.join(dir, 'ctdc.csv'), k);
  const checkMs = performance.now() - c0;

  const r = main.a.report;
  const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
  const pass = main.totalMs < TARGET_MS && n >= 1_000_000;
  console.log(`\n${n.toLocaleString('en-GB')} cases, k = ${k}, at most ${pct(maxSuppression)} suppressed (generated in ${(generateMs / 1000).toFixed(1)} s)`);
  console.log(
    `(a) export: ${(main.totalMs / 1000).toFixed(2)} s (search ${(main.searchMs / 1000).toFixed(2)} s over ${r.nodesEvaluated} nodes, CSV ${(main.writeMs / 1000).toFixed(2)} s, ${mb(main.bytes)})`,
  );
  console.log(
    `    ${Math.round(n / (main.totalMs / 1000)).toLocaleString('en-GB')} cases/s; kept ${r.kept.toLocaleString('en-GB')}, suppressed ${r.suppressed.toLocaleString('en-GB')} (${pct(r.suppressedShare)}) in ${r.suppression.classes} classes smaller than k`,
  );
  console.log(
    `    levels: ${Object.entries(r.levelNames)
      .map(([q, l]) => `${q} = ${l}`)
      .join(', ')}; information loss ${r.informationLoss.toFixed(3)}; ${r.classes.toLocaleString('en-GB')} classes, the smallest of ${r.smallestClass}`,
  );
  console.log(
    `(b) baseline, suppression alone: ${(base.totalMs / 1000).toFixed(2)} s; suppressed ${base.a.report.suppressed.toLocaleString('en-GB')} (${pct(base.a.report.suppressedShare)})`,
  );
  console.log(`    ratio (a) / (b): ${(main.totalMs / base.totalMs).toFixed(2)}`);
  console.log(
    `(c) check on the file read back: ${check.ok ? 'k holds' : 'K VIOLATED'}: ${check.rows.toLocaleString('en-GB')} rows, ${check.classes} classes, the smallest of ${check.smallestClass} (${(checkMs / 1000).toFixed(1)} s)`,
  );
  console.log(`peak RSS ${mb(peak)}`);
  console.log(`target: ${n.toLocaleString('en-GB')} cases to a k = ${k} file in under ${TARGET_MS / 1000} s: ${verdict(pass)}`);

  writeJson(args.json, {
    benchmark: 'anonymise',
    date: new Date().toISOString(),
    node: process.version,
    cpus: os.cpus().length,
    cpu: os.cpus()[0]?.model,
    cases: n,
    k,
    maxSuppression,
    export: {
      ms: Math.round(main.totalMs),
      searchMs: Math.round(main.searchMs),
      writeMs: Math.round(main.writeMs),
      casesPerSecond: Math.round(n / (main.totalMs / 1000)),
      bytes: main.bytes,
      kept: r.kept,
      suppressed: r.suppressed,
      suppressedShare: r.suppressedShare,
      boundMet: r.boundMet,
      levels: r.levels,
      levelNames: r.levelNames,
      informationLoss: r.informationLoss,
      classes: r.classes,
      smallestClass: r.smallestClass,
      suppression: r.suppression,
      nodesEvaluated: r.nodesEvaluated,
    },
    baseline: { ms: Math.round(base.totalMs), suppressed: base.a.report.suppressed, suppressedShare: base.a.report.suppressedShare },
    ratioToBaseline: main.totalMs / base.totalMs,
    check: { ok: check.ok, rows: check.rows, classes: check.classes, smallestClass: check.smallestClass, ms: Math.round(checkMs) },
    peakRssBytes: peak,
    target: { ms: TARGET_MS, pass },
  });
  if (!check.ok) process.exitCode = 1;
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
