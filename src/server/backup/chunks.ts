import { createCipheriv, createDecipheriv } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { damaged } from './errors.js';

/**
 * The payload is cut into chunks of `chunkSize` plaintext bytes (the last one
 * may be shorter, or empty), each sealed on its own with AES-256-GCM:
 *
 *   nonce = noncePrefix (4 bytes) | chunk index (u64 BE)
 *   aad   = sha256(header) | chunk index (u64 BE) | final flag (1 byte)
 *   chunk = ciphertext | tag (16 bytes)
 *
 * Every chunk but the last is exactly chunkSize + 16 bytes, so a reader knows
 * a chunk is the last only when the file ends. A changed header, a moved,
 * dropped or repeated chunk, a cut-off file or any changed byte fails the tag.
 */

export interface ChunkParams {
  readonly key: Buffer;
  readonly noncePrefix: Buffer;
  readonly headerHash: Buffer;
  readonly chunkSize: number;
}

const TAG = 16;

function nonce(p: ChunkParams, index: number): Buffer {
  const n = Buffer.alloc(12);
  p.noncePrefix.copy(n, 0, 0, 4);
  n.writeBigUInt64BE(BigInt(index), 4);
  return n;
}

function aad(p: ChunkParams, index: number, final: boolean): Buffer {
  const a = Buffer.alloc(p.headerHash.length + 9);
  p.headerHash.copy(a, 0);
  a.writeBigUInt64BE(BigInt(index), p.headerHash.length);
  a.writeUInt8(final ? 1 : 0, p.headerHash.length + 8);
  return a;
}

/** Gathers bytes and hands out exact-length pieces. */
class Gather {
  private parts: Buffer[] = [];
  length = 0;
  add(b: Buffer): void {
    this.parts.push(b);
    this.length += b.length;
  }
  take(n: number): Buffer {
    const all = this.parts.length === 1 ? (this.parts[0] as Buffer) : Buffer.concat(this.parts, this.length);
    const head = all.subarray(0, n);
    const rest = all.subarray(n);
    this.parts = rest.length > 0 ? [rest] : [];
    this.length = rest.length;
    return head;
  }
}

/** Plaintext in, `prefix` (the encoded header) then sealed chunks out. */
export class ChunkEncryptor extends Transform {
  private readonly pending = new Gather();
  private index = 0;
  private prefix: Buffer | undefined;

  constructor(
    private readonly params: ChunkParams,
    prefix?: Buffer,
  ) {
    super();
    this.prefix = prefix;
  }

  private seal(plain: Buffer, final: boolean): Buffer {
    const cipher = createCipheriv('aes-256-gcm', this.params.key, nonce(this.params, this.index), { authTagLength: TAG });
    cipher.setAAD(aad(this.params, this.index, final));
    const body = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    this.index++;
    return body;
  }

  private pushPrefix(): void {
    if (this.prefix) this.push(this.prefix);
    this.prefix = undefined;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.pushPrefix();
    this.pending.add(chunk);
    // Keep at least one byte back: only the flush knows which chunk is the last.
    while (this.pending.length > this.params.chunkSize) this.push(this.seal(this.pending.take(this.params.chunkSize), false));
    callback();
  }

  override _flush(callback: TransformCallback): void {
    this.pushPrefix();
    this.push(this.seal(this.pending.take(this.pending.length), true));
    callback();
  }
}

/** Sealed chunks in, authenticated plaintext out: nothing is passed on before its tag is checked. */
export class ChunkDecryptor extends Transform {
  private readonly pending = new Gather();
  private index = 0;

  constructor(private readonly params: ChunkParams) {
    super();
  }

  private open(sealed: Buffer, final: boolean): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.params.key, nonce(this.params, this.index), { authTagLength: TAG });
    decipher.setAAD(aad(this.params, this.index, final));
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    const body = decipher.update(sealed.subarray(0, sealed.length - TAG));
    try {
      decipher.final();
    } catch {
      const where = final
        ? `its last part (number ${this.index + 1}) does not verify: it was changed, or the file was cut short.`
        : `part ${this.index + 1} does not verify.`;
      throw damaged(where);
    }
    this.index++;
    return body;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const whole = this.params.chunkSize + TAG;
    try {
      while (this.pending.length + chunk.length > whole) {
        // Hold back until more than a whole chunk is here: the last chunk may also be whole.
        const need = whole - this.pending.length;
        if (need > 0) {
          this.pending.add(chunk.subarray(0, need));
          chunk = chunk.subarray(need);
        }
        if (chunk.length === 0) break;
        this.push(this.open(this.pending.take(whole), false));
      }
      if (chunk.length > 0) this.pending.add(chunk);
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (this.pending.length < TAG) throw damaged('it ends early (the file was cut short).');
      this.push(this.open(this.pending.take(this.pending.length), true));
      callback();
    } catch (err) {
      callback(err as Error);
    }
  }
}
