import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, PASSWORD, type SignedInUser, addUser, totp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';

let p: TestPlatform;
let admin: SignedInUser;
let recovery: string[] = [];

beforeAll(async () => {
  p = await startTestPlatform();
});
afterAll(async () => {
  await p?.close();
});

describe('first run and sign-in', () => {
  it('reports health and that set-up is needed', async () => {
    const c = new ApiClient(p.url);
    expect((await c.get('/api/health')).body).toMatchObject({ status: 'ok' });
    expect((await c.get('/api/setup')).body).toEqual({ needed: true });
    expect((await c.get('/api/me')).status).toBe(401);
  });

  it('refuses a common password at set-up, naming the field', async () => {
    const c = new ApiClient(p.url);
    const res = await c.post('/api/setup', {
      networkName: 'N',
      networkLanguages: ['en'],
      orgName: 'O',
      orgCountry: 'GRC',
      orgType: 'ngo',
      adminName: 'A',
      adminEmail: 'a@example.org',
      adminPassword: 'password1234',
      language: 'en',
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'common_password', message: expect.any(String), field: 'password' } });
    expect((await c.get('/api/setup')).body).toEqual({ needed: true });
  });

  it('sets up, and gates everything but enrolment until a second factor exists', async () => {
    const c = new ApiClient(p.url);
    const res = await c.post('/api/setup', {
      networkName: 'Test Network',
      networkLanguages: ['en', 'el'],
      orgName: 'Helping Hands',
      orgCountry: 'GRC',
      orgType: 'ngo',
      adminName: 'Ada',
      adminEmail: 'gate@example.org',
      adminPassword: PASSWORD,
      language: 'en',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ enrolmentRequired: true, user: { roles: ['network-admin', 'org-admin'], totpRequired: true } });
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(res.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
    expect((await c.get('/api/users')).body).toMatchObject({ error: { code: 'enrolment_required' } });
    expect((await new ApiClient(p.url).post('/api/setup', {})).status).toBe(400);
    const again = await new ApiClient(p.url).post('/api/setup', {
      networkName: 'X',
      networkLanguages: ['en'],
      orgName: 'Y',
      orgCountry: 'GRC',
      orgType: 'ngo',
      adminName: 'Z',
      adminEmail: 'z@example.org',
      adminPassword: PASSWORD,
      language: 'en',
    });
    expect(again.body).toMatchObject({ error: { code: 'already_set_up' } });
    // enrol
    const setup = await c.post<{ secret: string; qrSvg: string; otpauthUrl: string }>('/api/me/totp/setup');
    expect(setup.body.qrSvg).toContain('<svg');
    expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
    expect((await c.post('/api/me/totp/confirm', { code: '000000' })).body).toMatchObject({ error: { code: 'invalid_totp', field: 'code' } });
    const confirm = await c.post<{ recoveryCodes: string[] }>('/api/me/totp/confirm', { code: totp(setup.body.secret) });
    expect(confirm.body.recoveryCodes).toHaveLength(10);
    expect((await c.get('/api/me')).body).toMatchObject({ enrolmentRequired: false });
    expect((await c.get('/api/users')).status).toBe(200);
    admin = { client: c, id: (res.body.user as { id: string }).id, email: 'gate@example.org', orgId: '', totpSecret: setup.body.secret };

    // sign out, then sign in with password + code; a replayed code is refused
    expect((await c.post('/api/auth/sign-out')).status).toBe(200);
    expect((await c.get('/api/me')).status).toBe(401);
    const fresh = new ApiClient(p.url);
    const noCode = await fresh.post('/api/auth/sign-in', { email: 'gate@example.org', password: PASSWORD });
    expect(noCode.body).toMatchObject({ error: { code: 'totp_required' } });
    const code = totp(setup.body.secret, 1);
    expect((await fresh.post('/api/auth/sign-in', { email: 'GATE@example.org', password: PASSWORD, totp: code })).status).toBe(200);
    expect((await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'gate@example.org', password: PASSWORD, totp: code })).body).toMatchObject({
      error: { code: 'invalid_totp' },
    });
    // a recovery code works once
    recovery = confirm.body.recoveryCodes;
    const rc = recovery[0];
    expect((await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'gate@example.org', password: PASSWORD, recoveryCode: rc })).status).toBe(200);
    expect((await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'gate@example.org', password: PASSWORD, recoveryCode: rc })).body).toMatchObject({
      error: { code: 'invalid_totp' },
    });
    admin.client = fresh;
  });

  it('requires the CSRF header on cookie-authenticated changes', async () => {
    const c = admin.client;
    const res = await c.request('PATCH', '/api/me', { language: 'el' }, { 'x-csrf-token': 'wrong' });
    expect(res.body).toMatchObject({ error: { code: 'csrf_failed' } });
    const ok = await c.patch('/api/me', { language: 'el' });
    expect(ok.body).toMatchObject({ user: { language: 'el' } });
  });

  it('slows down, then locks an account after repeated failures, without telling a guesser which addresses exist', async () => {
    const victim = await addUser(admin.client, 'victim@example.org', ['analyst']);
    const attacker = new ApiClient(p.url);
    const lockedInDb = async () =>
      (await p.db.owner.query<{ locked: boolean }>('SELECT locked_at IS NOT NULL AS locked FROM users WHERE id = $1', [victim.id])).rows[0]?.locked;
    const codes = new Set<string>();
    for (let i = 0; i < 80 && !(await lockedInDb()); i++) {
      const r = await attacker.post<{ error: { code: string } }>('/api/auth/sign-in', { email: 'victim@example.org', password: 'wrong password here' });
      codes.add(r.body.error.code);
      await new Promise((res) => setTimeout(res, 60)); // past some slow-down windows, not all
    }
    expect(await lockedInDb()).toBe(true);
    // Slowed down, counted or locked, a wrong password always looks like an unknown address.
    expect([...codes]).toEqual(['invalid_credentials']);
    const unknown = await attacker.post('/api/auth/sign-in', { email: 'nobody-here@example.org', password: 'wrong password here' });
    const lockedWrong = await attacker.post('/api/auth/sign-in', { email: 'victim@example.org', password: 'wrong password here' });
    expect(lockedWrong.body).toEqual(unknown.body);
    expect(lockedWrong.status).toBe(unknown.status);
    // Only the right password learns that the account is locked, and is still refused.
    expect((await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'victim@example.org', password: PASSWORD })).body).toMatchObject({
      error: { code: 'account_locked' },
    });
    const list = await admin.client.get<{ users: { id: string; status: string }[] }>('/api/users');
    expect(list.body.users.find((u) => u.id === victim.id)?.status).toBe('locked');
    expect((await admin.client.post(`/api/users/${victim.id}/unlock`)).body).toMatchObject({ status: 'active' });
    expect((await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'victim@example.org', password: PASSWORD })).status).toBe(200);
    // the audit trail saw the failures
    const audit = await admin.client.get<{ entries: { action: string; outcome: string }[] }>('/api/audit?action=auth.sign-in&outcome=failure');
    expect(audit.body.entries.length).toBeGreaterThanOrEqual(10);
  });

  it('lifts an account lock by itself after an hour', async () => {
    const user = await addUser(admin.client, 'expired-lock@example.org', ['trainer']);
    await p.db.owner.query(
      "UPDATE users SET locked_at = now() - interval '61 minutes', failed_signins = 10, last_failed_at = now() - interval '61 minutes' WHERE id = $1",
      [user.id],
    );
    expect((await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'expired-lock@example.org', password: PASSWORD })).status).toBe(200);
    await p.db.owner.query("UPDATE users SET locked_at = now() - interval '59 minutes' WHERE id = $1", [user.id]);
    expect((await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'expired-lock@example.org', password: PASSWORD })).body).toMatchObject({
      error: { code: 'account_locked' },
    });
  });

  it('asks for the password to create an API token, counts wrong ones, and ends tokens when the password changes', async () => {
    const user = await addUser(admin.client, 'token-owner@example.org', ['trainer']);
    expect((await user.client.post('/api/me/tokens', { name: 'no password' })).body).toMatchObject({ error: { code: 'validation_failed', field: 'password' } });
    expect((await user.client.post('/api/me/tokens', { name: 'wrong', password: 'not my password' })).body).toMatchObject({
      error: { code: 'invalid_credentials', field: 'password' },
    });
    const failures = await p.db.owner.query<{ n: number }>('SELECT failed_signins AS n FROM users WHERE id = $1', [user.id]);
    expect(failures.rows[0]?.n).toBe(1);
    const created = await user.client.post<{ token: string }>('/api/me/tokens', { name: 'kept until the password changes', password: PASSWORD });
    expect(created.status).toBe(201);
    const bot = new ApiClient(p.url);
    bot.bearer = created.body.token;
    expect((await bot.get('/api/me')).status).toBe(200);
    await new Promise((res) => setTimeout(res, 250)); // past the slow-down after one failure? (only after three)
    expect((await user.client.post('/api/me/password', { currentPassword: PASSWORD, newPassword: 'a completely new passphrase 2026' })).status).toBe(200);
    expect((await bot.get('/api/me')).status).toBe(401);
  });

  it('issues personal API tokens that carry the user’s permissions and can be revoked', async () => {
    const created = await admin.client.post<{ id: string; token: string }>('/api/me/tokens', { name: 'integration', password: PASSWORD });
    expect(created.status).toBe(201);
    const bot = new ApiClient(p.url);
    bot.bearer = created.body.token;
    expect((await bot.get('/api/users')).status).toBe(200);
    expect((await bot.patch('/api/me', { name: 'Ada via token' })).status).toBe(200); // no CSRF needed with a bearer token
    const list = await admin.client.get<{ tokens: { id: string }[] }>('/api/me/tokens');
    expect(list.body.tokens.map((t) => t.id)).toContain(created.body.id);
    expect((await admin.client.delete(`/api/me/tokens/${created.body.id}`)).status).toBe(200);
    expect((await bot.get('/api/users')).status).toBe(401);
  });

  it('signs out everywhere', async () => {
    const other = new ApiClient(p.url);
    expect((await other.post('/api/auth/sign-in', { email: 'gate@example.org', password: PASSWORD, recoveryCode: recovery[1] })).status).toBe(200);
    expect((await admin.client.post('/api/auth/sign-out-everywhere')).status).toBe(200);
    expect((await other.get('/api/me')).status).toBe(401);
    expect((await admin.client.get('/api/me')).status).toBe(401);
  });
});

describe('forgotten password or lost phone', () => {
  it('an administrator invites the user again: old password, second factor and sessions stop working', async () => {
    const admin2 = await setUpOrReuse();
    const worker = await addUser(admin2, 'forgetful@example.org', ['caseworker']);
    const again = await admin2.post<{ inviteUrl: string; user: { status: string } }>(`/api/users/${worker.id}/invitation`);
    expect(again.status).toBe(200);
    expect(again.body.user.status).toBe('invited');
    expect((await worker.client.get('/api/me')).status).toBe(401);
    expect((await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'forgetful@example.org', password: PASSWORD })).body).toMatchObject({
      error: { code: 'invalid_credentials' },
    });
    const fresh = new ApiClient(p.url);
    const token = again.body.inviteUrl.split('/invite/')[1];
    const accepted = await fresh.post(`/api/invitations/${token}/accept`, { password: 'a new long passphrase 2026' });
    expect(accepted.body).toMatchObject({ enrolmentRequired: true, user: { totpEnabled: false } });
    // an administrator cannot hand themselves someone else's account with a higher role, nor re-invite themselves
    const me = await admin2.get<{ user: { id: string } }>('/api/me');
    expect((await admin2.post(`/api/users/${me.body.user.id}/invitation`)).body).toMatchObject({ error: { code: 'conflict' } });
    const orgAdmin = await addUser(admin2, 'org-admin-only@example.org', ['org-admin']);
    expect((await orgAdmin.client.post(`/api/users/${me.body.user.id}/invitation`)).body).toMatchObject({ error: { code: 'forbidden', field: 'roles' } });
    // nor disable a network administrator
    expect((await orgAdmin.client.patch(`/api/users/${me.body.user.id}`, { disabled: true })).body).toMatchObject({
      error: { code: 'forbidden', field: 'roles' },
    });
    expect((await admin2.get('/api/me')).status).toBe(200);
  });
});

async function setUpOrReuse(): Promise<ApiClient> {
  const c = new ApiClient(p.url);
  const res = await c.post('/api/auth/sign-in', { email: 'gate@example.org', password: PASSWORD, recoveryCode: recovery[2] });
  expect(res.status).toBe(200);
  return c;
}
