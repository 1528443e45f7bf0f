import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { BackupError, damaged } from './errors.js';
import { type KdfParams, kdfParamsValid } from './keys.js';

/**
 * A Haven backup file:
 *
 *   "HAVENBAK" | u32 header length | header (UTF-8 JSON, plain) | chunks
 *
 * The chunks are the gzip of a sequence of frames, cut into `chunkSize`
 * pieces, each sealed with AES-256-GCM (see chunks.ts). A frame is
 * u8 type | u32 length | body.
 */

export const MAGIC = Buffer.from('HAVENBAK', 'latin1');
export const FORMAT_VERSION = 1;
export const CHUNK_SIZE = 1024 * 1024;
const MAX_HEADER = 64 * 1024;

export interface BackupHeader {
  readonly format: 'haven-backup';
  readonly version: number;
  readonly createdAt: string;
  readonly havenVersion: string;
  /** Migrations applied to the database the backup was made from. */
  readonly migrations: string[];
  readonly cipher: 'aes-256-gcm';
  readonly compression: 'gzip';
  readonly chunkSize: number;
  /** 4 random bytes (base64): the first part of every chunk's nonce. */
  readonly noncePrefix: string;
  readonly kdf: KdfParams;
  /** 16 bytes (base64) that show whether the passphrase or key is right. */
  readonly keyCheck: string;
}

export function encodeHeader(header: BackupHeader): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, len, json]);
}

/** What every chunk's associated data binds to: the exact header bytes, magic included. */
export function headerHash(encoded: Buffer): Buffer {
  return createHash('sha256').update(encoded).digest();
}

const isString = (v: unknown): v is string => typeof v === 'string';

function validHeader(h: Record<string, unknown>): boolean {
  const kdf = h.kdf as Record<string, unknown> | null | undefined;
  const kdfOk =
    typeof kdf === 'object' &&
    kdf !== null &&
    isString(kdf.salt) &&
    (kdf.name === 'hkdf-sha256' || (kdf.name === 'scrypt' && typeof kdf.N === 'number' && typeof kdf.r === 'number' && typeof kdf.p === 'number')) &&
    kdfParamsValid(kdf as KdfParams);
  const chunkOk = typeof h.chunkSize === 'number' && Number.isInteger(h.chunkSize) && h.chunkSize >= 1024 && h.chunkSize <= 16 * 1024 * 1024;
  return (
    kdfOk &&
    chunkOk &&
    isString(h.createdAt) &&
    isString(h.havenVersion) &&
    Array.isArray(h.migrations) &&
    h.migrations.every(isString) &&
    h.cipher === 'aes-256-gcm' &&
    h.compression === 'gzip' &&
    isString(h.noncePrefix) &&
    Buffer.from(h.noncePrefix, 'base64').length === 4 &&
    isString(h.keyCheck) &&
    Buffer.from(h.keyCheck, 'base64').length === 16
  );
}

/** Reads and checks the plain header; `payloadOffset` is where the chunks start. */
export async function readHeader(file: FileHandle): Promise<{ header: BackupHeader; encoded: Buffer; payloadOffset: number }> {
  const start = Buffer.alloc(MAGIC.length + 4);
  const { bytesRead } = await file.read(start, 0, start.length, 0);
  if (bytesRead < start.length || !start.subarray(0, MAGIC.length).equals(MAGIC)) throw new BackupError('not_a_backup', 'This file is not a Haven backup.');
  const length = start.readUInt32BE(MAGIC.length);
  if (length === 0 || length > MAX_HEADER) throw damaged('its header has an impossible length.');
  const json = Buffer.alloc(length);
  const read = await file.read(json, 0, length, start.length);
  if (read.bytesRead < length) throw damaged('it ends inside its header.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.toString('utf8'));
  } catch {
    throw damaged('its header is not readable.');
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== 'haven-backup') throw damaged('its header is not readable.');
  const h = parsed as Record<string, unknown>;
  if (h.version !== FORMAT_VERSION) {
    throw new BackupError(
      'incompatible',
      `This backup has format version ${String(h.version)}; this version of Haven reads version ${FORMAT_VERSION}. Use the Haven version that made it, or a newer one.`,
    );
  }
  if (!validHeader(h)) throw damaged('its header is not valid.');
  return { header: parsed as BackupHeader, encoded: Buffer.concat([start, json]), payloadOffset: start.length + length };
}

// Frames of the (compressed, encrypted) payload.
export const Frame = {
  /** JSON {name, columns}: the rows of one table follow, in COPY text format. */
  table: 1,
  /** Raw bytes: COPY data of the current table, or content of the current file. */
  data: 2,
  /** JSON {rows}. */
  tableEnd: 3,
  /** JSON {name, value, isCalled}: a sequence's position. */
  sequence: 4,
  /** JSON {path}: a stored file (path relative to files/, with "/"). */
  file: 5,
  /** JSON {size, sha256}. */
  fileEnd: 6,
  /** 32 bytes: the instance's master key. */
  masterKey: 7,
  /** JSON {tables, sequences, files}: the totals; nothing may follow. */
  end: 8,
} as const;
export type FrameType = (typeof Frame)[keyof typeof Frame];

export const MAX_FRAME = 16 * 1024 * 1024;
/** COPY data and file contents are gathered into frames of about this size. */
export const DATA_FRAME = 64 * 1024;

export function frame(type: FrameType, body: Buffer | object): Buffer {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body), 'utf8');
  const head = Buffer.alloc(5);
  head.writeUInt8(type, 0);
  head.writeUInt32BE(bytes.length, 1);
  return Buffer.concat([head, bytes]);
}

export interface ReadFrame {
  readonly type: number;
  readonly body: Buffer;
}

/** Splits a byte stream into frames. Bodies are views: use them before asking for the next frame. */
export async function* readFrames(source: AsyncIterable<Buffer>): AsyncGenerator<ReadFrame> {
  let buf: Buffer = Buffer.alloc(0);
  for await (const chunk of source) {
    buf = buf.length === 0 ? chunk : Buffer.concat([buf, chunk]);
    let pos = 0;
    while (buf.length - pos >= 5) {
      const type = buf.readUInt8(pos);
      const length = buf.readUInt32BE(pos + 1);
      if (length > MAX_FRAME) throw damaged('a frame is impossibly long.');
      if (buf.length - pos - 5 < length) break;
      yield { type, body: buf.subarray(pos + 5, pos + 5 + length) };
      pos += 5 + length;
    }
    buf = buf.subarray(pos);
  }
  if (buf.length > 0) throw damaged('it ends inside a frame.');
}

/** Parses a JSON frame body; a body that is not JSON means the payload is damaged. */
export function frameJson<T>(f: ReadFrame): T {
  try {
    return JSON.parse(f.body.toString('utf8')) as T;
  } catch {
    throw damaged(`frame of type ${f.type} is not readable.`);
  }
}

/** Rows in a chunk of COPY text data: every row ends with a newline, and newlines inside values are escaped. */
export function countRows(chunk: Buffer): number {
  let n = 0;
  let i = chunk.indexOf(10);
  while (i !== -1) {
    n++;
    i = chunk.indexOf(10, i + 1);
  }
  return n;
}
