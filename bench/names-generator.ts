/**
 * Deterministic (seeded) generator of people with realistic multilingual
 * names for the person-search benchmark, and the renderings of one name in
 * other scripts and transliteration schemes that the benchmark queries with.
 *
 * - Each person has a language, a gender, a given and a family name in the
 *   language's own script (feminine family names where the language has
 *   them), a birth date, and one stored name (8% have a second one, an alias
 *   in another rendering): the native form, or a Latin transliteration in one
 *   of several schemes, mixed as they turn up in real case files.
 * - Names are drawn with a Zipf-like weight from frequency-ordered lists plus
 *   a long tail of family names made of stems and suffixes, so that common
 *   names collide (many Melnyks, Ivanovs, Papadopoulos) as they do in life.
 * - Optionally, given names and surnames of FEBRL's original records
 *   (../shared/data/febrl/*.csv) are an extra Latin source; the generator works
 *   the same without them.
 *
 * The renderings deliberately include schemes the matching core does not
 * collapse completely (German з→s and ц→z, French ш→ch, Albanian in Greek
 * letters): the benchmark reports per scheme how well search copes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { transliterate } from '../src/core/persons/transliterate.js';
import { Rng } from '../src/server/demo/rng.js';
import { type Lang, LISTS } from './names-data.js';

// ------------------------------------------------------------------ random

/** mulberry32, seeded: the same generator as the demo data's. */
export { Rng };

/** Draws from a list with weight 1/(rank + offset)^exponent. */
export class Zipf<T> {
  private readonly cum: Float64Array;
  constructor(
    readonly items: readonly T[],
    exponent: number,
    offset: number,
  ) {
    this.cum = new Float64Array(items.length);
    let acc = 0;
    for (let i = 0; i < items.length; i++) {
      acc += 1 / (i + offset) ** exponent;
      this.cum[i] = acc;
    }
  }
  draw(rng: Rng): T {
    const total = this.cum[this.cum.length - 1] ?? 0;
    const r = rng.next() * total;
    let lo = 0;
    let hi = this.cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cum[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
  /** Sum of squared probabilities: the chance that two random draws are equal. */
  collision(): number {
    const total = this.cum[this.cum.length - 1] ?? 0;
    let s = 0;
    let prev = 0;
    for (const c of this.cum) {
      const p = (c - prev) / total;
      s += p * p;
      prev = c;
    }
    return s;
  }
}

// ------------------------------------------------------------------ gendered family names

const upperFirst = (s: string) => (s === '' ? s : (s[0] ?? '').toUpperCase() + s.slice(1));

function feminine(lang: Lang | 'fe', family: string): string {
  const f = family;
  const swap = (from: RegExp, to: string) => (from.test(f) ? f.replace(from, to) : undefined);
  switch (lang) {
    case 'ru':
      return swap(/ский$/u, 'ская') ?? swap(/ой$/u, 'ая') ?? swap(/(ов|ев|ёв|ин|ын)$/u, '$1а') ?? f;
    case 'uk':
      return swap(/ський$/u, 'ська') ?? swap(/цький$/u, 'цька') ?? swap(/ий$/u, 'а') ?? swap(/(ов|ев|ін|ин)$/u, '$1а') ?? f;
    case 'kk':
      return swap(/(ов|ев)$/u, '$1а') ?? f;
    case 'mk':
      return swap(/ски$/u, 'ска') ?? f;
    case 'el':
      return (
        swap(/όπουλος$/u, 'οπούλου') ??
        swap(/ος$/u, 'ου') ??
        swap(/ής$/u, 'ή') ??
        swap(/ης$/u, 'η') ??
        swap(/άς$/u, 'ά') ??
        swap(/ας$/u, 'α') ??
        f
      );
    case 'lt':
      // About half are married (-ienė), half not (-aitė, -ytė, -iūtė, -utė).
      return f; // decided per person, see lithuanianFeminine
    default:
      return f;
  }
}

function lithuanianFeminine(f: string, married: boolean): string {
  if (married) return f.replace(/(ius|as|is|ys|us)$/u, 'ienė').replace(/ė$/u, 'ė');
  if (/ius$/u.test(f)) return f.replace(/ius$/u, 'iūtė');
  if (/as$/u.test(f)) return f.replace(/as$/u, 'aitė');
  if (/(is|ys)$/u.test(f)) return f.replace(/(is|ys)$/u, 'ytė');
  if (/us$/u.test(f)) return f.replace(/us$/u, 'utė');
  return f;
}

/** Family names built from a stem and a suffix, following each language's spelling rules closely enough. */
function tailFamily(lang: Lang, stem: string, suffix: string): string {
  if (lang === 'sr' || lang === 'bs') {
    // -ović after hard consonants, -ević after soft ones; plain -ić as it comes.
    if (suffix === 'овић' || suffix === 'ović') {
      if (/[јчћђжшљњцjčćđžš]$/u.test(stem)) return stem + (lang === 'sr' ? 'евић' : 'ević');
    }
    return stem + suffix;
  }
  if (lang === 'kk') {
    if (stem.endsWith('й')) return `${stem.slice(0, -1)}ев`;
    if (/[аәеиоөұүуыі]$/u.test(stem)) return `${stem}ев`;
    return `${stem}ов`;
  }
  if (lang === 'el') {
    return stem + suffix;
  }
  if (lang === 'lt') {
    if (suffix === 'ys' && /[aeiouyė]$/u.test(stem)) return `${stem}s`;
    return stem + suffix;
  }
  if (lang === 'en') return stem + suffix;
  return stem + suffix;
}

// ------------------------------------------------------------------ languages

export type Source = Lang | 'fe';

interface LangPools {
  readonly female: Zipf<string>;
  readonly male: Zipf<string>;
  readonly family: Zipf<string>;
}

const LANG_MIX: readonly (readonly [Source, number])[] = [
  ['uk', 28],
  ['ru', 18],
  ['el', 10],
  ['sq', 10],
  ['sr', 5],
  ['bs', 3],
  ['mk', 2],
  ['lt', 7],
  ['kk', 7],
  ['en', 5],
  ['fe', 5],
];

/** Which Latin transliteration or script each language's names are stored in, and how often. */
export type Scheme =
  | 'native' // the language's own script, with its diacritics
  | 'caps' // Greek in capitals without accents, as in many documents
  | 'passport' // Cyrillic: transliterate() (Ukrainian 2010 passport, Russian passport practice, Kazakh); Greek: ELOT 743
  | 'ru-style' // a Ukrainian or Kazakh name transliterated as if it were Russian
  | 'simple-en' // loose English: х→h, щ→sch, -ий→-y
  | 'polish' // sz, cz, ch, w, j
  | 'german' // sch, tsch, ch, w, j, ц→z, з→s
  | 'french' // ch, tch, j, ou
  | 'scholarly' // š, č, ž, j (ISO 9 / Czech style)
  | 'latin' // Serbian/Macedonian official Latin with diacritics
  | 'ascii' // Latin without diacritics
  | 'english' // Latin-script languages with š→sh, ç→ch, ë→e …
  | 'greek-loose' // Greek: ELOT with χ→h, υ→i
  | 'greek-phonetic' // Greek by pronunciation: ου→u, η→i, αι→e
  | 'cyrillic' // a Latin-script name written in (Russian/Serbian) Cyrillic
  | 'greek'; // a Latin-script name written in Greek letters

const STORED: Readonly<Record<Source, readonly (readonly [Scheme, number])[]>> = {
  uk: [
    ['native', 45],
    ['passport', 35],
    ['ru-style', 8],
    ['polish', 4],
    ['german', 3],
    ['scholarly', 5],
  ],
  ru: [
    ['native', 50],
    ['passport', 35],
    ['simple-en', 5],
    ['german', 4],
    ['polish', 3],
    ['french', 3],
  ],
  kk: [
    ['native', 40],
    ['passport', 35],
    ['ru-style', 15],
    ['simple-en', 10],
  ],
  el: [
    ['native', 40],
    ['caps', 10],
    ['passport', 35],
    ['greek-loose', 15],
  ],
  sr: [
    ['native', 40],
    ['latin', 40],
    ['ascii', 20],
  ],
  mk: [
    ['native', 50],
    ['latin', 30],
    ['ascii', 20],
  ],
  sq: [
    ['native', 60],
    ['ascii', 40],
  ],
  bs: [
    ['native', 60],
    ['ascii', 40],
  ],
  lt: [
    ['native', 60],
    ['ascii', 40],
  ],
  en: [['native', 100]],
  fe: [['native', 100]],
};

export const NATIVE_SCRIPT: Readonly<Record<Source, 'cyrillic' | 'greek' | 'latin'>> = {
  uk: 'cyrillic',
  ru: 'cyrillic',
  kk: 'cyrillic',
  sr: 'cyrillic',
  mk: 'cyrillic',
  el: 'greek',
  sq: 'latin',
  bs: 'latin',
  lt: 'latin',
  en: 'latin',
  fe: 'latin',
};

/** Latin schemes a query may use for "another transliteration", per language. */
export const ALT_LATIN: Readonly<Record<Source, readonly Scheme[]>> = {
  uk: ['passport', 'ru-style', 'simple-en', 'polish', 'german', 'scholarly'],
  ru: ['passport', 'simple-en', 'polish', 'german', 'french', 'scholarly'],
  kk: ['passport', 'ru-style', 'simple-en', 'scholarly'],
  el: ['passport', 'greek-loose', 'greek-phonetic'],
  sr: ['latin', 'ascii', 'simple-en'],
  mk: ['latin', 'ascii', 'simple-en'],
  sq: ['native', 'ascii', 'english'],
  bs: ['native', 'ascii', 'english'],
  lt: ['native', 'ascii', 'english'],
  en: [],
  fe: [],
};

// ------------------------------------------------------------------ renderers

const CYR_BASE: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ђ: 'dj', ћ: 'c', џ: 'dzh', љ: 'lj', њ: 'nj', ј: 'j', ѓ: 'gj',
  ќ: 'kj', ѕ: 'dz', ә: 'a', ғ: 'g', қ: 'k', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', "'": '', 'ʼ': '', '’': '',
};

type Table = Readonly<Record<string, string>>;

function cyrSchemeTable(scheme: Scheme, lang: Source): Table {
  const uk = lang === 'uk';
  switch (scheme) {
    case 'simple-en':
      return { х: 'h', щ: 'sch', ...(uk ? { г: 'h', и: 'y' } : {}), ...(lang === 'sr' || lang === 'mk' ? { ћ: 'ch', ђ: 'dj', ц: 'c', ј: 'y', џ: 'j' } : {}) };
    case 'polish':
      return { ж: 'ż', ш: 'sz', ч: 'cz', щ: 'szcz', х: 'ch', в: 'w', й: 'j', я: 'ja', ю: 'ju', є: 'je', ї: 'ji', ё: 'jo', ц: 'c', ы: 'y', и: uk ? 'y' : 'i', г: uk ? 'h' : 'g' };
    case 'german':
      return { ш: 'sch', ч: 'tsch', щ: 'schtsch', ж: 'sh', х: 'ch', в: 'w', й: 'j', я: 'ja', ю: 'ju', є: 'je', ї: 'ji', ё: 'jo', ц: 'z', з: 's', ы: 'y', и: 'i', г: uk ? 'h' : 'g' };
    case 'french':
      return { ш: 'ch', ч: 'tch', щ: 'chtch', ж: 'j', х: 'kh', у: 'ou', й: 'ï', ю: 'iou', я: 'ia', ё: 'io', ц: 'ts', ы: 'y', и: 'i' };
    case 'scholarly':
      return { ж: 'ž', ш: 'š', ч: 'č', щ: 'šč', х: 'h', ц: 'c', й: 'j', я: 'ja', ю: 'ju', є: 'je', ї: 'ji', ё: 'ë', ы: 'y', и: uk ? 'y' : 'i', г: uk ? 'h' : 'g' };
    case 'latin':
      return { ђ: 'đ', ћ: 'ć', џ: 'dž', ж: 'ž', ш: 'š', ч: 'č', ц: 'c', х: 'h', ј: 'j', ѓ: 'ǵ', ќ: 'ḱ', ѕ: 'dz' };
    case 'ascii':
      return { ђ: 'dj', ћ: 'c', џ: 'dz', ж: 'z', ш: 's', ч: 'c', ц: 'c', х: 'h', ј: 'j', ѓ: 'g', ќ: 'k', ѕ: 'dz' };
    default:
      return {};
  }
}

function matchCase(out: string, src: string): string {
  if (src === src.toUpperCase() && src.length > 1 && src !== src.toLowerCase()) return out.toUpperCase();
  return upperFirst(out);
}

function cyrToLatin(word: string, lang: Source, scheme: Scheme): string {
  if (scheme === 'passport') return matchCase(transliterate(word), word);
  if (scheme === 'ru-style') return matchCase(transliterate(word, { cyrillic: 'ru' }), word);
  const table = cyrSchemeTable(scheme, lang);
  const lower = word.toLowerCase();
  let out = '';
  const chars = [...lower];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] ?? '';
    const rest = chars.slice(i).join('');
    // Adjective endings: -ий/-ій/-ый → -y in loose English (Zelensky).
    if (scheme === 'simple-en' && /^(ий|ій|ый)$/u.test(rest)) {
      out += 'y';
      break;
    }
    if (scheme === 'simple-en' && i === 0 && ch === 'е') {
      out += 'ye';
      continue;
    }
    out += table[ch] ?? CYR_BASE[ch] ?? ch;
  }
  return matchCase(out, word);
}

function greekToLatin(word: string, scheme: Scheme): string {
  if (scheme === 'greek-phonetic') return matchCase(transliterate(word, { mode: 'phonetic' }), word);
  const elot = transliterate(word);
  if (scheme === 'greek-loose') return matchCase(elot.replace(/ch/g, 'h').replace(/y/g, 'i'), word);
  return matchCase(elot, word);
}

const stripMarks = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');

function latinAscii(word: string): string {
  return stripMarks(word.replace(/đ/g, 'dj').replace(/Đ/g, 'Dj').replace(/ł/g, 'l').replace(/Ł/g, 'L'));
}

function latinEnglish(word: string): string {
  const m: Table = { š: 'sh', č: 'ch', ć: 'ch', ž: 'zh', ç: 'ch', đ: 'dj', ë: 'e', ė: 'e', ū: 'u', ą: 'a', ę: 'e', į: 'i', ų: 'u' };
  let out = '';
  for (const ch of word.toLowerCase()) out += m[ch] ?? ch;
  return matchCase(stripMarks(out.replace(/dzh/g, 'dzh')), word);
}

/** Greedy longest-first rewriting of lower-case Latin with a rule table. */
function rewrite(lower: string, rules: readonly (readonly [string, string])[]): string {
  let out = '';
  let i = 0;
  outer: while (i < lower.length) {
    for (const [from, to] of rules) {
      if (lower.startsWith(from, i)) {
        out += to;
        i += from.length;
        continue outer;
      }
    }
    out += lower[i];
    i++;
  }
  return out;
}

const LAT_CYR_COMMON: readonly (readonly [string, string])[] = [
  ['a', 'а'], ['b', 'б'], ['c', 'ц'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'], ['i', 'и'], ['k', 'к'], ['l', 'л'],
  ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'], ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['z', 'з'],
];

const LAT_CYR: Readonly<Record<'sq' | 'bs' | 'lt' | 'en', readonly (readonly [string, string])[]>> = {
  sq: [
    ['xh', 'дж'], ['sh', 'ш'], ['zh', 'ж'], ['th', 'т'], ['dh', 'д'], ['gj', 'дж'], ['nj', 'нь'], ['ll', 'лл'], ['rr', 'рр'],
    ['ja', 'я'], ['je', 'е'], ['ju', 'ю'], ['ç', 'ч'], ['ë', 'е'], ['q', 'ч'], ['x', 'дз'], ['y', 'ю'], ['j', 'й'], ...LAT_CYR_COMMON,
  ],
  bs: [
    ['dž', 'џ'], ['lj', 'љ'], ['nj', 'њ'], ['đ', 'ђ'], ['ć', 'ћ'], ['č', 'ч'], ['š', 'ш'], ['ž', 'ж'], ['j', 'ј'], ...LAT_CYR_COMMON,
  ],
  lt: [
    ['ch', 'х'], ['ja', 'я'], ['ju', 'ю'], ['jo', 'йо'], ['je', 'е'], ['ie', 'ие'], ['š', 'ш'], ['č', 'ч'], ['ž', 'ж'], ['ė', 'е'],
    ['ū', 'у'], ['ą', 'а'], ['ę', 'е'], ['į', 'и'], ['ų', 'у'], ['y', 'и'], ['j', 'й'], ...LAT_CYR_COMMON,
  ],
  en: [
    ['sh', 'ш'], ['ch', 'ч'], ['th', 'т'], ['ph', 'ф'], ['ck', 'к'], ['oo', 'у'], ['ee', 'и'], ['ey', 'ей'], ['ay', 'ей'],
    ['j', 'дж'], ['w', 'у'], ['y', 'и'], ['c', 'к'], ['x', 'кс'], ['q', 'к'], ...LAT_CYR_COMMON,
  ],
};

const LAT_GREEK: readonly (readonly [string, string])[] = [
  ['xh', 'τζ'], ['sh', 'σ'], ['zh', 'ζ'], ['th', 'θ'], ['dh', 'δ'], ['gj', 'γκ'], ['nj', 'νι'], ['ll', 'λ'], ['rr', 'ρ'],
  ['ç', 'τσ'], ['ë', 'ε'], ['q', 'κ'], ['x', 'τζ'], ['c', 'τσ'], ['y', 'ι'], ['j', 'γι'], ['b', 'μπ'], ['d', 'ντ'], ['g', 'γκ'],
  ['u', 'ου'], ['a', 'α'], ['e', 'ε'], ['f', 'φ'], ['h', 'χ'], ['i', 'ι'], ['k', 'κ'], ['l', 'λ'], ['m', 'μ'], ['n', 'ν'],
  ['o', 'ο'], ['p', 'π'], ['r', 'ρ'], ['s', 'σ'], ['t', 'τ'], ['v', 'β'], ['z', 'ζ'],
];

function latinToCyrillic(word: string, lang: Source): string {
  const rules = LAT_CYR[lang === 'fe' ? 'en' : lang === 'sq' || lang === 'bs' || lang === 'lt' ? lang : 'en'];
  let out = rewrite(word.toLowerCase(), rules);
  if (lang === 'sq') out = out.replace(/е$/u, ''); // final ë is silent: Hëna → Хена, Frashëri keeps its inner е
  return upperFirst(out);
}

function latinToGreek(word: string): string {
  const out = rewrite(latinAscii(word.toLowerCase().replace(/ë$/u, '')).replace(/e$/u, (m) => m), LAT_GREEK).replace(/σ$/u, 'ς');
  return upperFirst(out);
}

/** One word of a name in the given scheme. */
export function renderWord(word: string, lang: Source, scheme: Scheme): string {
  const script = NATIVE_SCRIPT[lang];
  if (scheme === 'native') return word;
  if (script === 'cyrillic') {
    if (scheme === 'cyrillic') return word;
    return cyrToLatin(word, lang, scheme);
  }
  if (script === 'greek') {
    if (scheme === 'caps') return stripMarks(word).toUpperCase();
    return greekToLatin(word, scheme);
  }
  switch (scheme) {
    case 'ascii':
      return latinAscii(word);
    case 'english':
      return latinEnglish(word);
    case 'cyrillic':
      return latinToCyrillic(word, lang);
    case 'greek':
      return latinToGreek(word);
    default:
      return word;
  }
}

/** Script of a scheme's output for a language. */
export function schemeScript(lang: Source, scheme: Scheme): 'cyrillic' | 'greek' | 'latin' {
  if (scheme === 'native' || scheme === 'caps') return NATIVE_SCRIPT[lang];
  if (scheme === 'cyrillic') return 'cyrillic';
  if (scheme === 'greek') return 'greek';
  return 'latin';
}

// ------------------------------------------------------------------ people

export interface StoredName {
  readonly raw: string;
  readonly scheme: Scheme;
  readonly swapped: boolean;
}

export interface Person {
  readonly id: number;
  readonly lang: Source;
  readonly female: boolean;
  readonly given: string;
  readonly family: string;
  readonly birthDate: string;
  readonly names: readonly StoredName[];
}

/** The name as a person is (identity for ties): language, given and family name in the native script. */
export const canonical = (p: Pick<Person, 'lang' | 'given' | 'family'>) => `${p.lang === 'fe' ? 'en' : p.lang}|${p.given}|${p.family}`;

function readFebrl(dir: string): { given: string[]; family: string[] } | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const given = new Map<string, number>();
  const family = new Map<string, number>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()) {
    const lines = fs.readFileSync(path.join(dir, file), 'utf8').split('\n');
    const header = (lines[0] ?? '').split(',').map((s) => s.trim());
    const gi = header.indexOf('given_name');
    const si = header.indexOf('surname');
    const ri = header.indexOf('rec_id');
    if (gi < 0 || si < 0) continue;
    for (const line of lines.slice(1)) {
      const f = line.split(',').map((s) => s.trim());
      // Originals only: the -dup- records carry FEBRL's own typos.
      if (ri >= 0 && !(f[ri] ?? '').endsWith('-org')) continue;
      const g = f[gi] ?? '';
      const s = f[si] ?? '';
      if (!/^[a-z]{2,}$/.test(g) || !/^[a-z]{2,}$/.test(s)) continue;
      given.set(upperFirst(g), (given.get(upperFirst(g)) ?? 0) + 1);
      family.set(upperFirst(s), (family.get(upperFirst(s)) ?? 0) + 1);
    }
  }
  const byCount = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k]) => k);
  const g = byCount(given);
  const s = byCount(family);
  return g.length > 50 && s.length > 50 ? { given: g, family: s } : undefined;
}

export interface GeneratorInfo {
  readonly febrl: { readonly dir: string; readonly given: number; readonly family: number } | undefined;
  readonly pools: Record<string, { female: number; male: number; family: number; familyCollision: number }>;
}

export class PeopleGenerator {
  private readonly rng: Rng;
  private readonly pools = new Map<Source, LangPools>();
  readonly info: GeneratorInfo;

  constructor(seed: number, febrlDir: string) {
    this.rng = new Rng(seed);
    const info: GeneratorInfo = { febrl: undefined, pools: {} };
    for (const lang of Object.keys(LISTS) as Lang[]) {
      const l = LISTS[lang];
      const common = [...new Set(l.family)];
      const seen = new Set(common);
      const tail: string[] = [];
      // Interleave suffixes so the tail's frequency is spread over all of them.
      for (const suffix of l.suffixes) {
        for (const stem of l.stems) {
          const f = tailFamily(lang, stem, suffix);
          if (!seen.has(f)) {
            seen.add(f);
            tail.push(f);
          }
        }
      }
      // Deterministic shuffle of the tail so no suffix dominates its head.
      const shuffle = new Rng(seed ^ 0x5eed);
      for (let i = tail.length - 1; i > 0; i--) {
        const j = shuffle.int(i + 1);
        [tail[i], tail[j]] = [tail[j] as string, tail[i] as string];
      }
      const family = new Zipf([...common, ...tail], 0.75, 12);
      this.pools.set(lang, {
        female: new Zipf([...new Set(l.female)], 0.9, 4),
        male: new Zipf([...new Set(l.male)], 0.9, 4),
        family,
      });
      info.pools[lang] = { female: l.female.length, male: l.male.length, family: common.length + tail.length, familyCollision: family.collision() };
    }
    const febrl = readFebrl(febrlDir);
    if (febrl) {
      const given = new Zipf(febrl.given, 0.5, 10);
      const family = new Zipf(febrl.family, 0.5, 10);
      this.pools.set('fe', { female: given, male: given, family });
      info.pools.fe = { female: febrl.given.length, male: febrl.given.length, family: febrl.family.length, familyCollision: family.collision() };
      (info as { febrl: GeneratorInfo['febrl'] }).febrl = { dir: febrlDir, given: febrl.given.length, family: febrl.family.length };
    }
    this.info = info;
  }

  person(id: number): Person {
    const rng = this.rng;
    let lang = rng.weighted(LANG_MIX);
    if (lang === 'fe' && !this.pools.has('fe')) lang = 'en';
    const pools = this.pools.get(lang);
    if (!pools) throw new Error(`no pools for ${lang}`);
    const female = rng.next() < 0.55; // the people Haven's users record are more often women
    const given = (female ? pools.female : pools.male).draw(rng);
    let family = pools.family.draw(rng);
    if (female) family = lang === 'lt' ? lithuanianFeminine(family, rng.next() < 0.5) : feminine(lang, family);
    const y = 1950 + rng.int(60);
    const m = 1 + rng.int(12);
    const d = 1 + rng.int(28);
    const birthDate = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const names: StoredName[] = [];
    const first = rng.weighted(STORED[lang]);
    names.push(this.render({ lang, given, family }, first, rng.next() < 0.15));
    if (rng.next() < 0.08) {
      const others = STORED[lang].filter(([s]) => s !== first);
      if (others.length > 0) names.push(this.render({ lang, given, family }, rng.weighted(others), rng.next() < 0.15));
    }
    return { id, lang, female, given, family, birthDate, names };
  }

  render(p: Pick<Person, 'lang' | 'given' | 'family'>, scheme: Scheme, swapped: boolean): StoredName {
    const g = p.given
      .split(/\s+/u)
      .map((x) => renderWord(x, p.lang, scheme))
      .join(' ');
    const f = p.family
      .split(/\s+/u)
      .map((x) => renderWord(x, p.lang, scheme))
      .join(' ');
    return { raw: swapped ? `${f} ${g}` : `${g} ${f}`, scheme, swapped };
  }
}

// ------------------------------------------------------------------ query variants

export type VariantType = 'script' | 'translit' | 'typo' | 'swap' | 'nodiac' | 'combo';
export const VARIANT_TYPES: readonly VariantType[] = ['script', 'translit', 'typo', 'swap', 'nodiac', 'combo'];

export interface QueryVariant {
  readonly type: VariantType;
  readonly text: string;
  /** Scheme the query is written in, and what was done to it. */
  readonly detail: string;
  /** The stored name it was derived from. */
  readonly from: StoredName;
}

const ALPHABET = {
  latin: 'abcdefghijklmnopqrstuvwxyz',
  cyrillic: 'абвгдежзийклмнопрстуфхцчшщыьэюяії',
  greek: 'αβγδεζηθικλμνξοπρστυφχψω',
};

function scriptOf(text: string): 'latin' | 'cyrillic' | 'greek' {
  if (/\p{Script=Cyrillic}/u.test(text)) return 'cyrillic';
  if (/\p{Script=Greek}/u.test(text)) return 'greek';
  return 'latin';
}

/** One typing error in one word: delete, insert, substitute or transpose a letter. */
export function typo(text: string, rng: Rng): { text: string; op: string } {
  const words = text.split(' ');
  const wi = rng.int(words.length);
  const word = words[wi] ?? '';
  const chars = [...word];
  const alphabet = [...ALPHABET[scriptOf(word)]];
  const upper = word === word.toUpperCase();
  const letter = () => {
    const c = rng.pick(alphabet);
    return upper ? c.toUpperCase() : c;
  };
  const ops = chars.length >= 4 ? ['delete', 'insert', 'substitute', 'transpose'] : ['insert', 'substitute', 'transpose'];
  const op = rng.pick(ops);
  // Not the first letter for delete/substitute most of the time: people get the start right more often.
  const pos = chars.length <= 1 ? 0 : rng.next() < 0.15 ? 0 : 1 + rng.int(chars.length - 1);
  let out = [...chars];
  switch (op) {
    case 'delete':
      out.splice(pos, 1);
      break;
    case 'insert':
      out.splice(pos, 0, letter());
      break;
    case 'substitute': {
      let c = letter();
      for (let k = 0; k < 5 && c.toLowerCase() === (chars[pos] ?? '').toLowerCase(); k++) c = letter();
      out[pos] = pos === 0 && !upper ? c.toUpperCase() : c;
      break;
    }
    default: {
      const p = Math.min(pos, chars.length - 2);
      if (p >= 0) out = [...chars.slice(0, p), chars[p + 1] ?? '', chars[p] ?? '', ...chars.slice(p + 2)];
      if (p === 0) out = [upperFirst((out[0] ?? '').toLowerCase()), (out[1] ?? '').toLowerCase(), ...out.slice(2)];
    }
  }
  words[wi] = out.join('');
  return { text: words.join(' '), op: `${op} in "${word}"` };
}

/** Removes what people leave out when typing: accents, háčeks, й→и, ї→і, ё→е, Kazakh letters as Russian ones. */
export function dropDiacritics(text: string): string {
  const cyr: Table = { й: 'и', Й: 'И', ї: 'і', Ї: 'І', ё: 'е', Ё: 'Е', ә: 'а', ғ: 'г', қ: 'к', ң: 'н', ө: 'о', ұ: 'у', ү: 'у', һ: 'х', Ә: 'А', Ғ: 'Г', Қ: 'К', Ң: 'Н', Ө: 'О', Ұ: 'У', Ү: 'У', Һ: 'Х' };
  let out = '';
  for (const ch of text) out += cyr[ch] ?? ch;
  if (/\p{Script=Cyrillic}/u.test(out)) return out; // Cyrillic letters themselves have no marks to strip beyond these
  return latinAscii(out);
}

export class QueryMaker {
  constructor(private readonly gen: PeopleGenerator) {}

  make(p: Person, type: VariantType, rng: Rng): QueryVariant {
    const from = rng.pick(p.names);
    const swapOf = (n: StoredName) => this.gen.render(p, n.scheme, !n.swapped);
    const otherScript = (): StoredName & { detail: string } => {
      const script = schemeScript(p.lang, from.scheme);
      const native = NATIVE_SCRIPT[p.lang];
      let scheme: Scheme;
      if (native === 'latin') scheme = p.lang === 'sq' && rng.next() < 0.4 ? 'greek' : 'cyrillic';
      else if (script === native) scheme = 'passport';
      else scheme = 'native';
      if (native !== 'latin' && p.lang !== 'uk' && p.lang !== 'ru' && p.lang !== 'kk' && p.lang !== 'el' && scheme === 'passport') scheme = 'latin';
      const n = this.gen.render(p, scheme, from.swapped);
      return { ...n, detail: scheme };
    };
    const otherTranslit = (): (StoredName & { detail: string }) | undefined => {
      const options = ALT_LATIN[p.lang].filter((s) => s !== from.scheme && this.gen.render(p, s, from.swapped).raw !== from.raw);
      if (options.length === 0) return undefined;
      const scheme = rng.pick(options);
      return { ...this.gen.render(p, scheme, from.swapped), detail: scheme };
    };
    switch (type) {
      case 'script': {
        const n = otherScript();
        return { type, text: n.raw, detail: `${from.scheme}→${n.detail}`, from };
      }
      case 'translit': {
        const n = otherTranslit() ?? otherScript();
        return { type, text: n.raw, detail: `${from.scheme}→${n.detail}`, from };
      }
      case 'typo': {
        const t = typo(from.raw, rng);
        return { type, text: t.text, detail: `${from.scheme}, ${t.op}`, from };
      }
      case 'swap':
        return { type, text: swapOf(from).raw, detail: from.scheme, from };
      case 'nodiac': {
        const stripped = dropDiacritics(from.raw);
        if (stripped !== from.raw) return { type, text: stripped, detail: `${from.scheme} without marks`, from };
        // Stored without marks: query with them (the native form), or in native script without them.
        const native = this.gen.render(p, 'native', from.swapped).raw;
        if (native !== from.raw && dropDiacritics(native) !== native) return { type, text: native, detail: `${from.scheme}→native with marks`, from };
        // Nothing to drop in this script (Cyrillic without й/ї/ё): the scholarly Latin form typed without its háčeks.
        if (NATIVE_SCRIPT[p.lang] === 'cyrillic') {
          const marked = this.gen.render(p, p.lang === 'sr' || p.lang === 'mk' ? 'latin' : 'scholarly', from.swapped).raw;
          const plain = dropDiacritics(marked);
          if (plain !== from.raw) return { type, text: plain, detail: `${from.scheme}→${marked} without marks`, from };
        }
        if (native !== from.raw) return { type, text: native, detail: `${from.scheme}→native`, from };
        return { type, text: from.raw, detail: `${from.scheme} (no marks to drop: identical)`, from };
      }
      default: {
        const n = rng.next() < 0.5 ? otherScript() : (otherTranslit() ?? otherScript());
        const swapped = this.gen.render(p, n.scheme, !n.swapped);
        const t = typo(swapped.raw, rng);
        return { type, text: t.text, detail: `${from.scheme}→${n.scheme}, swapped, ${t.op}`, from };
      }
    }
  }
}
