/**
 * Pure helpers of the referral screens: which actions a side may take, labels in both sides'
 * languages, the consent that covers a referral, what the receiver will see, and small list edits.
 */
import type { CalendarDate } from '../../core/cases/dates.js';
import { type Consent, consentCovers } from '../../core/cases/consent.js';
import type { DirectoryService } from '../../core/referrals/directory.js';
import {
  nextStatus,
  REFERRAL_ACTION_NAMES,
  type ReferralAction,
  type ReferralStatus,
  SHARED_FIELDS,
  type SharedField,
  type SharedSnapshot,
} from '../../core/referrals/referral.js';
import { COUNTRY_CODES } from '../platform/countries.js';

export type Side = 'sender' | 'receiver';
export type Direction = 'incoming' | 'outgoing';

export const sideOf = (direction: Direction): Side => (direction === 'outgoing' ? 'sender' : 'receiver');

/** The actions the caller's side may take on a referral in this state, in the order of REFERRAL_ACTIONS. */
export function actionsFor(side: Side, status: ReferralStatus): ReferralAction[] {
  return REFERRAL_ACTION_NAMES.filter((action) => nextStatus(status, action, side) !== undefined);
}

/** Several labels of one thing in different languages as one line: each text once, in order ("Accepted · Прийнято"). */
export function bilingual(labels: readonly (string | null | undefined)[]): string {
  const seen: string[] = [];
  for (const label of labels) {
    const text = label?.trim();
    if (text && !seen.includes(text)) seen.push(text);
  }
  return seen.join(' · ');
}

/** The working language of the other side of a referral. */
export function otherLanguage(r: { direction: Direction; fromLanguage: string; toLanguage: string }): string {
  return r.direction === 'outgoing' ? r.toLanguage : r.fromLanguage;
}

/** A country's flag as an emoji (regional indicator letters), from its alpha-3 code; '' when unknown. */
export function flagOf(alpha3: string): string {
  const alpha2 = COUNTRY_CODES[alpha3];
  if (!alpha2 || !/^[A-Z]{2}$/.test(alpha2)) return '';
  return String.fromCodePoint(...[...alpha2].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

/** A directory service the user's organisation can refer to: one of another Haven organisation. */
export function isReferrable(service: Pick<DirectoryService, 'memberOrgId'>, ownOrgId: string): boolean {
  return service.memberOrgId !== null && service.memberOrgId !== ownOrgId;
}

/** A consent entry's data (as the case work API answers it) as a consent, or undefined when it is not one. */
export function consentOf(id: string, data: Record<string, unknown>): Consent | undefined {
  const str = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  const purpose = str(data.purpose);
  const givenOn = str(data.givenOn);
  if (!purpose || !givenOn) return undefined;
  return {
    id,
    purpose: purpose as Consent['purpose'],
    organisationId: str(data.organisationId) ?? null,
    givenBy: (str(data.givenBy) ?? 'person') as Consent['givenBy'],
    method: (str(data.method) ?? 'written') as Consent['method'],
    givenOn: givenOn as CalendarDate,
    expiresOn: (str(data.expiresOn) ?? null) as CalendarDate | null,
    withdrawnOn: (str(data.withdrawnOn) ?? null) as CalendarDate | null,
  };
}

/** The case's consent that covers sharing with the receiving organisation today, if any. */
export function coveringConsent(
  entries: readonly { id: string; data: Record<string, unknown> }[],
  organisationId: string | null | undefined,
  today: CalendarDate,
): Consent | undefined {
  if (!organisationId) return undefined;
  const consents = entries.map((e) => consentOf(e.id, e.data)).filter((c): c is Consent => c !== undefined);
  return consentCovers(consents, { purpose: 'sharing', organisationId, at: today });
}

export const MIN_OVERRIDE_REASON = 10;

/** A referral may be sent on a covering consent, or else on a written emergency reason of at least 10 characters. */
export function hasBasis(consent: Consent | undefined, overrideReason: string): boolean {
  return consent !== undefined || overrideReason.trim().length >= MIN_OVERRIDE_REASON;
}

/** The shared fields present in a snapshot, in SHARED_FIELDS order (the note is always there and not a field). */
export function presentFields(snapshot: SharedSnapshot): SharedField[] {
  return SHARED_FIELDS.filter((f) => snapshot[f] !== undefined);
}

/** Fields ticked for sharing that the record does not hold: nothing of them is sent. */
export function missingFields(chosen: readonly SharedField[], snapshot: SharedSnapshot): SharedField[] {
  return SHARED_FIELDS.filter((f) => chosen.includes(f) && snapshot[f] === undefined);
}

/** Ticks or unticks a shared field, keeping SHARED_FIELDS order. */
export function toggleField(chosen: readonly SharedField[], field: SharedField, on: boolean): SharedField[] {
  return SHARED_FIELDS.filter((f) => (f === field ? on : chosen.includes(f)));
}

/** The list with the item at `index` moved by `delta` places (unchanged when it would leave the list). */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item as T);
  return next;
}

/** An acceptance rate (0..1) as a whole percentage, or null. */
export function percent(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 100);
}

/** Whether a string looks like a uuid (measures may name organisations by id). */
export const isUuid = (s: string): boolean => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
