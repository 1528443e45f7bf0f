import { createHmac, randomBytes } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { deriveKey, open, seal } from '../ops/keys.js';

/** TOTP (RFC 6238: 6 digits, 30 s) with secrets encrypted at rest and replay protection. */

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function sealTotp(master: Buffer, userId: string, secret: string): Buffer {
  return seal(deriveKey(master, 'totp-secrets'), Buffer.from(secret), `totp:${userId}`);
}

export function openTotp(master: Buffer, userId: string, sealed: Buffer): string {
  return open(deriveKey(master, 'totp-secrets'), sealed, `totp:${userId}`).toString();
}

export async function enrolmentDetails(secret: string, issuer: string, account: string): Promise<{ otpauthUrl: string; qrSvg: string }> {
  const otpauthUrl = generateURI({ issuer, label: account, secret });
  const qrSvg = await QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { otpauthUrl, qrSvg };
}

/** The time step the code belongs to, or undefined when it is wrong or was already used. */
export async function checkTotp(secret: string, code: string, lastStep: number): Promise<number | undefined> {
  const result = await verify({ secret, token: code, epochTolerance: 30, afterTimeStep: lastStep }).catch(() => ({ valid: false as const }));
  return result.valid && 'timeStep' in result ? result.timeStep : undefined;
}

/** Ten single-use recovery codes like `k3j9x-4mq2p`. */
export function newRecoveryCodes(): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: 10 }, () => {
    const bytes = randomBytes(10);
    const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normaliseRecoveryCode(code: string): string {
  const c = code.trim().toLowerCase().replace(/-/g, '');
  return `${c.slice(0, 5)}-${c.slice(5)}`;
}

/** Recovery codes are stored as an HMAC under a key derived from the master key: a copy of the database alone cannot test guesses. */
export function recoveryCodeHash(master: Buffer, code: string): Buffer {
  return createHmac('sha256', deriveKey(master, 'recovery-codes')).update(normaliseRecoveryCode(code)).digest();
}
