import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, PASSWORD, type SignedInUser, addUser, setUp, totp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

/** A remote wipe: the lost phone's session ends, and the phone is told to erase what it keeps. */

let p: TestPlatform;
let admin: SignedInUser;
let worker: SignedInUser;
let colleague: SignedInUser;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Street Team');
  worker = await addUser(admin.client, 'worker@example.org', ['outreach-worker']);
  colleague = await addUser(admin.client, 'colleague@example.org', ['outreach-worker']);
});

afterAll(async () => {
  await p?.close();
});

describe('wiping a user’s devices', () => {
  it('ends their sessions; a device that comes back is answered device_wiped, not merely signed out', async () => {
    // The worker's phone, signed in.
    expect((await worker.client.get('/api/me')).status).toBe(200);

    const wiped = await admin.client.post<{ sessionsEnded: number }>(`/api/users/${worker.id}/wipe-devices`);
    expect(wiped.status).toBe(200);
    expect(wiped.body.sessionsEnded).toBe(1);

    // Every request of that device, again and again, until it has erased and signed in anew.
    for (const path of ['/api/me', '/api/encounters']) {
      const res = await worker.client.get<{ error: { code: string } }>(path);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('device_wiped');
    }
    // Someone else's session, or no session at all, is not a wipe.
    expect((await colleague.client.get('/api/me')).status).toBe(200);
    expect((await new ApiClient(p.url).get<{ error: { code: string } }>('/api/me')).body.error.code).toBe('unauthenticated');
    const audited = await p.db.owner.query<{ n: number }>("SELECT count(*)::int AS n FROM audit_log WHERE action = 'user.wipe-devices' AND record_id = $1", [worker.id]);
    expect(audited.rows[0]?.n).toBe(1);
  });

  it('lets the user sign in again afterwards (their account is not locked)', async () => {
    const again = new ApiClient(p.url);
    const res = await again.post('/api/auth/sign-in', { email: 'worker@example.org', password: PASSWORD, totp: totp(worker.totpSecret!, 1) });
    expect(res.status).toBe(200);
    expect((await again.get('/api/me')).status).toBe(200);
  });

  it('is for administrators of the user’s organisation only', async () => {
    expect((await colleague.client.post(`/api/users/${worker.id}/wipe-devices`)).status).toBe(403);
  });
});
