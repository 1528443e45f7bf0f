/**
 * The person form's values ("draft"), kept parallel to the request schemas so that a schema
 * error's path is the form field's path, and the conversions between drafts, stored persons and
 * requests. Pure functions: tested without a browser.
 */
import type { GENDER, IDENTITY_DOCUMENT_TYPE, MESSAGING_APP, NAME_KIND, VULNERABILITY } from '../../core/cases/codes.js';
import { isChild, type Person } from '../../core/cases/person.js';
import type { CalendarDate } from '../../core/cases/dates.js';
import { type NameScript, scriptOf } from './names.js';

type Id<L extends { ids: readonly string[] }> = L['ids'][number];
export type NameKind = Id<typeof NAME_KIND>;
export type Gender = Id<typeof GENDER>;
export type Vulnerability = Id<typeof VULNERABILITY>;
export type MessagingApp = Id<typeof MESSAGING_APP>;
export type DocumentType = Id<typeof IDENTITY_DOCUMENT_TYPE>;

export interface NameDraft {
  given: string;
  family: string;
  kind: NameKind;
  script: NameScript | '';
  /** The user chose the script; otherwise it follows the letters typed. */
  scriptChosen: boolean;
}

export type AgeMode = 'birthDate' | 'estimate' | 'unknown';

export interface PhoneDraft {
  number: string;
  note: string;
}
export interface AddressDraft {
  street: string;
  city: string;
  region: string;
  postalCode: string;
  country: string;
  note: string;
}
export interface MessagingDraft {
  app: MessagingApp | '';
  handle: string;
}
export interface DocumentDraft {
  type: DocumentType | '';
  number: string;
  issuingCountry: string;
  expiresOn: string;
  heldBySomeoneElse: boolean;
}
export interface GuardianDraft {
  name: string;
  organisation: string;
  contact: string;
  appointedOn: string;
}

export interface PersonDraft {
  names: NameDraft[];
  ageMode: AgeMode;
  birthDate: string;
  estimatedAge: { years: string; estimatedOn: string };
  gender: Gender | '';
  citizenships: string[];
  languages: string[];
  vulnerabilities: Vulnerability[];
  contact: { phones: PhoneDraft[]; emails: string[]; addresses: AddressDraft[]; messaging: MessagingDraft[] };
  documents: DocumentDraft[];
  guardian: GuardianDraft;
}

export const emptyName = (): NameDraft => ({ given: '', family: '', kind: 'legal', script: '', scriptChosen: false });
export const emptyPhone = (): PhoneDraft => ({ number: '', note: '' });
export const emptyAddress = (): AddressDraft => ({ street: '', city: '', region: '', postalCode: '', country: '', note: '' });
export const emptyMessaging = (): MessagingDraft => ({ app: '', handle: '' });
export const emptyDocument = (): DocumentDraft => ({ type: '', number: '', issuingCountry: '', expiresOn: '', heldBySomeoneElse: false });
const emptyGuardian = (): GuardianDraft => ({ name: '', organisation: '', contact: '', appointedOn: '' });

export function emptyDraft(today: CalendarDate): PersonDraft {
  return {
    names: [emptyName()],
    ageMode: 'birthDate',
    birthDate: '',
    estimatedAge: { years: '', estimatedOn: today },
    gender: '',
    citizenships: [],
    languages: [],
    vulnerabilities: [],
    contact: { phones: [], emails: [], addresses: [], messaging: [] },
    documents: [],
    guardian: emptyGuardian(),
  };
}

/** A name row after typing: the script follows the letters unless the user chose it. */
export function withTypedName(name: NameDraft, change: Partial<Pick<NameDraft, 'given' | 'family'>>): NameDraft {
  const next = { ...name, ...change };
  if (!next.scriptChosen) next.script = scriptOf(`${next.given} ${next.family}`) ?? '';
  return next;
}

const blank = (value: string) => value.trim() === '';
const allBlank = (o: object) => Object.values(o).every((v) => typeof v !== 'string' || blank(v));

/** The draft without rows left entirely empty (one name row always stays, so that it can be asked for). */
export function compactDraft(d: PersonDraft): PersonDraft {
  const names = d.names.filter((n) => !blank(n.given) || !blank(n.family));
  return {
    ...d,
    names: names.length > 0 ? names : d.names.slice(0, 1),
    contact: {
      phones: d.contact.phones.filter((p) => !allBlank(p)),
      emails: d.contact.emails.filter((e) => !blank(e)),
      addresses: d.contact.addresses.filter((a) => !allBlank(a)),
      messaging: d.contact.messaging.filter((m) => !allBlank(m)),
    },
    documents: d.documents.filter((doc) => !allBlank(doc) || doc.heldBySomeoneElse),
  };
}

/** '' → undefined; other text trimmed. */
const opt = (value: string) => (blank(value) ? undefined : value.trim());

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** The age facts of the draft as the request carries them (unvalidated). */
export function ageOf(d: PersonDraft): { birthDate?: string; estimatedAge?: { years: number | undefined; estimatedOn: string } } {
  if (d.ageMode === 'birthDate') return defined({ birthDate: opt(d.birthDate) });
  if (d.ageMode === 'estimate') {
    const years = blank(d.estimatedAge.years) ? undefined : Number(d.estimatedAge.years);
    return { estimatedAge: { years, estimatedOn: d.estimatedAge.estimatedOn.trim() } };
  }
  return {};
}

/** A child now, going by what the form says so far; undefined while the age is unknown or unreadable. */
export function draftIsChild(d: PersonDraft, today: CalendarDate): boolean | undefined {
  const age = ageOf(d);
  try {
    if (age.birthDate) return isChild({ birthDate: age.birthDate }, today);
    const estimate = age.estimatedAge;
    if (estimate && estimate.years !== undefined && Number.isInteger(estimate.years) && estimate.years >= 0) {
      return isChild({ estimatedAge: { years: estimate.years, estimatedOn: estimate.estimatedOn || today } }, today);
    }
  } catch {
    // A date still being typed is not a calendar date yet.
  }
  return undefined;
}

function namesOf(d: PersonDraft) {
  return d.names.map((n) => defined({ given: n.given.trim(), family: n.family.trim(), kind: n.kind, script: n.script || undefined }));
}

function contactOf(d: PersonDraft) {
  return {
    phones: d.contact.phones.map((p) => defined({ number: p.number.trim(), note: opt(p.note) })),
    emails: d.contact.emails.map((e) => e.trim()),
    addresses: d.contact.addresses.map((a) =>
      defined({ street: opt(a.street), city: opt(a.city), region: opt(a.region), postalCode: opt(a.postalCode), country: opt(a.country), note: opt(a.note) }),
    ),
    messaging: d.contact.messaging.map((m) => ({ app: m.app || undefined, handle: m.handle.trim() })),
  };
}

function documentsOf(d: PersonDraft) {
  return d.documents.map((doc) =>
    defined({
      type: doc.type || undefined,
      number: opt(doc.number),
      issuingCountry: opt(doc.issuingCountry),
      expiresOn: opt(doc.expiresOn),
      heldBySomeoneElse: doc.heldBySomeoneElse,
    }),
  );
}

function guardianOf(d: PersonDraft) {
  const g = d.guardian;
  if (allBlank(g)) return undefined;
  return defined({ name: g.name.trim(), organisation: opt(g.organisation), contact: opt(g.contact), appointedOn: g.appointedOn.trim() });
}

/** The body of `POST /api/persons` (to validate with `createPersonRequest`). */
export function createBody(d: PersonDraft): Record<string, unknown> {
  const contact = contactOf(d);
  const hasContact = Object.values(contact).some((list) => list.length > 0);
  return defined({
    names: namesOf(d),
    ...ageOf(d),
    gender: d.gender || undefined,
    citizenships: d.citizenships.length ? d.citizenships : undefined,
    languages: d.languages.length ? d.languages : undefined,
    vulnerabilities: d.vulnerabilities.length ? d.vulnerabilities : undefined,
    contact: hasContact ? contact : undefined,
    documents: d.documents.length ? documentsOf(d) : undefined,
    guardian: guardianOf(d),
  });
}

/** The form's values for a stored person. */
export function draftOf(p: Person, today: CalendarDate): PersonDraft {
  const empty = emptyDraft(today);
  return {
    names: p.names.map((n) => ({
      given: n.given,
      family: n.family,
      kind: n.kind,
      script: n.script ?? scriptOf(`${n.given} ${n.family}`) ?? '',
      scriptChosen: true,
    })),
    ageMode: p.birthDate ? 'birthDate' : p.estimatedAge ? 'estimate' : 'unknown',
    birthDate: p.birthDate ?? '',
    estimatedAge: p.estimatedAge ? { years: String(p.estimatedAge.years), estimatedOn: p.estimatedAge.estimatedOn } : empty.estimatedAge,
    gender: p.gender ?? '',
    citizenships: [...(p.citizenships ?? [])],
    languages: [...(p.languages ?? [])],
    vulnerabilities: [...(p.vulnerabilities ?? [])],
    contact: {
      phones: (p.contact?.phones ?? []).map((x) => ({ number: x.number, note: x.note ?? '' })),
      emails: [...(p.contact?.emails ?? [])],
      addresses: (p.contact?.addresses ?? []).map((a) => ({
        street: a.street ?? '',
        city: a.city ?? '',
        region: a.region ?? '',
        postalCode: a.postalCode ?? '',
        country: a.country ?? '',
        note: a.note ?? '',
      })),
      messaging: (p.contact?.messaging ?? []).map((m) => ({ app: m.app, handle: m.handle })),
    },
    documents: (p.documents ?? []).map((doc) => ({
      type: doc.type,
      number: doc.number ?? '',
      issuingCountry: doc.issuingCountry ?? '',
      expiresOn: doc.expiresOn ?? '',
      heldBySomeoneElse: doc.heldBySomeoneElse,
    })),
    guardian: p.guardian
      ? { name: p.guardian.name, organisation: p.guardian.organisation ?? '', contact: p.guardian.contact ?? '', appointedOn: p.guardian.appointedOn }
      : emptyGuardian(),
  };
}

/** The parts of a person that change together: a change sends whole parts. */
export const PERSON_PARTS = ['names', 'age', 'gender', 'citizenships', 'languages', 'vulnerabilities', 'contact', 'documents', 'guardian'] as const;
export type PersonPart = (typeof PERSON_PARTS)[number];

/** Each part of the draft in request form, to compare and to send. */
function partsOf(d: PersonDraft): Record<PersonPart, unknown> {
  const age = ageOf(d);
  return {
    names: namesOf(d),
    age: { birthDate: age.birthDate ?? null, estimatedAge: age.estimatedAge ?? null },
    gender: d.gender || null,
    citizenships: d.citizenships,
    languages: d.languages,
    vulnerabilities: d.vulnerabilities,
    contact: contactOf(d),
    documents: documentsOf(d),
    guardian: guardianOf(d) ?? null,
  };
}

/** The parts that differ between two drafts (e.g. what the user changed since they began editing). */
export function changedParts(before: PersonDraft, after: PersonDraft): PersonPart[] {
  const a = partsOf(compactDraft(before));
  const b = partsOf(compactDraft(after));
  return PERSON_PARTS.filter((part) => JSON.stringify(a[part]) !== JSON.stringify(b[part]));
}

/** The body of `PATCH /api/persons/:id` with only the given parts (to validate with `updatePersonRequest`). */
export function updateBody(d: PersonDraft, parts: readonly PersonPart[], version: number): Record<string, unknown> {
  const all = partsOf(d);
  const body: Record<string, unknown> = { version };
  for (const part of parts) {
    if (part === 'age') Object.assign(body, all.age);
    else body[part] = all[part];
  }
  return body;
}

/** The current record's draft with the user's own changes applied on top (after someone else saved first). */
export function rebase(current: PersonDraft, mine: PersonDraft, parts: readonly PersonPart[]): PersonDraft {
  const next: PersonDraft = { ...current };
  for (const part of parts) {
    if (part === 'age') {
      next.ageMode = mine.ageMode;
      next.birthDate = mine.birthDate;
      next.estimatedAge = mine.estimatedAge;
    } else {
      (next as unknown as Record<string, unknown>)[part] = mine[part];
    }
  }
  return next;
}
