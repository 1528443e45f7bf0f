/**
 * The CTDC case layout: one row per case, in the columns of the Counter-Trafficking Data
 * Collaborative's k-anonymised Global Dataset, mapped from Haven's case facts.
 *
 * Sources, and what could be verified:
 * - Column names and order: the k-anonymised Global Dataset as distributed in 2020-2021 ("The
 *   Global Dataset", k = 11; its 63 columns from `yearOfRegistration`, `Datasource`, `gender`,
 *   `ageBroad`, `majorityStatus` ... to `recruiterRelationUnknown`), as read by analysis scripts
 *   published on GitHub that load the file by name; CTDC's own codebook (Data Codebook, version 6,
 *   November 2017) describes the same data set and its k = 11 anonymisation. The names of the
 *   means-of-control, labour and sexual-exploitation columns are HTCDS value names with a prefix,
 *   the same names Haven's code lists carry (codes.ts).
 * - `traffickMonths` (time in trafficking) is not in that file; it comes from CTDC's Global
 *   Synthetic Dataset (2021 onwards), whose bins are "0--12 (0-1 yr)", "13--24 (1-2 yrs)" and
 *   "25+ (2+ yrs)". Appended as the last column.
 * - `ageBroad` bins "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47",
 *   "48+" (some releases write "09--17"); `majorityStatus` "Minor" / "Adult".
 * - Countries: the issue asks for ISO 3166-1 alpha-3, which the Global Synthetic Dataset uses; the
 *   2020-2021 k-anonymised file appears to have used alpha-2 codes. Haven writes alpha-3.
 * - Not verified, Haven's choice: the gender labels (HTCDS 1.x's "Female", "Male",
 *   "Transgender/NonConforming", which CTDC's data model shares), the `Datasource` label
 *   ("Case Management"), and the format of the `...Concatenated` and `RecruiterRelationship`
 *   columns (the labels of the flags set, joined by "; ").
 *
 * Unknown is an empty cell. A flag is "1" or "0" when the case records that list at all (a form of
 * exploitation is known, say), empty when it does not. `majorityStatusAtExploit` and
 * `majorityEntry` stay empty: they would publish a second age, at exploitation, that would narrow
 * a generalised age band again.
 */
import {
  CONTROL_METHOD,
  type EXPLOITATION_FORM,
  type GENDER,
  type LABOUR_SECTOR,
  type RECRUITMENT_METHOD,
  type RELATIONSHIP_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPE,
} from '../../cases/codes.js';
import { type CalendarDate, parseDate } from '../../cases/dates.js';
import { type AgeFacts, ageOn } from '../../cases/person.js';

type IdOf<L extends { ids: readonly string[] }> = L['ids'][number];
export type GenderId = IdOf<typeof GENDER>;
export type ExploitationFormId = IdOf<typeof EXPLOITATION_FORM>;
export type LabourSectorId = IdOf<typeof LABOUR_SECTOR>;
export type SexualExploitationTypeId = IdOf<typeof SEXUAL_EXPLOITATION_TYPE>;
export type ControlMethodId = IdOf<typeof CONTROL_METHOD>;
export type RecruitmentMethodId = IdOf<typeof RECRUITMENT_METHOD>;
export type RelationshipId = IdOf<typeof RELATIONSHIP_TO_TRAFFICKER>;

/**
 * What the export needs of one case: no name, no date of birth, no place, no identifier. An empty
 * or missing list is unknown (Haven cannot tell "none" from "not recorded").
 */
export interface CaseFacts {
  readonly registrationYear: number;
  readonly gender?: GenderId | undefined;
  /** Age in whole years when the case was opened. */
  readonly age?: number | undefined;
  /** ISO 3166-1 alpha-3; the first citizenship when there are several. */
  readonly citizenship?: string | undefined;
  /** ISO 3166-1 alpha-3: the first place of exploitation. */
  readonly countryOfExploitation?: string | undefined;
  /** From the first to the last known date of the trafficking events, in whole months. */
  readonly monthsInTrafficking?: number | undefined;
  readonly exploitationForms?: readonly ExploitationFormId[] | undefined;
  readonly labourSectors?: readonly LabourSectorId[] | undefined;
  readonly sexualExploitationTypes?: readonly SexualExploitationTypeId[] | undefined;
  readonly controlMethods?: readonly ControlMethodId[] | undefined;
  readonly recruitmentMethods?: readonly RecruitmentMethodId[] | undefined;
  readonly relationshipToTrafficker?: RelationshipId | undefined;
}

// ---------------------------------------------------------------- columns

const MEANS = CONTROL_METHOD.ids.map((id) => `meansOfControl${CONTROL_METHOD.htcds[id]}`);
const LABOUR_TYPES = [
  'Agriculture',
  'Aquafarming',
  'Begging',
  'Construction',
  'DomesticWork',
  'Hospitality',
  'IllicitActivities',
  'Manufacturing',
  'MiningOrDrilling',
  'Peddling',
  'Transportation',
  'Other',
] as const;
type LabourType = (typeof LABOUR_TYPES)[number];
const SEX_TYPES = SEXUAL_EXPLOITATION_TYPE.ids.map((id) => SEXUAL_EXPLOITATION_TYPE.htcds[id] as string);
const EXPLOIT_FLAGS = [
  'isForcedLabour',
  'isSexualExploit',
  'isOtherExploit',
  'isSexAndLabour',
  'isForcedMarriage',
  'isForcedMilitary',
  'isOrganRemoval',
  'isSlaveryAndPractices',
] as const;
type ExploitFlag = (typeof EXPLOIT_FLAGS)[number];
const RECRUITER = ['IntimatePartner', 'Friend', 'Family', 'Other', 'Unknown'] as const;
type Recruiter = (typeof RECRUITER)[number];

/** The columns of the file, in order. */
export const CTDC_COLUMNS: readonly string[] = [
  'yearOfRegistration',
  'Datasource',
  'gender',
  'ageBroad',
  'majorityStatus',
  'majorityStatusAtExploit',
  'majorityEntry',
  'citizenship',
  ...MEANS,
  'meansOfControlNotSpecified',
  'meansOfControlConcatenated',
  ...EXPLOIT_FLAGS,
  'typeOfExploitConcatenated',
  ...LABOUR_TYPES.map((t) => `typeOfLabour${t}`),
  'typeOfLabourNotSpecified',
  'typeOfLabourConcatenated',
  ...SEX_TYPES.map((t) => `typeOfSex${t}`),
  'typeOfSexConcatenated',
  'isAbduction',
  'RecruiterRelationship',
  'CountryOfExploitation',
  ...RECRUITER.map((r) => `recruiterRelation${r}`),
  'traffickMonths',
];

/** The quasi-identifiers: what someone who knows a person could know and look up in the file. */
export const QUASI_IDENTIFIERS = ['gender', 'ageBroad', 'citizenship', 'CountryOfExploitation', 'yearOfRegistration'] as const;
export type QuasiIdentifier = (typeof QUASI_IDENTIFIERS)[number];

/** Columns whose value follows from a quasi-identifier's (majorityStatus from ageBroad). */
export const DERIVED_COLUMNS: Readonly<Record<string, QuasiIdentifier>> = { majorityStatus: 'ageBroad' };

export type CtdcRow = Record<string, string>;

// ---------------------------------------------------------------- values

export const DATASOURCE = 'Case Management';

export const AGE_BANDS = ['0--8', '9--17', '18--20', '21--23', '24--26', '27--29', '30--38', '39--47', '48+'] as const;
const AGE_BAND_UPPER = [8, 17, 20, 23, 26, 29, 38, 47, Number.POSITIVE_INFINITY];

/** The index of an age's band in AGE_BANDS; undefined for an unknown or impossible age. */
export function ageBand(age: number | undefined): number | undefined {
  if (age === undefined || !Number.isInteger(age) || age < 0) return undefined;
  return AGE_BAND_UPPER.findIndex((upper) => age <= upper);
}

/** The index of a band from its label ("09--17" read as "9--17"); undefined when not a band. */
export function ageBandOfLabel(label: string): number | undefined {
  const i = AGE_BANDS.indexOf(label.replace(/^0(\d)/, '$1') as (typeof AGE_BANDS)[number]);
  return i < 0 ? undefined : i;
}

/** Bands 0 and 1 are minors (under 18). */
export const MINOR_BANDS = 2;

export const GENDER_LABELS = ['Female', 'Male', 'Transgender/NonConforming'] as const;
const GENDER_LABEL_OF: Readonly<Record<GenderId, string>> = {
  feminine: 'Female',
  masculine: 'Male',
  'transgender-feminine': 'Transgender/NonConforming',
  'transgender-masculine': 'Transgender/NonConforming',
  'non-conforming': 'Transgender/NonConforming',
  unspecified: '',
};

export function genderLabel(g: GenderId | undefined): string {
  return g ? GENDER_LABEL_OF[g] : '';
}

export const TRAFFICK_MONTHS = ['0--12 (0-1 yr)', '13--24 (1-2 yrs)', '25+ (2+ yrs)'] as const;

export function traffickMonthsLabel(months: number | undefined): string {
  if (months === undefined || !(months >= 0)) return '';
  return TRAFFICK_MONTHS[months <= 12 ? 0 : months <= 24 ? 1 : 2];
}

/** Whole months from one date to another (negative when before), counting a started month as one. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number | undefined {
  const a = parseDate(from);
  const b = parseDate(to);
  if (!a || !b) return undefined;
  const months = (b.year - a.year) * 12 + (b.month - a.month) + (b.day > a.day ? 1 : 0);
  return months;
}

// ---------------------------------------------------------------- facts from a case

/** What `factsFromCase` reads: a case with its person, as stored (the CLI reads these columns). */
export interface CaseInput extends AgeFacts {
  readonly openedOn: CalendarDate;
  readonly gender?: GenderId | null | undefined;
  readonly citizenships?: readonly string[] | null | undefined;
  readonly events?:
    | readonly { readonly stage: string; readonly country: string; readonly from?: CalendarDate; readonly to?: CalendarDate }[]
    | null
    | undefined;
  readonly exploitationForms?: readonly ExploitationFormId[] | null | undefined;
  readonly labourSectors?: readonly LabourSectorId[] | null | undefined;
  readonly sexualExploitationTypes?: readonly SexualExploitationTypeId[] | null | undefined;
  readonly controlMethods?: readonly ControlMethodId[] | null | undefined;
  readonly recruitmentMethods?: readonly RecruitmentMethodId[] | null | undefined;
  readonly relationshipToTrafficker?: RelationshipId | null | undefined;
}

const known = <T>(xs: readonly T[] | null | undefined): readonly T[] | undefined => (xs && xs.length > 0 ? xs : undefined);

/** The facts of a stored case: the age on the day it was opened, the first citizenship and place of exploitation. */
export function factsFromCase(c: CaseInput): CaseFacts {
  const parts = parseDate(c.openedOn);
  if (!parts) throw new Error('a case needs its opening date');
  const events = c.events ?? [];
  const dates = events.flatMap((e) => [e.from, e.to]).filter((d): d is string => typeof d === 'string' && parseDate(d) !== undefined);
  dates.sort();
  const first = dates[0];
  const last = dates[dates.length - 1];
  const months = first && last && first !== last ? monthsBetween(first, last) : undefined;
  return {
    registrationYear: parts.year,
    gender: c.gender ?? undefined,
    age: ageOn(c, c.openedOn),
    citizenship: c.citizenships?.[0],
    countryOfExploitation: events.find((e) => e.stage === 'exploitation')?.country,
    monthsInTrafficking: months,
    exploitationForms: known(c.exploitationForms),
    labourSectors: known(c.labourSectors),
    sexualExploitationTypes: known(c.sexualExploitationTypes),
    controlMethods: known(c.controlMethods),
    recruitmentMethods: known(c.recruitmentMethods),
    relationshipToTrafficker: c.relationshipToTrafficker ?? undefined,
  };
}

// ---------------------------------------------------------------- the columns that are not quasi-identifiers

const LABOUR_FORMS: ReadonlySet<ExploitationFormId> = new Set(['forced-labour', 'forced-begging', 'forced-criminality', 'domestic-servitude']);

const LABOUR_TYPE_OF_SECTOR: Readonly<Record<LabourSectorId, LabourType>> = {
  'agriculture-forestry-fishing': 'Agriculture',
  'mining-quarrying': 'MiningOrDrilling',
  manufacturing: 'Manufacturing',
  'electricity-gas-steam-air-conditioning': 'Other',
  'water-sewerage-waste': 'Other',
  construction: 'Construction',
  'wholesale-retail-vehicle-repair': 'Other',
  'transportation-storage': 'Transportation',
  'accommodation-food-service': 'Hospitality',
  'information-communication': 'Other',
  'financial-insurance': 'Other',
  'real-estate': 'Other',
  'professional-scientific-technical': 'Other',
  'administrative-support-services': 'Other',
  'public-administration-defence': 'Other',
  education: 'Other',
  'health-social-work': 'Other',
  'arts-entertainment-recreation': 'Other',
  'other-services': 'Other',
  'households-as-employers': 'DomesticWork',
  'extraterritorial-organisations': 'Other',
};
const LABOUR_TYPE_OF_FORM: Partial<Record<ExploitationFormId, LabourType>> = {
  'forced-begging': 'Begging',
  'forced-criminality': 'IllicitActivities',
  'domestic-servitude': 'DomesticWork',
};
/** Labour types Haven's data cannot tell apart from a broader one (aquafarming is in ISIC A, peddling in G): left empty. */
const UNDERIVABLE_LABOUR: ReadonlySet<LabourType> = new Set(['Aquafarming', 'Peddling']);

const flag = (on: boolean) => (on ? '1' : '0');

/** The values of the columns that are not quasi-identifiers (nor derived from one), by column name. */
export function otherValues(f: CaseFacts): CtdcRow {
  const out: CtdcRow = { Datasource: DATASOURCE, majorityStatusAtExploit: '', majorityEntry: '' };

  // Means of control.
  const control = f.controlMethods;
  for (const id of CONTROL_METHOD.ids) out[`meansOfControl${CONTROL_METHOD.htcds[id]}`] = control ? flag(control.includes(id)) : '';
  out.meansOfControlNotSpecified = control ? '0' : '1';
  out.meansOfControlConcatenated = control
    ? CONTROL_METHOD.ids
        .filter((id) => control.includes(id))
        .map((id) => CONTROL_METHOD.htcds[id])
        .join('; ')
    : '';

  // Forms of exploitation.
  const forms = f.exploitationForms;
  const labour = forms?.some((x) => LABOUR_FORMS.has(x)) ?? false;
  const sexual = forms?.includes('sexual-exploitation') ?? false;
  const is: Record<ExploitFlag, boolean> = {
    isForcedLabour: labour,
    isSexualExploit: sexual,
    isOtherExploit: forms?.some((x) => x === 'other' || x === 'child-labour') ?? false,
    isSexAndLabour: labour && sexual,
    isForcedMarriage: forms?.includes('forced-marriage') ?? false,
    isForcedMilitary: false,
    isOrganRemoval: forms?.includes('organ-removal') ?? false,
    isSlaveryAndPractices: false,
  };
  for (const k of EXPLOIT_FLAGS) out[k] = forms ? flag(is[k]) : '';
  out.typeOfExploitConcatenated = forms
    ? EXPLOIT_FLAGS.filter((k) => is[k] && k !== 'isSexAndLabour')
        .map((k) => k.slice(2))
        .join('; ')
    : '';

  // Labour: from the sectors (ISIC) and the finer forms.
  const types = new Set<LabourType>();
  for (const s of f.labourSectors ?? []) types.add(LABOUR_TYPE_OF_SECTOR[s]);
  for (const x of forms ?? []) {
    const t = LABOUR_TYPE_OF_FORM[x];
    if (t) types.add(t);
  }
  const labourKnown = labour || types.size > 0;
  for (const t of LABOUR_TYPES) out[`typeOfLabour${t}`] = labourKnown && !UNDERIVABLE_LABOUR.has(t) ? flag(types.has(t)) : '';
  out.typeOfLabourNotSpecified = labourKnown ? flag(types.size === 0) : '';
  out.typeOfLabourConcatenated = LABOUR_TYPES.filter((t) => types.has(t)).join('; ');

  // Sexual exploitation.
  const sex = f.sexualExploitationTypes;
  for (const id of SEXUAL_EXPLOITATION_TYPE.ids) out[`typeOfSex${SEXUAL_EXPLOITATION_TYPE.htcds[id]}`] = sex ? flag(sex.includes(id)) : '';
  out.typeOfSexConcatenated = sex
    ? SEXUAL_EXPLOITATION_TYPE.ids
        .filter((id) => sex.includes(id))
        .map((id) => SEXUAL_EXPLOITATION_TYPE.htcds[id])
        .join('; ')
    : '';

  // Recruitment and the recruiter.
  const recruitment = f.recruitmentMethods;
  const rel = f.relationshipToTrafficker;
  out.isAbduction = recruitment ? flag(recruitment.includes('abduction')) : '';
  const intimate = recruitment?.includes('intimate-partner') ?? false;
  const family = rel === 'familial' || (recruitment?.includes('familial') ?? false);
  const relKnown = rel !== undefined || intimate || family;
  const r: Record<Recruiter, boolean> = {
    IntimatePartner: intimate,
    // Haven records "acquainted" (HTCDS 2.0), which does not say whether a friend: left empty.
    Friend: false,
    Family: family,
    Other: !intimate && !family && (rel === 'acquainted' || rel === 'unacquainted'),
    Unknown: !relKnown,
  };
  for (const k of RECRUITER) out[`recruiterRelation${k}`] = k === 'Friend' ? '' : k === 'Unknown' ? flag(r.Unknown) : relKnown ? flag(r[k]) : '';
  out.RecruiterRelationship = relKnown
    ? RECRUITER.filter((k) => k !== 'Unknown' && r[k])
        .map((k) => (k === 'IntimatePartner' ? 'Intimate Partner' : k))
        .join('; ')
    : '';

  out.traffickMonths = traffickMonthsLabel(f.monthsInTrafficking);
  return out;
}

/** A key that determines `otherValues`, for caching the rendered columns. */
export function otherValuesKey(f: CaseFacts): string {
  return `${f.exploitationForms?.join(',') ?? '?'}|${f.labourSectors?.join(',') ?? '?'}|${f.sexualExploitationTypes?.join(',') ?? '?'}|${f.controlMethods?.join(',') ?? '?'}|${f.recruitmentMethods?.join(',') ?? '?'}|${f.relationshipToTrafficker ?? '?'}|${traffickMonthsLabel(f.monthsInTrafficking)}`;
}
