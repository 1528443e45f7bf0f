/**
 * The organisation and users of `bench/cases.ts`, created with Haven's provisioning code: one
 * organisation (and a partner to refer cases to), administrators, supervisors and caseworkers,
 * each with a second factor already enrolled (a TOTP secret the benchmark knows).
 */
import type { Database } from '../src/server/db/database.js';
import { asOwner, createNetwork, createOrganisation, createUser } from '../src/server/platform/provision.js';
import { newTotpSecret, sealTotp } from '../src/server/platform/totp.js';

export interface BenchUser {
  readonly id: string;
  readonly email: string;
  readonly role: 'org-admin' | 'supervisor' | 'caseworker';
  readonly totpSecret: string;
  /** A random case (1-based index) this user may read. */
  readonly pick: (r: () => number) => number;
}

export interface BenchSetup {
  readonly orgId: string;
  readonly partnerOrgId: string;
  readonly password: string;
  readonly users: readonly BenchUser[];
  /** Case i (1-based) is caseworkerIds[(i - 1) % caseworkerIds.length]'s. */
  readonly caseworkerIds: readonly string[];
  readonly canRead: (email: string, caseIndex: number) => boolean;
}

export const BENCH_PASSWORD = 'bench password for case pages';

/** `n` users: a fifth administrators, a tenth supervisors (each supervising some caseworkers), the rest caseworkers. */
export async function provision(db: Database, masterKey: Buffer, n: number, people: number): Promise<BenchSetup> {
  const admins = Math.max(1, Math.round(n * 0.2));
  const supervisors = Math.max(1, Math.round(n * 0.1));
  const workers = Math.max(1, n - admins - supervisors);
  return asOwner(db.owner, async (c) => {
    await createNetwork(c, 'Benchmark network', ['en']);
    const orgId = await createOrganisation(c, masterKey, { name: 'Benchmark shelter', country: 'GRC', type: 'ngo' });
    const partnerOrgId = await createOrganisation(c, masterKey, { name: 'Partner centre', country: 'BEL', type: 'ngo' });
    const users: BenchUser[] = [];
    const add = async (email: string, role: BenchUser['role'], pick: BenchUser['pick']) => {
      const id = await createUser(c, { orgId, email, name: email.split('@')[0] ?? email, roles: [role], password: BENCH_PASSWORD });
      const totpSecret = newTotpSecret();
      await c.query('UPDATE users SET totp_secret = $2, totp_enabled_at = now() WHERE id = $1', [id, sealTotp(masterKey, id, totpSecret)]);
      users.push({ id, email, role, totpSecret, pick });
      return id;
    };
    const perWorker = Math.max(1, Math.floor(people / workers));
    const caseOf = (k: number, r: () => number) => k + 1 + workers * Math.floor(r() * perWorker);
    for (let a = 0; a < admins; a++) await add(`admin${a + 1}@bench.example`, 'org-admin', (r) => 1 + Math.floor(r() * people));
    const supervisorIds: string[] = [];
    for (let s = 0; s < supervisors; s++) {
      const mine = Array.from({ length: workers }, (_, k) => k).filter((k) => k % supervisors === s);
      supervisorIds.push(await add(`supervisor${s + 1}@bench.example`, 'supervisor', (r) => caseOf(mine[Math.floor(r() * mine.length)] ?? 0, r)));
    }
    const caseworkerIds: string[] = [];
    for (let k = 0; k < workers; k++) {
      const id = await add(`caseworker${k + 1}@bench.example`, 'caseworker', (r) => caseOf(k, r));
      caseworkerIds.push(id);
      await c.query('UPDATE users SET supervisor_id = $2 WHERE id = $1', [id, supervisorIds[k % supervisors]]);
    }
    const canRead = (email: string, i: number) => {
      const k = (i - 1) % workers;
      if (email.startsWith('admin')) return true;
      if (email.startsWith('supervisor')) return k % supervisors === Number(email.slice('supervisor'.length).split('@')[0]) - 1;
      return k === Number(email.slice('caseworker'.length).split('@')[0]) - 1;
    };
    return { orgId, partnerOrgId, password: BENCH_PASSWORD, users, caseworkerIds, canRead };
  });
}
