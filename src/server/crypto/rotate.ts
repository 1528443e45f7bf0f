import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type pg from 'pg';
import { deriveKey, open, parseKey, seal, unwrapOrgKey } from '../ops/keys.js';
import { rewrapReferralKey } from './referral-keys.js';

/**
 * Master-key rotation: every organisation's data key is unwrapped with the old
 * master key and wrapped with the new one, and the secrets sealed with keys
 * derived from the master key (TOTP secrets) are sealed again, all in one
 * transaction. Data encrypted under the organisations' data keys is not
 * touched: their keys do not change, only their wrapping.
 */

export interface RotationResult {
  readonly organisations: number;
  readonly totpSecrets: number;
}

/** Checks that a master key opens this database's organisation keys (undefined when there is none yet). */
export async function masterKeyOpens(pool: pg.Pool, masterKey: Buffer): Promise<boolean | undefined> {
  const { rows } = await pool.query<{ id: string; wrapped_key: Buffer }>('SELECT id, wrapped_key FROM organisations LIMIT 1');
  const row = rows[0];
  if (!row) return undefined;
  try {
    unwrapOrgKey(masterKey, row.id, row.wrapped_key);
    return true;
  } catch {
    return false;
  }
}

export function newMasterKey(): Buffer {
  return randomBytes(32);
}

export async function rotateMasterKey(client: pg.PoolClient, oldKey: Buffer, newKey: Buffer): Promise<RotationResult> {
  const wrapOld = deriveKey(oldKey, 'wrap-org-keys');
  const wrapNew = deriveKey(newKey, 'wrap-org-keys');
  const orgs = await client.query<{ id: string; wrapped_key: Buffer }>('SELECT id, wrapped_key FROM organisations ORDER BY id FOR UPDATE');
  for (const org of orgs.rows) {
    const aad = `org:${org.id}`;
    const rewrapped = seal(wrapNew, open(wrapOld, org.wrapped_key, aad), aad);
    await client.query('UPDATE organisations SET wrapped_key = $2 WHERE id = $1', [org.id, rewrapped]);
  }
  // Referrals carry keys of their own, wrapped the same way.
  const referrals = await client.query<{ id: string; wrapped_key: Buffer }>('SELECT id, wrapped_key FROM referrals ORDER BY id FOR UPDATE');
  for (const r of referrals.rows)
    await client.query('UPDATE referrals SET wrapped_key = $2 WHERE id = $1', [r.id, rewrapReferralKey(oldKey, newKey, r.id, r.wrapped_key)]);
  const totpOld = deriveKey(oldKey, 'totp-secrets');
  const totpNew = deriveKey(newKey, 'totp-secrets');
  const users = await client.query<{ id: string; totp_secret: Buffer | null; totp_pending: Buffer | null }>(
    'SELECT id, totp_secret, totp_pending FROM users WHERE totp_secret IS NOT NULL OR totp_pending IS NOT NULL ORDER BY id FOR UPDATE',
  );
  let secrets = 0;
  const reseal = (v: Buffer | null, aad: string) => (v ? seal(totpNew, open(totpOld, v, aad), aad) : null);
  for (const u of users.rows) {
    const aad = `totp:${u.id}`;
    await client.query('UPDATE users SET totp_secret = $2, totp_pending = $3 WHERE id = $1', [u.id, reseal(u.totp_secret, aad), reseal(u.totp_pending, aad)]);
    secrets += (u.totp_secret ? 1 : 0) + (u.totp_pending ? 1 : 0);
  }
  return { organisations: orgs.rowCount ?? 0, totpSecrets: secrets };
}

/**
 * At start-up: the master key must open this database's organisation keys. A
 * rotation interrupted between its commit and the renaming of master.key.new
 * is finished here; any other mismatch stops the start with a clear message.
 */
export async function confirmMasterKey(pool: pg.Pool, dataDir: string, key: Buffer, fromEnvironment: boolean): Promise<Buffer> {
  if ((await masterKeyOpens(pool, key)) !== false) return key;
  const pending = path.join(dataDir, 'master.key.new');
  if (!fromEnvironment && fs.existsSync(pending)) {
    const candidate = parseKey(fs.readFileSync(pending, 'utf8'));
    if (await masterKeyOpens(pool, candidate)) {
      fs.renameSync(pending, path.join(dataDir, 'master.key'));
      return candidate;
    }
  }
  throw new Error(
    fromEnvironment
      ? 'HAVEN_MASTER_KEY does not open the organisation keys in this database: it belongs to another installation, or the key was rotated. Set it to the right key.'
      : `The master key in ${path.join(dataDir, 'master.key')} does not open the organisation keys in this database: restore the right key file (or set HAVEN_MASTER_KEY).`,
  );
}
