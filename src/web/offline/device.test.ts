import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../offline/storage.js';
import { closeDevice, deviceKeepsData, deviceStore, onDeviceChange, openDevice, waitingScreenings, wipeDevice } from './device.js';
import { DeviceVault } from './vault.js';

/** The raw rows IndexedDB holds: what someone reading the browser profile would find. */
async function rawRows(): Promise<{ keys: unknown[]; entries: Array<{ userId: string; name: string; iv: Uint8Array; data: ArrayBuffer }> }> {
  const db = await openDB('haven-device');
  const out = { keys: await db.getAll('keys'), entries: await db.getAll('entries') };
  db.close();
  return out;
}

afterEach(async () => {
  closeDevice();
  for (const user of ['user-a', 'user-b', 'user-c']) await wipeDevice(user);
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

describe('the device vault', () => {
  it('keeps a value across a reopen, encrypted at rest with the user and the name bound to it', async () => {
    const vault = await DeviceVault.open('user-a');
    vault.setItem('haven.screening.draft.1', '{"answers":{"violence":"yes"}}');
    await vault.settled();
    vault.close();

    const { entries, keys } = await rawRows();
    expect(keys).toHaveLength(1);
    expect(entries).toHaveLength(1);
    const stored = new TextDecoder().decode(entries[0]!.data);
    expect(stored).not.toContain('violence');
    expect(entries[0]!.name).toBe('haven.screening.draft.1');

    const again = await DeviceVault.open('user-a');
    expect(again.getItem('haven.screening.draft.1')).toBe('{"answers":{"violence":"yes"}}');
    again.close();
  });

  it('drops an entry that does not decrypt (copied from another user or altered), keeping the rest', async () => {
    const a = await DeviceVault.open('user-a');
    a.setItem('one', 'first');
    a.setItem('two', 'second');
    await a.settled();
    a.close();
    const b = await DeviceVault.open('user-b');
    b.setItem('x', 'b');
    await b.settled();
    b.close();
    // Someone moves user-b's ciphertext into user-a's entry "one".
    const db = await openDB('haven-device');
    const bRow = (await db.getAll('entries')).find((e: { userId: string }) => e.userId === 'user-b');
    await db.put('entries', { ...bRow, userId: 'user-a', name: 'one' });
    db.close();
    const reopened = await DeviceVault.open('user-a');
    expect(reopened.getItem('one')).toBeNull();
    expect(reopened.getItem('two')).toBe('second');
    reopened.close();
  });

  it('writes the latest value when changes come quicker than the disk', async () => {
    const vault = await DeviceVault.open('user-a');
    for (let i = 0; i < 50; i++) vault.setItem('draft', `v${i}`);
    vault.removeItem('gone');
    await vault.settled();
    vault.close();
    const again = await DeviceVault.open('user-a');
    expect(again.getItem('draft')).toBe('v49');
    expect(again.length).toBe(1);
    again.close();
  });
});

describe('the device store of the signed-in user', () => {
  it('reads and writes nothing with nobody signed in', () => {
    expect(deviceStore.getItem('anything')).toBeNull();
    expect(() => deviceStore.setItem('anything', 'x')).toThrow();
  });

  it("keeps each user apart, and keeps a user's data for when they sign in again", async () => {
    let changes = 0;
    const stop = onDeviceChange(() => changes++);
    await openDevice('user-a');
    expect(deviceKeepsData()).toBe(true);
    deviceStore.setItem('haven.screening.outbox.1', '{"status":"waiting"}');
    expect(waitingScreenings()).toBe(1);
    await openDevice('user-b');
    expect(deviceStore.getItem('haven.screening.outbox.1')).toBeNull();
    expect(waitingScreenings()).toBe(0);
    await openDevice('user-a');
    expect(deviceStore.getItem('haven.screening.outbox.1')).toBe('{"status":"waiting"}');
    expect(changes).toBeGreaterThanOrEqual(3);
    stop();
  });

  it("signing out deletes the user's data and key from the device, and only theirs", async () => {
    await openDevice('user-a');
    deviceStore.setItem('haven.screening.draft.1', 'a');
    await openDevice('user-b');
    deviceStore.setItem('haven.screening.draft.1', 'b');
    await wipeDevice('user-b');
    expect(deviceStore.userId).toBeNull();
    const { keys, entries } = await rawRows();
    expect(keys.map((k) => (k as { userId: string }).userId)).toEqual(['user-a']);
    expect(entries.map((e) => e.userId)).toEqual(['user-a']);
    await openDevice('user-b');
    expect(deviceStore.length).toBe(0);
  });

  it('moves what an earlier release kept in plain localStorage into the vault, and removes it there', async () => {
    const local = new MemoryStore();
    local.setItem('haven.u.user-c.haven.screening.draft.9', '{"old":true}');
    local.setItem('haven.u.user-a.haven.screening.draft.8', 'other user');
    (globalThis as { localStorage?: unknown }).localStorage = local;
    await openDevice('user-c');
    expect(deviceStore.getItem('haven.screening.draft.9')).toBe('{"old":true}');
    expect(local.getItem('haven.u.user-c.haven.screening.draft.9')).toBeNull();
    expect(local.getItem('haven.u.user-a.haven.screening.draft.8')).toBe('other user');
    closeDevice();
    await openDevice('user-c');
    expect(deviceStore.getItem('haven.screening.draft.9')).toBe('{"old":true}');
  });
});
