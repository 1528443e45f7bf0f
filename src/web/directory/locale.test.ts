import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ELIGIBLE_GENDERS, SERVICE_STATUSES, SERVICE_TYPES } from '../../core/referrals/directory.js';
import english from '../locales/en/directory.json' with { type: 'json' };
import persons from '../locales/en/persons.json' with { type: 'json' };
import { COUNT_KINDS } from './DirectoryTransferPage.js';
import { SERVICE_FIELDS } from './draft.js';

/** The English texts of the directory screens: every key the code asks for exists, and every text is a valid message. */

const here = import.meta.dirname;

function lookup(key: string, root: unknown = english): unknown {
  let node: unknown = root;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function sourceKeys(): string[] {
  const keys = new Set<string>();
  for (const file of sourceFiles(here)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\bt\('((?:directory:)?[a-zA-Z][\w.-]*)'/g)) keys.add(m[1]!.replace(/^directory:/, ''));
    // Keys given with their namespace in the pure modules (`'directory:form.errors.types'`).
    for (const m of text.matchAll(/'form\.errors\.(\w+)'/g)) keys.add(`form.errors.${m[1]}`);
  }
  return [...keys].filter((k) => !k.includes(':'));
}

function strings(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('the English texts of the directory', () => {
  it('have every key the screens use', () => {
    const keys = sourceKeys();
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => typeof lookup(k) !== 'string')).toEqual([]);
  });

  it('name every code of every list', () => {
    const lists: [string, readonly string[]][] = [
      ['types', SERVICE_TYPES],
      ['statuses', SERVICE_STATUSES],
      ['genders', ELIGIBLE_GENDERS],
      ['fieldNames', SERVICE_FIELDS],
      ['transfer.counts', COUNT_KINDS],
      ['service', ['created', 'updated']],
      ['transfer.export.json', ['all', 'mine']],
      ['transfer.export.tabular', ['all', 'mine']],
    ];
    const missing = lists.flatMap(([prefix, codes]) => codes.map((c) => `${prefix}.${c}`)).filter((k) => typeof lookup(k) !== 'string');
    expect(missing).toEqual([]);
  });

  it('have the general form messages they borrow from the person forms', () => {
    for (const key of ['required', 'chooseOne', 'email', 'phone', 'tooLong', 'range', 'duplicate', 'invalid']) {
      expect(typeof lookup(`validation.${key}`, persons), key).toBe('string');
    }
  });

  it('are valid messages, and plurals read well', () => {
    for (const [key, text] of strings(english)) expect(() => new IntlMessageFormat(text, 'en'), key).not.toThrow();
    const format = (key: string, values: Record<string, unknown>) => new IntlMessageFormat(lookup(key) as string, 'en').format(values);
    expect(format('list.found', { count: 0 })).toBe('No service found');
    expect(format('list.found', { count: 1 })).toBe('1 service found');
    expect(format('transfer.refused', { count: 3, file: 'bad.json' })).toBe(
      'bad.json has 3 problems. Make the corrections and import the file again: the directory is unchanged.',
    );
    expect(format('transfer.progress', { percent: 0.42 })).toBe('Sending: 42%');
    expect(format('transfer.counts.locations', { count: 1 })).toBe('1 address');
  });
});
