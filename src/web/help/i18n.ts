import { UI_LANGUAGES, type UiLanguage } from '../../core/platform/roles.js';
import { alpha2Of } from '../../core/referrals/countries.js';

/**
 * The page's words (`locales/<lang>/help.json`): English ships with the page (the fallback, and
 * what the quick exit is labelled with if the chosen language cannot be fetched on a bad
 * connection); only the chosen other language is fetched. Nothing is remembered on the device.
 */

type Tree = { readonly [key: string]: Tree | string };
const english: Tree = Object.values(import.meta.glob<Tree>('../locales/en/help.json', { eager: true, import: 'default' }))[0] ?? {};
const files = import.meta.glob<Tree>(['../locales/*/help.json', '!../locales/en/help.json'], { import: 'default' });

function isUiLanguage(value: string): value is UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(value);
}

/** `?lang=xx`, else the browser's first supported language, else English. */
export function initialLanguage(): UiLanguage {
  const asked = new URLSearchParams(location.search).get('lang')?.toLowerCase() ?? '';
  if (isUiLanguage(asked)) return asked;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

export function languageName(code: string, inLanguage: string, capitalised = true): string {
  try {
    const name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
    return capitalised ? name.charAt(0).toLocaleUpperCase(inLanguage) + name.slice(1) : name;
  } catch {
    return code;
  }
}

/** A country's name from its alpha-3 code (GRC), as Haven stores it. */
export function regionName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'region' }).of(alpha2Of(code) ?? code) ?? code;
  } catch {
    return code;
  }
}

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: Tree | string | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' && node ? node : undefined;
}

export class Texts {
  constructor(
    readonly language: UiLanguage,
    private readonly own: Tree,
    private readonly english?: Tree,
    /** The language the texts are really in (English while the chosen one has no file yet). */
    readonly shownIn: UiLanguage = language,
  ) {}

  t(key: string, values: Record<string, string | number> = {}): string {
    const text = lookup(this.own, key) ?? lookup(this.english, key) ?? key;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  }
}

async function loadTree(language: UiLanguage): Promise<Tree> {
  if (language === 'en') return english;
  const load = files[`../locales/${language}/help.json`];
  return load ? load() : {};
}

/** The chosen language's words, with English for what it lacks; English alone when it cannot be fetched (never fails). */
export async function loadTexts(language: UiLanguage): Promise<Texts> {
  if (language === 'en') return new Texts('en', english);
  try {
    const own = await loadTree(language);
    if (Object.keys(own).length === 0) return new Texts(language, english, undefined, 'en');
    return new Texts(language, own, english);
  } catch {
    return new Texts(language, english, undefined, 'en');
  }
}

export { UI_LANGUAGES };
