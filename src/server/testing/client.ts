import { generateSync } from 'otplib';
import type { Role } from '../../core/platform/roles.js';
import type { Me } from '../../core/platform/schemas.js';

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like API client: keeps the session cookie and sends the CSRF header. */
export class ApiClient {
  cookie = '';
  csrf = '';
  bearer = '';
  constructor(readonly base: string) {}

  async request<T = Record<string, unknown>>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply<T>> {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-type'] ??= 'application/json';
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET') h['x-csrf-token'] ??= this.csrf;
    if (this.bearer) h.authorization = `Bearer ${this.bearer}`;
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      // Strings and bytes (a file upload, with its own Content-Type) as they are; anything else as JSON.
      body: body === undefined || typeof body === 'string' ? body : body instanceof Uint8Array ? (body as Uint8Array<ArrayBuffer>) : JSON.stringify(body),
    });
    const set = res.headers.getSetCookie();
    for (const c of set) {
      const [pair] = c.split(';');
      if (pair?.startsWith('haven_session=')) this.cookie = pair.endsWith('=') ? '' : pair;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      // not JSON (metrics, HTML)
    }
    const out = { status: res.status, body: parsed as T, headers: res.headers };
    if (res.ok && parsed && typeof parsed === 'object' && 'csrfToken' in parsed) this.csrf = String((parsed as Me).csrfToken);
    return out;
  }

  get<T = Record<string, unknown>>(path: string) {
    return this.request<T>('GET', path);
  }
  post<T = Record<string, unknown>>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }
  patch<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('PATCH', path, body);
  }
  put<T = Record<string, unknown>>(path: string, body: unknown) {
    return this.request<T>('PUT', path, body);
  }
  delete<T = Record<string, unknown>>(path: string) {
    return this.request<T>('DELETE', path);
  }
}

export const PASSWORD = 'correct horse battery staple';

export interface SignedInUser {
  client: ApiClient;
  id: string;
  email: string;
  orgId: string;
  totpSecret: string | undefined;
}

/** A TOTP code for a secret, `offset` steps from now (the server refuses a code used twice). */
export function totp(secret: string, offset = 0): string {
  return generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });
}

/** Enrols a second factor for the signed-in client; returns the secret and recovery codes. */
export async function enrol(client: ApiClient): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await client.post<{ secret: string }>('/api/me/totp/setup');
  if (setup.status !== 200) throw new Error(`totp setup: ${setup.status} ${JSON.stringify(setup.body)}`);
  const confirm = await client.post<{ recoveryCodes: string[] }>('/api/me/totp/confirm', { code: totp(setup.body.secret) });
  if (confirm.status !== 200) throw new Error(`totp confirm: ${confirm.status} ${JSON.stringify(confirm.body)}`);
  await client.get('/api/me');
  return { secret: setup.body.secret, recoveryCodes: confirm.body.recoveryCodes };
}

/** First run: network, organisation, administrator (enrolled). */
export async function setUp(base: string, email = 'admin@example.org', orgName = 'Helping Hands'): Promise<SignedInUser> {
  const client = new ApiClient(base);
  const res = await client.post<Me>('/api/setup', {
    networkName: 'Test Network',
    networkLanguages: ['en', 'el'],
    orgName,
    orgCountry: 'GRC',
    orgType: 'ngo',
    adminName: 'Ada Admin',
    adminEmail: email,
    adminPassword: PASSWORD,
    language: 'en',
  });
  if (res.status !== 201) throw new Error(`setup: ${res.status} ${JSON.stringify(res.body)}`);
  const { secret } = await enrol(client);
  return { client, id: res.body.user.id, email, orgId: res.body.user.orgId, totpSecret: secret };
}

/** An administrator invites a user with these roles; the user accepts and enrols when needed. */
export async function addUser(admin: ApiClient, email: string, roles: Role[]): Promise<SignedInUser> {
  const inv = await admin.post<{ inviteUrl: string; user: { id: string } }>('/api/users/invitations', { email, name: `User ${email}`, roles });
  if (inv.status !== 201) throw new Error(`invite: ${inv.status} ${JSON.stringify(inv.body)}`);
  const client = new ApiClient(admin.base);
  const token = inv.body.inviteUrl.split('/invite/')[1];
  const acc = await client.post<Me>(`/api/invitations/${token}/accept`, { password: PASSWORD });
  if (acc.status !== 200) throw new Error(`accept: ${acc.status} ${JSON.stringify(acc.body)}`);
  let secret: string | undefined;
  if (acc.body.enrolmentRequired) secret = (await enrol(client)).secret;
  return { client, id: inv.body.user.id, email, orgId: acc.body.user.orgId, totpSecret: secret };
}

/** A network administrator creates another organisation; its first administrator accepts and enrols. */
export async function addOrganisation(networkAdmin: ApiClient, name: string, country: string, adminEmail: string): Promise<SignedInUser> {
  const created = await networkAdmin.post<{ id: string; inviteUrl: string }>('/api/organisations', { name, country, type: 'ngo', adminEmail, adminName: `Admin of ${name}` });
  if (created.status !== 201) throw new Error(`organisation: ${created.status} ${JSON.stringify(created.body)}`);
  const client = new ApiClient(networkAdmin.base);
  const token = created.body.inviteUrl.split('/invite/')[1];
  const acc = await client.post<Me>(`/api/invitations/${token}/accept`, { password: PASSWORD });
  if (acc.status !== 200) throw new Error(`accept: ${acc.status} ${JSON.stringify(acc.body)}`);
  const { secret } = await enrol(client);
  return { client, id: acc.body.user.id, email: adminEmail, orgId: created.body.id, totpSecret: secret };
}
