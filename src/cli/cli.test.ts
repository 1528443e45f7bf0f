import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Run, runHaven } from './testing.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../server/config.js';
import { createLogger } from '../server/ops/logger.js';
import { type Platform, startPlatform } from '../server/platform-server.js';
import { ApiClient } from '../server/testing/client.js';
import { freshDatabaseUrl } from '../server/testing/harness.js';

function haven(args: string[], env: Record<string, string>): Promise<Run> {
  return runHaven(args, env);
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-cli-'));
let env: Record<string, string>;

beforeAll(async () => {
  env = { HAVEN_DATA_DIR: dataDir, DATABASE_URL: await freshDatabaseUrl() };
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('haven command line', () => {
  it('has help for every command', async () => {
    const top = await haven(['--help'], env);
    expect(top.code).toBe(0);
    for (const cmd of ['init', 'org', 'user', 'token', 'audit', 'serve', 'backup', 'restore']) expect(top.stdout).toContain(cmd);
    const init = await haven(['init', '--help'], env);
    expect(init.stdout).toContain('--admin-email');
  });

  it('sets up, adds organisations, users and tokens, refusing bad input clearly', async () => {
    const badCountry = await haven(['init', '--network', 'N', '--org', 'Org A', '--country', 'Greece', '--admin-email', 'a@example.org', '--admin-password', 'correct horse battery staple'], env);
    expect(badCountry.code).toBe(2);
    expect(badCountry.stderr).toMatch(/--country must be an ISO 3166-1 alpha-3 code/);
    const missing = await haven(['init', '--network', 'N'], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/required option/);

    const init = await haven(['init', '--network', 'Balkan Network', '--org', 'Org A', '--country', 'srb', '--admin-email', 'a@example.org', '--admin-password', 'correct horse battery staple'], env);
    expect(init.stderr).toContain('Set up');
    expect(init.code).toBe(0);
    expect((await haven(['init', '--network', 'N', '--org', 'O', '--country', 'SRB', '--admin-email', 'b@example.org', '--admin-password', 'correct horse battery staple'], env)).stderr).toMatch(/already set up/);

    expect((await haven(['org', 'add', '--name', 'Org B', '--country', 'ALB', '--type', 'charity'], env)).stderr).toMatch(/--type must be one of/);
    const org = await haven(['org', 'add', '--name', 'Org B', '--country', 'ALB', '--type', 'legal-service'], env);
    expect(org.code).toBe(0);
    expect(org.stdout.trim()).toMatch(/^[0-9a-f-]{36}$/);

    const weak = await haven(['user', 'add', '--org', 'Org B', '--email', 'x@example.org', '--role', 'analyst', '--password', 'password1234'], env);
    expect(weak.code).toBe(2);
    expect(weak.stderr).toMatch(/common passwords/);
    expect((await haven(['user', 'add', '--org', 'Nowhere', '--email', 'x@example.org', '--role', 'analyst', '--password', 'a long enough secret'], env)).stderr).toMatch(/no organisation named "Nowhere"/);
    expect((await haven(['user', 'add', '--org', 'Org B', '--email', 'x@example.org', '--role', 'boss', '--password', 'a long enough secret'], env)).stderr).toMatch(/--role must be/);
    const added = await haven(['user', 'add', '--org', 'Org B', '--email', 'analyst@example.org', '--role', 'analyst', '--password', 'a long enough secret'], env);
    expect(added.code).toBe(0);

    const token = await haven(['token', 'create', '--email', 'analyst@example.org', '--name', 'reporting'], env);
    expect(token.code).toBe(0);
    expect(token.stdout).toMatch(/^hvn_[A-Za-z0-9_-]{40,}\n$/);

    // the token works against the platform on the same database, with the user's permissions
    const config = { ...loadConfig({ HAVEN_DATA_DIR: dataDir, DATABASE_URL: env.DATABASE_URL, PORT: '0', HOST: '127.0.0.1' }) };
    const platform: Platform = await startPlatform({ config, log: createLogger('silent'), serveWeb: false, pidFile: false });
    try {
      const api = new ApiClient(platform.url);
      api.bearer = token.stdout.trim();
      expect((await api.get('/api/me')).body).toMatchObject({ user: { email: 'analyst@example.org', roles: ['analyst'] } });
      expect((await api.get('/api/organisations')).status).toBe(200);
      expect((await api.get('/api/users')).status).toBe(403);
    } finally {
      await platform.close();
    }
  });

  it('verifies the audit trail and names the first broken entry', async () => {
    const ok = await haven(['audit', 'verify'], env);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^OK: \d+ entries/);
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    await client.connect();
    try {
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      await client.query("UPDATE audit_log SET action = 'cli.forged' WHERE seq = 2");
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    } finally {
      await client.end();
    }
    const broken = await haven(['audit', 'verify'], env);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/BROKEN at entry 2/);
  });

  it.skipIf(inject('postgresKind') === 'external')('starts the embedded database itself when the platform is not running, and stops it after', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-cli-embedded-'));
    try {
      const run = await haven(['init', '--network', 'N', '--org', 'O', '--country', 'LTU', '--admin-email', 'a@example.org', '--admin-password', 'correct horse battery staple'], { HAVEN_DATA_DIR: dir, DATABASE_URL: '' });
      expect(run.stderr).toContain('Set up');
      expect(run.code).toBe(0);
      expect(fs.existsSync(path.join(dir, 'pg', 'PG_VERSION'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'pg', 'postmaster.pid'))).toBe(false);
      const again = await haven(['user', 'add', '--org', 'O', '--email', 'c@example.org', '--role', 'trainer', '--password', 'a long enough secret'], { HAVEN_DATA_DIR: dir, DATABASE_URL: '' });
      expect(again.code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('haven backup and restore', () => {
  it('backs up, refuses a wrong passphrase and a tampered file clearly, and restores into an empty database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-cli-backup-'));
    try {
      const src = { HAVEN_DATA_DIR: path.join(dir, 'a'), DATABASE_URL: await freshDatabaseUrl() };
      expect((await haven(['init', '--network', 'N', '--org', 'O', '--country', 'MKD', '--admin-email', 'a@example.org', '--admin-password', 'correct horse battery staple'], src)).code).toBe(0);
      fs.writeFileSync(path.join(dir, 'pass'), 'a long backup passphrase\n');
      fs.writeFileSync(path.join(dir, 'wrong'), 'another long passphrase\n');
      const out = path.join(dir, 'haven.backup');
      const backup = await haven(['backup', '--out', out, '--passphrase-file', path.join(dir, 'pass')], src);
      expect(backup.stderr).toMatch(/Backup written/);
      expect(backup.code).toBe(0);
      expect((await haven(['backup', '--out', out, '--passphrase-file', path.join(dir, 'pass')], src)).stderr).toMatch(/already exists/);

      const target = { HAVEN_DATA_DIR: path.join(dir, 'b'), DATABASE_URL: await freshDatabaseUrl() };
      const wrong = await haven(['restore', '--in', out, '--passphrase-file', path.join(dir, 'wrong')], target);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/passphrase or key does not open this backup/);
      const tampered = path.join(dir, 'tampered.backup');
      const bytes = fs.readFileSync(out);
      bytes[bytes.length - 40] = (bytes[bytes.length - 40] ?? 0) ^ 0xff;
      fs.writeFileSync(tampered, bytes);
      const damaged = await haven(['restore', '--in', tampered, '--passphrase-file', path.join(dir, 'pass')], target);
      expect(damaged.code).toBe(2);
      expect(damaged.stderr).toMatch(/damaged/);

      const restored = await haven(['restore', '--in', out, '--passphrase-file', path.join(dir, 'pass')], target);
      expect(restored.stderr).toMatch(/Restored \d+ rows/);
      expect(restored.code).toBe(0);
      expect(fs.readFileSync(path.join(dir, 'b', 'master.key'), 'utf8')).toBe(fs.readFileSync(path.join(dir, 'a', 'master.key'), 'utf8'));
      expect((await haven(['audit', 'verify'], target)).stdout).toMatch(/^OK/);
      expect((await haven(['restore', '--in', out, '--passphrase-file', path.join(dir, 'pass')], target)).stderr).toMatch(/not empty|empty/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
