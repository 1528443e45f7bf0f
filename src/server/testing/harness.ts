import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { loadConfig } from '../config.js';
import { createLogger } from '../ops/logger.js';
import { type Platform, startPlatform } from '../platform-server.js';
import { DEFAULT_SIGNIN_LIMITS, type SignInLimits } from '../services.js';

/** A fresh database on the test run's PostgreSQL server. */
export async function freshDatabaseUrl(): Promise<string> {
  const base = inject('postgresUrl');
  const name = `haven_t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8'`);
  } finally {
    await client.end();
  }
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
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
