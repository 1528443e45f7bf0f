import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, PASSWORD, type SignedInUser, addUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

let p: TestPlatform;
let admin: SignedInUser;

beforeAll(async () => {
  p = await startTestPlatform({ env: { HAVEN_PUBLIC_URL: 'https://haven.example.org' } });
  admin = await setUp(p.url);
});
afterAll(async () => {
  await p?.close();
});

async function signedInAnalyst(email: string): Promise<ApiClient> {
  await addUser(admin.client, email, ['analyst']);
  const c = new ApiClient(p.url);
  expect((await c.post('/api/auth/sign-in', { email, password: PASSWORD })).status).toBe(200);
  return c;
}

describe('sessions behind TLS', () => {
  it('marks the cookie Secure, sends HSTS and makes invitation links absolute', async () => {
    const c = new ApiClient(p.url);
    const res = await c.post('/api/auth/sign-in', { email: 'nobody@example.org', password: 'whatever it is' });
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const analyst = await addUser(admin.client, 'tls@example.org', ['analyst']);
    expect(analyst.client.cookie).toMatch(/^haven_session=/);
    const signIn = await fetch(`${p.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'tls@example.org', password: PASSWORD }),
    });
    expect(signIn.headers.get('set-cookie')).toMatch(/; Secure/i);
    const inv = await admin.client.post<{ inviteUrl: string }>('/api/users/invitations', { email: 'abs@example.org', name: 'Abs', roles: ['trainer'] });
    expect(inv.body.inviteUrl).toMatch(/^https:\/\/haven\.example\.org\/invite\//);
  });

  it('ends a session that was idle too long, and one past its absolute end', async () => {
    const idle = await signedInAnalyst('idle@example.org');
    const old = await signedInAnalyst('old@example.org');
    expect((await idle.get('/api/me')).status).toBe(200);
    const count = async () =>
      (
        await p.db.owner.query(
          "SELECT count(*)::int AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email IN ('idle@example.org', 'old@example.org')",
        )
      ).rows[0].n as number;
    const before = await count(); // each user also has the session from accepting the invitation
    await p.db.owner.query(
      "UPDATE sessions s SET last_seen_at = now() - interval '31 minutes' FROM users u WHERE u.id = s.user_id AND u.email = 'idle@example.org'",
    );
    await p.db.owner.query(
      "UPDATE sessions s SET expires_at = now() - interval '1 second' FROM users u WHERE u.id = s.user_id AND u.email = 'old@example.org'",
    );
    p.services.principals.forgetAll(); // as another server instance would see it
    expect((await idle.get('/api/me')).status).toBe(401);
    expect((await old.get('/api/me')).status).toBe(401);
    expect(await count()).toBe(before - 2); // the two refused sessions are deleted
  });

  it('refuses an expired or used invitation link', async () => {
    const inv = await admin.client.post<{ inviteUrl: string }>('/api/users/invitations', { email: 'late@example.org', name: 'Late', roles: ['trainer'] });
    const token = inv.body.inviteUrl.split('/invite/')[1] ?? '';
    await p.db.owner.query("UPDATE invitations SET expires_at = now() - interval '1 second'");
    expect((await new ApiClient(p.url).get(`/api/invitations/${token}`)).body).toMatchObject({ error: { code: 'invitation_invalid' } });
    const fresh = await admin.client.post<{ inviteUrl: string }>('/api/users/invitations', { email: 'once@example.org', name: 'Once', roles: ['trainer'] });
    const t2 = fresh.body.inviteUrl.split('/invite/')[1] ?? '';
    expect((await new ApiClient(p.url).post(`/api/invitations/${t2}/accept`, { password: PASSWORD })).status).toBe(200);
    expect((await new ApiClient(p.url).post(`/api/invitations/${t2}/accept`, { password: PASSWORD })).body).toMatchObject({
      error: { code: 'invitation_invalid' },
    });
  });

  it('serves metrics to a network administrator’s API token', async () => {
    const token = await admin.client.post<{ token: string }>('/api/me/tokens', { name: 'prometheus', password: PASSWORD });
    const res = await fetch(`${p.url}/metrics`, { headers: { authorization: `Bearer ${token.body.token}` } });
    expect(res.status).toBe(200);
    const analyst = await signedInAnalyst('metrics-analyst@example.org');
    expect((await analyst.get('/metrics')).status).toBe(401);
  });
});
