import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../core/platform/schemas.js';
import { HttpError } from '../http/errors.js';

/** argon2id with OWASP's recommended minimum (19 MiB, 2 passes). */
const OPTIONS = { algorithm: 2 /* Algorithm.Argon2id (a const enum) */, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));
  return common;
}

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, email?: string): 'weak_password' | 'common_password' | undefined {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) return 'weak_password';
  const lower = password.toLowerCase();
  const list = commonPasswords();
  // The list word itself, or a list word dressed up with trailing digits and symbols.
  const base = lower.replace(/[\d\W_]+$/u, '');
  if (list.has(lower) || (base.length >= 4 && list.has(base))) return 'common_password';
  if (new Set(lower).size <= 2) return 'common_password';
  if (email && lower.includes(email.toLowerCase().split('@')[0] ?? '\u0000') && lower.length - (email.split('@')[0]?.length ?? 0) < 6) return 'weak_password';
  return undefined;
}

export function assertGoodPassword(password: string, field: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem === 'weak_password')
    throw new HttpError(400, 'weak_password', `Use at least ${MIN_PASSWORD_LENGTH} characters, not built on your e-mail address.`, field);
  if (problem === 'common_password') throw new HttpError(400, 'common_password', 'This password is on a list of common passwords; choose another.', field);
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** A hash to verify against when the account does not exist, so timing does not reveal which e-mails exist. */
let dummy: Promise<string> | undefined;
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (!stored) {
    dummy ??= hashPassword('haven-dummy-password-for-timing');
    await verify(await dummy, password).catch(() => false);
    return false;
  }
  return verify(stored, password).catch(() => false);
}
