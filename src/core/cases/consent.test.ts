import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_PURPOSE } from './codes.js';
import { type Consent, consentCovers, createConsentRequest } from './consent.js';
import { addDays, compareDates } from './dates.js';

const ORG_A = '11111111-1111-4111-8111-111111111111';
const ORG_B = '22222222-2222-4222-8222-222222222222';
const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2020-01-01', n));
const purpose = fc.constantFrom(...CONSENT_PURPOSE.ids);
const consent: fc.Arbitrary<Consent> = fc.record({
  id: fc.uuid(),
  purpose,
  organisationId: fc.option(fc.constantFrom(ORG_A, ORG_B), { nil: undefined }),
  givenBy: fc.constantFrom('person' as const, 'guardian' as const),
  method: fc.constant('written' as const),
  givenOn: day,
  expiresOn: fc.option(day, { nil: undefined }),
  withdrawnOn: fc.option(day, { nil: null }),
});

const base: Consent = { id: 'c1', purpose: 'sharing', organisationId: ORG_A, givenBy: 'person', method: 'written', givenOn: '2025-01-10' };

describe('consentCovers', () => {
  it('covers from the day given, until expiry or withdrawal (exclusive)', () => {
    expect(consentCovers([base], { purpose: 'sharing', organisationId: ORG_A, at: '2025-01-10' })).toBe(base);
    expect(consentCovers([base], { purpose: 'sharing', organisationId: ORG_A, at: '2025-01-09' })).toBeUndefined();
    const expiring = { ...base, expiresOn: '2025-06-01' };
    expect(consentCovers([expiring], { purpose: 'sharing', organisationId: ORG_A, at: '2025-05-31' })).toBe(expiring);
    expect(consentCovers([expiring], { purpose: 'sharing', organisationId: ORG_A, at: '2025-06-01' })).toBeUndefined();
    const withdrawn = { ...base, withdrawnOn: '2025-02-01' };
    expect(consentCovers([withdrawn], { purpose: 'sharing', organisationId: ORG_A, at: '2025-02-01' })).toBeUndefined();
  });

  it('sharing covers only the named organisation, and never an unnamed one', () => {
    expect(consentCovers([base], { purpose: 'sharing', organisationId: ORG_B, at: '2025-02-01' })).toBeUndefined();
    expect(consentCovers([base], { purpose: 'sharing', at: '2025-02-01' })).toBeUndefined();
    expect(consentCovers([base], { purpose: 'research', at: '2025-02-01' })).toBeUndefined();
  });

  it('picks the most recent of several', () => {
    const later = { ...base, id: 'c2', givenOn: '2025-03-01' };
    expect(consentCovers([later, base], { purpose: 'sharing', organisationId: ORG_A, at: '2025-04-01' })).toBe(later);
  });

  it('never returns a consent that is expired, withdrawn, not yet given, for another purpose or organisation', () => {
    fc.assert(
      fc.property(fc.array(consent, { maxLength: 8 }), purpose, fc.option(fc.constantFrom(ORG_A, ORG_B), { nil: undefined }), day, (cs, p, org, at) => {
        const found = consentCovers(cs, { purpose: p, organisationId: org, at });
        if (!found) {
          // Nothing was missed: no consent satisfies every condition.
          for (const c of cs) {
            const ok =
              c.purpose === p &&
              (p !== 'sharing' || (org !== undefined && c.organisationId === org)) &&
              compareDates(c.givenOn, at) <= 0 &&
              (!c.expiresOn || compareDates(at, c.expiresOn) < 0) &&
              (!c.withdrawnOn || compareDates(at, c.withdrawnOn) < 0);
            expect(ok).toBe(false);
          }
          return;
        }
        expect(cs).toContain(found);
        expect(found.purpose).toBe(p);
        expect(compareDates(found.givenOn, at)).toBeLessThanOrEqual(0);
        if (found.expiresOn) expect(compareDates(at, found.expiresOn)).toBeLessThan(0);
        if (found.withdrawnOn) expect(compareDates(at, found.withdrawnOn)).toBeLessThan(0);
        if (p === 'sharing') {
          expect(org).toBeDefined();
          expect(found.organisationId).toBe(org);
        }
      }),
    );
  });

  it('withdrawing a consent never widens what is covered', () => {
    fc.assert(
      fc.property(fc.array(consent, { minLength: 1, maxLength: 6 }), fc.nat(), day, purpose, day, (cs, i, withdrawnOn, p, at) => {
        const q = { purpose: p, organisationId: ORG_A, at };
        const before = consentCovers(cs, q);
        const k = i % cs.length;
        const withdraw = (c: Consent): Consent => ({ ...c, withdrawnOn: c.withdrawnOn && c.withdrawnOn < withdrawnOn ? c.withdrawnOn : withdrawnOn });
        const after = consentCovers(
          cs.map((c, j) => (j === k ? withdraw(c) : c)),
          q,
        );
        if (after) expect(before).toBeDefined();
        if (after && cs[k] && after.id === cs[k].id) expect(compareDates(at, withdrawnOn)).toBeLessThan(0);
      }),
    );
  });
});

describe('createConsentRequest', () => {
  it('accepts written and witnessed oral consent', () => {
    expect(createConsentRequest.safeParse({ purpose: 'data-processing', givenBy: 'person', method: 'written', givenOn: '2025-01-10' }).success).toBe(true);
    expect(
      createConsentRequest.safeParse({
        purpose: 'sharing',
        organisationId: ORG_A,
        givenBy: 'guardian',
        method: 'oral-with-witness',
        witnessName: 'N. Petrova',
        givenOn: '2025-01-10',
        expiresOn: '2026-01-10',
      }).success,
    ).toBe(true);
  });

  it('names what is missing', () => {
    const paths = (v: unknown) => {
      const r = createConsentRequest.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(paths({ purpose: 'sharing', givenBy: 'person', method: 'written', givenOn: '2025-01-10' })).toEqual(['organisationId']);
    expect(paths({ purpose: 'research', organisationId: ORG_A, givenBy: 'person', method: 'written', givenOn: '2025-01-10' })).toEqual(['organisationId']);
    expect(paths({ purpose: 'services', givenBy: 'person', method: 'oral-with-witness', givenOn: '2025-01-10' })).toEqual(['witnessName']);
    expect(paths({ purpose: 'services', givenBy: 'person', method: 'written', givenOn: '2025-01-10', expiresOn: '2025-01-10' })).toEqual(['expiresOn']);
    expect(paths({ purpose: 'services', givenBy: 'person', method: 'written', givenOn: '2025-02-29' })).toEqual(['givenOn']);
    expect(paths({ purpose: 'services', givenBy: 'person', method: 'written', givenOn: '2025-01-10', withdrawnOn: '2025-01-11' })).toEqual(['']);
  });
});
