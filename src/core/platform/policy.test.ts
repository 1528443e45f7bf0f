import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, assignableRoles, can, permissionsOf, secondFactorRequired } from './policy.js';
import { ROLES } from './roles.js';

const uuid = fc.uuid();
const roles = fc.subarray([...ROLES], { minLength: 1 });

describe('policy', () => {
  it('grants an action exactly when one of the roles holds it', () => {
    fc.assert(
      fc.property(uuid, roles, fc.constantFrom(...ACTIONS), (orgId, rs, action) => {
        expect(can({ id: orgId, orgId, roles: rs }, action)).toBe(permissionsOf(rs).has(action));
      }),
    );
  });

  it('never lets a user act on another organisation’s record, except network-wide actions', () => {
    fc.assert(
      fc.property(uuid, uuid, roles, fc.constantFrom(...ACTIONS), (a, b, rs, action) => {
        fc.pre(a !== b);
        const allowed = can({ id: a, orgId: a, roles: rs }, action, { orgId: b });
        if (allowed)
          expect([
            'organisations:list',
            'organisations:create',
            'network:read',
            'network:update',
            'organisations:update',
            'directory:curate',
            'pathways:write',
            'stats:network',
            'campaigns:read',
            'help:settings',
            'courses:learn',
            'capacity:read',
            'strategy:write',
            'recommendations:read',
            'recommendations:write',
          ]).toContain(action);
        if (
          allowed &&
          ['organisations:update', 'directory:curate', 'pathways:write', 'help:settings', 'strategy:write', 'recommendations:write'].includes(action)
        )
          expect(rs).toContain('network-admin');
      }),
    );
  });

  it('refuses nobody and the analyst never reads a person', () => {
    expect(can(null, 'network:read')).toBe(false);
    expect(can({ id: 'x', orgId: 'o', roles: ['analyst'] }, 'person:read')).toBe(false);
    // Analysts see counts and anonymised files, never a record, a list or linkage keys.
    for (const action of ['cases:read', 'persons:read', 'contacts:read', 'lists:export', 'cases:exchange', 'linkage:keys'] as const)
      expect(can({ id: 'x', orgId: 'o', roles: ['analyst'] }, action)).toBe(false);
    for (const action of ['stats:organisation', 'stats:network', 'data:anonymise'] as const)
      expect(can({ id: 'x', orgId: 'o', roles: ['analyst'] }, action)).toBe(true);
    expect(can({ id: 'x', orgId: 'o', roles: ['caseworker'] }, 'person:read')).toBe(true);
  });

  it('requires a second factor for every role that can read a person, and for administrators', () => {
    for (const role of ROLES) {
      const reads = permissionsOf([role]).has('person:read');
      if (reads) expect(secondFactorRequired([role])).toBe(true);
    }
    expect(secondFactorRequired(['org-admin'])).toBe(true);
    expect(secondFactorRequired(['analyst'])).toBe(false);
  });

  it('lets only network administrators hand out the network-admin role', () => {
    expect(assignableRoles(['org-admin'])).not.toContain('network-admin');
    expect(assignableRoles(['network-admin'])).toContain('network-admin');
  });
});
