/**
 * Normalisation of the fields a linkage key is computed from: name parts,
 * birth dates and sex. Pure and browser-safe.
 *
 * Names go through Haven's transliteration (src/core/persons), so that a name
 * typed in Cyrillic, Greek or Latin with or without diacritics gives the same
 * lower-case Latin words: 'Олена' and 'Olena' → ['olena'], 'Ševčenko' and
 * 'Шевченко' → ['shevchenko'].
 */
import { cyrillicVariant, transliterate } from '../../persons/transliterate.js';
import { normalizeToken, tokenize } from '../../persons/name-keys.js';

/** At most this many words of one name part are encoded. */
export const MAX_NAME_WORDS = 6;

/**
 * The words of one name part (a given name, a surname), in lower-case Latin
 * letters only, in their original order. Empty for a missing or letterless
 * value. Idempotent: normalising the joined output gives the same words.
 */
export function normaliseNamePart(value: string | undefined | null): string[] {
  if (!value) return [];
  const variant = cyrillicVariant(value);
  const out: string[] = [];
  for (const token of tokenize(value)) {
    const norm = normalizeToken(token, variant).normalize('NFC');
    if (norm !== '') out.push(norm);
    if (out.length >= MAX_NAME_WORDS) break;
  }
  return out;
}

/**
 * The words of a free-text field (a place, an address), lower-case Latin
 * letters and digits only. Idempotent.
 */
export function normaliseText(value: string | undefined | null): string[] {
  if (!value) return [];
  return transliterate(value)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .slice(0, 12);
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (!(y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * A birth date as YYYYMMDD, or undefined when missing or not understood.
 * Accepts YYYYMMDD, YYYY-MM-DD (also with / or .), DD.MM.YYYY and DD/MM/YYYY
 * (day first, the European order), and an ISO timestamp (its date part).
 * A date that does not exist on the calendar (e.g. 19650230) is kept as it
 * is when it has eight digits, since a typo in a source is still evidence;
 * other shapes must be real dates. Idempotent.
 */
export function normaliseDate(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  let m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (m) return `${m[1]}${m[2]}${m[3]}`;
  m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?$/.exec(v);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? `${y}${pad(mo)}${pad(d)}` : undefined;
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(v);
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? `${y}${pad(mo)}${pad(d)}` : undefined;
  }
  return undefined;
}

export type SexCode = 'f' | 'm' | 'x';

/** A sex code: 'f', 'm' or 'x' (other, as in passports); undefined when missing or unknown. Idempotent. */
export function normaliseSex(value: string | undefined | null): SexCode | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  if (['f', 'female', 'woman', 'girl', 'w', 'ж', 'жен', 'жінка', 'женский', 'жіноча'].includes(v)) return 'f';
  if (['m', 'male', 'man', 'boy', 'м', 'муж', 'чоловік', 'мужской', 'чоловіча'].includes(v)) return 'm';
  if (['x', 'other', 'diverse', 'non-binary', 'nonbinary', 'd'].includes(v)) return 'x';
  return undefined;
}

/** A person as linkage sees them, before normalisation. Every field is optional. */
export interface LinkagePerson {
  readonly givenName?: string | null;
  readonly surname?: string | null;
  readonly dateOfBirth?: string | null;
  readonly sex?: string | null;
  /** Free-text fields named in the scheme beyond the four above. */
  readonly other?: Readonly<Record<string, string | null | undefined>>;
}

/** A person after normalisation: the only values the encoder reads. */
export interface NormalisedPerson {
  readonly given: readonly string[];
  readonly surname: readonly string[];
  readonly dob: string | undefined;
  readonly sex: SexCode | undefined;
  readonly other: Readonly<Record<string, readonly string[]>>;
}

export function normalisePerson(p: LinkagePerson): NormalisedPerson {
  const other: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(p.other ?? {})) other[k] = normaliseText(v);
  return { given: normaliseNamePart(p.givenName), surname: normaliseNamePart(p.surname), dob: normaliseDate(p.dateOfBirth), sex: normaliseSex(p.sex), other };
}
