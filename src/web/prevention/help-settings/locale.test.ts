import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import english from '../../locales/en/helpSettings.json' with { type: 'json' };

/** The English texts of the help settings page: every key the page asks for exists, and every text is a valid message. */

function lookup(key: string): unknown {
  let node: unknown = english;
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return node;
}

function strings(node: unknown, prefix = ''): [string, string][] {
  if (typeof node === 'string') return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('the English texts of the help settings', () => {
  it('have every key the page uses', () => {
    const text = fs.readFileSync(path.join(import.meta.dirname, 'pages.tsx'), 'utf8');
    const keys = [...text.matchAll(/\bt\('([a-zA-Z][\w.-]*)'/g)].map((m) => m[1]!);
    // The contact fields' labels are asked for by name.
    keys.push(...['name', 'phone', 'url', 'email', 'hours', 'languages'].map((f) => `contacts.${f}`));
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((k) => typeof lookup(k) !== 'string')).toEqual([]);
  });

  it('are valid messages', () => {
    for (const [key, value] of strings(english))
      expect(() => new IntlMessageFormat(value, 'en').format({ language: 'English', country: 'Greece', name: 'Line', n: 1 }), key).not.toThrow();
  });
});
