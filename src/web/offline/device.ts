/**
 * What the signed-in user keeps on this device: the screens read and write `deviceStore`, which is
 * that user's encrypted vault (vault.ts) once `openDevice` has run, and nothing before. Where the
 * browser has no IndexedDB (or refuses it), the data lives in memory for the page's lifetime and
 * the screens say it is not kept. Light on purpose: the app layout uses it without loading the
 * screening screens.
 */
import { useSyncExternalStore } from 'react';
import { type KeyValueStore, MemoryStore, browserStore, keysWithPrefix } from '../offline/storage.js';
import { DeviceVault } from './vault.js';

type Backing = DeviceVault | MemoryStore;

/** Delegates to the open user's vault; with nobody signed in, nothing is read and nothing can be written. */
class DeviceStore implements KeyValueStore {
  backing: Backing | null = null;
  userId: string | null = null;

  get length(): number {
    return this.backing?.length ?? 0;
  }
  key(index: number): string | null {
    return this.backing?.key(index) ?? null;
  }
  getItem(key: string): string | null {
    return this.backing?.getItem(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (!this.backing) throw new Error('nobody is signed in on this device');
    this.backing.setItem(key, value);
    announce(key);
  }
  removeItem(key: string): void {
    if (!this.backing) return;
    this.backing.removeItem(key);
    announce(key);
  }
}

export const deviceStore = new DeviceStore();

// --- changes: in this tab, and from the other tabs of the device ---

const listeners = new Set<() => void>();
function changed(): void {
  for (const listener of listeners) listener();
}

/** Calls the listener whenever what is kept changes (here, in another tab, or when a user's vault opens). */
export function onDeviceChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('haven-device');
interface Announcement {
  userId: string;
  key: string;
}

function announce(key: string): void {
  const { backing, userId } = deviceStore;
  if (!channel || !userId || !(backing instanceof DeviceVault)) return;
  // Other tabs re-read the entry once it is written.
  void backing.settled().then(() => channel.postMessage({ userId, key } satisfies Announcement));
}

channel?.addEventListener('message', (event: MessageEvent<Announcement>) => {
  const { backing, userId } = deviceStore;
  if (backing instanceof DeviceVault && event.data.userId === userId) void backing.reload(event.data.key).then(changed);
});

// --- opening and wiping ---

/** Where this user's data lived before the vault (plain localStorage): moved in, then removed. */
const legacyPrefix = (userId: string) => `haven.u.${userId}.`;

function moveLegacyEntries(userId: string, into: Backing): void {
  const local = browserStore();
  if (!local) return;
  const prefix = legacyPrefix(userId);
  for (const key of keysWithPrefix(local, prefix)) {
    const value = local.getItem(key);
    if (value !== null && into.getItem(key.slice(prefix.length)) === null) into.setItem(key.slice(prefix.length), value);
    local.removeItem(key);
  }
}

const OPEN_TIMEOUT_MS = 5000;
let closing: Promise<void> = Promise.resolve();
let opening: Promise<void> | null = null;
let openingFor: string | null = null;

/** Opens this user's vault (closing another user's); the screens wait for it (`useDeviceReady`). */
export function openDevice(userId: string): Promise<void> {
  if (deviceStore.userId === userId) return Promise.resolve();
  if (opening && openingFor === userId) return opening;
  openingFor = userId;
  opening = (async () => {
    // A vault being closed finishes its writes first, so that reopening reads them.
    await closing;
    let backing: Backing;
    try {
      // A vault that cannot open in time (storage blocked by another tab, a broken profile) is not waited for.
      backing = await Promise.race([
        DeviceVault.open(userId),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the device vault did not open')), OPEN_TIMEOUT_MS)),
      ]);
    } catch {
      backing = new MemoryStore();
    }
    if (openingFor !== userId) {
      if (backing instanceof DeviceVault) backing.close();
      return;
    }
    closeDevice();
    moveLegacyEntries(userId, backing);
    deviceStore.backing = backing;
    deviceStore.userId = userId;
    changed();
  })().finally(() => {
    if (openingFor === userId) {
      opening = null;
      openingFor = null;
    }
  });
  return opening;
}

/** Stops using the open vault (the data stays, for when the user signs in again). */
export function closeDevice(): void {
  const { backing } = deviceStore;
  if (backing instanceof DeviceVault) {
    closing = closing.then(() => backing.settled());
    backing.close();
  }
  deviceStore.backing = null;
  deviceStore.userId = null;
  changed();
}

/** Deletes everything this user keeps on the device, and its key (signing out). */
export async function wipeDevice(userId: string): Promise<void> {
  if (deviceStore.userId === userId) {
    const { backing } = deviceStore;
    closeDevice();
    if (backing instanceof DeviceVault) await backing.settled();
  }
  const local = browserStore();
  if (local) for (const key of keysWithPrefix(local, legacyPrefix(userId))) local.removeItem(key);
  await DeviceVault.wipe(userId).catch(() => undefined);
  changed();
}

/** Whether what is kept for this user survives a reload (false where the browser refuses IndexedDB). */
export function deviceKeepsData(): boolean {
  return deviceStore.backing instanceof DeviceVault && !deviceStore.backing.refused;
}

/** The id of the user whose vault is open (re-renders when it changes). */
export function useDeviceUser(): string | null {
  return useSyncExternalStore(onDeviceChange, () => deviceStore.userId);
}

/** Whether the signed-in user has screenings waiting to be sent (read without loading the screens). */
export function hasWaitingScreenings(): boolean {
  return waitingScreenings() > 0;
}

/** How many screenings wait on this device (for the warning before signing out). */
export function waitingScreenings(): number {
  return keysWithPrefix(deviceStore, 'haven.screening.outbox').filter((k) => deviceStore.getItem(k)?.includes('"status":"waiting"')).length;
}

/** How many outreach encounters wait on this device (read without loading the outreach screens). */
export function waitingEncounters(): number {
  return keysWithPrefix(deviceStore, 'haven.encounter.outbox.').filter((k) => deviceStore.getItem(k)?.includes('"status":"waiting"')).length;
}
