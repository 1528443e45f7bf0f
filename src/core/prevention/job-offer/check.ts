/**
 * The job-offer check (issue 8): which warning signs of deceptive recruitment an offer shows, from
 * the visitor's answers and the offer's text. Pure and without zod, so that the public page runs it
 * in the browser (nothing the visitor types leaves the device) and the public API runs the same code.
 */
import type { JobOfferCheckResponse, OfferAnswer, OfferSign, SignId } from '../help.js';
import { SIGN_EXCEPTIONS } from './exceptions.js';
import { normalise } from './normalise.js';
import { SIGN_PATTERNS } from './patterns.js';

/** The signs in the order the page asks about them (the same as SIGN_IDS, which lives with zod). */
export const SIGNS: readonly SignId[] = [
  'worker-pays-fees',
  'documents-kept',
  'pay-too-good',
  'no-written-contract',
  'unverifiable-employer',
  'travel-paid-by-others',
  'tourist-visa',
  'secrecy',
  'pressure-to-decide',
];

/** The words of one sign in the visitor's language. */
export interface SignText {
  readonly title: string;
  readonly explanation: string;
  readonly check: string;
}
export type SignTexts = (id: SignId) => SignText;

export interface OfferInput {
  readonly text?: string | undefined;
  readonly answers?: Readonly<Partial<Record<SignId, OfferAnswer>>> | undefined;
}

/** At most this many quotes of the offer's text per sign. */
export const MAX_EVIDENCE = 3;
const MAX_QUOTE = 80;

const LETTER = '[\\p{L}\\p{N}]';
const SEP = '[^\\p{L}\\p{N}]{1,6}';
const TAIL = '\\p{L}{0,24}';
const GAP = `(?:${SEP}${LETTER}{1,30}){0,4}`;

// Serbian and Bosnian are written in both scripts: their Latin patterns are also matched in Cyrillic.
const CYRILLIC: Record<string, string> = {
  lj: 'љ',
  nj: 'њ',
  dž: 'џ',
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
};

function toCyrillic(latin: string): string {
  return latin.toLowerCase().replace(/lj|nj|dž|[a-zčćđšž]/g, (m) => CYRILLIC[m] ?? m);
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
}

/** One pattern as a regular expression source, matched where a word starts (see patterns.ts for the syntax). */
export function patternSource(pattern: string): string {
  const tokens = normalise(pattern)
    .text.split(/[^\p{L}\p{N}~=]+/u)
    .filter(Boolean);
  let source = '';
  tokens.forEach((token, i) => {
    if (token === '~') {
      source += GAP;
      return;
    }
    const exact = token.endsWith('=');
    const word = escapeRegExp(exact ? token.slice(0, -1) : token);
    source += (i === 0 ? '' : SEP) + word + (exact ? '(?![\\p{L}\\p{N}])' : TAIL);
  });
  return source;
}

interface Matcher {
  readonly sign: SignId;
  readonly regex: RegExp;
}

type Index = ReadonlyMap<string, readonly Matcher[]>;

/** The patterns by the first two letters of their first word (one letter when it has only one). */
let index: Index | undefined;
/** The same for the honest phrases (exceptions.ts). */
let exceptionIndex: Index | undefined;

function indexOf(patternsOf: (sign: SignId) => Readonly<Partial<Record<string, readonly string[]>>>): Index {
  const map = new Map<string, Matcher[]>();
  const seen = new Set<string>();
  const add = (sign: SignId, pattern: string) => {
    const first = normalise(pattern)
      .text.split(/[^\p{L}\p{N}]+/u)
      .find(Boolean);
    const source = patternSource(pattern);
    if (!first || seen.has(`${sign} ${source}`)) return;
    seen.add(`${sign} ${source}`);
    const key = first.slice(0, 2);
    const list = map.get(key) ?? [];
    list.push({ sign, regex: new RegExp(source, 'uy') });
    map.set(key, list);
  };
  for (const sign of SIGNS) {
    for (const [language, patterns] of Object.entries(patternsOf(sign))) {
      for (const p of patterns ?? []) {
        add(sign, p);
        if (language === 'sr' || language === 'bs') add(sign, toCyrillic(p));
      }
    }
  }
  return map;
}

function matchers(): Index {
  index ??= indexOf((sign) => SIGN_PATTERNS[sign]);
  return index;
}

function exceptions(): Index {
  exceptionIndex ??= indexOf((sign) => SIGN_EXCEPTIONS[sign] ?? {});
  return exceptionIndex;
}

/** The matchers whose first word starts like the text at `at`. */
function candidatesAt(from: Index, normal: string, at: number): readonly Matcher[] {
  return [...(from.get(normal.slice(at, at + 2)) ?? []), ...(from.get(normal.slice(at, at + 1)) ?? [])];
}

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

/** The signs the offer's text shows, each with a few of its words as written. */
export function signsInText(text: string): Map<SignId, string[]> {
  const found = new Map<SignId, string[]>();
  if (!text.trim()) return found;
  const { text: normal, origin } = normalise(text);
  const patterns = matchers();
  const honest = exceptions();
  const seen = new Set<string>();
  /** Per sign, where its last quote ended: a quote never starts inside another of the same sign. */
  const coveredUntil = new Map<SignId, number>();
  /** Per sign, where the last honest phrase (exceptions.ts) ended: no match starts inside it. */
  const excusedUntil = new Map<SignId, number>();
  for (const start of normal.matchAll(WORD_START)) {
    const at = start.index;
    for (const { sign, regex } of candidatesAt(honest, normal, at)) {
      regex.lastIndex = at;
      const m = regex.exec(normal)?.[0];
      if (m) excusedUntil.set(sign, Math.max(excusedUntil.get(sign) ?? 0, at + m.length));
    }
    const longest = new Map<SignId, string>();
    for (const { sign, regex } of candidatesAt(patterns, normal, at)) {
      if ((found.get(sign)?.length ?? 0) >= MAX_EVIDENCE || (coveredUntil.get(sign) ?? 0) > at || (excusedUntil.get(sign) ?? 0) > at) continue;
      regex.lastIndex = at;
      const m = regex.exec(normal)?.[0];
      if (m && m.length > (longest.get(sign)?.length ?? 0)) longest.set(sign, m);
    }
    for (const [sign, m] of longest) {
      coveredUntil.set(sign, at + m.length);
      if (seen.has(`${sign} ${m}`)) continue;
      seen.add(`${sign} ${m}`);
      const from = origin[at] ?? 0;
      const lastOrigin = origin[at + m.length - 1] ?? from;
      const lastChar = String.fromCodePoint(text.codePointAt(lastOrigin) ?? 32);
      const quote = text
        .slice(from, lastOrigin + lastChar.length)
        .replace(/\s+/gu, ' ')
        .trim()
        .slice(0, MAX_QUOTE);
      if (quote) found.set(sign, [...(found.get(sign) ?? []), quote]);
    }
  }
  return new Map(SIGNS.filter((s) => found.has(s)).map((s) => [s, found.get(s) ?? []]));
}

/**
 * Checks an offer: `yes` answers and the text give signs; `unsure` answers are listed as things to
 * find out (unless the text already shows the sign); `no` answers give nothing by themselves.
 */
export function checkOffer(input: OfferInput, texts: SignTexts): JobOfferCheckResponse {
  const answers = input.answers ?? {};
  const inText = signsInText(input.text ?? '');
  const signs: OfferSign[] = [];
  const unsure: JobOfferCheckResponse['unsure'] = [];
  for (const id of SIGNS) {
    const answered = answers[id] === 'yes';
    const evidence = inText.get(id);
    const words = texts(id);
    if (answered || evidence) {
      signs.push({
        id,
        title: words.title,
        explanation: words.explanation,
        check: words.check,
        from: answered && evidence ? 'both' : answered ? 'answer' : 'text',
        evidence: evidence ?? [],
      });
    } else if (answers[id] === 'unsure') {
      unsure.push({ id, title: words.title, check: words.check });
    }
  }
  return { signs, unsure };
}
