import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../routes.js';
import { ApiClient, PASSWORD, type SignedInUser, addUser, setUp } from '../testing/client.js';
import { FAST_SIGNIN, type TestPlatform, startTestPlatform } from '../testing/harness.js';

let p: TestPlatform;
let admin: SignedInUser;

beforeAll(async () => {
  p = await startTestPlatform({ env: { HAVEN_METRICS_TOKEN: 'metrics-secret-for-tests' }, signIn: { ...FAST_SIGNIN, addressLockAfter: 6, slowAfter: 100 } });
  admin = await setUp(p.url);
});
afterAll(async () => {
  await p?.close();
});

describe('operations and edges', () => {
  it('sends strict security headers and a CSP without inline scripts', async () => {
    const res = await fetch(`${p.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('publishes an OpenAPI document covering every route, with the request schemas', async () => {
    const doc = (await (await fetch(`${p.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    expect(doc.openapi).toMatch(/^3\./);
    const routes = allRoutes(p.services);
    for (const r of routes) {
      const op = doc.paths[r.url.replace(/:([a-zA-Z]+)/g, '{$1}')]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.url}`).toBeDefined();
      if (r.body) expect(op?.requestBody, `${r.method} ${r.url} body`).toBeDefined();
    }
  });

  it('answers unknown endpoints, malformed JSON, unknown fields and oversized bodies with stable 4xx codes', async () => {
    const c = admin.client;
    expect((await c.get('/api/nothing-here')).body).toMatchObject({ error: { code: 'not_found' } });
    expect((await c.request('PATCH', '/api/me', '{"name":')).body).toMatchObject({ error: { code: 'malformed_json' } });
    expect((await c.patch('/api/me', { name: 'A', admin: true })).body).toMatchObject({ error: { code: 'unknown_field', field: 'admin' } });
    expect((await c.patch('/api/me', { name: 42 })).body).toMatchObject({ error: { code: 'validation_failed', field: 'name' } });
    const big = await c.patch('/api/me', { name: 'x'.repeat(200_000) });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ error: { code: 'payload_too_large' } });
    const text = await c.request('PATCH', '/api/me', 'name=A', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
  });

  it('restricts metrics to a token', async () => {
    expect((await fetch(`${p.url}/metrics`)).status).toBe(401);
    const ok = await fetch(`${p.url}/metrics`, { headers: { authorization: 'Bearer metrics-secret-for-tests' } });
    expect(ok.status).toBe(200);
    const text = await ok.text();
    expect(text).toContain('haven_http_request_duration_seconds');
    expect(text).not.toContain(admin.email);
  });

  it('locks a source address after many failures across accounts; an administrator unlocks it', async () => {
    const c = new ApiClient(p.url);
    const codes: string[] = [];
    for (let i = 0; i < 8; i++)
      codes.push(
        (await c.post<{ error: { code: string } }>('/api/auth/sign-in', { email: `nobody${i}@example.org`, password: 'not the password' })).body.error.code,
      );
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('invalid_credentials'));
    expect(codes.at(-1)).toBe('address_locked');
    // the right password from that address is refused too
    expect((await c.post('/api/auth/sign-in', { email: admin.email, password: PASSWORD })).body).toMatchObject({ error: { code: 'address_locked' } });
    expect((await admin.client.post('/api/auth/unlock-address', { ip: '127.0.0.1' })).status).toBe(200);
    expect((await c.post('/api/auth/sign-in', { email: admin.email, password: PASSWORD })).body).toMatchObject({ error: { code: 'totp_required' } });
  });

  it('lets an administrator disable a user, ending their sessions at once, and keeps the last administrator', async () => {
    const worker = await addUser(admin.client, 'worker@example.org', ['outreach-worker']);
    expect((await worker.client.get('/api/me')).status).toBe(200);
    const off = await admin.client.patch<{ status: string }>(`/api/users/${worker.id}`, { disabled: true });
    expect(off.body.status).toBe('disabled');
    expect((await worker.client.get('/api/me')).status).toBe(401);
    expect((await new ApiClient(p.url).post('/api/auth/sign-in', { email: 'worker@example.org', password: PASSWORD })).body).toMatchObject({
      error: { code: 'invalid_credentials' },
    });
    const last = await admin.client.patch(`/api/users/${admin.id}`, { roles: ['network-admin'] });
    expect(last.body).toMatchObject({ error: { code: 'last_admin' } });
    const roles = await admin.client.patch<{ roles: string[] }>(`/api/users/${worker.id}`, { roles: ['caseworker', 'supervisor'] });
    expect(roles.body.roles).toEqual(['caseworker', 'supervisor']);
  });

  it('finishes in-flight requests when it stops', async () => {
    const other = await startTestPlatform();
    const { port } = new URL(other.url);
    const body = JSON.stringify({ email: 'x@example.org', password: 'some password here' });
    const socket = net.connect(Number(port), '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    let answer = '';
    socket.on('data', (d) => {
      answer += String(d);
    });
    const ended = new Promise((r) => socket.once('close', r));
    // headers and half the body: the request is in flight when the stop begins
    socket.write(
      `POST /api/auth/sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 100));
    const closing = other.close();
    await new Promise((r) => setTimeout(r, 100));
    socket.write(body.slice(10));
    await ended;
    await closing;
    expect(answer).toMatch(/^HTTP\/1.1 401/);
    expect(answer).toContain('invalid_credentials');
  });
});
