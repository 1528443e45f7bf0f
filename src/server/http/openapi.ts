import { z } from 'zod';
import { apiError } from '../../core/platform/schemas.js';
import type { RouteDef } from './route.js';

/** OpenAPI 3.1 from the same Zod schemas that validate the requests. */
export function openApiDocument(routes: readonly RouteDef[], version: string): Record<string, unknown> {
  const toSchema = (schema: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([a-zA-Z]+)/g, '{$1}');
    const parameters: unknown[] = [];
    for (const [where, schema] of [
      ['path', r.params],
      ['query', r.query],
    ] as const) {
      if (!schema) continue;
      const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, s] of Object.entries(json.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: s });
      }
    }
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      operationId: `${r.method.toLowerCase()}${path.replace(/[^a-zA-Z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      'x-haven-access': r.access,
      parameters,
      responses: {
        '200': { description: 'Success', content: r.response ? { 'application/json': { schema: toSchema(r.response, 'output') } } : undefined },
        '4XX': { description: 'Refused: see error.code', content: { 'application/json': { schema: toSchema(apiError, 'output') } } },
      },
    };
    if (r.access !== 'public') op.security = [{ session: [] }, { bearer: [] }];
    if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: toSchema(r.body, 'input') } } };
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Haven API',
      version,
      description: 'Errors: { "error": { "code", "message", "field"? } }. Cookie sessions need the X-CSRF-Token header on changes.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'haven_session' },
        bearer: { type: 'http', scheme: 'bearer', description: 'A personal API token (hvn_...)' },
      },
    },
    paths,
  };
}
