import { MemoryStore, UserScopedStore, browserStore } from './storage.js';

/**
 * The store the screening drafts and outbox use: the signed-in user's part of localStorage (memory
 * where the browser refuses storage). Light on purpose: the app layout sets the user here without
 * loading the screening screens.
 */
export const deviceStore = new UserScopedStore(browserStore() ?? new MemoryStore());

export function setDeviceUser(userId: string | null): void {
  deviceStore.setUser(userId);
}

/** Whether the signed-in user has screenings waiting to be sent (read without loading the screens). */
export function hasWaitingScreenings(): boolean {
  const raw = deviceStore.getItem('haven.screening.outbox');
  return raw?.includes('"status":"waiting"') ?? false;
}
