import fs from 'node:fs';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../../http/errors.js';

/**
 * The public help page itself (GET and HEAD /help, also /help/): the built `help.html`, read once.
 * When the build has no help.html the answer is a clear 404, never the signed-in app's shell.
 */
export function helpPageHandler(webDir: string): (request: FastifyRequest, reply: FastifyReply) => FastifyReply {
  const file = path.join(webDir, 'help.html');
  const html = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  return (_request, reply) => {
    if (!html) throw new HttpError(404, 'not_found', 'The public help page is not built: help.html is missing from the web build.');
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
  };
}
