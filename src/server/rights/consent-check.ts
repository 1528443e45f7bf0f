import type pg from 'pg';
import { type Consent, type ConsentPurpose, consentCovers } from '../../core/cases/consent.js';
import { type CalendarDate, todayUtc } from '../../core/cases/dates.js';
import { HttpError } from '../http/errors.js';

/**
 * The one consent check of the server: before an act that needs the person's consent (sharing their
 * record with another organisation, a referral, research data), the act's route calls
 * `requireConsent`, which answers the consent that covers the act or refuses with 409
 * `consent_required`. The rule itself is `consentCovers` (src/core/cases/consent.ts).
 *
 * The consents considered are those recorded on any of the person's cases in the organisation,
 * whoever may read those cases: a consent is the person's, not a case's. Only the consents' plain
 * facts are read (purpose, organisation, dates), never their sealed notes.
 */

/** Whose consent: a person, or the person of a case. */
export type ConsentSubject = { readonly personId: string } | { readonly caseId: string };

export interface ConsentNeed {
  readonly purpose: ConsentPurpose;
  /** The organisation shared with: required for `sharing`. */
  readonly organisationId?: string | undefined;
  /** The day of the act; today (UTC) when not given. */
  readonly at?: CalendarDate | undefined;
}

interface ConsentRow {
  id: string;
  data: {
    purpose: ConsentPurpose;
    organisationId?: string | null;
    givenBy: Consent['givenBy'];
    method: Consent['method'];
    givenOn: string;
    expiresOn?: string | null;
    withdrawnOn?: string | null;
  };
}

/** Every consent recorded for the subject in the organisation (withdrawn and expired ones too). */
export async function consentsOf(c: pg.PoolClient, orgId: string, subject: ConsentSubject): Promise<Consent[]> {
  const person = 'personId' in subject ? '$2::uuid' : '(SELECT k.person_id FROM cases k WHERE k.org_id = $1 AND k.id = $2::uuid)';
  const { rows } = await c.query<ConsentRow>(
    `SELECT e.id, e.data FROM case_entries e JOIN cases c ON c.id = e.case_id
      WHERE e.org_id = $1 AND c.org_id = $1 AND e.kind = 'consent' AND c.person_id = ${person}`,
    [orgId, 'personId' in subject ? subject.personId : subject.caseId],
  );
  return rows.map((r) => ({
    id: r.id,
    purpose: r.data.purpose,
    organisationId: r.data.organisationId ?? null,
    givenBy: r.data.givenBy,
    method: r.data.method,
    givenOn: r.data.givenOn,
    expiresOn: r.data.expiresOn ?? null,
    withdrawnOn: r.data.withdrawnOn ?? null,
  }));
}

/** The consent that covers the act, or undefined. */
export async function findConsent(c: pg.PoolClient, orgId: string, subject: ConsentSubject, need: ConsentNeed): Promise<Consent | undefined> {
  const consents = await consentsOf(c, orgId, subject);
  return consentCovers(consents, {
    purpose: need.purpose,
    ...(need.organisationId ? { organisationId: need.organisationId } : {}),
    at: need.at ?? todayUtc(),
  });
}

/** The consent that covers the act; 409 `consent_required` when none does (none given, withdrawn, expired, another purpose or organisation). */
export async function requireConsent(c: pg.PoolClient, orgId: string, subject: ConsentSubject, need: ConsentNeed): Promise<Consent> {
  const found = await findConsent(c, orgId, subject, need);
  if (found) return found;
  const what = need.purpose === 'sharing' ? 'sharing with this organisation' : `the purpose "${need.purpose}"`;
  throw new HttpError(
    409,
    'consent_required',
    `No consent of the person covers ${what} on ${need.at ?? todayUtc()}: record their consent first (it may have been withdrawn or have expired).`,
    need.purpose === 'sharing' ? 'organisationId' : 'purpose',
  );
}
