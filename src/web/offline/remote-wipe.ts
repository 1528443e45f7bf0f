/**
 * A remote wipe: the server answered `device_wiped` (an administrator ended this user's sessions
 * because the phone was lost). The device erases everything Haven keeps on it for the users it
 * knows (the open vault's and the kept session's), and the kept session itself.
 */
import { deviceStore, wipeDevice } from './device.js';
import { forgetDeviceSession, lastSession } from './session.js';

let erasing: Promise<void> | null = null;

export function eraseThisDevice(): Promise<void> {
  erasing ??= (async () => {
    const kept = await lastSession().catch(() => null);
    const users = new Set([deviceStore.userId, kept?.user.id].filter((id): id is string => typeof id === 'string'));
    for (const id of users) await wipeDevice(id);
    await forgetDeviceSession();
  })().finally(() => {
    erasing = null;
  });
  return erasing;
}
