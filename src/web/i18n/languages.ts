import { UI_LANGUAGES, type UiLanguage } from '../../core/platform/roles.js';

/** Each UI language by its own name: a language is always offered in itself. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  en: 'English',
  el: 'Ελληνικά',
  ru: 'Русский',
  lt: 'Lietuvių',
  uk: 'Українська',
  sq: 'Shqip',
  sr: 'Srpski',
  bs: 'Bosanski',
  mk: 'Македонски',
  kk: 'Қазақша',
};

/** The locale given to `Intl` for a UI language (the Serbian interface is written in Latin script). */
const INTL_LOCALES: Partial<Record<UiLanguage, string>> = { sr: 'sr-Latn' };

export function intlLocale(language: string): string {
  return INTL_LOCALES[language as UiLanguage] ?? language;
}

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

export const LANGUAGE_OPTIONS = UI_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }));

const STORAGE_KEY = 'haven.language';

export function storedLanguage(): UiLanguage | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

/** The language to start in: the last one chosen here, else the browser's, else English. */
export function initialLanguage(): UiLanguage {
  const stored = storedLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? []) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}
