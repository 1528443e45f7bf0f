import { randomBytes } from 'node:crypto';
import { deriveKey, open, seal } from '../ops/keys.js';

/**
 * Each referral has a data key of its own, wrapped by the master key and bound to the referral:
 * both of its organisations' transactions can open what it carries, and neither organisation's
 * own key is ever used for the other. Dropping the sealed values erases what was shared.
 */
const wrapping = (master: Buffer) => deriveKey(master, 'wrap-org-keys');
const aad = (id: string) => `referral:${id}`;

export function newReferralKey(master: Buffer, id: string): { key: Buffer; wrapped: Buffer } {
  const key = randomBytes(32);
  return { key, wrapped: seal(wrapping(master), key, aad(id)) };
}

export function referralKey(master: Buffer, id: string, wrapped: Buffer): Buffer {
  return open(wrapping(master), wrapped, aad(id));
}

/** For a master-key rotation. */
export function rewrapReferralKey(oldMaster: Buffer, newMaster: Buffer, id: string, wrapped: Buffer): Buffer {
  return seal(wrapping(newMaster), open(wrapping(oldMaster), wrapped, aad(id)), aad(id));
}
