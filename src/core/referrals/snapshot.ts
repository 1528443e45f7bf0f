/**
 * What a referral carries: only the fields the sender chose, taken from the person and the case
 * as they are when the referral is sent. Pure, so the web app previews exactly what the server sends.
 */
import type { CalendarDate } from '../cases/dates.js';
import type { CreatePersonRequest } from '../cases/person.js';
import type { UiLanguage } from '../platform/roles.js';
import { UI_LANGUAGES } from '../platform/roles.js';
import type { SharedField, SharedSnapshot } from './referral.js';

export interface SnapshotSource {
  readonly names: readonly { readonly given: string; readonly family: string; readonly kind?: string }[];
  readonly birthDate?: string | null | undefined;
  readonly age?: number | null | undefined;
  readonly estimatedAge?: { readonly years: number } | null | undefined;
  readonly gender?: string | null | undefined;
  readonly languages?: readonly string[] | undefined;
  readonly citizenships?: readonly string[] | undefined;
  readonly contact?: { readonly phones: readonly { readonly number: string }[]; readonly emails: readonly string[] } | undefined;
  readonly exploitationForms?: readonly string[] | undefined;
  readonly traffickingStatus?: { readonly status: string } | string | null | undefined;
}

/** The name the person is known by: the first legal name, else the first one. */
function mainName(s: SnapshotSource): { given: string; family: string } | undefined {
  return s.names.find((n) => (n.kind ?? 'legal') === 'legal') ?? s.names[0];
}

export function buildSnapshot(source: SnapshotSource, fields: readonly SharedField[], note: string): SharedSnapshot {
  const out: SharedSnapshot = { note };
  const has = (f: SharedField) => fields.includes(f);
  const name = mainName(source);
  if (has('givenName') && name?.given) out.givenName = name.given;
  if (has('familyName') && name?.family) out.familyName = name.family;
  if (has('age') && typeof source.age === 'number') {
    out.age = source.age;
    if (!source.birthDate && source.estimatedAge) out.ageEstimated = true;
  }
  if (has('birthDate') && source.birthDate) out.birthDate = source.birthDate;
  if (has('gender') && source.gender) out.gender = source.gender;
  if (has('languages') && source.languages?.length) out.languages = [...source.languages];
  if (has('citizenships') && source.citizenships?.length) out.citizenships = [...source.citizenships];
  if (has('contact') && source.contact && (source.contact.phones.length || source.contact.emails.length))
    out.contact = { phones: source.contact.phones.map((p) => p.number), emails: [...source.contact.emails] };
  if (has('exploitationForms') && source.exploitationForms?.length) out.exploitationForms = [...source.exploitationForms];
  const status = typeof source.traffickingStatus === 'string' ? source.traffickingStatus : source.traffickingStatus?.status;
  if (has('traffickingStatus') && status) out.traffickingStatus = status;
  return out;
}

/** The usual working language of a country's organisations, for the other side's labels until a person of that side sets theirs. */
const COUNTRY_LANGUAGE: Readonly<Record<string, UiLanguage>> = {
  GRC: 'el',
  CYP: 'el',
  RUS: 'ru',
  BLR: 'ru',
  LTU: 'lt',
  UKR: 'uk',
  ALB: 'sq',
  XKX: 'sq',
  SRB: 'sr',
  MNE: 'sr',
  BIH: 'bs',
  MKD: 'mk',
  KAZ: 'kk',
};

export function languageOfCountry(country: string): UiLanguage {
  return COUNTRY_LANGUAGE[country] ?? 'en';
}

export function asUiLanguage(language: string): UiLanguage {
  return (UI_LANGUAGES as readonly string[]).includes(language) ? (language as UiLanguage) : 'en';
}

/**
 * The person a receiver records when accepting a referral opens a case: only what was shared. An
 * age becomes an estimated age made on `on`; with no name shared, the person is named by the
 * referral's reference.
 */
export function personFromSnapshot(shared: SharedSnapshot, reference: string, on: CalendarDate): CreatePersonRequest {
  const given = shared.givenName ?? (shared.familyName ? '' : reference);
  return {
    names: [{ given, family: shared.familyName ?? '', kind: shared.givenName || shared.familyName ? 'legal' : 'alias' }],
    ...(shared.birthDate ? { birthDate: shared.birthDate } : shared.age !== undefined ? { estimatedAge: { years: shared.age, estimatedOn: on } } : {}),
    ...(shared.gender ? { gender: shared.gender as CreatePersonRequest['gender'] } : {}),
    ...(shared.citizenships ? { citizenships: shared.citizenships } : {}),
    ...(shared.languages ? { languages: shared.languages } : {}),
    ...(shared.contact
      ? { contact: { phones: shared.contact.phones.map((number) => ({ number })), emails: shared.contact.emails, addresses: [], messaging: [] } }
      : {}),
  };
}
