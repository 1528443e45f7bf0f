import fs from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import type { CodeListName } from '../../core/cases/codes.js';
import { UI_LANGUAGES, type UiLanguage } from '../../core/platform/roles.js';
import { packageRoot } from '../package-info.js';

/**
 * The texts of the person export, in the reader's language, from the same locale files as the web
 * app: `export.json` (headings and field labels) and `codes.json` (the code lists' labels). A key
 * missing in a language falls back to English, then to the key itself, so that a report is never
 * refused for a missing translation.
 */

type Tree = { [key: string]: string | Tree };

const cache = new Map<string, Tree>();

function file(language: UiLanguage, namespace: 'export' | 'codes'): Tree {
  const id = `${language}/${namespace}`;
  let found = cache.get(id);
  if (!found) {
    try {
      found = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'src', 'web', 'locales', language, `${namespace}.json`), 'utf8')) as Tree;
    } catch {
      found = {};
    }
    cache.set(id, found);
  }
  return found;
}

function lookup(tree: Tree, dotted: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of dotted.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export interface Labels {
  readonly language: UiLanguage;
  /** A text of export.json, formatted (ICU). */
  t(key: string, values?: Record<string, string | number>): string;
  /** The label of a code (`codes:<list>.<id>`); the id itself when there is none. */
  code(list: CodeListName, id: string): string;
  /** A calendar date 'YYYY-MM-DD' in the reader's style. */
  date(day: string): string;
  /** An instant (ISO 8601), in UTC, in the reader's style. */
  instant(iso: string): string;
  /** A language's name (ISO 639 code) in the reader's language. */
  languageName(code: string): string;
  number(n: number): string;
}

export function isUiLanguage(language: string): language is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(language);
}

export function labelsFor(requested: string): Labels {
  const language: UiLanguage = isUiLanguage(requested) ? requested : 'en';
  const dates = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const instants = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const numbers = new Intl.NumberFormat(language);
  let languageNames: Intl.DisplayNames | undefined;
  try {
    languageNames = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
  } catch {
    languageNames = undefined;
  }
  const message = (key: string) => lookup(file(language, 'export'), key) ?? lookup(file('en', 'export'), key);
  const compiled = new Map<string, IntlMessageFormat | string>();
  return {
    language,
    t(key, values = {}) {
      let m = compiled.get(key);
      if (m === undefined) {
        const text = message(key);
        if (text === undefined) return key;
        try {
          m = new IntlMessageFormat(text, language);
        } catch {
          m = text;
        }
        compiled.set(key, m);
      }
      return typeof m === 'string' ? m : String(m.format(values));
    },
    code(list, id) {
      const tree = (lang: UiLanguage) => file(lang, 'codes')[list];
      const own = tree(language);
      const en = tree('en');
      const found = (typeof own === 'object' ? own[id] : undefined) ?? (typeof en === 'object' ? en[id] : undefined);
      return typeof found === 'string' ? found : id;
    },
    date(day) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
      if (!m) return day;
      return dates.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
    },
    instant(iso) {
      const d = new Date(iso);
      return Number.isNaN(d.getTime()) ? iso : `${instants.format(d)} UTC`;
    },
    languageName(code) {
      try {
        return languageNames?.of(code) ?? code;
      } catch {
        return code;
      }
    },
    number(n) {
      return numbers.format(n);
    },
  };
}
