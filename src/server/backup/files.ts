import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { damaged } from './errors.js';

/**
 * Stored files live under <dataDir>/files. A backup holds every regular file
 * there (symbolic links and other special files are left out), each by its
 * path relative to that folder, written with "/".
 */

export function filesDir(dataDir: string): string {
  return path.join(dataDir, 'files');
}

/** Relative paths of all regular files below `root`, sorted; none when the folder does not exist. */
export async function listFiles(root: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(path.join(root, rel), { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && rel === '') return;
      throw err;
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile()) out.push(child);
    }
  }
  await walk('');
  return out;
}

/** Whether a folder is missing or empty. */
export async function folderEmpty(dir: string): Promise<boolean> {
  try {
    return (await fs.promises.readdir(dir)).length === 0;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw err;
  }
}

/** A path from a backup, checked so that it cannot point outside the folder it is restored into. */
export function safeRelativePath(p: unknown): string {
  if (typeof p !== 'string' || p === '' || p.includes('\0') || p.includes('\\') || p.startsWith('/')) throw damaged('a stored file has an invalid name.');
  const parts = p.split('/');
  if (parts.some((s) => s === '' || s === '.' || s === '..')) throw damaged('a stored file has an invalid name.');
  return parts.join(path.sep);
}

/** Writes one restored file, checking its length and SHA-256 at the end. */
export class FileWriter {
  private readonly hash = createHash('sha256');
  private size = 0;
  private constructor(
    private readonly handle: FileHandle,
    readonly name: string,
  ) {}

  static async create(root: string, rel: string): Promise<FileWriter> {
    const target = path.join(root, safeRelativePath(rel));
    await fs.promises.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    return new FileWriter(await fs.promises.open(target, 'wx', 0o600), rel);
  }

  async write(data: Buffer): Promise<void> {
    this.hash.update(data);
    this.size += data.length;
    await this.handle.write(data);
  }

  async finish(expected: { size?: unknown; sha256?: unknown }): Promise<void> {
    await this.handle.sync();
    await this.handle.close();
    if (expected.size !== this.size || expected.sha256 !== this.hash.digest('hex')) throw damaged('a stored file does not match its checksum.');
  }

  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}

/** Makes a rename durable: fsync the folder that holds the new name. */
export async function syncDir(dir: string): Promise<void> {
  const h = await fs.promises.open(dir, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
}
