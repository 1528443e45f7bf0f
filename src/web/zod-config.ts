import { z } from 'zod';

/**
 * The Content Security Policy forbids eval, so zod must not even probe for it: the probe runs
 * when the first object schema is built and, though caught, is reported as a CSP violation on
 * every page load. main.tsx imports this module first, and vite.config.ts bundles it into zod's
 * own chunk, so it runs before any module (in any chunk) builds a schema.
 */
z.config({ jitless: true });
