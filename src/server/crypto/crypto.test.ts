import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { loadMasterKey } from '../ops/keys.js';
import { createLogger } from '../ops/logger.js';
import { startPlatform } from '../platform-server.js';
import { asOwner } from '../platform/provision.js';
import { ApiClient, PASSWORD, type SignedInUser, setUp, totp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';
import { OrgKeys, openJson, openValue, sealJson, sealValue } from './org-keys.js';
import { newMasterKey, rotateMasterKey } from './rotate.js';

const root = path.resolve(import.meta.dirname, '../../..');
let p: TestPlatform;
let admin: SignedInUser;
let otherOrg: string;

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url);
  const created = await admin.client.post<{ id: string }>('/api/organisations', { name: 'Second Org', country: 'ALB', type: 'ngo' });
  otherOrg = created.body.id;
});
afterAll(async () => {
  await p?.close();
});

function restart(dataDir: string, databaseUrl: string) {
  const config = loadConfig({ HAVEN_DATA_DIR: dataDir, DATABASE_URL: databaseUrl, PORT: '0', HOST: '127.0.0.1' });
  return startPlatform({ config, log: createLogger('silent'), serveWeb: false, pidFile: false });
}

describe('organisation data keys', () => {
  it('open only inside their own organisation’s transaction, and the request role cannot read them directly', async () => {
    const keys = new OrgKeys(p.services.masterKey);
    const key = await p.db.tenant({ orgId: admin.orgId }, (c) => keys.keyFor(c, admin.orgId));
    expect(key).toHaveLength(32);
    await expect(p.db.tenant({ orgId: admin.orgId }, (c) => keys.keyFor(c, otherOrg))).rejects.toThrow(/no data key/);
    await expect(p.db.tenant({ orgId: admin.orgId }, (c) => c.query('SELECT wrapped_key FROM organisations'))).rejects.toThrow(/permission denied/);
    const other = await p.db.tenant({ orgId: otherOrg }, (c) => keys.keyFor(c, otherOrg));
    expect(other.equals(key)).toBe(false);
  });

  it('seal values bound to their place: another row or column does not open them', async () => {
    const key = await p.db.tenant({ orgId: admin.orgId }, (c) => new OrgKeys(p.services.masterKey).keyFor(c, admin.orgId));
    const sealed = sealValue(key, 'Οδός Εγνατίας 1, Θεσσαλονίκη', 'persons.address:1');
    expect(sealed.toString('utf8')).not.toContain('Θεσσαλονίκη');
    expect(openValue(key, sealed, 'persons.address:1')).toBe('Οδός Εγνατίας 1, Θεσσαλονίκη');
    expect(() => openValue(key, sealed, 'persons.address:2')).toThrow();
    const doc = sealJson(key, { type: 'passport', number: 'AB123456', heldBySomeoneElse: true }, 'persons.documents:1');
    expect(openJson(key, doc, 'persons.documents:1')).toEqual({ type: 'passport', number: 'AB123456', heldBySomeoneElse: true });
  });
});

describe('master key rotation', () => {
  it('haven keys rotate re-wraps every key; second factors keep working and the old key no longer opens the data', async () => {
    const oldKey = loadMasterKey(p.dataDir).key;
    await p.close(); // rotation needs the platform stopped; close() also removes the data folder, so keep a copy
    fs.mkdirSync(p.dataDir, { recursive: true });
    fs.writeFileSync(path.join(p.dataDir, 'master.key'), `${oldKey.toString('base64')}\n`, { mode: 0o600 });
    const run = await new Promise<{ code: number; err: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/run.ts'), 'keys', 'rotate'], {
        cwd: root,
        env: { ...process.env, HAVEN_DATA_DIR: p.dataDir, DATABASE_URL: p.databaseUrl },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      child.stderr.on('data', (d) => {
        err += String(d);
      });
      child.on('exit', (code) => resolve({ code: code ?? -1, err }));
    });
    expect(run.err).toMatch(/Rotated: 2 organisation keys and 1 second-factor secret\(s\)/);
    expect(run.code).toBe(0);
    const newKey = loadMasterKey(p.dataDir).key;
    expect(newKey.equals(oldKey)).toBe(false);

    const again = await restart(p.dataDir, p.databaseUrl);
    try {
      const c = new ApiClient(again.url);
      expect((await c.post('/api/auth/sign-in', { email: admin.email, password: PASSWORD, totp: totp(admin.totpSecret ?? '', 1) })).status).toBe(200);
    } finally {
      await again.close();
    }
    // The old key is refused with a clear message.
    fs.writeFileSync(path.join(p.dataDir, 'master.key'), `${oldKey.toString('base64')}\n`, { mode: 0o600 });
    await expect(restart(p.dataDir, p.databaseUrl)).rejects.toThrow(/does not open the organisation keys/);
    fs.writeFileSync(path.join(p.dataDir, 'master.key'), `${newKey.toString('base64')}\n`, { mode: 0o600 });
  });

  it('finishes a rotation that was interrupted after its commit', async () => {
    const current = loadMasterKey(p.dataDir).key;
    const next = newMasterKey();
    const plat = await restart(p.dataDir, p.databaseUrl);
    await asOwner(plat.db.owner, (c) => rotateMasterKey(c, current, next));
    await plat.close();
    fs.writeFileSync(path.join(p.dataDir, 'master.key.new'), `${next.toString('base64')}\n`, { mode: 0o600 });
    const resumed = await restart(p.dataDir, p.databaseUrl);
    try {
      expect(loadMasterKey(p.dataDir).key.equals(next)).toBe(true);
      expect(fs.existsSync(path.join(p.dataDir, 'master.key.new'))).toBe(false);
      expect(resumed.services.masterKey.equals(next)).toBe(true);
      expect((await new ApiClient(resumed.url).get('/api/health')).status).toBe(200);
    } finally {
      await resumed.close();
      fs.rmSync(p.dataDir, { recursive: true, force: true });
    }
  });
});
