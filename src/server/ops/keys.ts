import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The master key: 32 bytes, from HAVEN_MASTER_KEY (base64 or hex) or created once
 * in the data folder with owner-only permissions. It wraps the organisations'
 * data keys and derives the platform's own secrets; it never leaves the process.
 */
export interface MasterKey {
  readonly key: Buffer;
  readonly source: 'environment' | 'file';
}

export function parseKey(text: string): Buffer {
  const t = text.trim();
  const buf = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (buf.length !== 32) throw new Error('A key must be 32 bytes, written as 64 hex digits or base64.');
  return buf;
}

export function loadMasterKey(dataDir: string, env: NodeJS.ProcessEnv = process.env): MasterKey {
  if (env.HAVEN_MASTER_KEY) {
    try {
      return { key: parseKey(env.HAVEN_MASTER_KEY), source: 'environment' };
    } catch (err) {
      throw new Error(`HAVEN_MASTER_KEY: ${(err as Error).message}`);
    }
  }
  const file = path.join(dataDir, 'master.key');
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  try {
    const fd = fs.openSync(file, 'wx', 0o600); // created once, never overwritten
    fs.writeSync(fd, `${randomBytes(32).toString('base64')}\n`);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if (mode & 0o077) fs.chmodSync(file, 0o600);
  return { key: parseKey(fs.readFileSync(file, 'utf8')), source: 'file' };
}

/** A sub-key for one purpose (HKDF-SHA256), so no two uses share a key. */
export function deriveKey(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `haven:${purpose}`, 32));
}

export function hmacHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}

/** AES-256-GCM: 12-byte nonce | ciphertext | 16-byte tag. `aad` binds the value to its place. */
export function seal(key: Buffer, plain: Buffer, aad = ''): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

export function open(key: Buffer, sealed: Buffer, aad = ''): Buffer {
  if (sealed.length < 28) throw new Error('sealed value too short');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(sealed.subarray(sealed.length - 16));
  return Buffer.concat([decipher.update(sealed.subarray(12, sealed.length - 16)), decipher.final()]);
}

/** A new data key for an organisation, wrapped by the master key. */
export function newWrappedOrgKey(master: Buffer, orgId: string): Buffer {
  return seal(deriveKey(master, 'wrap-org-keys'), randomBytes(32), `org:${orgId}`);
}

export function unwrapOrgKey(master: Buffer, orgId: string, wrapped: Buffer): Buffer {
  return open(deriveKey(master, 'wrap-org-keys'), wrapped, `org:${orgId}`);
}
