import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Run, runHaven } from './testing.js';
import { afterAll, describe, expect, it } from 'vitest';

/** `haven link` as organisations run it: a real process, no database, small generated files (never ../shared). */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-link-'));
const SECRET = 'a test secret of the network, 32+';

function haven(args: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  return runHaven(args, { HAVEN_LINK_SECRET: undefined, ...env });
}

const GIVEN = ['olena', 'mariia', 'ion', 'ana', 'grace', 'fatima', 'nguyen', 'peter', 'svetlana', 'andrii', 'elena', 'joy', 'blessing', 'amina', 'dmytro'];
const FAMILY = ['kovalenko', 'petrenko', 'popescu', 'okafor', 'ahmed', 'tran', 'smith', 'ivanova', 'shevchenko', 'rossi', 'nowak', 'eze', 'bello', 'melnyk'];

/** A deterministic generator: n people in A; B holds the first `shared` of them with small changes, and others. */
function generate(n: number, shared: number) {
  let s = 42;
  const r = (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % k;
  };
  const people = Array.from({ length: n + (n - shared) }, () => ({
    given: GIVEN[r(GIVEN.length)] as string,
    surname: FAMILY[r(FAMILY.length)] as string,
    dob: `19${60 + r(40)}-${String(1 + r(12)).padStart(2, '0')}-${String(1 + r(28)).padStart(2, '0')}`,
    sex: r(2) ? 'f' : 'm',
  }));
  const typo = (w: string) => {
    const i = 1 + r(w.length - 2);
    return w.slice(0, i) + w.slice(i + 1);
  };
  const a = people.slice(0, n).map((p, i) => [`a-${i}`, p.given, p.surname, p.dob, p.sex]);
  const b = people.slice(0, shared).map((p, i) => {
    const k = i % 4;
    // 0: unchanged, 1: a typo in the surname, 2: Cyrillic-free capitals and accents, 3: the date written day first
    const surname = k === 1 ? typo(p.surname) : k === 2 ? `${p.surname.toUpperCase()}` : p.surname;
    const given = k === 2 ? `${p.given[0]?.toUpperCase()}${p.given.slice(1)}é`.replace(/é$/, '') : p.given;
    const dob = k === 3 ? p.dob.split('-').reverse().join('.') : p.dob;
    return [`b-${i}`, given, surname, dob, p.sex];
  });
  // Others in B: different people (a different date of birth at least).
  for (const p of people.slice(n)) b.push([`b-${b.length}`, p.given, p.surname, `20${10 + r(9)}-0${1 + r(9)}-1${r(9)}`, p.sex]);
  return { a, b };
}

function csv(name: string, rows: string[][], sep = ','): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, [['rec_id', 'given_name', 'surname', 'date_of_birth', 'sex'].join(sep), ...rows.map((r) => r.join(sep))].join('\n'));
  return file;
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('haven link', () => {
  const { a, b } = generate(200, 120);
  const fileA = csv('a.csv', a);
  const fileB = csv('b.csv', b, ', ');

  it('--json links two CSV files and finds the true pairs', async () => {
    const r = await haven(['link', '--a', fileA, '--b', fileB, '--json'], { HAVEN_LINK_SECRET: SECRET });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      pairs: { a: string; b: string; score: number }[];
      scheme: string;
      threshold: number;
      comparisons: number;
      timing: { totalMs: number; compareMs: number };
    };
    expect(out.scheme).toBe('haven-link/1');
    expect(out.comparisons).toBeGreaterThan(0);
    expect(typeof out.timing.totalMs).toBe('number');
    for (const p of out.pairs) {
      expect(typeof p.a).toBe('string');
      expect(p.score).toBeGreaterThanOrEqual(out.threshold);
      expect(p.score).toBeLessThanOrEqual(1);
    }
    const truth = (p: { a: string; b: string }) => p.a.slice(2) === p.b.slice(2);
    const tp = out.pairs.filter(truth).length;
    expect(tp / 120).toBeGreaterThanOrEqual(0.95);
    expect(tp / out.pairs.length).toBeGreaterThanOrEqual(0.95);
    // 1-to-1
    expect(new Set(out.pairs.map((p) => p.a)).size).toBe(out.pairs.length);
    expect(new Set(out.pairs.map((p) => p.b)).size).toBe(out.pairs.length);
    expect(r.stdout + r.stderr).not.toContain(SECRET);

    const blocked = await haven(['link', '--a', fileA, '--b', fileB, '--json', '--method', 'blocked'], { HAVEN_LINK_SECRET: SECRET });
    expect(JSON.parse(blocked.stdout).pairs.filter(truth).length).toBeGreaterThanOrEqual(tp - 2);
  });

  it('--encode writes only ids and keys, and key files link without the secret', async () => {
    const secretFile = path.join(dir, 'secret');
    fs.writeFileSync(secretFile, `${SECRET}\n`);
    const ka = path.join(dir, 'ka.json');
    const kb = path.join(dir, 'kb.json');
    expect((await haven(['link', '--encode', '--a', fileA, '--out', ka, '--secret-file', secretFile])).code).toBe(0);
    const r = await haven(['link', '--encode', '--a', fileB, '--secret-file', secretFile]);
    expect(r.code, r.stderr).toBe(0);
    fs.writeFileSync(kb, r.stdout);
    const keys = JSON.parse(fs.readFileSync(ka, 'utf8')) as { scheme: string; fingerprint: string; keys: { id: string; key: string; blocks: string[] }[] };
    expect(keys.scheme).toBe('haven-link/1');
    // The same secret gives the same fingerprint; the fingerprint is not the secret.
    expect(keys.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect((JSON.parse(r.stdout) as { fingerprint: string }).fingerprint).toBe(keys.fingerprint);
    expect(fs.readFileSync(ka, 'utf8')).not.toContain(SECRET);
    expect(keys.keys).toHaveLength(200);
    expect(Object.keys(keys.keys[0] ?? {}).sort()).toEqual(['blocks', 'id', 'key']);
    const text = fs.readFileSync(ka, 'utf8');
    for (const word of ['olena', 'kovalenko', '19']) expect(text.toLowerCase()).not.toContain(`"${word}`);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);

    const linked = await haven(['link', '--a', ka, '--b', kb, '--json']);
    expect(linked.code, linked.stderr).toBe(0);
    const direct = await haven(['link', '--a', fileA, '--b', fileB, '--json'], { HAVEN_LINK_SECRET: SECRET });
    expect(JSON.parse(linked.stdout).pairs).toEqual(JSON.parse(direct.stdout).pairs);
  });

  it('refuses to run without a secret, and names bad input, with exit code 2', async () => {
    const noSecret = await haven(['link', '--a', fileA, '--b', fileB, '--json']);
    expect(noSecret.code).toBe(2);
    expect(noSecret.stderr).toMatch(/no linkage secret/);
    const short = await haven(['link', '--a', fileA, '--b', fileB], { HAVEN_LINK_SECRET: 'short' });
    expect(short.stderr).toMatch(/too short/);
    const noId = path.join(dir, 'noid.csv');
    fs.writeFileSync(noId, 'name,given_name\nx,y\n');
    for (const [args, message] of [
      [['link', '--a', noId, '--b', fileB], /no id column/],
      [['link', '--a', fileA], /give --b FILE/],
      [['link', '--a', fileA, '--b', fileB, '--threshold', '2'], /--threshold/],
      [['link', '--a', path.join(dir, 'missing.csv'), '--b', fileB], /cannot read/],
    ] as const) {
      const r = await haven([...args], { HAVEN_LINK_SECRET: SECRET });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
