import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../core/platform/schemas.js';
import { ACTIONS } from '../../core/platform/policy.js';
import { ORG_TYPES, ROLES, UI_LANGUAGES } from '../../core/platform/roles.js';

/** Every UI language has every English key, real translations, and messages that parse. */

const root = import.meta.dirname;
type Tree = { [key: string]: string | Tree };

function flat(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v);
    else for (const [kk, vv] of flat(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

function load(lang: string): Map<string, string> {
  const dir = path.join(root, lang);
  const all = new Map<string, string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const tree = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Tree;
    for (const [k, v] of flat(tree)) all.set(`${file.replace('.json', '')}:${k}`, v);
  }
  return all;
}

const english = load('en');
const placeholders = (s: string) => new Set([...s.matchAll(/\{\s*([A-Za-z0-9_]+)\s*[,}]/g)].map((m) => m[1]));

describe('locale files', () => {
  it('has English strings for every error code, role and organisation type', () => {
    for (const code of ERROR_CODES) expect(english.has(`common:errors.${code}`), `errors.${code}`).toBe(true);
    for (const role of ROLES) expect(english.has(`common:roles.${role}`), `roles.${role}`).toBe(true);
    for (const type of ORG_TYPES) expect(english.has(`common:orgTypes.${type}`), `orgTypes.${type}`).toBe(true);
  });

  it('names every audit action the server and the command line write, and every permission', () => {
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.includes('.test.') ? [path.join(dir, e.name)] : []));
    const written = new Set<string>(ACTIONS);
    for (const file of [...sources(path.join(root, '../../server')), ...sources(path.join(root, '../../cli'))]) {
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/'((?:user|auth|cli|organisation|network|platform|person|case|screening|retention|contact|hotline|encounter|outreach-person|referral|pathway|directory|linkage|export|htcds|dashboard|campaign|help|course|learning|certificate|learner|capacity|exchange|strategy|commitment|recommendation|action-plan)\.(?!json'|html')[a-z-]+)'/g)) written.add(m[1] ?? '');
    }
    expect([...written].filter((code) => !english.has(`audit:actions.${code}`))).toEqual([]);
  });

  for (const lang of UI_LANGUAGES) {
    it(`${lang}: same keys as English, ICU messages that parse, same placeholders, and translated`, () => {
      const strings = load(lang);
      expect([...english.keys()].filter((k) => !strings.has(k)), 'missing keys').toEqual([]);
      expect([...strings.keys()].filter((k) => !english.has(k)), 'unknown keys').toEqual([]);
      let same = 0;
      for (const [key, value] of strings) {
        expect(() => new IntlMessageFormat(value, lang), `${lang} ${key}`).not.toThrow();
        expect(placeholders(value), `${lang} ${key} placeholders`).toEqual(placeholders(english.get(key) ?? ''));
        if (value === english.get(key) && /[a-z]{3,}/i.test(value)) same++;
      }
      // Endonyms, product names and codes stay as they are; everything else is translated.
      if (lang !== 'en') expect(same / strings.size, `${lang}: share of strings identical to English`).toBeLessThan(0.1);
    });
  }
});
