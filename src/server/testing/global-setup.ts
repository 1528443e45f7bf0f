import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openEmbedded } from '../db/embedded.js';

/**
 * One PostgreSQL server for the whole test run: the embedded one (started
 * from a fresh temporary data folder), or the external server named by
 * DATABASE_URL. Each test file creates its own database on it.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    project.provide('postgresKind', 'external');
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-test-pg-'));
  const server = await openEmbedded(dir);
  project.provide('postgresUrl', server.url);
  project.provide('postgresKind', 'embedded');
  return async () => {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
    postgresKind: 'embedded' | 'external';
  }
}
