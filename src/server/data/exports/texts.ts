/**
 * Texts of the list exports in the reader's language, from the web app's own locale files: column
 * headers from `exports.json` (`columns.<kind>.<field>`), the labels of codes from the namespace
 * where the web app keeps them (`codes`, `hotline`, `referrals`, `directory`). A text missing in a
 * language falls back to English, then to the field id or code itself: an export is never refused
 * for a missing translation.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { packageRoot } from '../../package-info.js';
import { isUiLanguage } from '../../rights/labels.js';

type Tree = { [key: string]: string | Tree };

const cache = new Map<string, Tree>();

function namespace(language: UiLanguage, ns: string): Tree {
  const id = `${language}/${ns}`;
  let found = cache.get(id);
  if (!found) {
    try {
      found = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'src', 'web', 'locales', language, `${ns}.json`), 'utf8')) as Tree;
    } catch {
      found = {};
    }
    cache.set(id, found);
  }
  return found;
}

function lookup(tree: Tree, dotted: readonly string[]): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of dotted) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export interface ExportTexts {
  readonly language: UiLanguage;
  /** `ns:a.b.c` in the reader's language, else English, else undefined. */
  text(ns: string, ...keyPath: string[]): string | undefined;
  /** The header of a column: `exports:columns.<kind>.<field>`, else the field id. */
  header(kind: string, field: string): string;
  /** A code's label in a namespace (`ns:<group>.<code>`), else the code. */
  code(ns: string, group: string, id: string): string;
}

export function exportTexts(requested: string): ExportTexts {
  const language: UiLanguage = isUiLanguage(requested) ? requested : 'en';
  const text = (ns: string, ...keyPath: string[]) => lookup(namespace(language, ns), keyPath) ?? lookup(namespace('en', ns), keyPath);
  return {
    language,
    text,
    header: (kind, field) => text('exports', 'columns', kind, field) ?? field,
    code: (ns, group, id) => text(ns, group, id) ?? id,
  };
}
