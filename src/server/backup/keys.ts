import { createHmac, hkdfSync, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { BackupError, WRONG_KEY_MESSAGE } from './errors.js';

/**
 * What opens a backup: a passphrase (stretched with scrypt) or a 32-byte key
 * (expanded with HKDF). Either way a fresh random salt per backup gives a
 * fresh encryption key per backup, and a short key-check value in the header
 * tells a wrong passphrase apart from a damaged file.
 */
export type BackupKey = { kind: 'passphrase'; passphrase: string } | { kind: 'key'; key: Buffer };

export type KdfParams = { name: 'scrypt'; salt: string; N: number; r: number; p: number } | { name: 'hkdf-sha256'; salt: string };

export interface DerivedKeys {
  /** AES-256-GCM key for the payload chunks. */
  readonly encryption: Buffer;
  /** 16 bytes stored in the header: HMAC of a constant under a sibling key. */
  readonly check: Buffer;
}

/** ~100 ms on a small server; restore accepts up to SCRYPT_MAX_N so a crafted header cannot exhaust memory. */
export const SCRYPT_N = 2 ** 15;
const SCRYPT_R = 8;
const SCRYPT_P = 1;
const SCRYPT_MAX_N = 2 ** 20;
const INFO = 'haven-backup-v1';

function scrypt(passphrase: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(passphrase.normalize('NFC'), salt, 32, { N, r, p, maxmem: 256 * N * r + 16 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

function expand(secret: Buffer, salt: Buffer): DerivedKeys {
  const okm = Buffer.from(hkdfSync('sha256', secret, salt, INFO, 64));
  const checkKey = okm.subarray(32);
  return { encryption: okm.subarray(0, 32), check: createHmac('sha256', checkKey).update('haven-backup-key-check').digest().subarray(0, 16) };
}

function validKey(key: BackupKey): void {
  if (key.kind === 'passphrase' && key.passphrase.length === 0) throw new Error('The backup passphrase must not be empty.');
  if (key.kind === 'key' && key.key.length !== 32) throw new Error('A backup key must be 32 bytes.');
}

/** A new salt and the keys for a new backup. */
export async function newBackupKeys(key: BackupKey): Promise<{ kdf: KdfParams; keys: DerivedKeys }> {
  validKey(key);
  const salt = randomBytes(16);
  if (key.kind === 'passphrase') {
    const kdf: KdfParams = { name: 'scrypt', salt: salt.toString('base64'), N: SCRYPT_N, r: SCRYPT_R, p: SCRYPT_P };
    return { kdf, keys: expand(await scrypt(key.passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P), salt) };
  }
  return { kdf: { name: 'hkdf-sha256', salt: salt.toString('base64') }, keys: expand(key.key, salt) };
}

export function kdfParamsValid(kdf: KdfParams): boolean {
  if (Buffer.from(kdf.salt, 'base64').length < 16) return false;
  if (kdf.name === 'hkdf-sha256') return true;
  const { N, r, p } = kdf;
  return (
    Number.isInteger(N) &&
    N >= 2 ** 14 &&
    N <= SCRYPT_MAX_N &&
    (N & (N - 1)) === 0 &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= 32 &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= 16 &&
    128 * N * r <= 2 ** 29
  );
}

/** The keys of an existing backup; refuses with `wrong_key` when the key-check value does not match. */
export async function openBackupKeys(key: BackupKey, kdf: KdfParams, check: Buffer): Promise<DerivedKeys> {
  validKey(key);
  const salt = Buffer.from(kdf.salt, 'base64');
  let secret: Buffer;
  if (kdf.name === 'scrypt') {
    if (key.kind !== 'passphrase') throw new BackupError('wrong_key', `${WRONG_KEY_MESSAGE} It was made with a passphrase, not a key.`);
    secret = await scrypt(key.passphrase, salt, kdf.N, kdf.r, kdf.p);
  } else {
    if (key.kind !== 'key') throw new BackupError('wrong_key', `${WRONG_KEY_MESSAGE} It was made with a key, not a passphrase.`);
    secret = key.key;
  }
  const keys = expand(secret, salt);
  if (check.length !== keys.check.length || !timingSafeEqual(check, keys.check)) throw new BackupError('wrong_key', WRONG_KEY_MESSAGE);
  return keys;
}
