/**
 * The part of the Web Storage API the screening drafts and outbox use, so that they can be tested
 * with an in-memory store. Every access is guarded: a browser may refuse storage (private mode, a
 * full quota), and the screen then keeps working for the page's lifetime.
 */
export interface KeyValueStore {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's localStorage, or null where there is none or it is refused. */
export function browserStore(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readJson(store: KeyValueStore, key: string): unknown {
  try {
    const raw = store.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

/** Writes a value; false when the store refuses it (the caller says so on screen). */
export function writeJson(store: KeyValueStore, key: string, value: unknown): boolean {
  try {
    store.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function keysWithPrefix(store: KeyValueStore, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** An in-memory store: for tests, and where the browser has no storage. */
export class MemoryStore implements KeyValueStore {
  private readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

/**
 * One user's part of a shared device's storage: keys are kept under `haven.u.<user id>.`, so that
 * another user signing in on the same phone neither sees nor sends the drafts and queued screenings
 * of the one before (and they are not lost: they come back when that user signs in again). With no
 * user signed in, nothing is read and nothing can be written.
 */
export class UserScopedStore implements KeyValueStore {
  private userId: string | null = null;

  constructor(private readonly inner: KeyValueStore) {}

  setUser(id: string | null): void {
    this.userId = id;
  }

  private prefix(): string | null {
    return this.userId ? `haven.u.${this.userId}.` : null;
  }

  private ownKeys(): string[] {
    const p = this.prefix();
    if (!p) return [];
    return keysWithPrefix(this.inner, p).map((k) => k.slice(p.length));
  }

  get length(): number {
    return this.ownKeys().length;
  }

  key(index: number): string | null {
    return this.ownKeys()[index] ?? null;
  }

  getItem(key: string): string | null {
    const p = this.prefix();
    return p ? this.inner.getItem(p + key) : null;
  }

  setItem(key: string, value: string): void {
    const p = this.prefix();
    if (!p) throw new Error('nobody is signed in on this device');
    this.inner.setItem(p + key, value);
  }

  removeItem(key: string): void {
    const p = this.prefix();
    if (p) this.inner.removeItem(p + key);
  }
}
