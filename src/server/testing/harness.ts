import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { loadConfig } from '../config.js';
import { createFreshDatabase } from '../db/fresh-database.js';
import { createLogger } from '../ops/logger.js';
import { type Platform, startPlatform } from '../platform-server.js';
import { DEFAULT_SIGNIN_LIMITS, type SignInLimits } from '../services.js';

/** A fresh database on the test run's PostgreSQL server. */
export async function freshDatabaseUrl(): Promise<string> {
  return (await createFreshDatabase(inject('postgresUrl'), 'haven_t')).url;
}

export const FAST_SIGNIN: SignInLimits = { ...DEFAULT_SIGNIN_LIMITS, baseDelayMs: 50, maxDelayMs: 200 };

export interface TestPlatform extends Platform {
  readonly dataDir: string;
  readonly databaseUrl: string;
}

/** The real HTTP server on a fresh database, listening on a free loopback port. */
export async function startTestPlatform(opts: { signIn?: SignInLimits; env?: Record<string, string> } = {}): Promise<TestPlatform> {
  const databaseUrl = await freshDatabaseUrl();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-test-data-'));
  const config = { ...loadConfig({ ...opts.env, HAVEN_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1' }), logLevel: 'silent' };
  const platform = await startPlatform({ config, log: createLogger('silent'), signIn: opts.signIn ?? FAST_SIGNIN, serveWeb: false, pidFile: false });
  return {
    ...platform,
    dataDir,
    databaseUrl,
    async close() {
      await platform.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
