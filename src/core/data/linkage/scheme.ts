/**
 * The linkage-key scheme as data. A key is one Bloom filter of `bits` bits
 * made of one segment per field (given name, surname, birth date, sex), each
 * segment a power of two of at least 128 bits. Every token of a field (a
 * q-gram of a name word, a part of the date, the sex code) sets `hashes`
 * positions of its field's segment; the positions are the bytes of one
 * HMAC-SHA-256 of the token under the organisations' shared secret, read as
 * sixteen 16-bit numbers (so no double hashing: each position is independent).
 *
 * The scheme travels with the keys (`schemeId`): keys made under different
 * schemes or different secrets cannot be compared.
 */

/**
 * The fields of a person: 'given', 'surname', 'dob' (birth date), 'sex', and
 * any other field name for a free-text quasi-identifier (a place of birth, an
 * address) read from `LinkagePerson.other[field]`.
 */
export type LinkageField = string;

/** How a field is tokenised: name words (q-grams), a birth date (its parts), a sex code, free text (q-grams of its words). */
export type FieldKind = 'name' | 'date' | 'sex' | 'text';

export function fieldKind(field: LinkageField): FieldKind {
  if (field === 'given' || field === 'surname') return 'name';
  if (field === 'dob') return 'date';
  if (field === 'sex') return 'sex';
  return 'text';
}

export interface FieldSpec {
  readonly field: LinkageField;
  /** Segment length in bits: a power of two, 128 to 65,536. */
  readonly bits: number;
  /** Positions set per token (1..16). */
  readonly hashes: number;
  /** Names and text: q-gram length (2 = bigrams of each word padded with '_' on both sides). */
  readonly q?: number;
  /** Weight of this field's Dice in the record score. */
  readonly weight: number;
}

export interface LinkageScheme {
  /** Goes into every HMAC message and every key file: 'haven-link/1'. */
  readonly id: string;
  readonly version: number;
  readonly fields: readonly FieldSpec[];
  /** Default score threshold for a match (0..1). */
  readonly threshold: number;
  /**
   * Blocking: per field with `bands`, that many bands of `bandBits` positions
   * drawn (deterministically, from `id`) from the field's segment; two keys
   * are compared when they agree on all positions of at least one band.
   */
  readonly blocking: readonly { readonly field: LinkageField; readonly bands: number; readonly bandBits: number }[];
}

export const SCHEME_V1: LinkageScheme = {
  id: 'haven-link/1',
  version: 1,
  fields: [
    { field: 'given', bits: 128, hashes: 8, q: 2, weight: 1 },
    { field: 'surname', bits: 128, hashes: 8, q: 2, weight: 1 },
    { field: 'dob', bits: 256, hashes: 16, weight: 1 },
    { field: 'sex', bits: 128, hashes: 4, weight: 1 },
  ],
  threshold: 0.8,
  blocking: [
    { field: 'given', bands: 4, bandBits: 24 },
    { field: 'surname', bands: 4, bandBits: 24 },
    { field: 'dob', bands: 4, bandBits: 16 },
  ],
};

export interface SchemeLayout {
  readonly scheme: LinkageScheme;
  /** Total bits of a key. */
  readonly bits: number;
  /** 32-bit words of a key. */
  readonly words: number;
  /** Per field, in scheme order: first word and number of words of its segment. */
  readonly segments: readonly { readonly spec: FieldSpec; readonly word: number; readonly words: number }[];
}

const isPow2 = (n: number) => Number.isInteger(n) && n > 0 && (n & (n - 1)) === 0;

/** Checks a scheme and computes where each segment lies. Throws on an invalid scheme. */
export function layout(scheme: LinkageScheme): SchemeLayout {
  const seen = new Set<LinkageField>();
  let word = 0;
  const segments = scheme.fields.map((spec) => {
    if (!/^[a-z][a-z0-9_]*$/.test(spec.field)) throw new Error(`scheme ${scheme.id}: field names are lower-case letters, digits and _`);
    if (seen.has(spec.field)) throw new Error(`scheme ${scheme.id}: field ${spec.field} twice`);
    seen.add(spec.field);
    if (!isPow2(spec.bits) || spec.bits < 128 || spec.bits > 65536)
      throw new Error(`scheme ${scheme.id}: ${spec.field}.bits must be a power of two from 128 to 65536`);
    if (!Number.isInteger(spec.hashes) || spec.hashes < 1 || spec.hashes > 16) throw new Error(`scheme ${scheme.id}: ${spec.field}.hashes must be 1..16`);
    if (!(spec.weight > 0)) throw new Error(`scheme ${scheme.id}: ${spec.field}.weight must be positive`);
    const seg = { spec, word, words: spec.bits / 32 };
    word += seg.words;
    return seg;
  });
  if (!(scheme.threshold > 0 && scheme.threshold <= 1)) throw new Error(`scheme ${scheme.id}: threshold must be in (0, 1]`);
  return { scheme, bits: word * 32, words: word, segments };
}

/**
 * The scheme extended with free-text fields (for example an address, for data
 * sets that have one): each a 128-bit segment of bigrams (8 positions a bigram)
 * and, for the fields in `blockOn` (fields with many distinct values; a
 * field such as a region would make huge blocks), two blocking bands of 16
 * positions. The id
 * names the fields, so keys of different field sets are never compared.
 */
export function withTextFields(scheme: LinkageScheme, fields: readonly string[], blockOn: readonly string[] = fields): LinkageScheme {
  if (fields.length === 0) return scheme;
  return {
    ...scheme,
    id: `${scheme.id}+${fields.join('+')}`,
    fields: [...scheme.fields, ...fields.map((field) => ({ field, bits: 128, hashes: 8, q: 2, weight: 1 }))],
    blocking: [...scheme.blocking, ...blockOn.filter((f) => fields.includes(f)).map((field) => ({ field, bands: 2, bandBits: 16 }))],
  };
}
