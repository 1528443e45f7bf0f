/**
 * The key file: what an organisation hands over for counting people once. Written by
 * `haven link --encode` and by the web app's linkage screen (both compute the keys where the
 * secret is, never on the server), read by `PUT /api/data/linkage/keys` and by `haven link`.
 */
import { z } from 'zod';
import type { AsyncKeyedHash, KeyedHash } from './encode.js';

/**
 * How the network's secret becomes the HMAC key of the encodings: PBKDF2 with SHA-256, many
 * iterations, a fixed salt. Whoever holds keys or a key file (a database copy, say) and wants to
 * guess a weak secret must pay this for every guess (about 0.3 s on one core instead of 2 µs).
 * The command line (node:crypto) and the browser (Web Crypto) derive the same key.
 */
export const SECRET_KDF = { hash: 'SHA-256', iterations: 600_000, salt: 'haven-link/1 network secret', bytes: 32 } as const;

/** The shortest secret accepted; the network should use a random one (32 random bytes, base64). */
export const MIN_SECRET_LENGTH = 16;

/** The most keys one upload may hold. */
export const MAX_UPLOAD_KEYS = 200_000;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64');

export const keyFile = z.object({
  scheme: z.string().min(1).max(100),
  /** `secretFingerprint` of the secret the keys were made under (optional in files of older versions). */
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{16}$/, '16 hexadecimal digits')
    .optional(),
  keys: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        key: base64.max(1000),
        /** Blocking keys (the command line writes them; the server computes its own). */
        blocks: z.array(z.string().max(100)).max(100).optional(),
      }),
    )
    .max(MAX_UPLOAD_KEYS),
});
export type KeyFile = z.infer<typeof keyFile>;

const FINGERPRINT_MESSAGE = new TextEncoder().encode('haven-link fingerprint');

const hex = (bytes: Uint8Array) => Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * A fingerprint of the secret: the first 8 bytes of its HMAC of a fixed message. Two organisations
 * with the same fingerprint used the same secret; the fingerprint says nothing else about it.
 */
export function secretFingerprint(hash: KeyedHash): string {
  return hex(hash(FINGERPRINT_MESSAGE));
}

export async function secretFingerprintAsync(hash: AsyncKeyedHash): Promise<string> {
  return hex(await hash(FINGERPRINT_MESSAGE));
}
