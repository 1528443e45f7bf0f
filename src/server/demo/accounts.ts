import { createHmac } from 'node:crypto';
import type pg from 'pg';
import { secondFactorRequired } from '../../core/platform/policy.js';
import type { Role } from '../../core/platform/roles.js';
import { appendAudit } from '../audit/store.js';
import { deriveKey } from '../ops/keys.js';
import { createNetwork, createOrganisation, createUser } from '../platform/provision.js';
import { enrolmentDetails, sealTotp } from '../platform/totp.js';
import { DEMO_LANGUAGES, DEMO_NETWORK_NAME, DEMO_ORGANISATIONS, DEMO_PASSWORD, type DemoOrganisation, type DemoUser } from './network.js';

/** The demo's organisations and accounts, created as `haven init` and `haven org add` / `user add` would. */

/** Why the demo cannot be loaded here: the command line answers with exit code 2. */
export class DemoRefused extends Error {}

export interface DemoAccount {
  readonly id: string;
  readonly orgKey: string;
  readonly userKey: DemoUser['key'];
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly organisation: string;
  /** Base32 TOTP secret, already enrolled; null for roles that sign in without a second factor. */
  readonly totpSecret: string | null;
  readonly otpauthUrl: string | null;
}

export interface CreatedNetwork {
  readonly networkCreated: boolean;
  readonly orgIds: ReadonlyMap<string, string>;
  readonly accounts: readonly DemoAccount[];
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/**
 * A demo user's TOTP secret: derived from this instance's master key and the address, so that
 * running the demo again prints the same secrets, and nobody without the data folder can guess them.
 */
export function demoTotpSecret(masterKey: Buffer, email: string): string {
  return base32(createHmac('sha256', deriveKey(masterKey, 'demo-totp')).update(email.toLowerCase()).digest().subarray(0, 20));
}

const cliAudit = { actorId: null, actorEmail: 'cli', ip: null, outcome: 'success' as const };

/**
 * Creates the demo organisations and their users in the caller's owner transaction. Refuses an
 * instance that already holds data (persons, or organisations besides the first one) unless
 * `force`, and always one that already has the demo network.
 */
export async function createDemoAccounts(c: pg.PoolClient, masterKey: Buffer, force: boolean): Promise<CreatedNetwork> {
  await c.query('LOCK TABLE network IN EXCLUSIVE MODE');
  const counts = (
    await c.query<{ persons: number; orgs: number; network: boolean }>(
      'SELECT (SELECT count(*)::int FROM persons) AS persons, (SELECT count(*)::int FROM organisations) AS orgs, EXISTS (SELECT 1 FROM network) AS network',
    )
  ).rows[0] ?? { persons: 0, orgs: 0, network: false };
  if (!force && (counts.persons > 0 || counts.orgs > 1)) {
    throw new DemoRefused(
      `this instance already holds data (${counts.persons} persons, ${counts.orgs} organisations). Demo data is for trying Haven on an empty instance; add --force to load it anyway.`,
    );
  }
  const names = DEMO_ORGANISATIONS.map((o) => o.name);
  const taken = await c.query<{ name: string }>('SELECT name FROM organisations WHERE lower(name) = ANY($1::text[])', [names.map((n) => n.toLowerCase())]);
  if (taken.rows[0]) throw new DemoRefused(`the demo network is already loaded here (organisation "${taken.rows[0].name}" exists)`);
  const emails = DEMO_ORGANISATIONS.flatMap((o) => o.users.map((u) => u.email));
  const usedEmail = await c.query<{ email: string }>('SELECT email FROM users WHERE lower(email) = ANY($1::text[])', [emails]);
  if (usedEmail.rows[0]) throw new DemoRefused(`a user with the demo address ${usedEmail.rows[0].email} already exists`);

  const networkCreated = !counts.network;
  if (networkCreated) await createNetwork(c, DEMO_NETWORK_NAME, DEMO_LANGUAGES);
  const issuer = networkCreated ? DEMO_NETWORK_NAME : ((await c.query<{ name: string }>('SELECT name FROM network')).rows[0]?.name ?? 'Haven');
  const orgIds = new Map<string, string>();
  const accounts: DemoAccount[] = [];
  for (const org of DEMO_ORGANISATIONS) {
    const orgId = await createOrganisation(c, masterKey, { name: org.name, country: org.country, type: org.type });
    orgIds.set(org.key, orgId);
    await appendAudit(c, {
      ...cliAudit,
      orgId,
      action: networkCreated && accounts.length === 0 ? 'cli.init' : 'cli.org-add',
      recordType: 'organisation',
      recordId: orgId,
    });
    await c.query('INSERT INTO case_settings (org_id, reflection_days, reminder_days_before) VALUES ($1, $2, 7)', [orgId, org.reflectionDays]);
    accounts.push(...(await createStaff(c, masterKey, org, orgId, networkCreated, issuer)));
  }
  return { networkCreated, orgIds, accounts };
}

async function createStaff(
  c: pg.PoolClient,
  masterKey: Buffer,
  org: DemoOrganisation,
  orgId: string,
  networkCreated: boolean,
  issuer: string,
): Promise<DemoAccount[]> {
  const out: DemoAccount[] = [];
  for (const u of org.users) {
    // Only a demo that set up the network names a network administrator of its own.
    const roles = networkCreated ? u.roles : u.roles.filter((r) => r !== 'network-admin');
    const id = await createUser(c, { orgId, email: u.email, name: u.name, roles, language: u.language, password: DEMO_PASSWORD });
    await appendAudit(c, { ...cliAudit, orgId, action: 'cli.user-add', recordType: 'user', recordId: id });
    let totpSecret: string | null = null;
    let otpauthUrl: string | null = null;
    if (secondFactorRequired(roles)) {
      totpSecret = demoTotpSecret(masterKey, u.email);
      otpauthUrl = (await enrolmentDetails(totpSecret, issuer, u.email)).otpauthUrl;
      await c.query('UPDATE users SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1', [id, sealTotp(masterKey, id, totpSecret)]);
    }
    out.push({ id, orgKey: org.key, userKey: u.key, email: u.email, name: u.name, roles, organisation: org.name, totpSecret, otpauthUrl });
  }
  // The supervisor supervises the first two caseworkers; the third works on their own.
  const supervisor = out.find((a) => a.userKey === 'supervisor');
  const supervised = out.filter((a) => a.userKey === 'cw1' || a.userKey === 'cw2').map((a) => a.id);
  if (supervisor) await c.query('UPDATE users SET supervisor_id = $1 WHERE id = ANY($2::uuid[])', [supervisor.id, supervised]);
  return out;
}
