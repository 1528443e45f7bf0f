/**
 * Encoding a person into a linkage key under a scheme and a secret.
 *
 * The keyed hash is injected: `KeyedHash` is HMAC-SHA-256 under the shared
 * secret (node:crypto on the server and in the command line; Web Crypto, which
 * is asynchronous, in the browser through `encodePersonAsync`). This module
 * never sees the secret itself.
 */
import { type LinkagePerson, type NormalisedPerson, normalisePerson } from './normalise.js';
import { fieldKind, type LinkageField, type LinkageScheme, type SchemeLayout, layout } from './scheme.js';

/** HMAC-SHA-256 of `message` under the secret: at least 32 bytes. */
export type KeyedHash = (message: Uint8Array) => Uint8Array;
export type AsyncKeyedHash = (message: Uint8Array) => Promise<Uint8Array>;

/** One token of one field: what is hashed (with the scheme id and the field name). */
export interface Token {
  readonly field: LinkageField;
  readonly token: string;
}

/** The q-grams of one word padded with '_' on both sides: 'ana' → _a an na a_. */
export function qgrams(word: string, q: number): string[] {
  const chars = [..._pad(word, q)];
  const out: string[] = [];
  for (let i = 0; i + q <= chars.length; i++) out.push(chars.slice(i, i + q).join(''));
  return out;
}

function _pad(word: string, q: number): string {
  const p = '_'.repeat(Math.max(1, q - 1));
  return `${p}${word}${p}`;
}

/**
 * The tokens of a birth date YYYYMMDD: the whole date, the year, the month,
 * the day, and each pair of them. A date wrong in one part still agrees on
 * three of the seven (the other two parts and their pair); two people born
 * on different days of different years rarely share more than one.
 */
export function dobTokens(dob: string): string[] {
  const y = dob.slice(0, 4);
  const m = dob.slice(4, 6);
  const d = dob.slice(6, 8);
  return [`ymd${dob}`, `y${y}`, `m${m}`, `d${d}`, `ym${y}${m}`, `md${m}${d}`, `yd${y}${d}`];
}

/** Every token of a normalised person, field by field, without duplicates within a field. */
export function tokensOf(p: NormalisedPerson, scheme: LinkageScheme): Token[] {
  const out: Token[] = [];
  for (const spec of scheme.fields) {
    let tokens: string[] = [];
    const kind = fieldKind(spec.field);
    if (kind === 'name' || kind === 'text') {
      const q = spec.q ?? 2;
      const words = spec.field === 'given' ? p.given : spec.field === 'surname' ? p.surname : (p.other[spec.field] ?? []);
      for (const w of words) tokens.push(...qgrams(w, q));
    } else if (kind === 'date') {
      if (p.dob) tokens = dobTokens(p.dob);
    } else if (p.sex) {
      tokens = [p.sex];
    }
    for (const token of new Set(tokens)) out.push({ field: spec.field, token });
  }
  return out;
}

const utf8 = new TextEncoder();

/** The message that is HMACed for one token: scheme id, field and token, separated by U+001F. */
export function tokenMessage(scheme: LinkageScheme, t: Token): Uint8Array {
  return utf8.encode(`${scheme.id}\u001f${t.field}\u001f${t.token}`);
}

/** Sets the bits of one token in `key` from its digest: the first `hashes` 16-bit big-endian numbers, modulo the segment length. */
function setBits(key: Uint32Array, lay: SchemeLayout, field: LinkageField, digest: Uint8Array): void {
  const seg = lay.segments.find((s) => s.spec.field === field);
  if (!seg) return;
  if (digest.length < 2 * seg.spec.hashes) throw new Error('the keyed hash returned too few bytes');
  const mask = seg.spec.bits - 1;
  for (let i = 0; i < seg.spec.hashes; i++) {
    const pos = (((digest[2 * i] as number) << 8) | (digest[2 * i + 1] as number)) & mask;
    const w = seg.word + (pos >>> 5);
    key[w] = (key[w] as number) | (1 << (pos & 31));
  }
}

/**
 * A keyed hash with a memo: names and dates repeat across records, and the
 * token's digest depends only on the token. Keeps at most `limit` digests.
 */
export function memoised(hash: KeyedHash, limit = 1_000_000): KeyedHash {
  const memo = new Map<string, Uint8Array>();
  const dec = new TextDecoder();
  return (message) => {
    const k = dec.decode(message);
    let d = memo.get(k);
    if (!d) {
      d = hash(message);
      if (memo.size >= limit) memo.clear();
      memo.set(k, d);
    }
    return d;
  };
}

/** A person's linkage key: the packed bits of all segments. */
export function encodePerson(person: LinkagePerson, scheme: LinkageScheme, hash: KeyedHash, lay: SchemeLayout = layout(scheme)): Uint32Array {
  return encodeNormalised(normalisePerson(person), scheme, hash, lay);
}

export function encodeNormalised(p: NormalisedPerson, scheme: LinkageScheme, hash: KeyedHash, lay: SchemeLayout = layout(scheme)): Uint32Array {
  const key = new Uint32Array(lay.words);
  for (const t of tokensOf(p, scheme)) setBits(key, lay, t.field, hash(tokenMessage(scheme, t)));
  return key;
}

/** The same as `encodePerson` with an asynchronous keyed hash (Web Crypto's HMAC in the browser). */
export async function encodePersonAsync(person: LinkagePerson, scheme: LinkageScheme, hash: AsyncKeyedHash): Promise<Uint32Array> {
  const lay = layout(scheme);
  const key = new Uint32Array(lay.words);
  const tokens = tokensOf(normalisePerson(person), scheme);
  const digests = await Promise.all(tokens.map((t) => hash(tokenMessage(scheme, t))));
  tokens.forEach((t, i) => {
    setBits(key, lay, t.field, digests[i] as Uint8Array);
  });
  return key;
}

// ---------------------------------------------------------------- serialisation

/** A key as base64 (its words little-endian). */
export function keyToBase64(key: Uint32Array): string {
  const bytes = new Uint8Array(key.length * 4);
  const view = new DataView(bytes.buffer);
  key.forEach((w, i) => {
    view.setUint32(4 * i, w, true);
  });
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function keyFromBase64(text: string, words: number): Uint32Array {
  const bin = atob(text);
  if (bin.length !== words * 4) throw new Error(`a key of this scheme has ${words * 4} bytes, not ${bin.length}`);
  const key = new Uint32Array(words);
  for (let i = 0; i < words; i++) {
    key[i] = (bin.charCodeAt(4 * i) | (bin.charCodeAt(4 * i + 1) << 8) | (bin.charCodeAt(4 * i + 2) << 16) | (bin.charCodeAt(4 * i + 3) << 24)) >>> 0;
  }
  return key;
}
