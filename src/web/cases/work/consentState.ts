/**
 * Where a consent stands on a day, for display: it covers acts from `givenOn` until (not including)
 * `expiresOn` or `withdrawnOn` (src/core/cases/consent.ts). A withdrawal wins over an expiry.
 */
import type { CalendarDate } from '../../../core/cases/dates.js';

export type ConsentState = 'active' | 'not-yet' | 'expired' | 'withdrawn';

export interface ConsentDates {
  readonly givenOn?: unknown;
  readonly expiresOn?: unknown;
  readonly withdrawnOn?: unknown;
}

const date = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

export function consentState(c: ConsentDates, today: CalendarDate): ConsentState {
  const withdrawnOn = date(c.withdrawnOn);
  const expiresOn = date(c.expiresOn);
  const givenOn = date(c.givenOn);
  if (withdrawnOn && withdrawnOn <= today) return 'withdrawn';
  if (expiresOn && expiresOn <= today) return 'expired';
  if (givenOn && givenOn > today) return 'not-yet';
  return 'active';
}

/** Badge colours dark enough for white text (WCAG AA). */
export const CONSENT_STATE_COLOURS: Record<ConsentState, string> = {
  active: 'teal.9',
  'not-yet': 'indigo.9',
  expired: 'gray.7',
  withdrawn: 'red.9',
};
