/**
 * Linkage keys computed in the browser: the secret is typed here, turned into a Web Crypto HMAC key
 * that cannot be read back, and never sent anywhere. Only the keys (and the secret's fingerprint)
 * leave the browser. The keys are the same as `haven link --encode` makes from the same people.
 */
import type { LinkagePeople } from '../../../core/data/linkage/api.js';
import {
  type AsyncKeyedHash,
  encodePersonAsync,
  type KeyFile,
  keyToBase64,
  SCHEME_V1,
  SECRET_KDF,
  secretFingerprintAsync,
} from '../../../core/data/linkage/index.js';

export { MIN_SECRET_LENGTH } from '../../../core/data/linkage/index.js';

/** The HMAC of the encodings, keyed with the key derived from the secret (SECRET_KDF, as the command line does). */
export async function keyedHash(secret: string): Promise<AsyncKeyedHash> {
  const encoder = new TextEncoder();
  const material = await crypto.subtle.importKey('raw', encoder.encode(secret), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: SECRET_KDF.hash, salt: encoder.encode(SECRET_KDF.salt), iterations: SECRET_KDF.iterations },
    material,
    SECRET_KDF.bytes * 8,
  );
  const key = await crypto.subtle.importKey('raw', bits, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return async (message) => new Uint8Array(await crypto.subtle.sign('HMAC', key, message as Uint8Array<ArrayBuffer>));
}

/** People encoded a batch at a time, so that the page can show progress and stay responsive. */
const BATCH = 50;

export async function computeKeys(
  people: LinkagePeople['people'],
  secret: string,
  onProgress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<KeyFile> {
  const hash = await keyedHash(secret);
  const keys: KeyFile['keys'] = [];
  for (let i = 0; i < people.length; i += BATCH) {
    signal?.throwIfAborted();
    const batch = people.slice(i, i + BATCH);
    const encoded = await Promise.all(
      batch.map((p) => encodePersonAsync({ givenName: p.givenName, surname: p.surname, dateOfBirth: p.dateOfBirth, sex: p.sex }, SCHEME_V1, hash)),
    );
    encoded.forEach((key, j) => {
      keys.push({ id: (batch[j] as (typeof batch)[number]).personId, key: keyToBase64(key) });
    });
    onProgress(Math.min(i + BATCH, people.length), people.length);
  }
  return { scheme: SCHEME_V1.id, fingerprint: await secretFingerprintAsync(hash), keys };
}
