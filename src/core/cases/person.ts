/**
 * A person in a case: who they are, how to reach them, and whether they are a child.
 * Schemas are shared by the server (request validation) and the web app (forms).
 */
import { z } from 'zod';
import type { NameInput } from '../persons/name-keys.js';
import { countryCode, email, personName, uuid } from '../platform/schemas.js';
import { CASE_STATUS, GENDER, IDENTITY_DOCUMENT_TYPE, MESSAGING_APP, NAME_KIND, NAME_SCRIPT, VULNERABILITY } from './codes.js';
import { ageFromBirthDate, ageFromEstimate, type CalendarDate, calendarDate, compareDates, pastDate } from './dates.js';

export const MAX_NAME_LENGTH = 200;
export const MAX_AGE = 120;
/** Under this age a person is a child (UN Convention on the Rights of the Child, art. 1). */
export const CHILD_AGE_LIMIT = 18;

/** Free text of at most `max` characters, trimmed. */
export const text = (max: number) => z.string().trim().max(max);
/** A list of distinct values, at most `max`. */
export function distinct<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((xs) => new Set(xs).size === xs.length, 'no duplicates');
}

export const gender = z.enum(GENDER.ids);
export const languageCode = z.string().regex(/^[a-z]{2,3}$/, 'ISO 639 language code, e.g. uk or ukr');

export const personNameEntry = z
  .strictObject({
    given: text(MAX_NAME_LENGTH).default(''),
    family: text(MAX_NAME_LENGTH).default(''),
    kind: z.enum(NAME_KIND.ids).default('legal'),
    script: z.enum(NAME_SCRIPT.ids).optional(),
  })
  .refine((n) => n.given !== '' || n.family !== '', { message: 'a given or a family name', path: ['given'] });
export type PersonNameEntry = z.infer<typeof personNameEntry>;

/** An estimate of age when the birth date is unknown, and the day it was made. */
export const estimatedAge = z.strictObject({
  years: z.number().int().min(0).max(MAX_AGE),
  estimatedOn: pastDate,
});

export const phone = z.strictObject({
  number: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ()-]{2,29}$/, 'a phone number, e.g. +380 44 123 4567'),
  note: text(200).optional(),
});
export const postalAddress = z.strictObject({
  street: text(300).optional(),
  city: text(200).optional(),
  region: text(200).optional(),
  postalCode: text(20).optional(),
  country: countryCode.optional(),
  note: text(200).optional(),
});
export const messagingHandle = z.strictObject({ app: z.enum(MESSAGING_APP.ids), handle: z.string().trim().min(1).max(200) });
export const contactDetails = z.strictObject({
  phones: z.array(phone).max(10).default([]),
  emails: z.array(email).max(10).default([]),
  addresses: z.array(postalAddress).max(10).default([]),
  messaging: z.array(messagingHandle).max(10).default([]),
});
export type ContactDetails = z.infer<typeof contactDetails>;

export const identityDocument = z.strictObject({
  type: z.enum(IDENTITY_DOCUMENT_TYPE.ids),
  number: text(100).optional(),
  issuingCountry: countryCode.optional(),
  expiresOn: calendarDate.optional(),
  /** Held by someone else (an employer, a trafficker): an indicator, and a need. */
  heldBySomeoneElse: z.boolean().default(false),
});
export type IdentityDocument = z.infer<typeof identityDocument>;

/** A guardian appointed for a child (Council of Europe Convention art. 10(4)). */
export const guardian = z.strictObject({
  name: personName,
  organisation: text(200).optional(),
  contact: text(500).optional(),
  appointedOn: pastDate,
});
export type Guardian = z.infer<typeof guardian>;

/** The fields of a person, as a request carries them (each optional; see the refinements below). */
const personFields = {
  names: z.array(personNameEntry).min(1).max(20),
  birthDate: pastDate.refine((d) => compareDates(d, '1900-01-01') >= 0, 'must be after 1900').optional(),
  estimatedAge: estimatedAge.optional(),
  gender: gender.optional(),
  citizenships: distinct(countryCode, 10).optional(),
  languages: distinct(languageCode, 20).optional(),
  contact: contactDetails.optional(),
  documents: z.array(identityDocument).max(20).optional(),
  vulnerabilities: distinct(z.enum(VULNERABILITY.ids), VULNERABILITY.ids.length).optional(),
  guardian: guardian.optional(),
};

const BOTH_AGES = 'either a birth date or an estimated age, not both';

export const createPersonRequest = z.strictObject(personFields).refine((p) => !(p.birthDate && p.estimatedAge), {
  message: BOTH_AGES,
  path: ['estimatedAge'],
});
export type CreatePersonRequest = z.infer<typeof createPersonRequest>;

/**
 * Every field optional; `null` clears a field. `version` is the version read (optimistic locking).
 * The server must re-check the merged record with `person` (e.g. a birth date added to a person who
 * has an estimated age).
 */
export const updatePersonRequest = z
  .strictObject({
    names: personFields.names.optional(),
    birthDate: personFields.birthDate.nullable(),
    estimatedAge: personFields.estimatedAge.nullable(),
    gender: personFields.gender.nullable(),
    citizenships: personFields.citizenships,
    languages: personFields.languages,
    contact: personFields.contact,
    documents: personFields.documents,
    vulnerabilities: personFields.vulnerabilities,
    guardian: personFields.guardian.nullable(),
    version: z.number().int().min(0),
  })
  .refine((p) => !(p.birthDate && p.estimatedAge), { message: BOTH_AGES, path: ['estimatedAge'] });
export type UpdatePersonRequest = z.infer<typeof updatePersonRequest>;

/** A stored person, as the API returns it. */
export const person = z
  .object({
    id: uuid,
    orgId: uuid,
    version: z.number().int(),
    ...personFields,
  })
  .refine((p) => !(p.birthDate && p.estimatedAge), { message: BOTH_AGES, path: ['estimatedAge'] });
export type Person = z.infer<typeof person>;

/** What the age functions need of a person. */
export interface AgeFacts {
  readonly birthDate?: CalendarDate | null;
  readonly estimatedAge?: { readonly years: number; readonly estimatedOn: CalendarDate } | null;
}

/** Age in whole years on `on`: from the birth date, else from the estimate; undefined when unknown. */
export function ageOn(p: AgeFacts, on: CalendarDate): number | undefined {
  if (p.birthDate) return ageFromBirthDate(p.birthDate, on);
  if (p.estimatedAge) return ageFromEstimate(p.estimatedAge.years, p.estimatedAge.estimatedOn, on);
  return undefined;
}

/** True for a child, false for an adult, undefined when the age is unknown (the caseworker must find out). */
export function isChild(p: AgeFacts, on: CalendarDate): boolean | undefined {
  const age = ageOn(p, on);
  return age === undefined ? undefined : age < CHILD_AGE_LIMIT;
}

/** The names to compute search keys for (src/core/persons/name-keys.ts), every kind and script. */
export function searchableNames(p: { readonly names: readonly { readonly given: string; readonly family: string }[] }): NameInput[] {
  return p.names.map((n) => ({ given: n.given, family: n.family }));
}

/** `GET /api/persons`: by name in any script, and by birth date, citizenship, case status and caseworker. */
export const personQuery = z.strictObject({
  q: z.string().trim().max(MAX_NAME_LENGTH).optional(),
  birthDate: calendarDate.optional(),
  citizenship: countryCode.optional(),
  status: z.enum(CASE_STATUS.ids).optional(),
  caseworkerId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type PersonQueryRequest = z.infer<typeof personQuery>;

/** `POST /api/persons/duplicates`: the names (and birth date) of a person about to be created or changed. */
export const duplicateCheckRequest = z.strictObject({
  names: z.array(personNameEntry).min(1).max(20),
  birthDate: calendarDate.optional(),
  /** When changing a person: leave them out of their own duplicates. */
  exceptId: uuid.optional(),
});
export type DuplicateCheckRequest = z.infer<typeof duplicateCheckRequest>;
