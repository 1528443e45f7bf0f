import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGN_IDS } from '../../core/prevention/help.js';
import english from '../locales/en/help.json' with { type: 'json' };

/** The public page's English texts: every key the page asks for exists; every language file has the same keys. */

const here = import.meta.dirname;

function strings(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe('the texts of the public help page', () => {
  const keys = new Set(strings(english));

  it('have every key the page uses, and every sign’s four texts', () => {
    const used = new Set<string>();
    for (const file of fs.readdirSync(here)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const text = fs.readFileSync(path.join(here, file), 'utf8');
      for (const m of text.matchAll(/\bt\('([a-zA-Z][\w.-]*)'/g)) used.add(m[1] as string);
      for (const m of text.matchAll(/'((?:check|results|contacts|message|exit|intro)\.[\w.]+)'/g)) used.add(m[1] as string);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
    for (const id of SIGN_IDS)
      for (const part of ['title', 'question', 'explanation', 'check']) expect(keys.has(`signs.${id}.${part}`), `${id}.${part}`).toBe(true);
    for (const code of ['empty', 'replyTo', 'tooMany', 'network', 'closed', 'invalid', 'failed']) expect(keys.has(`message.errors.${code}`)).toBe(true);
  });

  it('are complete in every language that has them', () => {
    const locales = path.join(here, '..', 'locales');
    for (const lang of fs.readdirSync(locales)) {
      const file = path.join(locales, lang, 'help.json');
      if (!fs.existsSync(file)) continue;
      const theirs = new Set(strings(JSON.parse(fs.readFileSync(file, 'utf8'))));
      expect(
        [...keys].filter((k) => !theirs.has(k)),
        lang,
      ).toEqual([]);
      expect(
        [...theirs].filter((k) => !keys.has(k)),
        lang,
      ).toEqual([]);
    }
  });
});
