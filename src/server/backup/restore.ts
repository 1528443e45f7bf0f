import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type pg from 'pg';
import { applyStableSettings, readTables } from './catalog.js';
import { ChunkDecryptor } from './chunks.js';
import { BackupError, damaged } from './errors.js';
import { filesDir, folderEmpty, syncDir } from './files.js';
import { type BackupHeader, headerHash, readFrames, readHeader } from './format.js';
import { type BackupKey, openBackupKeys } from './keys.js';
import { PayloadLoader } from './loader.js';

export { BackupError, type BackupErrorCode } from './errors.js';
export type { BackupKey } from './keys.js';

export interface RestoreOptions {
  readonly pool: pg.Pool;
  readonly dataDir: string;
  readonly input: string;
  readonly key: BackupKey;
  readonly onProgress?: (p: { table: string; rows: number }) => void;
}

export interface RestoreSummary {
  readonly tables: Record<string, number>;
  readonly files: number;
  /** The master key of the instance the backup was made on. */
  readonly masterKey: Buffer;
}

async function openHeader(input: string): Promise<{ header: BackupHeader; encoded: Buffer; payloadOffset: number }> {
  const file = await fs.promises.open(input, 'r');
  try {
    return await readHeader(file);
  } finally {
    await file.close();
  }
}

async function refuseIfNotEmpty(client: pg.ClientBase, tables: string[]): Promise<void> {
  const used: string[] = [];
  for (const name of tables) {
    const { rows } = await client.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM public.${client.escapeIdentifier(name)}) AS any`);
    if (rows[0]?.any) used.push(name);
  }
  if (used.length > 0) throw new BackupError('not_empty', `A backup is restored only into an empty database, and this one has data (in ${used.join(', ')}).`);
}

function isAbort(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return (err as Error).name === 'AbortError' || code === 'ABORT_ERR' || code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/** Anything that goes wrong inside the authenticated stream but is not already explained. */
function explain(err: unknown): Error {
  if (err instanceof BackupError) return err;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('Z_')) return damaged('its compressed data is not valid.');
  return err as Error;
}

/**
 * Restores a backup into an empty database (its migrations already applied),
 * in one transaction: if anything fails, nothing is written. Each chunk is
 * authenticated before any of its contents is used. Stored files are staged
 * in the data folder and moved into <dataDir>/files once the transaction has
 * committed.
 */
export async function restoreBackup(opts: RestoreOptions): Promise<RestoreSummary> {
  const { header, encoded, payloadOffset } = await openHeader(opts.input);
  const keys = await openBackupKeys(opts.key, header.kdf, Buffer.from(header.keyCheck, 'base64'));

  const applied = new Set((await opts.pool.query<{ id: string }>('SELECT id FROM public.schema_migrations')).rows.map((r) => r.id));
  const newer = header.migrations.filter((m) => !applied.has(m));
  if (newer.length > 0)
    throw new BackupError(
      'incompatible',
      `The backup was made by a newer version of Haven (it has migrations ${newer.join(', ')}). Upgrade Haven, then restore.`,
    );

  const root = filesDir(opts.dataDir);
  if (!(await folderEmpty(root))) throw new BackupError('not_empty', `A backup is restored only into an empty data folder, and ${root} has files.`);
  const stage = path.join(opts.dataDir, `.restore-${randomBytes(6).toString('hex')}`);
  const client = await opts.pool.connect();
  let broken: Error | undefined;
  let loader: PayloadLoader | undefined;
  let committed = false;
  try {
    await fs.promises.mkdir(opts.dataDir, { recursive: true, mode: 0o700 });
    await fs.promises.mkdir(stage, { mode: 0o700 });
    await client.query('BEGIN');
    await applyStableSettings(client);
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    const catalog = await readTables(client);
    const tables = [...catalog.keys()].filter((t) => t !== 'schema_migrations');
    if (tables.length > 0) await client.query(`LOCK TABLE ${tables.map((t) => `public.${client.escapeIdentifier(t)}`).join(', ')} IN EXCLUSIVE MODE`);
    await refuseIfNotEmpty(client, tables);

    const params = {
      key: keys.encryption,
      noncePrefix: Buffer.from(header.noncePrefix, 'base64'),
      headerHash: headerHash(encoded),
      chunkSize: header.chunkSize,
    };
    const load = new PayloadLoader(client, catalog, stage, opts.onProgress);
    loader = load;
    // The first real error wins: when one stage fails, pipeline aborts the others, and may report that instead.
    const errors: unknown[] = [];
    const note = (err: unknown) => errors.push(err);
    const decrypt = new ChunkDecryptor(params).on('error', note);
    const gunzip = createGunzip().on('error', note);
    await pipeline(
      fs.createReadStream(opts.input, { start: payloadOffset, highWaterMark: 256 * 1024 }),
      decrypt,
      gunzip,
      async (plain: AsyncIterable<Buffer>) => {
        try {
          for await (const f of readFrames(plain)) await load.apply(f);
        } catch (err) {
          note(err);
          throw err;
        }
      },
    ).catch((err: unknown) => {
      throw errors.find((e) => !isAbort(e)) ?? err;
    });
    if (!load.ended) throw damaged('it ends early.');
    await client.query('COMMIT');
    committed = true;

    try {
      await fs.promises.rmdir(root).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
      await fs.promises.rename(stage, root);
      await syncDir(opts.dataDir);
    } catch (err) {
      throw new Error(
        `The database was restored, but the stored files could not be moved into place (${(err as Error).message}). They are in ${stage}: move that folder to ${root}.`,
      );
    }
    return { tables: load.tables, files: load.files, masterKey: load.masterKey as Buffer };
  } catch (err) {
    if (!committed) {
      // Roll back; a connection that cannot (stuck in a COPY) is closed instead, which rolls back too.
      if (loader && !(await loader.abort())) broken = new Error('restore abandoned');
      else {
        await client.query('ROLLBACK').catch((e: Error) => {
          broken = e;
        });
      }
      await fs.promises.rm(stage, { recursive: true, force: true }).catch(() => undefined);
    }
    throw explain(err);
  } finally {
    client.release(broken);
  }
}
