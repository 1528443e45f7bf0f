import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { covers } from '../../../core/cases/consent.js';
import { addDays, fromDayNumber } from '../../../core/cases/dates.js';
import { consentState } from './consentState.js';

describe('consent state', () => {
  const today = '2025-03-05';
  it('is active from the day it was given until it expires or is withdrawn', () => {
    expect(consentState({ givenOn: '2025-03-01' }, today)).toBe('active');
    expect(consentState({ givenOn: today }, today)).toBe('active');
    expect(consentState({ givenOn: '2025-03-06' }, today)).toBe('not-yet');
    expect(consentState({ givenOn: '2025-03-01', expiresOn: '2025-03-06' }, today)).toBe('active');
    expect(consentState({ givenOn: '2025-03-01', expiresOn: today }, today)).toBe('expired');
    expect(consentState({ givenOn: '2025-03-01', withdrawnOn: today }, today)).toBe('withdrawn');
    expect(consentState({ givenOn: '2025-03-01', withdrawnOn: '2025-03-10' }, today)).toBe('active');
    expect(consentState({ givenOn: '2025-03-01', expiresOn: '2025-03-02', withdrawnOn: '2025-03-03' }, today)).toBe('withdrawn');
    expect(consentState({ givenOn: '2025-03-01', expiresOn: null, withdrawnOn: null }, today)).toBe('active');
  });

  it('says "active" exactly when the consent covers its purpose today', () => {
    const day = fc.integer({ min: 19_000, max: 19_100 }).map(fromDayNumber);
    fc.assert(
      fc.property(day, fc.option(fc.integer({ min: 1, max: 60 })), fc.option(fc.integer({ min: 0, max: 60 })), day, (givenOn, expiresIn, withdrawnIn, at) => {
        const c = {
          id: 'x',
          purpose: 'data-processing' as const,
          givenBy: 'person' as const,
          method: 'written' as const,
          givenOn,
          expiresOn: expiresIn === null ? null : addDays(givenOn, expiresIn),
          withdrawnOn: withdrawnIn === null ? null : addDays(givenOn, withdrawnIn),
        };
        expect(consentState(c, at) === 'active').toBe(covers(c, { purpose: 'data-processing', at }));
      }),
    );
  });
});
