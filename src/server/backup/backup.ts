import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { packageVersion } from '../package-info.js';
import { readSequences, readTables, dependencyOrder, applyStableSettings } from './catalog.js';
import { ChunkEncryptor } from './chunks.js';
import { filesDir, listFiles, syncDir } from './files.js';
import { CHUNK_SIZE, DATA_FRAME, FORMAT_VERSION, Frame, type BackupHeader, countRows, encodeHeader, frame, headerHash } from './format.js';
import { type BackupKey, newBackupKeys } from './keys.js';

export type { BackupKey } from './keys.js';

export interface BackupProgress {
  /** A table name, or "(files)" while stored files are copied. */
  readonly table: string;
  readonly rows: number;
}

export interface WriteBackupOptions {
  readonly pool: pg.Pool;
  readonly dataDir: string;
  readonly masterKey: Buffer;
  readonly out: string;
  readonly key: BackupKey;
  readonly onProgress?: (p: BackupProgress) => void;
}

export interface BackupSummary {
  /** Rows per table. */
  readonly tables: Record<string, number>;
  readonly files: number;
  /** Size of the backup file. */
  readonly bytes: number;
}

const PROGRESS_EVERY_MS = 1000;

/** Yields `data` frames of about DATA_FRAME bytes from a stream of small pieces. */
async function* dataFrames(source: AsyncIterable<Buffer>, onBytes: (b: Buffer) => void): AsyncGenerator<Buffer> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const piece of source) {
    onBytes(piece);
    parts.push(piece);
    size += piece.length;
    if (size >= DATA_FRAME) {
      yield frame(Frame.data, Buffer.concat(parts, size));
      parts = [];
      size = 0;
    }
  }
  if (size > 0) yield frame(Frame.data, Buffer.concat(parts, size));
}

/**
 * Writes an encrypted backup of the whole database (one consistent snapshot,
 * taken while the platform keeps running), the stored files and the master
 * key. The file appears at `out` only when complete: it is written to
 * `out.partial`, synced and renamed.
 */
export async function writeBackup(opts: WriteBackupOptions): Promise<BackupSummary> {
  if (opts.masterKey.length !== 32) throw new Error('The master key must be 32 bytes.');
  const { kdf, keys } = await newBackupKeys(opts.key);
  const partial = `${opts.out}.partial`;
  await fs.promises.rm(partial, { force: true });
  const client = await opts.pool.connect();
  let clientError: Error | undefined;
  const tables: Record<string, number> = {};
  let fileCount = 0;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await applyStableSettings(client);
    // The first query fixes the snapshot: everything below sees the database as of this moment.
    const migrations = (await client.query<{ id: string }>('SELECT id FROM public.schema_migrations ORDER BY id')).rows.map((r) => r.id);
    const catalog = await readTables(client);
    const sequences = await readSequences(client);
    const header: BackupHeader = {
      format: 'haven-backup',
      version: FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      havenVersion: packageVersion(),
      migrations,
      cipher: 'aes-256-gcm',
      compression: 'gzip',
      chunkSize: CHUNK_SIZE,
      noncePrefix: randomBytes(4).toString('base64'),
      kdf,
      keyCheck: keys.check.toString('base64'),
    };
    const encoded = encodeHeader(header);
    const params = { key: keys.encryption, noncePrefix: Buffer.from(header.noncePrefix, 'base64'), headerHash: headerHash(encoded), chunkSize: CHUNK_SIZE };

    async function* payload(): AsyncGenerator<Buffer> {
      yield frame(Frame.masterKey, opts.masterKey);
      for (const name of dependencyOrder(catalog)) {
        const columns = (catalog.get(name)?.columns ?? []).map((c) => client.escapeIdentifier(c));
        yield frame(Frame.table, { name, columns: catalog.get(name)?.columns ?? [] });
        let rows = 0;
        let reported = Date.now();
        const copy = client.query(copyTo(`COPY public.${client.escapeIdentifier(name)} (${columns.join(', ')}) TO STDOUT`));
        yield* dataFrames(copy, (b) => {
          rows += countRows(b);
          if (opts.onProgress && Date.now() - reported > PROGRESS_EVERY_MS) {
            reported = Date.now();
            opts.onProgress({ table: name, rows });
          }
        });
        tables[name] = rows;
        yield frame(Frame.tableEnd, { rows });
        opts.onProgress?.({ table: name, rows });
      }
      for (const name of sequences) {
        const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
          `SELECT last_value::text, is_called FROM public.${client.escapeIdentifier(name)}`,
        );
        yield frame(Frame.sequence, { name, value: rows[0]?.last_value, isCalled: rows[0]?.is_called });
      }
      // The database part is complete: end the snapshot before the (possibly long) files.
      await client.query('COMMIT');
      const root = filesDir(opts.dataDir);
      for (const rel of await listFiles(root)) {
        const handle = await fs.promises.open(path.join(root, ...rel.split('/')), 'r').catch((err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') return undefined; // deleted since the listing: it is no longer part of the data
          throw err;
        });
        if (!handle) continue;
        yield frame(Frame.file, { path: rel });
        const hash = createHash('sha256');
        let size = 0;
        yield* dataFrames(handle.createReadStream({ highWaterMark: DATA_FRAME }), (b) => {
          hash.update(b);
          size += b.length;
        });
        yield frame(Frame.fileEnd, { size, sha256: hash.digest('hex') });
        fileCount++;
        opts.onProgress?.({ table: '(files)', rows: fileCount });
      }
      yield frame(Frame.end, { tables, sequences: sequences.length, files: fileCount });
    }

    await pipeline(Readable.from(payload()), createGzip({ level: 6 }), new ChunkEncryptor(params, encoded), fs.createWriteStream(partial, { mode: 0o600 }));
    const written = await fs.promises.open(partial, 'r+');
    try {
      await written.sync();
    } finally {
      await written.close();
    }
    await fs.promises.rename(partial, opts.out);
    await syncDir(path.dirname(path.resolve(opts.out)));
    return { tables, files: fileCount, bytes: (await fs.promises.stat(opts.out)).size };
  } catch (err) {
    // The connection is closed rather than rolled back: it may be stuck in the middle of a COPY.
    clientError = err as Error;
    await fs.promises.rm(partial, { force: true }).catch(() => undefined);
    throw err;
  } finally {
    client.release(clientError);
  }
}
