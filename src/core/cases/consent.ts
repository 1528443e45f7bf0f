/**
 * Consent: what the person (or their guardian) agreed to, and whether that agreement covers an act.
 *
 * Dates are calendar days. `expiresOn` and `withdrawnOn` are the first days on which the consent no
 * longer holds: a consent withdrawn today covers nothing today, whatever the hour (when in doubt,
 * refuse). A consent covers a day from `givenOn` on.
 */
import { z } from 'zod';
import { uuid } from '../platform/schemas.js';
import { CONSENT_GIVEN_BY, CONSENT_METHOD, CONSENT_PURPOSE } from './codes.js';
import { type CalendarDate, calendarDate, compareDates, pastDate } from './dates.js';
import { text } from './person.js';

export const consentPurpose = z.enum(CONSENT_PURPOSE.ids);
export type ConsentPurpose = z.infer<typeof consentPurpose>;

export interface Consent {
  readonly id: string;
  readonly purpose: ConsentPurpose;
  /** For `sharing` only: the organisation the person agreed to share with. */
  readonly organisationId?: string | null;
  readonly givenBy: 'person' | 'guardian';
  readonly method: 'written' | 'oral-with-witness';
  readonly witnessName?: string | null;
  readonly givenOn: CalendarDate;
  readonly expiresOn?: CalendarDate | null;
  readonly withdrawnOn?: CalendarDate | null;
}

export interface ConsentQuery {
  readonly purpose: ConsentPurpose;
  /** Required for `sharing`: sharing with an unnamed organisation is never covered. */
  readonly organisationId?: string;
  readonly at: CalendarDate;
}

/** Whether this one consent covers the act. */
export function covers(c: Consent, q: ConsentQuery): boolean {
  if (c.purpose !== q.purpose) return false;
  if (q.purpose === 'sharing' && (!q.organisationId || c.organisationId !== q.organisationId)) return false;
  if (compareDates(q.at, c.givenOn) < 0) return false;
  if (c.expiresOn && compareDates(q.at, c.expiresOn) >= 0) return false;
  if (c.withdrawnOn && compareDates(q.at, c.withdrawnOn) >= 0) return false;
  return true;
}

/**
 * The consent that covers an act, or undefined. When several do, the most recently given (then the
 * latest id, for a stable answer), so that the UI shows the one the person last agreed to.
 */
export function consentCovers(consents: readonly Consent[], q: ConsentQuery): Consent | undefined {
  let best: Consent | undefined;
  for (const c of consents) {
    if (!covers(c, q)) continue;
    if (!best || compareDates(c.givenOn, best.givenOn) > 0 || (c.givenOn === best.givenOn && c.id > best.id)) best = c;
  }
  return best;
}

export const createConsentRequest = z
  .strictObject({
    purpose: consentPurpose,
    organisationId: uuid.optional(),
    givenBy: z.enum(CONSENT_GIVEN_BY.ids),
    method: z.enum(CONSENT_METHOD.ids),
    witnessName: text(200).optional(),
    givenOn: pastDate,
    expiresOn: calendarDate.optional(),
    /** Free text: what exactly was agreed (e.g. which data for which research). */
    note: text(2000).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.purpose === 'sharing' && !c.organisationId) ctx.addIssue({ code: 'custom', message: 'sharing names the organisation', path: ['organisationId'] });
    if (c.purpose !== 'sharing' && c.organisationId) ctx.addIssue({ code: 'custom', message: 'only for sharing', path: ['organisationId'] });
    if (c.method === 'oral-with-witness' && !c.witnessName) ctx.addIssue({ code: 'custom', message: 'oral consent names its witness', path: ['witnessName'] });
    if (c.expiresOn && compareDates(c.expiresOn, c.givenOn) <= 0) ctx.addIssue({ code: 'custom', message: 'must be after givenOn', path: ['expiresOn'] });
  });
export type CreateConsentRequest = z.infer<typeof createConsentRequest>;

/** Withdrawal is recorded, never deleted: the consent stays as evidence of what was agreed and when. */
export const withdrawConsentRequest = z.strictObject({ withdrawnOn: pastDate, version: z.number().int().min(0) });

/** A stored consent, as the API returns it. */
export const consentRecord = z.object({
  id: uuid,
  caseId: uuid,
  purpose: consentPurpose,
  organisationId: uuid.nullable(),
  givenBy: z.enum(CONSENT_GIVEN_BY.ids),
  method: z.enum(CONSENT_METHOD.ids),
  witnessName: z.string().nullable(),
  givenOn: calendarDate,
  expiresOn: calendarDate.nullable(),
  withdrawnOn: calendarDate.nullable(),
  note: z.string().nullable(),
  version: z.number().int(),
});
