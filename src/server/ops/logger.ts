import pino from 'pino';

/**
 * Structured logs with no personal data: request logs carry method, route,
 * status, timing and ids; anything that could hold personal data (bodies,
 * cookies, authorisation, e-mail addresses, names) is never logged, and these
 * paths are redacted in case a caller passes them by mistake.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): pino.Logger {
  return pino(
    {
      level,
      base: { service: 'haven' },
      redact: {
        paths: [
          'req.headers.cookie',
          'req.headers.authorization',
          'req.headers["x-csrf-token"]',
          'body',
          'email',
          'name',
          'password',
          '*.email',
          '*.name',
          '*.password',
        ],
        censor: '[redacted]',
      },
      serializers: {
        req: (req: { method: string; routeOptions?: { url?: string }; url: string; id: string }) => ({
          method: req.method,
          route: req.routeOptions?.url ?? 'unmatched',
          id: req.id,
        }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
    },
    destination,
  );
}
