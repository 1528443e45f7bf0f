/**
 * Script detection and transliteration of person names to lower-case Latin.
 *
 * Pure, deterministic and browser-safe (no I/O, no node: imports). The output
 * is the "normalised Latin form" of a name: what a caseworker typing on a
 * Latin keyboard would most plausibly type, lower-cased, without diacritics.
 *
 * - Cyrillic: one table per language family, chosen from the letters present
 *   in the whole name (Kazakh, Serbian/Macedonian, Belarusian, Ukrainian,
 *   otherwise Russian). Ukrainian follows the 2010 national passport system
 *   (г→h, и→y, й→y, є→ye, ї→yi), Russian the common passport practice
 *   (г→g, и→i, х→kh), Serbian the official Latin alphabet (ћ→c, ђ→dj, џ→dzh).
 * - Greek: ELOT 743 / passport style ('standard') or a pronunciation-based
 *   form ('phonetic', ου→u, αι→e, ει/οι/υι/η/υ→i, μπ→b/mb, ντ→d/nd, γκ→g/ng)
 *   which the name skeleton is built from.
 * - Latin: Unicode NFKD and removal of combining marks, after mapping the
 *   letters that carry a sound rather than an accent (š→sh, č→ch, ž→zh, so
 *   that Ševčenko meets Шевченко) and the letters NFKD does not decompose
 *   (ł→l, ø→o, ß→ss, đ→dj, æ→ae, œ→oe, þ→th, ı→i).
 */

export type Script = 'latin' | 'cyrillic' | 'greek' | 'mixed' | 'other' | 'none';
export type CyrillicVariant = 'uk' | 'ru' | 'be' | 'sr' | 'kk';
/**
 * 'standard': what a caseworker would type (Greek ELOT 743; Latin š/č/ž as sh/ch/zh, so Ševčenko = Шевченко).
 * 'phonetic': the input of the name skeleton (Greek by pronunciation; Latin marks simply dropped, š→s, so that
 * adding or removing any diacritic never changes a skeleton; the skeleton maps sh→s, ch→c, zh→z itself).
 */
export type TransliterationMode = 'standard' | 'phonetic';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const GREEK = /\p{Script=Greek}/u;
const LETTER = /\p{L}/u;

/** The script(s) of the letters in `text`: one of Latin, Cyrillic, Greek; 'mixed' if several; 'other' for letters of other scripts only. */
export function detectScript(text: string): Script {
  let latin = false;
  let cyrillic = false;
  let greek = false;
  let other = false;
  for (const ch of text.normalize('NFC')) {
    if (!LETTER.test(ch)) continue;
    if (LATIN.test(ch)) latin = true;
    else if (CYRILLIC.test(ch)) cyrillic = true;
    else if (GREEK.test(ch)) greek = true;
    else other = true;
  }
  const n = Number(latin) + Number(cyrillic) + Number(greek);
  if (n > 1) return 'mixed';
  if (latin) return 'latin';
  if (cyrillic) return 'cyrillic';
  if (greek) return 'greek';
  return other ? 'other' : 'none';
}

/** Which Cyrillic alphabet `text` is most likely written in, from its distinctive letters (Russian when none). */
export function cyrillicVariant(text: string): CyrillicVariant {
  const t = text.toLowerCase();
  if (/[әғқңөұүһ]/u.test(t)) return 'kk';
  if (/[ђћџљњјѓќѕ]/u.test(t)) return 'sr';
  if (/ў/u.test(t)) return 'be';
  if (/[іїєґ]/u.test(t) && !/[ыэъё]/u.test(t)) return 'uk';
  return 'ru';
}

const CYR_BASE: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'i',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ў: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Serbian and Macedonian
  ђ: 'dj',
  ћ: 'c',
  џ: 'dzh',
  љ: 'lj',
  њ: 'nj',
  ј: 'j',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
  // Kazakh (passport practice: the letters lose their marks)
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
};

const CYR_VARIANT: Readonly<Record<CyrillicVariant, Readonly<Record<string, string>>>> = {
  ru: {},
  uk: { г: 'h', и: 'y' },
  be: { г: 'h' },
  sr: { ц: 'c', х: 'h', ј: 'j' },
  kk: {},
};

/** Ukrainian national system: the iotated letters and й are written with i, not y, after the first letter of a word (Mariia, Hryhorii). */
const UK_INNER: Readonly<Record<string, string>> = { й: 'i', є: 'ie', ї: 'i', ю: 'iu', я: 'ia' };

function cyrillicToLatin(ch: string, variant: CyrillicVariant, wordStart: boolean): string {
  if (variant === 'uk' && !wordStart) {
    const inner = UK_INNER[ch];
    if (inner !== undefined) return inner;
  }
  return CYR_VARIANT[variant][ch] ?? CYR_BASE[ch] ?? ch;
}

const GREEK_SINGLE: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
  ϐ: 'v',
  ϑ: 'th',
  ϕ: 'f',
  ϲ: 's',
};

const GREEK_VOICELESS = new Set(['θ', 'κ', 'ξ', 'π', 'σ', 'ς', 'τ', 'φ', 'χ', 'ψ']);

interface GreekChar {
  readonly base: string;
  readonly diaeresis: boolean;
}

function splitGreek(text: string): GreekChar[] {
  const out: GreekChar[] = [];
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) {
      const last = out[out.length - 1];
      if (ch === '\u0308' && last) out[out.length - 1] = { base: last.base, diaeresis: true };
      continue;
    }
    out.push({ base: ch, diaeresis: false });
  }
  return out;
}

/** Greek (lower-cased) to Latin. Digraphs are broken by a diaeresis on their second letter (Ναΐς → nais). */
function greekToLatin(text: string, mode: TransliterationMode): string {
  const cs = splitGreek(text);
  const phonetic = mode === 'phonetic';
  let out = '';
  const isGreekLetter = (c: GreekChar | undefined) => c !== undefined && GREEK.test(c.base) && LETTER.test(c.base);
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]!;
    const next = cs[i + 1];
    const after = cs[i + 2];
    const wordStart = !isGreekLetter(cs[i - 1]);
    const pair = next && !next.diaeresis ? c.base + next.base : '';
    const voicelessOrEnd = !isGreekLetter(after) || GREEK_VOICELESS.has(after?.base ?? '');
    let two: string | undefined;
    switch (pair) {
      case 'ου':
        two = phonetic ? 'u' : 'ou';
        break;
      case 'αι':
        two = phonetic ? 'e' : 'ai';
        break;
      case 'ει':
      case 'οι':
      case 'υι':
        two = phonetic ? 'i' : pair === 'ει' ? 'ei' : pair === 'οι' ? 'oi' : 'yi';
        break;
      case 'αυ':
      case 'ευ':
      case 'ηυ':
        two = (pair === 'αυ' ? 'a' : pair === 'ευ' ? 'e' : 'i') + (voicelessOrEnd ? 'f' : 'v');
        break;
      case 'μπ':
        two = wordStart ? 'b' : phonetic ? 'mb' : 'mp';
        break;
      case 'ντ':
        two = wordStart ? 'd' : phonetic ? 'nd' : 'nt';
        break;
      case 'γκ':
        two = wordStart ? 'g' : phonetic ? 'ng' : 'gk';
        break;
      case 'γγ':
        two = 'ng';
        break;
      case 'γχ':
        two = 'nch';
        break;
      case 'γξ':
        two = 'nx';
        break;
    }
    if (two !== undefined) {
      out += two;
      i++;
      continue;
    }
    const single = GREEK_SINGLE[c.base];
    if (single === undefined) out += c.base;
    else out += phonetic && c.base === 'υ' ? 'i' : single;
  }
  return out;
}

const LATIN_SPECIAL: Readonly<Record<string, string>> = {
  š: 'sh',
  č: 'ch',
  ž: 'zh',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  đ: 'dj',
  ð: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ĸ: 'k',
  ŋ: 'n',
  ƒ: 'f',
};

const LATIN_HACEK = new Set(['š', 'č', 'ž']);

function latinFold(text: string, mode: TransliterationMode): string {
  let out = '';
  for (const ch of text) out += mode === 'phonetic' && LATIN_HACEK.has(ch) ? ch : (LATIN_SPECIAL[ch] ?? ch);
  return out.normalize('NFKD').replace(/\p{M}/gu, '');
}

export interface TransliterateOptions {
  /** Cyrillic alphabet to use; by default detected from `text` itself. Pass the variant of the whole name when transliterating one token. */
  readonly cyrillic?: CyrillicVariant;
  readonly mode?: TransliterationMode;
}

/**
 * Lower-case Latin form of `text` in any of Latin, Cyrillic or Greek script
 * (letters of other scripts are kept, lower-cased). Punctuation and spaces are
 * kept; callers tokenise. Idempotent: an ASCII lower-case string is returned as is.
 */
export function transliterate(text: string, options: TransliterateOptions = {}): string {
  const lower = text.normalize('NFKC').toLowerCase();
  const mode = options.mode ?? 'standard';
  const variant = options.cyrillic ?? cyrillicVariant(lower);
  let out = '';
  // Process maximal same-script runs so Greek digraphs see their neighbours.
  let run = '';
  let runGreek = false;
  let wordLetter = false;
  const flush = () => {
    if (run === '') return;
    out += runGreek ? greekToLatin(run, mode) : run;
    run = '';
  };
  for (const ch of lower) {
    // A combining mark belongs to the run of the letter it follows.
    const greek: boolean = /\p{M}/u.test(ch) ? runGreek : GREEK.test(ch);
    if (greek !== runGreek) {
      flush();
      runGreek = greek;
    }
    run += greek ? ch : CYRILLIC.test(ch) ? cyrillicToLatin(ch, variant, !wordLetter) : ch;
    wordLetter = LETTER.test(ch) || /\p{M}/u.test(ch) || (wordLetter && /['’ʼ`]/u.test(ch));
  }
  flush();
  return latinFold(out, mode);
}
