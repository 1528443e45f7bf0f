import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { HttpError } from '../../http/errors.js';
import { helpPageHandler } from './page.js';

/** GET /help serves the built help.html; a build without it answers a clear 404, never the app's shell. */

const dirs: string[] = [];
function webDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-help-page-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

async function app(dir: string) {
  const a = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
  a.setErrorHandler((err, _request, reply) =>
    err instanceof HttpError ? reply.status(err.status).send({ error: { code: err.code, message: err.message } }) : reply.status(500).send({}),
  );
  a.get('/help', helpPageHandler(dir));
  a.setNotFoundHandler((_request, reply) => reply.type('text/html').send('<!doctype html><title>Haven</title>app shell'));
  await a.ready();
  return a;
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the public help page’s HTML', () => {
  it('is served at /help, /help/ and for HEAD, not cached without a check', async () => {
    const a = await app(webDir({ 'index.html': 'app shell', 'help.html': '<!doctype html><title>Information</title>' }));
    for (const url of ['/help', '/help/', '/help?lang=ru&country=GRC']) {
      const res = await a.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain('<title>Information</title>');
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    const head = await a.inject({ method: 'HEAD', url: '/help' });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('is a clear 404 when the build has no help.html, not the app shell', async () => {
    const a = await app(webDir({ 'index.html': 'app shell' }));
    for (const url of ['/help', '/help/']) {
      const res = await a.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
      expect(res.body).not.toContain('app shell');
    }
  });
});
