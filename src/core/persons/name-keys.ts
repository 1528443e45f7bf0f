/**
 * Search keys for person names, computed once per stored name (and once per
 * query) so that the same person is found whatever script or transliteration
 * a caseworker types.
 *
 * Per token (one word of a name):
 * - `norm`: the normalised Latin form (see transliterate.ts): 'kovalenko',
 *   'kowalenko', 'shevchenko'. Equal norms are the strongest evidence.
 * - `skel`: a phonetic skeleton that collapses transliteration variants
 *   (see `skeleton`): 'kovalenko' for Kovalenko, Kowalenko, Коваленко and
 *   Κοβαλένκο; 'sevcenko' for Ševčenko, Sevcenko and Шевченко.
 * - `coarse`: the skeleton without vowels ('kvlnk'), which absorbs vowel
 *   differences between languages (Oleksandr/Aleksandr/Alexander → 'lksndr').
 *   Too coarse to decide a match by itself; used as a bonus for long keys and
 *   as a database blocking key.
 *
 * Per name, order-independent keys: the token keys sorted and joined with one
 * space, so 'Kovalenko Olena' and 'Olena Kovalenko' have the same keys.
 */
import { type CyrillicVariant, cyrillicVariant, transliterate } from './transliterate.js';

export interface TokenKeys {
  readonly norm: string;
  readonly skel: string;
  readonly coarse: string;
}

export interface NameKeys {
  readonly tokens: readonly TokenKeys[];
  /** Sorted normalised tokens joined by a space: 'kovalenko olena'. */
  readonly normKey: string;
  /** Sorted skeletons joined by a space: 'kovalenko olena'. The column for exact lookup and for a pg_trgm index. */
  readonly skelKey: string;
  /** Sorted coarse tokens joined by a space: 'kvlnk ln'. */
  readonly coarseKey: string;
}

/** A person's name as stored or typed: free text, or its parts. */
export type NameInput = string | { readonly given?: string; readonly middle?: string; readonly family?: string };

/** At most this many tokens of a name are used (keeps matching cost bounded for pathological input). */
export const MAX_TOKENS = 8;

/** Splits free text into name words: on spaces, hyphens, commas, dots, slashes and brackets. Apostrophes join (Mar'yana). */
export function tokenize(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[\s\p{Pd},;.:/\\()[\]{}|_+&"«»„“”]+/u)
    .filter((t) => t !== '');
}

/** Lower-case Latin form of one token, letters only. */
export function normalizeToken(token: string, variant?: CyrillicVariant): string {
  return transliterate(token, { cyrillic: variant ?? cyrillicVariant(token) }).replace(/[^\p{L}]/gu, '');
}

const VOWELS = /[aeiouy]/g;

/** Rewrites applied in order, to a fixpoint; each maps spellings of one sound (in some language) to one letter. */
const REWRITES: readonly (readonly [RegExp, string])[] = [
  [/(.)\1+/g, '$1'], // doubled letters: Anna/Ana, Ioannis/Ioanis, Kovalenko/Kovallenko
  [/shch|szcz|sch/g, 's'], // щ
  [/tsch|tch|tsh/g, 'c'], // ч in German, English spellings
  [/dzh|dz/g, 'z'], // џ, dž, dz
  [/dj|gj/g, 'd'], // ђ, đ (Đorđević, Djordjevic, Dordevic), Macedonian ѓ
  [/ch|cz|ts|tz/g, 'c'], // ч, ц, ћ, č, ć, Polish cz: one affricate class with bare c (Sevcenko)
  [/sh|sz/g, 's'], // ш, š, Polish sz
  [/zh/g, 'z'], // ж, ž
  [/kh/g, 'h'], // х: kh, h
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'], // Greek θ as typed, English th
  [/ck|q/g, 'k'],
  [/x/g, 'ks'], // Alexander/Aleksandr, Greek ξ
  [/w/g, 'v'], // Polish/German w = в: Kowalenko
  [/h/g, 'g'], // Ukrainian г = h, Russian г = g: Hryhorii/Grigorii, Olha/Olga; also what remains of х
  [/ou/g, 'u'], // Greek ου, French ou
  [/j/g, 'y'], // Slavic/Baltic j = й: Marija, Jurij
  [/^[iy]+e/g, 'e'], // Ye-/Ie-/E- at the start: Yelena/Elena, Yevhen/Ievhen/Evgen
  [/^[iy]+(?=[aou])/g, 'Y'], // Ya-/Ia-/Ja-, Yu-/Iu-/Ju-, Io-/Yo-: one initial glide (placeholder Y)
  [/e?[iy]+$/g, 'i'], // endings -ii/-iy/-yi/-y/-ij/-ei/-ey: Serhii/Sergey/Sergei, Zelenskyi/Zelensky/Zelenskij
  [/[iy]+/g, 'i'], // y as a vowel, iotation: Mariia/Mariya/Marija/Maria, Mykola/Mikola
  [/Y/g, 'y'],
  [/(.)\1+/g, '$1'],
];

/**
 * Phonetic skeleton of one token already in lower-case Latin (letters outside
 * a–z are kept as they are). Idempotent: skeleton(skeleton(t)) === skeleton(t).
 *
 * Vowels a, e, i, o, u stay distinct (Olena ≠ Alina ≠ Elena at this level);
 * i and y merge. The Greek masculine nominative ending -os is dropped from
 * tokens of five letters or more (Αλέξανδρος/Alexandros → aleksandr, matching
 * Aleksandr; Papadopoulos → papadopul), since it is grammar, not name.
 */
export function skeleton(latinToken: string): string {
  let s = latinToken.toLowerCase();
  for (let round = 0; round < 8; round++) {
    let t = s;
    for (const [re, to] of REWRITES) t = t.replace(re, to);
    if (t.length >= 5 && t.endsWith('os')) t = t.slice(0, -2);
    if (t === s) break;
    s = t;
  }
  return s;
}

/** The skeleton without vowels: 'aleksandr' → 'lksndr'. */
export function coarseOf(skel: string): string {
  return skel.replace(VOWELS, '');
}

/** Keys of one token. `variant`: the Cyrillic alphabet of the whole name, if known. */
export function tokenKeys(token: string, variant?: CyrillicVariant): TokenKeys {
  const v = variant ?? cyrillicVariant(token);
  const norm = normalizeToken(token, v);
  // The skeleton is built from the phonetic reading: Greek by pronunciation (ου→u, αι→e, μπ→b), Latin with all marks dropped.
  const phonetic = transliterate(token, { cyrillic: v, mode: 'phonetic' }).replace(/[^\p{L}]/gu, '');
  const skel = skeleton(phonetic);
  return { norm, skel, coarse: coarseOf(skel) };
}

function nameText(name: NameInput): string {
  if (typeof name === 'string') return name;
  return [name.given, name.middle, name.family].filter((p): p is string => typeof p === 'string').join(' ');
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** All keys of one name (given, middle and family name, or free text), in any script and any order. */
export function nameKeys(name: NameInput): NameKeys {
  const text = nameText(name);
  const variant = cyrillicVariant(text);
  const tokens = tokenize(text)
    .map((t) => tokenKeys(t, variant))
    .filter((k) => k.norm !== '')
    .slice(0, MAX_TOKENS);
  const sorted = (f: (k: TokenKeys) => string) => tokens.map(f).sort(byString).join(' ');
  return { tokens, normKey: sorted((k) => k.norm), skelKey: sorted((k) => k.skel), coarseKey: sorted((k) => k.coarse) };
}

/**
 * The trigrams PostgreSQL's pg_trgm extracts from `key` (for an a–z key such
 * as `skelKey`): each word padded with two spaces before and one after, every
 * run of three characters, without duplicates. Use it to check thresholds
 * offline; the database computes its own.
 */
export function trigrams(key: string): string[] {
  const out = new Set<string>();
  for (const word of key.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word === '') continue;
    const padded = `  ${word} `;
    const chars = [...padded];
    for (let i = 0; i + 3 <= chars.length; i++) out.add(chars.slice(i, i + 3).join(''));
  }
  return [...out].sort(byString);
}

/** pg_trgm's similarity(a, b): shared trigrams over all distinct trigrams of both. */
export function trigramSimilarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = new Set(trigrams(b));
  if (ta.length === 0 && tb.size === 0) return 0;
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.length + tb.size - shared);
}
