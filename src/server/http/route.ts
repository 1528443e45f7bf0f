import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { z } from 'zod';
import type { Action } from '../../core/platform/policy.js';
import type { Principal } from './principal.js';

/**
 * A route as data: method, path, who may call it, and the Zod schemas that
 * validate it. The server, the OpenAPI document and the permission test are
 * all generated from the same list.
 *
 * access:
 *  - 'public': anyone, no session;
 *  - 'signed-in': any signed-in user, even one who still has to enrol a second factor;
 *  - 'user': any fully signed-in user;
 *  - an Action: a fully signed-in user for whom `can(user, action)` holds.
 */
export type Access = 'public' | 'signed-in' | 'user' | Action;

export interface RouteContext<B, Q, P> {
  readonly body: B;
  readonly query: Q;
  readonly params: P;
  readonly principal: Principal | null;
  readonly ip: string;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  /** The caller's organisation transaction (app role, RLS context set). Requires a principal. */
  tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T>;
}

export interface RouteResult {
  readonly status?: number;
  /** JSON, or a Buffer sent as it is (a file: set its Content-Type in `headers`). */
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A body that is a file's raw bytes, not JSON: accepted only with one of these media types, up to `limit` bytes. */
export interface RawBody {
  readonly mediaTypes: readonly string[];
  readonly limit: number;
}

export interface RouteDef<B extends z.ZodType = z.ZodType, Q extends z.ZodType = z.ZodType, P extends z.ZodType = z.ZodType> {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly access: Access;
  readonly summary: string;
  readonly tag: string;
  readonly body?: B;
  readonly query?: Q;
  readonly params?: P;
  readonly response?: z.ZodType;
  /** The body is raw bytes (see `rawRoute`), not JSON; `body` must then be absent. */
  readonly rawBody?: RawBody;
  /** For the permission test: the route acts on one record of an organisation named by :id. */
  readonly recordParam?: 'organisation-user' | 'organisation' | 'own-token' | 'person' | 'case' | 'screening' | 'contact' | 'encounter' | 'outreach-person' | 'directory-service'
    | 'directory-organization'
    | 'referral'
    | 'incoming-referral'
    | 'accepted-referral';
  readonly handler: (ctx: RouteContext<z.infer<B>, z.infer<Q>, z.infer<P>>) => Promise<RouteResult>;
}

/** Keeps each route's handler typed by its own schemas. */
export function route<B extends z.ZodType = z.ZodUndefined, Q extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined>(
  def: RouteDef<B, Q, P>,
): RouteDef {
  return def as unknown as RouteDef;
}

/** A route whose body is a file's raw bytes: the handler gets them as a Buffer (undefined when the request had no body). */
export function rawRoute<Q extends z.ZodType = z.ZodUndefined, P extends z.ZodType = z.ZodUndefined>(
  def: Omit<RouteDef<z.ZodUndefined, Q, P>, 'body' | 'rawBody' | 'handler'> & {
    readonly rawBody: RawBody;
    readonly handler: (ctx: RouteContext<Buffer | undefined, z.infer<Q>, z.infer<P>>) => Promise<RouteResult>;
  },
): RouteDef {
  return def as unknown as RouteDef;
}
