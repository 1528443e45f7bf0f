import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Run, runHaven } from './testing.js';
import { afterAll, describe, expect, it } from 'vitest';
import { INSTRUMENTS } from '../core/identification/instruments/index.js';

/** `haven screen` as integrators run it: a real process, no database. */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-screen-'));

function haven(args: string[]): Promise<Run> {
  return runHaven(args);
}

function answersFile(name: string, answers: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(answers));
  return file;
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('haven screen', () => {
  it('--list --json prints every instrument with its dimensions and indicators', async () => {
    const r = await haven(['screen', '--list', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      instruments: { id: string; version: number; dimensions: { id: string; indicators: { id: string; strength: string }[] }[] }[];
    };
    expect(out.instruments.map((i) => i.id)).toEqual(['adult-labour', 'adult-sexual', 'child-labour', 'child-sexual']);
    for (const i of out.instruments) {
      expect(i.version).toBeGreaterThanOrEqual(1);
      expect(i.dimensions).toHaveLength(6);
      for (const d of i.dimensions) for (const x of d.indicators) expect(['strong', 'medium', 'weak']).toContain(x.strength);
    }
  });

  it('--instrument --answers --json screens: a presumed victim when recruitment, exploitation and control are present', async () => {
    const def = INSTRUMENTS['adult-labour'];
    // Two strong indicators in one dimension of each group (the sets have them), or every indicator of the dimension.
    const yesTo = (dim: string) => {
      const d = def.dimensions.find((x) => x.id === dim)!;
      return Object.fromEntries(d.indicators.map((i) => [i.id, 'yes']));
    };
    const file = answersFile('victim.json', { ...yesTo('deceptive-recruitment'), ...yesTo('exploitative-conditions'), ...yesTo('coercion-at-destination') });
    const r = await haven(['screen', '--instrument', 'adult-labour', '--answers', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { presumedVictim: boolean; dimensions: Record<string, { present: boolean; indicators: unknown[] }>; unknown: number };
    expect(out.presumedVictim).toBe(true);
    expect(out.dimensions['exploitative-conditions']?.present).toBe(true);
    expect(out.dimensions['coercive-recruitment']?.present).toBe(false);
    expect(out.unknown).toBeGreaterThan(0);

    const none = await haven(['screen', '--instrument', 'adult-labour', '--answers', answersFile('none.json', {}), '--json']);
    expect(JSON.parse(none.stdout)).toMatchObject({ presumedVictim: false, settled: false });
  });

  it('refuses an unknown instrument, an unknown indicator and a bad answer, with exit code 2', async () => {
    const file = answersFile('a.json', { 'no-such-indicator': 'yes' });
    for (const [args, message] of [
      [['screen', '--instrument', 'adult-fishing', '--answers', file], /unknown instrument "adult-fishing"/],
      [['screen', '--instrument', 'adult-labour', '--answers', file], /not indicators of adult-labour: no-such-indicator/],
      [['screen', '--instrument', 'adult-labour', '--answers', answersFile('b.json', { x: 'maybe' })], /must be an object of indicator ids/],
      [['screen', '--instrument', 'adult-labour', '--answers', path.join(dir, 'missing.json')], /cannot read the answers/],
      [['screen'], /give --list/],
    ] as const) {
      const r = await haven([...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
