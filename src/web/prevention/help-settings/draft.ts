/**
 * The help settings form's state: every field a string or a flag, as the inputs hold them, turned
 * into the request the shared schema checks. Pure, for the page and its tests.
 */
import type { HelpContact, HelpSettings } from '../../../core/prevention/help.js';
import { UI_LANGUAGES, type UiLanguage } from '../../../core/platform/roles.js';

export type LanguageTexts = Record<UiLanguage, string>;

export interface ContactDraft {
  /** A stable key for the list (not sent). */
  key: string;
  name: string;
  phone: string;
  url: string;
  email: string;
  hours: string;
  /** Language codes separated by commas or spaces, e.g. "el, en". */
  languages: string;
  alwaysOpen: boolean;
}

export interface CountryDraft {
  /** A stable key for the list (not sent). */
  key: string;
  country: string;
  /** '' = the default hotline. */
  hotlineOrgId: string;
  contacts: ContactDraft[];
  notes: LanguageTexts;
}

export interface HelpDraft {
  defaultCountry: string;
  exitUrl: string;
  hotlineOrgId: string;
  useDirectory: boolean;
  countries: CountryDraft[];
  intro: LanguageTexts;
  advice: LanguageTexts;
  version: number;
}

export const emptyTexts = (): LanguageTexts => Object.fromEntries(UI_LANGUAGES.map((l) => [l, ''])) as LanguageTexts;

const textsOf = (t: Partial<Record<UiLanguage, string>>): LanguageTexts => ({ ...emptyTexts(), ...t });

let keys = 0;

export const emptyContact = (): ContactDraft => ({ key: `k${++keys}`, name: '', phone: '', url: '', email: '', hours: '', languages: '', alwaysOpen: false });

export const emptyCountry = (country = ''): CountryDraft => ({ key: `c${++keys}`, country, hotlineOrgId: '', contacts: [], notes: emptyTexts() });

function contactDraftOf(c: HelpContact): ContactDraft {
  return {
    key: `k${++keys}`,
    name: c.name,
    phone: c.phone ?? '',
    url: c.url ?? '',
    email: c.email ?? '',
    hours: c.hours ?? '',
    languages: c.languages.join(', '),
    alwaysOpen: c.alwaysOpen,
  };
}

export function draftOf(s: HelpSettings): HelpDraft {
  return {
    defaultCountry: s.defaultCountry ?? '',
    exitUrl: s.exitUrl,
    hotlineOrgId: s.hotlineOrgId ?? '',
    useDirectory: s.useDirectory,
    countries: s.countries.map((c) => ({
      ...emptyCountry(c.country),
      hotlineOrgId: c.hotlineOrgId ?? '',
      contacts: c.contacts.map(contactDraftOf),
      notes: textsOf(c.notes),
    })),
    intro: textsOf(s.intro),
    advice: textsOf(s.advice),
    version: s.version,
  };
}

/** Only the languages that have a text. */
function filledTexts(t: LanguageTexts): Partial<Record<UiLanguage, string>> {
  return Object.fromEntries(
    Object.entries(t)
      .map(([k, v]) => [k, v.trim()] as const)
      .filter(([, v]) => v !== ''),
  ) as Partial<Record<UiLanguage, string>>;
}

const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

export function languagesOf(v: string): string[] {
  return v
    .split(/[\s,;]+/)
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
}

/** The request to send (to be checked by `helpSettingsRequest`): blanks left out, texts trimmed. */
export function requestOf(d: HelpDraft): Record<string, unknown> {
  return {
    defaultCountry: optional(d.defaultCountry) ?? null,
    exitUrl: d.exitUrl.trim(),
    hotlineOrgId: optional(d.hotlineOrgId) ?? null,
    useDirectory: d.useDirectory,
    countries: d.countries.map((c) => ({
      country: c.country,
      hotlineOrgId: optional(c.hotlineOrgId) ?? null,
      contacts: c.contacts.map((x) => ({
        name: x.name.trim(),
        phone: optional(x.phone),
        url: optional(x.url),
        email: optional(x.email),
        hours: optional(x.hours),
        languages: languagesOf(x.languages),
        alwaysOpen: x.alwaysOpen,
      })),
      notes: filledTexts(c.notes),
    })),
    intro: filledTexts(d.intro),
    advice: filledTexts(d.advice),
    version: d.version,
  };
}

/**
 * Where an error shows: a field's dotted path as the schema and the server name it, cut to the
 * field of the form (a contact's `languages.2` shows at `languages`; a refinement of the whole
 * list of countries at `countries`).
 */
export function fieldOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && /^\d+$/.test(last ?? '') && parts[parts.length - 2] === 'languages') parts.pop();
  return parts.join('.');
}

/** The language of a text field's error (`intro.ru`, `countries.0.notes.el`), to show that language. */
export function languageOfField(field: string): UiLanguage | undefined {
  const m = /(?:^intro|^advice|\.notes)\.([a-z]{2})$/.exec(field);
  return m && (UI_LANGUAGES as readonly string[]).includes(m[1]!) ? (m[1] as UiLanguage) : undefined;
}

/** The public page's address for a preview. */
export function previewUrl(country: string, lang: string): string {
  const q = new URLSearchParams();
  if (country) q.set('country', country);
  q.set('lang', lang);
  return `/help?${q.toString()}`;
}
