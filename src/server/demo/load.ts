import { todayUtc } from '../../core/cases/dates.js';
import { OrgKeys } from '../crypto/org-keys.js';
import type { Database } from '../db/database.js';
import { asOwner } from '../platform/provision.js';
import { createDemoAccounts, type DemoAccount } from './accounts.js';
import { DEMO_PASSWORD } from './network.js';
import { DEFAULT_PERSONS_PER_ORG, DEFAULT_SEED, demoPlan } from './plan.js';
import { writeReferralDemo } from './referrals.js';
import { writeCampaignDemo } from './campaigns.js';
import { writeCapacityDemo } from './capacity.js';
import { writeOrganisation } from './write.js';

/** `haven demo`: the whole demo network, from organisations and accounts to months of case work. */

export interface DemoLoadOptions {
  readonly force?: boolean;
  readonly seed?: number;
  readonly personsPerOrg?: number;
  readonly progress?: (line: string) => void;
}

export interface DemoSummary {
  readonly networkCreated: boolean;
  readonly password: string;
  readonly accounts: readonly DemoAccount[];
  readonly organisations: readonly { name: string; country: string; persons: number; cases: number; entries: number }[];
}

export async function loadDemo(db: Database, masterKey: Buffer, options: DemoLoadOptions = {}): Promise<DemoSummary> {
  const progress = options.progress ?? (() => undefined);
  const plan = demoPlan({ seed: options.seed ?? DEFAULT_SEED, today: todayUtc(), personsPerOrg: options.personsPerOrg ?? DEFAULT_PERSONS_PER_ORG });
  progress('creating the organisations and their accounts');
  const created = await asOwner(db.owner, (c) => createDemoAccounts(c, masterKey, options.force ?? false));
  const orgKeys = new OrgKeys(masterKey);
  const organisations: DemoSummary['organisations'][number][] = [];
  for (const p of plan) {
    const written = await writeOrganisation(db, orgKeys, p, created);
    organisations.push({ name: p.org.name, country: p.org.country, persons: written.persons, cases: written.cases, entries: written.entries });
    progress(`${p.org.name}: ${written.persons} persons, ${written.cases} cases, ${written.entries} entries`);
  }
  const r = await writeReferralDemo(db, masterKey, orgKeys, created, { seed: options.seed ?? DEFAULT_SEED });
  progress(
    `service directory: ${r.services} services of ${r.organizations} organisations; ${r.pathways} pathways; ${r.referrals} referrals between the organisations`,
  );
  const cm = await writeCampaignDemo(db, created, { seed: options.seed ?? DEFAULT_SEED });
  progress(`campaigns: ${cm.campaigns} with ${cm.activities} activities`);
  const cp = await writeCapacityDemo(db, created);
  progress(`peer exchange: ${cp.assessments} self-assessments, ${cp.offers} offers, ${cp.exchanges} exchanges; ${cp.commitments} strategy commitments`);
  return { networkCreated: created.networkCreated, password: DEMO_PASSWORD, accounts: created.accounts, organisations };
}
