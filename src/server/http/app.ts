import fs from 'node:fs';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Fastify, { LogController, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { can } from '../../core/platform/policy.js';
import { appendAudit } from '../audit/store.js';
import { Metrics } from '../ops/metrics.js';
import { helpPageHandler } from '../prevention/help/page.js';
import type { Services } from '../services.js';
import { HttpError, ReportedError, StaleVersionError, fromZod } from './errors.js';
import { openApiDocument } from './openapi.js';
import { type Principal, SESSION_COOKIE } from './principal.js';
import type { RouteDef } from './route.js';

export interface AppOptions {
  readonly services: Services;
  readonly routes: readonly RouteDef[];
  /** Folder with the built web app (index.html); absent in API-only tests. */
  readonly webDir?: string | undefined;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sendError(reply: FastifyReply, err: HttpError): FastifyReply {
  for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
  const current = err instanceof StaleVersionError ? { current: err.current } : {};
  const details = err instanceof ReportedError ? { details: err.details } : {};
  return reply.code(err.status).send({ error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}), ...details }, ...current });
}

/** Fastify's own 4xx errors (parsing, limits) mapped to stable codes. */
function fromFastify(err: FastifyError): HttpError | undefined {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError(413, 'payload_too_large', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError(415, 'unsupported_media_type', 'Send JSON with Content-Type: application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError(400, 'malformed_json', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new HttpError(400, 'bad_request', 'Invalid Content-Length.');
  }
  if (err instanceof SyntaxError) return new HttpError(400, 'malformed_json', 'The request body is not valid JSON.');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) return new HttpError(err.statusCode, 'bad_request', 'Bad request.');
  return undefined;
}

/**
 * The dotted path of the first string holding U+0000 in validated input ('' for the value
 * itself), or undefined. PostgreSQL text cannot store that character: refused here as a
 * validation error instead of failing as a 500 in the database.
 */
function nulField(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulField(v, path ? `${path}.${k}` : k);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * The security headers helmet sets, computed once at start-up and copied onto
 * every reply (@fastify/helmet rebuilds helmet, re-parsing the CSP, on every
 * request: 15% of the CPU of a cached GET /api/me).
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: unknown) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: () => undefined,
  };
  helmet(options)({} as IncomingMessage, res as unknown as ServerResponse, () => undefined);
  return headers;
}

/** Hops become a function (the first n proxies are trusted); addresses pass through; never `true`. */
function trustedProxies(setting: false | number | string): false | string | ((address: string, hop: number) => boolean) {
  if (typeof setting === 'number') return (_address, hop) => hop < setting;
  return setting;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function resolvePrincipal(s: Services, request: FastifyRequest): Promise<Principal | null> {
  const auth = request.headers.authorization;
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m?.[1]) throw new HttpError(401, 'unauthenticated', 'Malformed Authorization header: use "Bearer <token>".');
    const p = await s.principals.fromToken(m[1]);
    if (!p) throw new HttpError(401, 'unauthenticated', 'The API token is not valid or was revoked.');
    return p;
  }
  const cookie = request.cookies[SESSION_COOKIE];
  if (!cookie || cookie.length > 200) return null;
  return s.principals.fromSession(cookie);
}

export async function buildApp({ services: s, routes, webDir }: AppOptions): Promise<FastifyInstance> {
  return build(s, routes, webDir) as unknown as FastifyInstance;
}

async function build(s: Services, routes: readonly RouteDef[], webDir: string | undefined) {
  const metrics = new Metrics();
  const securityHeaders = helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: s.config.secureCookies ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  securityHeaders['permissions-policy'] = 'camera=(), microphone=(), geolocation=()';
  const app = Fastify({
    loggerInstance: s.log,
    // Request lines are not logged (metrics count them); errors are, with codes and ids only.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
    trustProxy: trustedProxies(s.config.trustProxy),
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
    // Errors the router raises before any route runs (a bad %-escape, an over-long path
    // parameter) get the same error body as every other error, not Fastify's own.
    frameworkErrors: (err, _request, reply) => {
      reply.headers(securityHeaders);
      if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendError(reply, new HttpError(404, 'not_found', 'No such record.'));
      return sendError(reply, fromFastify(err) ?? new HttpError(500, 'internal', 'Something went wrong on the server. It has been logged.'));
    },
  });

  // JSON only: other bodies get 415 unsupported_media_type.
  app.removeContentTypeParser('text/plain');
  await app.register(fastifyCookie);
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(securityHeaders);
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    done();
  });
  app.addHook('onResponse', async (request, reply) => {
    metrics.requests.observe(
      { route: request.routeOptions.url ?? 'unmatched', method: request.method, status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  const onError = (err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof HttpError) return sendError(reply, err);
    const mapped = fromFastify(err);
    if (mapped) return sendError(reply, mapped);
    // Codes and ids only: never the message of a database error, which can quote data.
    request.log.error({ reqId: request.id, route: request.routeOptions.url, errCode: (err as { code?: string }).code ?? err.name }, 'request failed');
    return sendError(reply, new HttpError(500, 'internal', 'Something went wrong on the server. It has been logged.'));
  };
  app.setErrorHandler(onError);

  const indexHtml = webDir && fs.existsSync(path.join(webDir, 'index.html')) ? fs.readFileSync(path.join(webDir, 'index.html'), 'utf8') : undefined;
  // The public safe-migration page (issue 8): its own small page, without the app.
  if (webDir) app.get('/help', helpPageHandler(webDir));
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    if (indexHtml && request.method === 'GET' && !url.startsWith('/api/') && !path.extname(url)) {
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(indexHtml);
    }
    return sendError(reply, new HttpError(404, 'not_found', `No such endpoint: ${request.method} ${url}`));
  });
  if (indexHtml && webDir) {
    await app.register(fastifyStatic, {
      root: webDir,
      index: false,
      wildcard: false,
      maxAge: '1d',
      immutable: false,
      // The service worker, the app manifest and the pages (which name the hashed scripts) are checked on every
      // visit, so that a new release reaches the devices and no old page asks for scripts that are gone.
      setHeaders: (res, file) => {
        if (file.endsWith(`${path.sep}sw.js`) || file.endsWith('.webmanifest') || file.endsWith('.html')) res.header('cache-control', 'no-cache');
      },
    });
  }

  const all = [...routes];
  const doc = openApiDocument(all, s.version);
  app.get('/api/openapi.json', async () => doc);

  app.get('/metrics', async (request, reply) => {
    const token = (request.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    const principal = await resolvePrincipal(s, request).catch(() => null);
    const allowed =
      (s.config.metricsToken && sameSecret(token, s.config.metricsToken)) || (principal && !principal.enrolmentRequired && can(principal, 'metrics:read'));
    if (!allowed) return sendError(reply, new HttpError(401, 'unauthenticated', 'Metrics need a network administrator token or HAVEN_METRICS_TOKEN.'));
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  /** Who calls, refused unless signed in (and enrolled, with the CSRF header and the route's permission, as the route asks). */
  const authorise = async (r: RouteDef, request: FastifyRequest): Promise<Principal | null> => {
    const principal = r.access === 'public' ? null : await resolvePrincipal(s, request);
    const ip = request.ip;
    if (r.access !== 'public') {
      if (!principal) throw new HttpError(401, 'unauthenticated', 'Sign in first.');
      if (principal.via === 'session' && UNSAFE.has(r.method)) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !principal.csrfToken || !sameSecret(sent, principal.csrfToken)) {
          throw new HttpError(403, 'csrf_failed', 'Missing or wrong X-CSRF-Token header.');
        }
      }
      if (r.access !== 'signed-in' && principal.enrolmentRequired) {
        throw new HttpError(403, 'enrolment_required', 'Set up your second factor first.');
      }
      if (r.access !== 'signed-in' && r.access !== 'user' && !can(principal, r.access)) {
        await appendAudit(s.db.app, {
          orgId: principal.orgId,
          actorId: principal.id,
          actorEmail: principal.email,
          action: r.access,
          recordType: null,
          recordId: null,
          ip,
          outcome: 'denied',
        }).catch(() => undefined);
        throw new HttpError(403, 'forbidden', 'You do not have permission to do this.');
      }
    }
    return principal;
  };
  /** Raw-body routes are authorised before their (large) body is read; see below. */
  const authorisedEarly = new WeakMap<FastifyRequest, Principal | null>();

  const handlerOf = (r: RouteDef) => async (request: FastifyRequest, reply: FastifyReply) => {
    const principal = authorisedEarly.has(request) ? (authorisedEarly.get(request) ?? null) : await authorise(r, request);
    const ip = request.ip;
    const parsed = {
      params: r.params ? r.params.safeParse(request.params ?? {}) : { success: true as const, data: undefined },
      query: r.query ? r.query.safeParse(request.query ?? {}) : { success: true as const, data: undefined },
      body: r.body ? r.body.safeParse(request.body ?? {}) : { success: true as const, data: undefined },
    };
    if (!parsed.params.success) throw new HttpError(404, 'not_found', 'No such record.');
    if (!parsed.query.success) throw fromZod(parsed.query.error, 'query');
    if (!parsed.body.success) throw fromZod(parsed.body.error, 'body');
    if (nulField(parsed.params.data) !== undefined) throw new HttpError(404, 'not_found', 'No such record.');
    for (const where of ['query', 'body'] as const) {
      const field = nulField(parsed[where].data);
      if (field !== undefined) throw new HttpError(400, 'validation_failed', `${field || where}: must not contain the character U+0000.`, field || undefined);
    }
    const result = await r
      .handler({
        body: r.rawBody ? request.body : parsed.body.data,
        query: parsed.query.data,
        params: parsed.params.data,
        principal,
        ip,
        request,
        reply,
        tx: (fn) => {
          if (!principal) throw new Error('tx() needs a signed-in caller');
          return s.db.tenant({ orgId: principal.orgId, userId: principal.id, networkAdmin: principal.networkAdmin }, fn);
        },
      })
      .catch(async (err: unknown) => {
        // A 409 carries the current record: that is a read, recorded even though the change was rolled back.
        if (err instanceof StaleVersionError && principal) {
          await appendAudit(s.db.app, { orgId: principal.orgId, actorId: principal.id, actorEmail: principal.email, ...err.read, ip, outcome: 'success' });
        }
        throw err;
      });
    if (result.headers) reply.headers(result.headers);
    return reply.code(result.status ?? 200).send(result.body);
  };

  for (const r of all) {
    const raw = r.rawBody;
    if (!raw) {
      app.route({ method: r.method, url: r.url, handler: handlerOf(r) });
      continue;
    }
    // A file upload: in its own context, which accepts exactly the route's media types as raw
    // bytes up to its limit (every other route keeps refusing non-JSON bodies). The caller is
    // authorised before the body is read, so that nobody unauthorised makes the server buffer it.
    await app.register(async (files) => {
      files.removeAllContentTypeParsers();
      files.addContentTypeParser([...raw.mediaTypes], { parseAs: 'buffer', bodyLimit: raw.limit }, (_request, body, done) => done(null, body));
      files.setErrorHandler((err: FastifyError, request, reply) =>
        err.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? sendError(reply, new HttpError(415, 'unsupported_file_type', `Send the file with its Content-Type, one of: ${raw.mediaTypes.join(', ')}.`))
          : onError(err, request, reply),
      );
      files.route({
        method: r.method,
        url: r.url,
        bodyLimit: raw.limit,
        preParsing: async (request, _reply, payload) => {
          authorisedEarly.set(request, await authorise(r, request));
          return payload;
        },
        handler: handlerOf(r),
      });
    });
  }
  return app;
}
