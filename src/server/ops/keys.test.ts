import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveKey, loadMasterKey, newWrappedOrgKey, open, seal, unwrapOrgKey } from './keys.js';

describe('master key', () => {
  it('is created once in the data folder, owner-only, and read back the same', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-key-'));
    const a = loadMasterKey(dir, {});
    const b = loadMasterKey(dir, {});
    expect(a.key.equals(b.key)).toBe(true);
    expect(fs.statSync(path.join(dir, 'master.key')).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });

  it('comes from HAVEN_MASTER_KEY when set, and refuses a malformed one', () => {
    const hex = 'ab'.repeat(32);
    expect(loadMasterKey('/nonexistent', { HAVEN_MASTER_KEY: hex }).key.toString('hex')).toBe(hex);
    expect(() => loadMasterKey('/nonexistent', { HAVEN_MASTER_KEY: 'short' })).toThrow(/HAVEN_MASTER_KEY/);
  });

  it('seals and opens any value, and refuses another place or a flipped bit', () => {
    const key = deriveKey(Buffer.alloc(32, 7), 'test');
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), fc.string(), fc.nat(), (bytes, aad, flip) => {
        const sealed = seal(key, Buffer.from(bytes), aad);
        expect(open(key, sealed, aad).equals(Buffer.from(bytes))).toBe(true);
        expect(() => open(key, sealed, `${aad}x`)).toThrow();
        const bad = Buffer.from(sealed);
        const i = flip % bad.length;
        bad[i] = (bad[i] ?? 0) ^ 1;
        expect(() => open(key, bad, aad)).toThrow();
      }),
      { numRuns: 50 },
    );
  });

  it('wraps organisation keys so that only their own organisation id opens them', () => {
    const master = Buffer.alloc(32, 1);
    const wrapped = newWrappedOrgKey(master, 'org-a');
    expect(unwrapOrgKey(master, 'org-a', wrapped)).toHaveLength(32);
    expect(() => unwrapOrgKey(master, 'org-b', wrapped)).toThrow();
  });
});
