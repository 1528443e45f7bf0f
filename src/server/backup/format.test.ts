import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { ChunkDecryptor, ChunkEncryptor, type ChunkParams } from './chunks.js';
import { BackupError } from './errors.js';
import { Frame, countRows, frame, readFrames } from './format.js';
import { newBackupKeys, openBackupKeys } from './keys.js';

const params: ChunkParams = { key: randomBytes(32), noncePrefix: randomBytes(4), headerHash: randomBytes(32), chunkSize: 64 };
const SEALED = 64 + 16;

async function collect(source: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const b of source) parts.push(b);
  return Buffer.concat(parts);
}

/** Feeds `data` in uneven pieces, as a file or gzip would. */
function pieces(data: Buffer): Readable {
  const out: Buffer[] = [];
  for (let i = 0, step = 1; i < data.length; i += step, step = ((step * 7) % 53) + 1) out.push(data.subarray(i, i + step));
  return Readable.from(out);
}

async function seal(plain: Buffer, p = params): Promise<Buffer> {
  let out: Buffer = Buffer.alloc(0);
  await pipeline(pieces(plain), new ChunkEncryptor(p), async (s: AsyncIterable<Buffer>) => {
    out = await collect(s);
  });
  return out;
}

async function unseal(sealed: Buffer, p = params): Promise<Buffer> {
  let out: Buffer = Buffer.alloc(0);
  await pipeline(pieces(sealed), new ChunkDecryptor(p), async (s: AsyncIterable<Buffer>) => {
    out = await collect(s);
  });
  return out;
}

async function refusal(sealed: Buffer, p = params): Promise<string> {
  const err = await unseal(sealed, p).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BackupError);
  expect((err as BackupError).code).toBe('damaged');
  return (err as BackupError).message;
}

describe('chunked authenticated encryption', () => {
  it('round-trips any length, including empty and exact multiples of the chunk size', async () => {
    for (const n of [0, 1, 63, 64, 65, 128, 129, 1000]) {
      const plain = randomBytes(n);
      const sealed = await seal(plain);
      expect(sealed.length).toBe(n + 16 * Math.max(1, Math.ceil(n / 64)));
      expect((await unseal(sealed)).equals(plain)).toBe(true);
    }
  });

  it('detects a flipped byte, moved chunks, a cut-off file, extra bytes and another header', async () => {
    const sealed = await seal(randomBytes(300)); // 4 whole chunks and a last one of 44 bytes
    const flipped = Buffer.from(sealed);
    flipped[150] = (flipped[150] ?? 0) ^ 1;
    await refusal(flipped);
    const swapped = Buffer.concat([
      sealed.subarray(0, SEALED),
      sealed.subarray(2 * SEALED, 3 * SEALED),
      sealed.subarray(SEALED, 2 * SEALED),
      sealed.subarray(3 * SEALED),
    ]);
    await refusal(swapped);
    expect(await refusal(sealed.subarray(0, 4 * SEALED))).toMatch(/cut short/); // cut at a chunk boundary
    await refusal(sealed.subarray(0, sealed.length - 5));
    await refusal(sealed.subarray(0, 10));
    await refusal(Buffer.concat([sealed, Buffer.from('more')]));
    await refusal(sealed, { ...params, headerHash: randomBytes(32) });
  });

  it('detects a file cut exactly after a whole chunk when the payload was a multiple of the chunk size', async () => {
    const sealed = await seal(randomBytes(128));
    await refusal(sealed.subarray(0, SEALED));
  });
});

describe('frames', () => {
  it('splits a stream into frames however it is cut, and refuses a cut-off frame', async () => {
    const bytes = Buffer.concat([
      frame(Frame.table, { name: 't', columns: ['a'] }),
      frame(Frame.data, Buffer.from('1\n2\n')),
      frame(Frame.tableEnd, { rows: 2 }),
    ]);
    const seen: number[] = [];
    for await (const f of readFrames(pieces(bytes))) seen.push(f.type);
    expect(seen).toEqual([Frame.table, Frame.data, Frame.tableEnd]);
    const cut = async () => {
      for await (const _ of readFrames(pieces(bytes.subarray(0, bytes.length - 2)))) void _;
    };
    await expect(cut()).rejects.toMatchObject({ code: 'damaged' });
    expect(countRows(Buffer.from('a\\nb\tc\nd\n'))).toBe(2);
  });
});

describe('backup keys', () => {
  it('opens with the right passphrase or key and refuses a wrong one', async () => {
    const made = await newBackupKeys({ kind: 'passphrase', passphrase: 'a long enough passphrase' });
    const check = made.keys.check;
    expect(
      (await openBackupKeys({ kind: 'passphrase', passphrase: 'a long enough passphrase' }, made.kdf, check)).encryption.equals(made.keys.encryption),
    ).toBe(true);
    await expect(openBackupKeys({ kind: 'passphrase', passphrase: 'another passphrase' }, made.kdf, check)).rejects.toMatchObject({
      code: 'wrong_key',
      message: 'The passphrase or key does not open this backup.',
    });
    await expect(openBackupKeys({ kind: 'key', key: randomBytes(32) }, made.kdf, check)).rejects.toMatchObject({ code: 'wrong_key' });
    const key = randomBytes(32);
    const byKey = await newBackupKeys({ kind: 'key', key });
    expect((await openBackupKeys({ kind: 'key', key }, byKey.kdf, byKey.keys.check)).encryption.equals(byKey.keys.encryption)).toBe(true);
    await expect(openBackupKeys({ kind: 'key', key: randomBytes(32) }, byKey.kdf, byKey.keys.check)).rejects.toMatchObject({ code: 'wrong_key' });
  });
});
