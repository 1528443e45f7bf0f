/**
 * Haven → HTCDS: a Haven person and case as one HTCDS 2.0 record (record.ts), each code written as
 * its HTCDS value in its HTCDS field, and what HTCDS has no field or value for in the `x_haven_*`
 * extension fields, so that to-haven.ts reads back what was written. Pure: no I/O.
 */
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
import { inListOrder, targetOf, toHtcdsCountry } from './codes.js';
import { type HavenCase, type HavenPerson, HTCDS_FIELDS, type HtcdsCase } from './record.js';

/** The HTCDS values of some codes of a list, by field; and the codes HTCDS has no value for. */
function split(list: CodeList, ids: readonly string[] | undefined): { byField: Map<string, string[]>; extra: string[] } {
  const byField = new Map<string, string[]>();
  const extra: string[] = [];
  for (const id of inListOrder(list, ids ?? [])) {
    const t = targetOf(list, id);
    if (!t) {
      extra.push(id);
      continue;
    }
    const values = byField.get(t.field) ?? [];
    if (!values.includes(t.value)) values.push(t.value);
    byField.set(t.field, values);
  }
  return { byField, extra };
}

const single = (list: CodeList, id: string | undefined | null) => (id ? targetOf(list, id)?.value : undefined);

/** The case and its person in HTCDS. `source`: the person's id and the case number in Haven. */
export function fromHaven(p: HavenPerson, k: HavenCase, source: { personId?: string; caseNumber?: number } = {}): HtcdsCase {
  const r: Record<string, unknown> = {};
  const set = (field: keyof HtcdsCase, v: unknown) => {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return;
    r[field] = v;
  };
  const list = (v: readonly string[] | undefined) => (v?.length ? [...v] : undefined);

  // Case
  set('cas_Status', single(CASE_STATUS, k.status));
  set('cas_OpenedOn', k.openedOn);
  const closed = k.status === 'closed' || k.status === 'closed-referred';
  const c = closed ? k.closure : null;
  if (c) {
    set('cas_ReasonForCaseClosure', c.note);
    const t = targetOf(CLOSURE_REASON, c.reason);
    if (t?.field === 'cas_ReasonForOutgoingReferral') set('cas_ReasonForOutgoingReferral', t.value);
    if (k.status === 'closed-referred') set('cas_OutgoingReferralDate', c.closedOn);
  }

  // Person
  const [first, ...others] = p.names;
  set('prs_FirstName', first?.given);
  set('prs_SecondName', first?.family);
  set('prs_Birthdate', p.birthDate);
  set('prs_Gender', single(GENDER, p.gender));
  set('prs_Nationality', list(p.citizenships?.map(toHtcdsCountry)));
  if (c && targetOf(CLOSURE_REASON, c.reason)?.field === 'prs_Deceased') set('prs_Deceased', true);
  const contact = p.contact;
  set('prs_Email', contact?.emails[0]);
  set('prs_MobilePhone', contact?.phones[0]?.number);
  const address = contact?.addresses[0];
  set('prs_MailingStreet', address?.street);
  set('prs_MailingCity', address?.city);
  set('prs_MailingState', address?.region);
  set('prs_MailingPostalCode', address?.postalCode);
  set('prs_MailingCountry', address?.country ? toHtcdsCountry(address.country) : undefined);

  // Victim context
  set('TraffickingStatus', single(TRAFFICKING_STATUS, k.traffickingStatus?.status));
  const vulnerabilities = split(VULNERABILITY, p.vulnerabilities);
  set('vic_Vulnerabilities', vulnerabilities.byField.get('vic_Vulnerabilities'));
  const forms = split(EXPLOITATION_FORM, k.exploitationForms);
  set('vic_TypeOfExploitation', forms.byField.get('vic_TypeOfExploitation'));
  set('vic_TypeOfLabourExploitation', forms.byField.get('vic_TypeOfLabourExploitation'));
  set('vic_ForcedLabourIndustry', split(LABOUR_SECTOR, k.labourSectors).byField.get('vic_ForcedLabourIndustry'));
  set('vic_TypeOfSexExploitation', split(SEXUAL_EXPLOITATION_TYPE, k.sexualExploitationTypes).byField.get('vic_TypeOfSexExploitation'));
  set('vic_MethodsOfControl', split(CONTROL_METHOD, k.controlMethods).byField.get('vic_MethodsOfControl'));
  set('vic_MethodOfRecruitment', split(RECRUITMENT_METHOD, k.recruitmentMethods).byField.get('vic_MethodOfRecruitment'));
  set('RelationshipToTrafficker', single(RELATIONSHIP_TO_TRAFFICKER, k.relationshipToTrafficker));

  // Events
  set(
    'hte_Events',
    k.events?.map((e) => {
      const out: Record<string, string> = { hte_Type: single(TRAFFICKING_STAGE, e.stage) as string, hte_Country: toHtcdsCountry(e.country) };
      if (e.place) out.hte_City = e.place;
      if (e.from) out.hte_Date = e.from;
      if (e.to) out.x_haven_EndDate = e.to;
      return out;
    }),
  );

  // Extensions
  set('x_haven_PersonId', source.personId);
  set('x_haven_CaseNumber', source.caseNumber);
  if (first && first.kind !== 'legal') set('x_haven_NameKind', first.kind);
  set('x_haven_NameScript', first?.script);
  set(
    'x_haven_OtherNames',
    others.map((n) => ({ given: n.given, family: n.family, kind: n.kind, ...(n.script ? { script: n.script } : {}) })),
  );
  set('x_haven_EstimatedAge', p.estimatedAge?.years);
  set('x_haven_AgeEstimatedOn', p.estimatedAge?.estimatedOn);
  set('x_haven_Languages', list(p.languages));
  set('x_haven_Vulnerabilities', vulnerabilities.extra);
  set('x_haven_ExploitationForms', forms.extra);
  if (contact && (contact.phones.length || contact.emails.length || contact.addresses.length || contact.messaging.length)) set('x_haven_Contact', contact);
  set('x_haven_Documents', p.documents);
  set('x_haven_Guardian', p.guardian);
  set('x_haven_TraffickingDecidedBy', k.traffickingStatus?.decidedBy);
  set('x_haven_TraffickingDecidedOn', k.traffickingStatus?.decidedOn);
  if (c) {
    set('x_haven_ClosureReason', c.reason);
    set('x_haven_ClosedOn', c.closedOn);
    set('x_haven_ReferredOrganisationId', c.referredToOrganisationId);
  }
  set('x_haven_ReflectionStartsOn', k.reflectionPeriod?.startsOn);
  set('x_haven_ReflectionEndsOn', k.reflectionPeriod?.endsOn);
  return Object.fromEntries(HTCDS_FIELDS.filter((f) => f in r).map((f) => [f, r[f]])) as HtcdsCase;
}
