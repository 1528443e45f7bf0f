/**
 * What a worker keeps on the device while offline (screening drafts, queued screenings, later
 * outreach encounters), encrypted in IndexedDB. Each signed-in user has their own AES-GCM key,
 * generated in the browser as non-extractable (the page can use it but never read it) and kept
 * beside the data; signing out deletes the key and the data. Each value is sealed with its user and
 * name as additional data, so a value copied into another user's or another entry's place does not
 * decrypt.
 *
 * The vault is read once when it opens and then served from memory, so the screens keep their
 * synchronous `KeyValueStore`; every change is written through at once, in order (`settled()`
 * waits for the writes). What it protects against: another user of the same device or browser
 * profile, and the data left behind after signing out. What it cannot: someone who holds the
 * unlocked device while the worker is still signed in.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { KeyValueStore } from '../offline/storage.js';

const DB_NAME = 'haven-device';

interface VaultSchema extends DBSchema {
  keys: { key: string; value: { userId: string; key: CryptoKey; createdAt: string } };
  entries: {
    key: [string, string];
    value: { userId: string; name: string; iv: Uint8Array<ArrayBuffer>; data: ArrayBuffer };
    indexes: { byUser: string };
  };
  /** The last signed-in user (see session.ts): one row, 'last'. */
  session: { key: string; value: { id: 'last'; me: unknown; savedAt: string } };
}

export function openDatabase(): Promise<IDBPDatabase<VaultSchema>> {
  return openDB<VaultSchema>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('keys', { keyPath: 'userId' });
      db.createObjectStore('entries', { keyPath: ['userId', 'name'] }).createIndex('byUser', 'userId');
      db.createObjectStore('session', { keyPath: 'id' });
    },
  });
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function additionalData(userId: string, name: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`haven-vault\0${userId}\0${name}`);
}

export class DeviceVault implements KeyValueStore {
  private readonly memory = new Map<string, string>();
  private writes: Promise<void> = Promise.resolve();
  private failed = false;
  private closed = false;

  private constructor(
    readonly userId: string,
    private readonly db: IDBPDatabase<VaultSchema>,
    private readonly cryptoKey: CryptoKey,
  ) {}

  /** Opens (or creates) the vault of this user and reads it. Entries that do not decrypt are dropped. */
  static async open(userId: string): Promise<DeviceVault> {
    const subtle = crypto.subtle;
    const db = await openDatabase();
    let stored = await db.get('keys', userId);
    if (!stored) {
      const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      stored = { userId, key, createdAt: new Date().toISOString() };
      await db.put('keys', stored);
    }
    const vault = new DeviceVault(userId, db, stored.key);
    for (const entry of await db.getAllFromIndex('entries', 'byUser', userId)) {
      try {
        const plain = await subtle.decrypt({ name: 'AES-GCM', iv: entry.iv, additionalData: additionalData(userId, entry.name) }, stored.key, entry.data);
        vault.memory.set(entry.name, decoder.decode(plain));
      } catch {
        await db.delete('entries', [userId, entry.name]);
      }
    }
    return vault;
  }

  /** Deletes a user's key and entries from this device (signing out, or a wipe). */
  static async wipe(userId: string): Promise<void> {
    const db = await openDatabase();
    try {
      const tx = db.transaction(['keys', 'entries'], 'readwrite');
      const entries = tx.objectStore('entries');
      for (const name of await entries.index('byUser').getAllKeys(userId)) await entries.delete(name);
      await tx.objectStore('keys').delete(userId);
      await tx.done;
    } finally {
      db.close();
    }
  }

  get length(): number {
    return this.memory.size;
  }

  key(index: number): string | null {
    return [...this.memory.keys()][index] ?? null;
  }

  getItem(name: string): string | null {
    return this.memory.get(name) ?? null;
  }

  setItem(name: string, value: string): void {
    if (this.closed) throw new Error('the device vault is closed');
    if (this.failed) throw new Error('the device refused to store data');
    this.memory.set(name, value);
    this.enqueue(async () => {
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: additionalData(this.userId, name) },
        this.cryptoKey,
        encoder.encode(value),
      );
      // Written only if the value is still the latest: a quicker later write is not overtaken.
      if (this.memory.get(name) === value) await this.db.put('entries', { userId: this.userId, name, iv, data });
    });
  }

  removeItem(name: string): void {
    if (this.closed) return;
    this.memory.delete(name);
    this.enqueue(async () => {
      if (!this.memory.has(name)) await this.db.delete('entries', [this.userId, name]);
    });
  }

  /** Re-reads one entry written by another tab of this device. */
  async reload(name: string): Promise<void> {
    const entry = await this.db.get('entries', [this.userId, name]);
    if (!entry) {
      this.memory.delete(name);
      return;
    }
    try {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: entry.iv, additionalData: additionalData(this.userId, name) },
        this.cryptoKey,
        entry.data,
      );
      this.memory.set(name, decoder.decode(plain));
    } catch {
      this.memory.delete(name);
    }
  }

  /** Resolves when every change so far has been written (or refused: see `refused`). */
  settled(): Promise<void> {
    return this.writes;
  }

  /** Whether the device has refused a write (full or blocked storage): the screens say so. */
  get refused(): boolean {
    return this.failed;
  }

  close(): void {
    this.closed = true;
    void this.writes.finally(() => this.db.close());
  }

  private enqueue(write: () => Promise<void>): void {
    this.writes = this.writes.then(async () => {
      try {
        await write();
      } catch {
        // Full or blocked storage: later writes are refused at once, and the screens say so.
        this.failed = true;
      }
    });
  }
}
