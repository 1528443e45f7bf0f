import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { CALLERS, CHANNELS, DANGER_LEVELS, DEFAULT_REASONS, DIRECTIONS, EMERGENCY_STEPS } from '../../core/hotline/contact.js';
import english from '../locales/en/hotline.json' with { type: 'json' };
import { CONTACT_FIELDS } from './conflict.js';
import { FOLLOW_UP_FILTERS } from './filters.js';

/** The English texts of the hotline screens: every key the code asks for exists, and every text is a valid message. */

const here = import.meta.dirname;

function lookup(key: string): unknown {
  let node: unknown = english;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function sourceKeys(): string[] {
  const keys = new Set<string>();
  for (const file of fs.readdirSync(here)) {
    if (!/\.tsx?$/.test(file) || file.endsWith('.test.ts')) continue;
    const text = fs.readFileSync(path.join(here, file), 'utf8');
    for (const m of text.matchAll(/\bt\('((?:hotline:)?[a-zA-Z][\w.-]*)'/g)) keys.add(m[1]!.replace(/^hotline:/, ''));
  }
  return [...keys].filter((k) => !k.includes(':'));
}

function strings(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('the English texts of the hotline', () => {
  it('have every key the screens use', () => {
    const keys = sourceKeys();
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => typeof lookup(k) !== 'string')).toEqual([]);
  });

  it('name every code of every list', () => {
    const lists: [string, readonly string[]][] = [
      ['channels', CHANNELS],
      ['directions', DIRECTIONS],
      ['callers', CALLERS],
      ['reasons', DEFAULT_REASONS],
      ['danger', DANGER_LEVELS],
      ['dangerHints', DANGER_LEVELS],
      ['steps', EMERGENCY_STEPS],
      ['filters.followUp', FOLLOW_UP_FILTERS],
      ['conflict.names', CONTACT_FIELDS],
      ['timer', ['paused', 'stopped']],
      ['people', ['you', 'former', 'unknown']],
    ];
    const missing = lists.flatMap(([prefix, codes]) => codes.map((c) => `${prefix}.${c}`)).filter((k) => typeof lookup(k) !== 'string');
    expect(missing).toEqual([]);
  });

  it('are valid messages, and plurals and durations read well', () => {
    for (const [key, text] of strings(english)) expect(() => new IntlMessageFormat(text, 'en'), key).not.toThrow();
    const format = (key: string, values: Record<string, unknown>) => new IntlMessageFormat(lookup(key) as string, 'en').format(values);
    expect(format('contact.durationValue', { hours: 0, minutes: 4, seconds: 5 })).toBe('4 min 5 s');
    expect(format('contact.durationValue', { hours: 1, minutes: 0, seconds: 9 })).toBe('1 h 0 min 9 s');
    expect(format('list.found', { count: 1 })).toBe('1 contact found');
    expect(format('list.openFollowUps', { count: 2 })).toBe('2 follow-ups open');
  });
});
