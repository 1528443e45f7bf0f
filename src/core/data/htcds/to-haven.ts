/**
 * HTCDS → Haven: the Haven person and case of one HTCDS record (record.ts), checked with Haven's
 * own rules (the person's and the case's schemas), every problem named by the record's field it
 * comes from. Reads Haven's `x_haven_*` extension fields before the HTCDS fields they refine, and
 * other systems' values (HTCDS 1.x labour types, a closure by referral) as Haven's nearest codes.
 * Pure: no I/O.
 */
import { z } from 'zod';
import { caseStatus, createCaseRequest, reflectionPeriodSchema } from '../../cases/case.js';
import {
  CASE_STATUS,
  CLOSURE_REASON,
  type CodeList,
  CONTROL_METHOD,
  EXPLOITATION_FORM,
  GENDER,
  LABOUR_SECTOR,
  RECRUITMENT_METHOD,
  RELATIONSHIP_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPE,
  TRAFFICKING_STAGE,
  TRAFFICKING_STATUS,
  VULNERABILITY,
} from '../../cases/codes.js';
import { pastDate } from '../../cases/dates.js';
import { createPersonRequest } from '../../cases/person.js';
import { closure } from '../../cases/work.js';
import { fromHtcdsCountry, idsIn, inListOrder, LABOUR_TYPES, targetOf, text } from './codes.js';
import type { HavenCase, HavenPerson, HtcdsCase } from './record.js';

/** A problem of a record: the HTCDS field (dotted path) and what is wrong. */
export interface RecordProblem {
  readonly field: string;
  readonly message: string;
}

export type ToHaven = { ok: true; person: HavenPerson; case: HavenCase } | { ok: false; problems: RecordProblem[] };

/** What Haven checks of a case it imports (a decision without its authority and date is taken: HTCDS has no field for them). */
const havenCase = z.object({
  status: caseStatus,
  openedOn: pastDate,
  closure: closure.nullable(),
  traffickingStatus: z
    .object({
      status: z.enum(TRAFFICKING_STATUS.ids),
      decidedBy: text(200).optional(),
      decidedOn: pastDate.optional(),
    })
    .optional(),
  exploitationForms: createCaseRequest.shape.exploitationForms,
  labourSectors: createCaseRequest.shape.labourSectors,
  sexualExploitationTypes: createCaseRequest.shape.sexualExploitationTypes,
  controlMethods: createCaseRequest.shape.controlMethods,
  recruitmentMethods: createCaseRequest.shape.recruitmentMethods,
  relationshipToTrafficker: createCaseRequest.shape.relationshipToTrafficker,
  events: createCaseRequest.shape.events,
  reflectionPeriod: reflectionPeriodSchema.optional(),
});

/** The ids of a list whose HTCDS values (in `field`) are these. */
function idsOf(list: CodeList, field: string, values: readonly string[] | undefined): string[] {
  if (!values) return [];
  return idsIn(list, field).filter((id) => values.includes((targetOf(list, id) as { value: string }).value));
}
const idOf = (list: CodeList, field: string, value: string | undefined) => (value ? idsOf(list, field, [value])[0] : undefined);

/** Drops the keys whose value is undefined or an empty list (absent, as the Haven schemas expect). */
function compact<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

/** The HTCDS field a problem of a Haven field comes from. */
function fieldOfPerson(path: readonly PropertyKey[], r: HtcdsCase): string {
  const [head, i, sub] = path;
  switch (head) {
    case 'names':
      if (i === 0) return sub === 'family' ? 'prs_SecondName' : 'prs_FirstName';
      return typeof i === 'number' ? `x_haven_OtherNames.${i - 1}${sub !== undefined ? `.${String(sub)}` : ''}` : 'prs_FirstName';
    case 'birthDate':
      return 'prs_Birthdate';
    case 'estimatedAge':
      return r.x_haven_EstimatedAge === undefined ? 'x_haven_EstimatedAge' : 'x_haven_AgeEstimatedOn';
    case 'citizenships':
      return 'prs_Nationality';
    case 'languages':
      return 'x_haven_Languages';
    case 'contact':
      if (r.x_haven_Contact) return ['x_haven_Contact', ...path.slice(1)].map(String).join('.');
      return i === 'emails' ? 'prs_Email' : i === 'phones' ? 'prs_MobilePhone' : 'prs_MailingStreet';
    case 'documents':
      return ['x_haven_Documents', ...path.slice(1)].map(String).join('.');
    case 'guardian':
      return ['x_haven_Guardian', ...path.slice(1)].map(String).join('.');
    default:
      return path.map(String).join('.') || 'prs_FirstName';
  }
}

function fieldOfCase(path: readonly PropertyKey[]): string {
  const [head, i, sub] = path;
  switch (head) {
    case 'openedOn':
      return 'cas_OpenedOn';
    case 'closure':
      return i === 'closedOn' ? 'x_haven_ClosedOn' : i === 'note' ? 'cas_ReasonForCaseClosure' : 'x_haven_ClosureReason';
    case 'traffickingStatus':
      return i === 'decidedOn' ? 'x_haven_TraffickingDecidedOn' : i === 'decidedBy' ? 'x_haven_TraffickingDecidedBy' : 'TraffickingStatus';
    case 'events':
      return `hte_Events.${String(i)}.${sub === 'to' ? 'x_haven_EndDate' : sub === 'from' ? 'hte_Date' : sub === 'place' ? 'hte_City' : 'hte_Type'}`;
    case 'reflectionPeriod':
      return i === 'startsOn' ? 'x_haven_ReflectionStartsOn' : 'x_haven_ReflectionEndsOn';
    default:
      return path.map(String).join('.');
  }
}

/**
 * The Haven person and case of a record, checked with Haven's own rules (the problems name the
 * record's fields). `today` is the day a closed case with no closure day is taken to be closed on
 * (HTCDS has no such field).
 */
export function toHaven(r: HtcdsCase, today?: string): ToHaven {
  const problems: RecordProblem[] = [];

  // Person
  const given = [r.prs_FirstName, r.prs_MiddleName].filter(Boolean).join(' ');
  const names = [
    { given, family: r.prs_SecondName ?? '', kind: r.x_haven_NameKind ?? 'legal', ...(r.x_haven_NameScript ? { script: r.x_haven_NameScript } : {}) },
    ...(r.x_haven_OtherNames ?? []),
  ];
  if ((r.x_haven_EstimatedAge === undefined) !== (r.x_haven_AgeEstimatedOn === undefined)) {
    problems.push({
      field: r.x_haven_EstimatedAge === undefined ? 'x_haven_EstimatedAge' : 'x_haven_AgeEstimatedOn',
      message: 'an estimated age needs the day it was estimated on (x_haven_EstimatedAge and x_haven_AgeEstimatedOn)',
    });
  }
  const address = compact({
    street: r.prs_MailingStreet,
    city: r.prs_MailingCity,
    region: r.prs_MailingState,
    postalCode: r.prs_MailingPostalCode,
    country: r.prs_MailingCountry ? fromHtcdsCountry(r.prs_MailingCountry) : undefined,
  });
  const phones = [r.prs_MobilePhone, r.prs_HomePhone].filter((n): n is string => Boolean(n)).map((number) => ({ number }));
  const contact = r.x_haven_Contact ?? {
    phones,
    emails: r.prs_Email ? [r.prs_Email] : [],
    addresses: Object.keys(address).length ? [address] : [],
    messaging: [],
  };
  const hasContact = contact.phones.length + contact.emails.length + contact.addresses.length + contact.messaging.length > 0;
  const vulnerabilities = inListOrder(VULNERABILITY, [
    ...idsOf(VULNERABILITY, 'vic_Vulnerabilities', r.vic_Vulnerabilities),
    ...(r.x_haven_Vulnerabilities ?? []),
  ]);
  const personInput = compact({
    names,
    birthDate: r.prs_Birthdate,
    estimatedAge:
      r.x_haven_EstimatedAge !== undefined && r.x_haven_AgeEstimatedOn !== undefined
        ? { years: r.x_haven_EstimatedAge, estimatedOn: r.x_haven_AgeEstimatedOn }
        : undefined,
    gender: idOf(GENDER, 'prs_Gender', r.prs_Gender),
    citizenships: r.prs_Nationality?.map(fromHtcdsCountry),
    languages: r.x_haven_Languages,
    contact: hasContact ? contact : undefined,
    documents: r.x_haven_Documents,
    vulnerabilities,
    guardian: r.x_haven_Guardian,
  });
  const person = createPersonRequest.safeParse(personInput);
  if (!person.success) for (const i of person.error.issues) problems.push({ field: fieldOfPerson(i.path, r), message: i.message });

  // Case
  const status = (idOf(CASE_STATUS, 'cas_Status', r.cas_Status) ?? 'active') as HavenCase['status'];
  const closed = status === 'closed' || status === 'closed-referred';
  const referral = r.cas_ReasonForOutgoingReferral
    ? idsIn(CLOSURE_REASON, 'cas_ReasonForOutgoingReferral').find((id) => targetOf(CLOSURE_REASON, id)?.value === r.cas_ReasonForOutgoingReferral)
    : undefined;
  const reason = r.x_haven_ClosureReason ?? (r.prs_Deceased ? 'deceased' : (referral ?? (status === 'closed-referred' ? 'referred' : 'other')));
  const closedOn = r.x_haven_ClosedOn ?? r.cas_OutgoingReferralDate ?? today;
  if (closed && !closedOn) problems.push({ field: 'x_haven_ClosedOn', message: 'a closed case needs the day it was closed' });
  const forms: string[] = [...idsOf(EXPLOITATION_FORM, 'vic_TypeOfExploitation', r.vic_TypeOfExploitation), ...(r.x_haven_ExploitationForms ?? [])];
  const sectors: string[] = idsOf(LABOUR_SECTOR, 'vic_ForcedLabourIndustry', r.vic_ForcedLabourIndustry);
  for (const type of r.vic_TypeOfLabourExploitation ?? []) {
    const t = LABOUR_TYPES[type] ?? {};
    forms.push(t.form ?? 'forced-labour');
    if (t.sector) sectors.push(t.sector);
  }
  const caseInput = compact({
    status,
    openedOn: r.cas_OpenedOn,
    closure:
      closed && closedOn
        ? compact({
            reason,
            closedOn,
            referredToOrganisationId: r.x_haven_ReferredOrganisationId,
            note: r.cas_ReasonForCaseClosure,
          })
        : null,
    traffickingStatus: r.TraffickingStatus
      ? compact({
          status: idOf(TRAFFICKING_STATUS, 'TraffickingStatus', r.TraffickingStatus),
          decidedBy: r.x_haven_TraffickingDecidedBy,
          decidedOn: r.x_haven_TraffickingDecidedOn,
        })
      : undefined,
    exploitationForms: inListOrder(EXPLOITATION_FORM, forms),
    labourSectors: inListOrder(LABOUR_SECTOR, sectors),
    sexualExploitationTypes: idsOf(SEXUAL_EXPLOITATION_TYPE, 'vic_TypeOfSexExploitation', r.vic_TypeOfSexExploitation),
    controlMethods: idsOf(CONTROL_METHOD, 'vic_MethodsOfControl', r.vic_MethodsOfControl),
    recruitmentMethods: idsOf(RECRUITMENT_METHOD, 'vic_MethodOfRecruitment', r.vic_MethodOfRecruitment),
    relationshipToTrafficker: idOf(RELATIONSHIP_TO_TRAFFICKER, 'RelationshipToTrafficker', r.RelationshipToTrafficker),
    events: r.hte_Events?.map((e) =>
      compact({
        stage: idOf(TRAFFICKING_STAGE, 'hte_Type', e.hte_Type),
        country: fromHtcdsCountry(e.hte_Country),
        place: e.hte_City,
        from: e.hte_Date,
        to: e.x_haven_EndDate,
      }),
    ),
    reflectionPeriod:
      r.x_haven_ReflectionStartsOn || r.x_haven_ReflectionEndsOn ? { startsOn: r.x_haven_ReflectionStartsOn, endsOn: r.x_haven_ReflectionEndsOn } : undefined,
  });
  const kase = havenCase.safeParse(caseInput);
  if (!kase.success) for (const i of kase.error.issues) problems.push({ field: fieldOfCase(i.path), message: i.message });

  if (problems.length || !person.success || !kase.success) return { ok: false, problems };
  return { ok: true, person: person.data, case: kase.data as HavenCase };
}
