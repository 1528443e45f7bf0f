import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../platform/roles.js';
import { type CaseAccessFacts, type CaseViewer, canReadCase, canSeeCaseExists } from './visibility.js';

const ORG = 'org-1';
const OTHER = 'org-2';
const user = (id: string, ...roles: CaseViewer['roles']): CaseViewer => ({ id, orgId: ORG, roles });
const kase = (over: Partial<CaseAccessFacts> = {}): CaseAccessFacts => ({ orgId: ORG, caseworkerId: 'cw', teamIds: ['tm'], restrictedTo: null, ...over });

describe('case visibility', () => {
  it('caseworkers read their own and assigned cases only', () => {
    expect(canReadCase(user('cw', 'caseworker'), kase(), [])).toBe(true);
    expect(canReadCase(user('tm', 'caseworker'), kase(), [])).toBe(true);
    expect(canReadCase(user('other', 'caseworker'), kase(), [])).toBe(false);
    expect(canSeeCaseExists(user('other', 'caseworker'), kase(), [])).toBe(false);
  });

  it('supervisors read their team’s cases', () => {
    expect(canReadCase(user('sv', 'supervisor'), kase(), ['cw'])).toBe(true);
    expect(canReadCase(user('sv', 'supervisor'), kase(), ['tm'])).toBe(true);
    expect(canReadCase(user('sv', 'supervisor'), kase(), ['someone'])).toBe(false);
    expect(canReadCase(user('sv', 'caseworker'), kase(), ['cw'])).toBe(false);
  });

  it('organisation administrators read all of their organisation’s cases, but not restricted ones', () => {
    expect(canReadCase(user('adm', 'org-admin'), kase(), [])).toBe(true);
    expect(canReadCase(user('adm', 'org-admin'), kase({ restrictedTo: ['cw'] }), [])).toBe(false);
    expect(canSeeCaseExists(user('adm', 'org-admin'), kase({ restrictedTo: ['cw'] }), [])).toBe(true);
    expect(canReadCase(user('adm', 'org-admin'), kase({ restrictedTo: ['adm'] }), [])).toBe(true);
  });

  it('a restricted case is read only by the named users with a case role', () => {
    const k = kase({ restrictedTo: ['sv2'] });
    expect(canReadCase(user('cw', 'caseworker'), k, [])).toBe(false);
    expect(canReadCase(user('sv2', 'supervisor'), k, [])).toBe(true);
    expect(canReadCase(user('sv2', 'analyst'), k, [])).toBe(false);
    expect(canReadCase(user('cw', 'caseworker'), kase({ restrictedTo: [] }), [])).toBe(false);
  });

  it('other roles and network administrators do not read cases', () => {
    for (const r of ['analyst', 'trainer', 'network-admin', 'hotline-operator', 'outreach-worker'] as const) {
      expect(canReadCase(user('cw', r), kase(), ['cw'])).toBe(false);
    }
  });

  it('properties: another organisation never; reading implies knowing; restriction only narrows', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd');
    const facts = fc.record({
      orgId: fc.constantFrom(ORG, OTHER),
      caseworkerId: fc.option(ids, { nil: null }),
      teamIds: fc.uniqueArray(ids, { maxLength: 3 }),
      restrictedTo: fc.option(fc.uniqueArray(ids, { maxLength: 3 }), { nil: null }),
    });
    const viewer = fc.record({ id: ids, orgId: fc.constantFrom(ORG, OTHER), roles: fc.subarray([...ROLES]) });
    fc.assert(
      fc.property(viewer, facts, fc.uniqueArray(ids, { maxLength: 3 }), (u, k, sup) => {
        const read = canReadCase(u, k, sup);
        const exists = canSeeCaseExists(u, k, sup);
        if (u.orgId !== k.orgId) {
          expect(read).toBe(false);
          expect(exists).toBe(false);
        }
        if (read) expect(exists).toBe(true);
        if (k.restrictedTo !== null && read) expect(k.restrictedTo).toContain(u.id);
        if (k.restrictedTo !== null && read) expect(canReadCase(u, { ...k, restrictedTo: null }, sup) || k.restrictedTo.includes(u.id)).toBe(true);
      }),
    );
  });
});
