import i18next, { type BackendModule, type ReadCallback, type ResourceKey } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../core/platform/roles.js';
import { initialLanguage, isUiLanguage, storeLanguage } from './languages.js';

/**
 * English ships in the main bundle (it is also the fallback); every other language is
 * fetched on demand, one namespace (one JSON file) at a time.
 */
const english = import.meta.glob<ResourceKey>(['../locales/en/*.json', '!../locales/en/help.json'], { eager: true, import: 'default' });
const others = import.meta.glob<ResourceKey>(['../locales/*/*.json', '!../locales/en/*.json'], { import: 'default' });

export const NAMESPACES = [
  'common',
  'setup',
  'signIn',
  'enrol',
  'invite',
  'home',
  'users',
  'organisations',
  'network',
  'audit',
  'profile',
  'codes',
  'persons',
  'cases',
  'caseWork',
  'identification',
  'hotline',
  'hotlineFigures',
  'outreach',
  'directory',
  'referrals',
  'dashboard',
  'exports',
  'htcds',
  'linkage',
  'campaigns',
  'helpSettings',
  'learning',
  'capacity',
  'strategy',
  'advocacy',
] as const;

function namespaceOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

const englishResources: Record<string, ResourceKey> = {};
for (const [path, resource] of Object.entries(english)) englishResources[namespaceOf(path)] = resource;

const lazyBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = others[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (resource) => callback(null, resource),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = 'ltr';
}

i18next.on('languageChanged', applyToDocument);

export async function initI18n(): Promise<typeof i18next> {
  await i18next
    .use(ICU)
    .use(lazyBackend)
    .use(initReactI18next)
    .init({
      lng: initialLanguage(),
      fallbackLng: 'en',
      supportedLngs: ['en', 'el', 'ru', 'lt', 'uk', 'sq', 'sr', 'bs', 'mk', 'kk'],
      ns: ['common'],
      defaultNS: 'common',
      resources: { en: englishResources },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyToDocument(i18next.language);
  return i18next;
}

/** Switch the interface language (loads it first) and remember the choice on this device. */
export async function changeLanguage(language: UiLanguage): Promise<void> {
  if (!isUiLanguage(language)) return;
  storeLanguage(language);
  if (i18next.language === language) return;
  await i18next.changeLanguage(language);
}

export { i18next };
