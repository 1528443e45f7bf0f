import fs from 'node:fs';
import path from 'node:path';
import type { UiLanguage } from '../../../core/platform/roles.js';
import type { SignId } from '../../../core/prevention/help.js';
import type { SignText } from '../../../core/prevention/job-offer/index.js';
import { packageRoot } from '../../package-info.js';

/**
 * The public page's texts (`src/web/locales/<lang>/help.json`), read on the server for the job-offer
 * API, kept once read. A missing file or key falls back to English.
 */

type Tree = { signs?: Record<string, Record<string, unknown> | undefined> };
const cache = new Map<UiLanguage, Tree>();

function tree(language: UiLanguage): Tree {
  let found = cache.get(language);
  if (!found) {
    try {
      found = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'src', 'web', 'locales', language, 'help.json'), 'utf8')) as Tree;
    } catch {
      found = {};
    }
    cache.set(language, found);
  }
  return found;
}

function word(language: UiLanguage, id: SignId, key: keyof SignText): string {
  const own = tree(language).signs?.[id]?.[key];
  if (typeof own === 'string' && own) return own;
  const english = tree('en').signs?.[id]?.[key];
  return typeof english === 'string' ? english : id;
}

/** The words of each sign in `language`. */
export function signTexts(language: UiLanguage): (id: SignId) => SignText {
  return (id) => ({ title: word(language, id, 'title'), explanation: word(language, id, 'explanation'), check: word(language, id, 'check') });
}
