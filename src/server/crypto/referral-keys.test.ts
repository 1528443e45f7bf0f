import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newReferralKey, referralKey, rewrapReferralKey } from './referral-keys.js';

describe('referral keys', () => {
  it('open only with the master key and for the referral they were made for; a rotation re-wraps them', () => {
    const master = randomBytes(32);
    const id = randomUUID();
    const { key, wrapped } = newReferralKey(master, id);
    expect(referralKey(master, id, wrapped).equals(key)).toBe(true);
    expect(() => referralKey(master, randomUUID(), wrapped)).toThrow();
    expect(() => referralKey(randomBytes(32), id, wrapped)).toThrow();
    const next = randomBytes(32);
    const rewrapped = rewrapReferralKey(master, next, id, wrapped);
    expect(referralKey(next, id, rewrapped).equals(key)).toBe(true);
    expect(() => referralKey(master, id, rewrapped)).toThrow();
  });
});
