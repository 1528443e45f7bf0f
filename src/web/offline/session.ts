/**
 * The signed-in user's own account details (`/api/me` without its CSRF token), kept on the device
 * so that the app opens without a connection for the worker who last signed in here, with their
 * language and permissions. It holds nothing about the people Haven serves. It is forgotten when
 * the user signs out or the server says the session has ended, and is not used offline longer
 * than a working shift (12 hours, the default absolute session length) after the server last
 * confirmed it.
 */
import { type Me, me as meSchema } from '../../core/platform/schemas.js';
import { openDatabase } from './vault.js';

const OFFLINE_HOURS = 12;

async function withDatabase<T>(fn: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T | null> {
  try {
    const db = await openDatabase();
    try {
      return await fn(db);
    } finally {
      db.close();
    }
  } catch {
    // No IndexedDB (or refused): the app then needs a connection to open, as before.
    return null;
  }
}

export async function rememberSession(me: Me): Promise<void> {
  await withDatabase((db) => db.put('session', { id: 'last', me: { ...me, csrfToken: '' }, savedAt: new Date().toISOString() }));
}

/** The last signed-in user's details, or null (none kept, or not readable). */
export async function lastSession(): Promise<Me | null> {
  const row = await withDatabase((db) => db.get('session', 'last'));
  if (!row) return null;
  if (Date.now() - Date.parse(row.savedAt) > OFFLINE_HOURS * 3_600_000 || Number.isNaN(Date.parse(row.savedAt))) {
    await forgetDeviceSession();
    return null;
  }
  const parsed = meSchema.safeParse(row.me);
  return parsed.success ? parsed.data : null;
}

export async function forgetDeviceSession(): Promise<void> {
  await withDatabase((db) => db.delete('session', 'last'));
}
