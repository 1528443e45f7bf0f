/**
 * One case in IOM's Human Trafficking Case Data Standard (HTCDS 2.0), as Haven exchanges it: one
 * object per case holding the person's fields (`prs_`), the case's (`cas_`), the victim context
 * (`vic_`, and HTCDS 2.0's unprefixed `TraffickingStatus` and `RelationshipToTrafficker`) and the
 * list of trafficking events (`hte_Events`, HTCDS's historic trafficking events table). Values are
 * HTCDS value names (src/core/cases/codes.ts gives each Haven code's); countries are ISO 3166-1
 * alpha-2 as HTCDS asks (alpha-3 when a code has none).
 *
 * What HTCDS has no field for travels in extension fields named `x_haven_*`, so that Haven → file →
 * Haven loses nothing of what HTCDS holds and keeps most of the rest:
 * - the person: every name beyond the first (`x_haven_OtherNames`), the first name's kind and script,
 *   an estimated age and the day it was estimated, languages, every contact detail
 *   (`x_haven_Contact`: HTCDS has one e-mail, one phone and one mailing address, written too),
 *   identity documents, the guardian, and the vulnerabilities and forms of exploitation HTCDS has no
 *   value for;
 * - the case: who decided the trafficking status and when, the closure (reason, day, the
 *   organisation referred to; its note is HTCDS's `cas_ReasonForCaseClosure`), the recovery and
 *   reflection period, the end of each event (`x_haven_EndDate`; HTCDS has one date per event), the
 *   case number and the person's id in the source (cases with the same `x_haven_PersonId` are one
 *   person's: an import creates that person once).
 * An extension field, when present, is what Haven reads for its field (`x_haven_Contact` rather than
 * `prs_Email` and the others); other systems read the HTCDS fields.
 *
 * What does not travel: the work on a case (assessments, plans, services, proceedings, notes and
 * other entries), uploaded documents, consents, the timeline, who works on the case (caseworker,
 * team, restriction: user ids of the source), and the case's and person's ids and numbers in the
 * receiving system (new ones are given). A decision on the trafficking status without its authority
 * and date (HTCDS has no field for them) is imported as it is.
 *
 * This file holds the record's schema and types; the mapping is in from-haven.ts (Haven → HTCDS) and
 * to-haven.ts (HTCDS → Haven), the code helpers they share in codes.ts.
 *
 * Pure: no I/O.
 */
import { z } from 'zod';
import type { CaseRecord } from '../../cases/case.js';
import {
  CASE_STATUS,
  CLOSURE_REASON,
  CONTROL_METHOD,
  EXPLOITATION_FORM,
  GENDER,
  LABOUR_SECTOR,
  NAME_KIND,
  NAME_SCRIPT,
  RECRUITMENT_METHOD,
  RELATIONSHIP_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPE,
  TRAFFICKING_STAGE,
  TRAFFICKING_STATUS,
  VULNERABILITY,
} from '../../cases/codes.js';
import { calendarDate } from '../../cases/dates.js';
import {
  type CreatePersonRequest,
  contactDetails,
  guardian,
  identityDocument,
  languageCode,
  MAX_AGE,
  MAX_NAME_LENGTH,
  personNameEntry,
} from '../../cases/person.js';
import { codeField, dropEmpty, htcdsCountry, LABOUR_TYPES, listOf, oneOf, REFERRAL_REASONS, text, textProblems } from './codes.js';

export const HTCDS_VERSION = '2.0';

/** A Haven person as the exchange reads and writes it (a create request; a stored person fits). */
export type HavenPerson = CreatePersonRequest;

/** A Haven case as the exchange reads and writes it (a stored case fits). */
export type HavenCase = Pick<
  CaseRecord,
  | 'status'
  | 'openedOn'
  | 'closure'
  | 'traffickingStatus'
  | 'exploitationForms'
  | 'labourSectors'
  | 'sexualExploitationTypes'
  | 'controlMethods'
  | 'recruitmentMethods'
  | 'relationshipToTrafficker'
  | 'events'
  | 'reflectionPeriod'
>;

// ---- The record ----

export const htcdsEvent = z.preprocess(
  dropEmpty,
  z.object({
    hte_Type: codeField(TRAFFICKING_STAGE),
    hte_Country: htcdsCountry,
    /** Haven's free-text place of the event. */
    hte_City: text(200).optional(),
    /** The event's first day (Haven's `from`). */
    hte_Date: calendarDate.optional(),
    /** The event's last day (Haven's `to`). */
    x_haven_EndDate: calendarDate.optional(),
  }),
);
export type HtcdsEvent = z.infer<typeof htcdsEvent>;

/** One case with its person, in HTCDS 2.0 with Haven's extensions. Unknown fields are ignored. */
const htcdsCaseObject = z.object({
  // Case
  cas_Status: codeField(CASE_STATUS).optional(),
  /** Haven's field (HTCDS has no registration date): the day the case was opened. Required. */
  cas_OpenedOn: calendarDate,
  cas_ReasonForCaseClosure: text(2000).optional(),
  cas_ReasonForOutgoingReferral: oneOf(REFERRAL_REASONS).optional(),
  cas_OutgoingReferralDate: calendarDate.optional(),
  // Person
  prs_FirstName: text(MAX_NAME_LENGTH).optional(),
  prs_MiddleName: text(MAX_NAME_LENGTH).optional(),
  prs_SecondName: text(MAX_NAME_LENGTH).optional(),
  prs_Birthdate: calendarDate.optional(),
  prs_Gender: codeField(GENDER, 'prs_Gender', {
    Female: 'Feminine',
    Male: 'Masculine',
    'Transgender/NonConforming': 'NonConforming',
    Unknown: 'NonSpecifiedUnknown',
  }).optional(),
  prs_Nationality: listOf(htcdsCountry, 10).optional(),
  prs_Deceased: z.boolean().optional(),
  prs_Email: z.string().trim().max(254).optional(),
  prs_MobilePhone: z.string().trim().max(30).optional(),
  prs_HomePhone: z.string().trim().max(30).optional(),
  prs_MailingStreet: text(300).optional(),
  prs_MailingCity: text(200).optional(),
  prs_MailingState: text(200).optional(),
  prs_MailingPostalCode: text(20).optional(),
  prs_MailingCountry: htcdsCountry.optional(),
  // Victim context
  TraffickingStatus: codeField(TRAFFICKING_STATUS).optional(),
  vic_Vulnerabilities: listOf(codeField(VULNERABILITY), VULNERABILITY.ids.length).optional(),
  vic_TypeOfExploitation: listOf(codeField(EXPLOITATION_FORM), EXPLOITATION_FORM.ids.length).optional(),
  vic_TypeOfLabourExploitation: listOf(oneOf(Object.keys(LABOUR_TYPES)), Object.keys(LABOUR_TYPES).length).optional(),
  vic_ForcedLabourIndustry: listOf(codeField(LABOUR_SECTOR), LABOUR_SECTOR.ids.length).optional(),
  vic_TypeOfSexExploitation: listOf(codeField(SEXUAL_EXPLOITATION_TYPE), SEXUAL_EXPLOITATION_TYPE.ids.length).optional(),
  vic_MethodsOfControl: listOf(codeField(CONTROL_METHOD), CONTROL_METHOD.ids.length).optional(),
  vic_MethodOfRecruitment: listOf(codeField(RECRUITMENT_METHOD), RECRUITMENT_METHOD.ids.length).optional(),
  RelationshipToTrafficker: codeField(RELATIONSHIP_TO_TRAFFICKER, 'RelationshipToTrafficker', { Unacquainted: 'Unaquainted' }).optional(),
  // Trafficking events
  hte_Events: z.array(htcdsEvent).max(50).optional(),
  // Haven's extensions
  x_haven_PersonId: z.string().trim().min(1).max(100).optional(),
  x_haven_CaseNumber: z.number().int().min(0).optional(),
  x_haven_NameKind: z.enum(NAME_KIND.ids).optional(),
  x_haven_NameScript: z.enum(NAME_SCRIPT.ids).optional(),
  x_haven_OtherNames: z.array(personNameEntry).max(19).optional(),
  x_haven_EstimatedAge: z.number().int().min(0).max(MAX_AGE).optional(),
  x_haven_AgeEstimatedOn: calendarDate.optional(),
  x_haven_Languages: listOf(languageCode, 20).optional(),
  /** Vulnerabilities HTCDS has no value for (Haven ids). */
  x_haven_Vulnerabilities: listOf(z.enum(VULNERABILITY.ids), VULNERABILITY.ids.length).optional(),
  /** Forms of exploitation HTCDS has no value for (Haven ids). */
  x_haven_ExploitationForms: listOf(z.enum(EXPLOITATION_FORM.ids), EXPLOITATION_FORM.ids.length).optional(),
  x_haven_Contact: contactDetails.optional(),
  x_haven_Documents: z.array(identityDocument).max(20).optional(),
  x_haven_Guardian: guardian.optional(),
  x_haven_TraffickingDecidedBy: text(200).optional(),
  x_haven_TraffickingDecidedOn: calendarDate.optional(),
  x_haven_ClosureReason: z.enum(CLOSURE_REASON.ids).optional(),
  x_haven_ClosedOn: calendarDate.optional(),
  x_haven_ReferredOrganisationId: z.uuid().optional(),
  x_haven_ReflectionStartsOn: calendarDate.optional(),
  x_haven_ReflectionEndsOn: calendarDate.optional(),
});
/**
 * The record, every text in it (names in extension objects too) free of U+0000 and of lone
 * surrogates: checked even when other fields have problems, so that all are listed at once.
 */
export const htcdsCase = z.preprocess(dropEmpty, htcdsCaseObject).superRefine(
  (r, ctx) => {
    for (const p of textProblems(r)) ctx.addIssue({ code: 'custom', message: p.message, path: p.path });
  },
  { when: () => true },
);
export type HtcdsCase = z.infer<typeof htcdsCase>;

/** Every field of the record, in the order the exchange writes them. */
export const HTCDS_FIELDS = Object.keys(htcdsCaseObject.shape) as (keyof HtcdsCase)[];

/** An HTCDS file as Haven writes it in JSON. The import also takes a bare list of cases. */
export interface HtcdsDocument {
  readonly standard: 'HTCDS';
  readonly version: typeof HTCDS_VERSION;
  readonly generator: 'Haven';
  readonly cases: readonly HtcdsCase[];
}
