import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canReadCase, canSeeCaseExists } from '../../core/cases/visibility.js';
import type { Role } from '../../core/platform/roles.js';
import { type SignedInUser, setUp } from '../testing/client.js';
import { type TestPlatform, startTestPlatform } from '../testing/harness.js';
import { Params, type Viewer, caseReadableSql, caseVisibleSql } from './access.js';

/**
 * The SQL predicates that lists and reads use (access.ts) decide exactly as the pure rules of
 * src/core/cases/visibility.ts, for random cases and viewers.
 */

let p: TestPlatform;
let admin: SignedInUser;
let personId: string;
const USERS = Array.from({ length: 5 }, () => randomUUID());

beforeAll(async () => {
  p = await startTestPlatform();
  admin = await setUp(p.url, 'admin@example.org', 'Helping Hands');
  for (const [i, id] of USERS.entries()) {
    await p.db.owner.query("INSERT INTO users (id, org_id, email, name, roles, status) VALUES ($1, $2, $3, $4, '{caseworker}', 'active')", [id, admin.orgId, `u${i}@example.org`, `User ${i}`]);
  }
  personId = randomUUID();
  await p.db.owner.query('INSERT INTO persons (id, org_id) VALUES ($1, $2)', [personId, admin.orgId]);
});

afterAll(async () => {
  await p?.close();
});

const user = fc.constantFrom(...USERS);
const roleSet = fc.subarray<Role>(['caseworker', 'supervisor', 'org-admin', 'analyst', 'hotline-operator'], { minLength: 1 });

describe('case visibility in SQL', () => {
  it('agrees with canReadCase and canSeeCaseExists', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          caseworker: fc.option(user, { nil: null }),
          team: fc.uniqueArray(user, { maxLength: 3 }),
          restricted: fc.option(fc.uniqueArray(user, { maxLength: 3 }), { nil: null }),
          viewer: user,
          roles: roleSet,
          staff: fc.uniqueArray(user, { maxLength: 3 }),
        }),
        async (f) => {
          const caseId = randomUUID();
          await p.db.owner.query('INSERT INTO cases (id, org_id, person_id, number, opened_on, caseworker_id, team_ids, restricted_to) VALUES ($1, $2, $3, $4, current_date, $5, $6, $7)', [
            caseId,
            admin.orgId,
            personId,
            ++n,
            f.caseworker,
            f.team,
            f.restricted,
          ]);
          const staffIds = f.roles.includes('supervisor') ? f.staff : [];
          const v: Viewer = { id: f.viewer, orgId: admin.orgId, roles: f.roles, admin: f.roles.includes('org-admin'), caseRole: f.roles.some((r) => ['caseworker', 'supervisor', 'org-admin'].includes(r)), staffIds };
          const params = new Params();
          const readable = caseReadableSql('c', v, params);
          const visible = caseVisibleSql('c', v, params);
          const { rows } = await p.db.owner.query<{ r: boolean; s: boolean }>(`SELECT ${readable} AS r, ${visible} AS s FROM cases c WHERE c.id = ${params.add(caseId)}`, params.values);
          const facts = { orgId: admin.orgId, caseworkerId: f.caseworker, teamIds: f.team, restrictedTo: f.restricted };
          expect(rows[0]?.r).toBe(canReadCase(v, facts, staffIds));
          expect(rows[0]?.s).toBe(canSeeCaseExists(v, facts, staffIds));
        },
      ),
      { numRuns: 300 },
    );
  });
});
