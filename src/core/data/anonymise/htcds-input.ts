/**
 * Case facts from a CSV in the HTCDS layout, for `haven anonymise --in FILE`: one row per case,
 * columns named by their HTCDS field. Columns not listed here are ignored (an HTCDS export holds
 * names and other fields the anonymised file never reads); every listed column is optional but
 * `cas_OpenedOn`.
 *
 * | column | values |
 * |---|---|
 * | `cas_OpenedOn` | the day the case was opened, YYYY-MM-DD (Haven's field: HTCDS has no registration date) |
 * | `prs_Gender` | an HTCDS 2.0 value (Feminine, Masculine, TransgenderFeminine, TransgenderMasculine, NonConforming, NonSpecifiedUnknown), an HTCDS 1.x one (Female, Male, Transgender/NonConforming, Unknown) or a Haven id |
 * | `prs_Birthdate` | YYYY-MM-DD; the age is taken on `cas_OpenedOn` |
 * | `prs_Nationality` | ISO 3166-1 alpha-2 (HTCDS) or alpha-3; several separated by ";" (the first is used) |
 * | `hte_ExploitationCountry` | alpha-2 or alpha-3: the country of the first exploitation event (Haven's flattening of HTCDS's event table, `hte_Country` where `hte_Type` is Exploitation) |
 * | `hte_FirstDate`, `hte_LastDate` | YYYY-MM-DD: the first and last dates of the trafficking events (for the time in trafficking) |
 * | `vic_TypeOfExploitation` | ForcedLabour, SexualExploitation, Other, or Haven ids (forced-marriage, organ-removal, child-labour, ...) |
 * | `vic_TypeOfLabourExploitation` | Agriculture, Aquafarming, Begging, Construction, DomesticWork, Hospitality, IllicitActivities, Manufacturing, MiningOrDrilling, Peddling, Transportation, Other |
 * | `vic_ForcedLabourIndustry` | ISIC sections as HTCDS names them (A_AgricultureForestryAndFishing, ...) or Haven ids |
 * | `vic_TypeOfSexExploitation` | Prostitution, Pornography, RemoteInteractiveServices, PrivateSexualServices |
 * | `vic_MethodsOfControl` | HTCDS values (DebtBondage, TakesEarnings, ...) |
 * | `vic_MethodOfRecruitment` | HTCDS values (Abduction, Familial, "Intimate partner/marriage proposition", ...) |
 * | `RelationshipToTrafficker` | Familial, Acquainted, Unaquainted (HTCDS 2.0's spelling; Unacquainted is accepted) |
 *
 * Lists are separated by ";". Values match without regard to letter case; an empty cell is unknown.
 */
import {
  CONTROL_METHOD,
  type CodeList,
  EXPLOITATION_FORM,
  GENDER,
  LABOUR_SECTOR,
  RECRUITMENT_METHOD,
  RELATIONSHIP_TO_TRAFFICKER,
  SEXUAL_EXPLOITATION_TYPE,
} from '../../cases/codes.js';
import { parseDate } from '../../cases/dates.js';
import { ageOn } from '../../cases/person.js';
import { ALPHA2_OF, alpha3Of } from '../../referrals/countries.js';
import type { CaseFacts, ExploitationFormId, GenderId, LabourSectorId } from './ctdc.js';
import { monthsBetween } from './ctdc.js';

export const HTCDS_INPUT_COLUMNS = [
  'cas_OpenedOn',
  'prs_Gender',
  'prs_Birthdate',
  'prs_Nationality',
  'hte_ExploitationCountry',
  'hte_FirstDate',
  'hte_LastDate',
  'vic_TypeOfExploitation',
  'vic_TypeOfLabourExploitation',
  'vic_ForcedLabourIndustry',
  'vic_TypeOfSexExploitation',
  'vic_MethodsOfControl',
  'vic_MethodOfRecruitment',
  'RelationshipToTrafficker',
] as const;

export interface InputProblem {
  /** The line of the file (the header is line 1). */
  readonly row: number;
  readonly field: string;
  readonly message: string;
}

const norm = (s: string) => s.trim().toLowerCase();

/** value (HTCDS name or Haven id, lower case) → Haven id, for the values that live in the list's own field. */
function lookup<Id extends string>(list: CodeList<Id>, extra: Record<string, Id> = {}): Map<string, Id> {
  const m = new Map<string, Id>();
  for (const id of list.ids) {
    m.set(norm(id), id);
    const v = list.htcds[id];
    if (v && !v.includes('=')) m.set(norm(v), id);
  }
  for (const [k, id] of Object.entries(extra)) m.set(norm(k), id);
  return m;
}

const GENDERS = lookup(GENDER, { female: 'feminine', male: 'masculine', 'transgender/nonconforming': 'non-conforming', unknown: 'unspecified' } as Record<
  string,
  GenderId
>);
const FORMS = lookup(EXPLOITATION_FORM);
const SECTORS = lookup(LABOUR_SECTOR);
const SEX = lookup(SEXUAL_EXPLOITATION_TYPE);
const CONTROL = lookup(CONTROL_METHOD);
const RECRUITMENT = lookup(RECRUITMENT_METHOD);
const RELATIONSHIP = lookup(RELATIONSHIP_TO_TRAFFICKER, { unacquainted: 'unacquainted' });

/** HTCDS 1.x labour exploitation types: a finer form of exploitation, or a sector. */
const LABOUR_TYPES: ReadonlyMap<string, { form?: ExploitationFormId; sector?: LabourSectorId }> = new Map(
  Object.entries({
    agriculture: { sector: 'agriculture-forestry-fishing' },
    aquafarming: { sector: 'agriculture-forestry-fishing' },
    begging: { form: 'forced-begging' },
    construction: { sector: 'construction' },
    domesticwork: { form: 'domestic-servitude' },
    hospitality: { sector: 'accommodation-food-service' },
    illicitactivities: { form: 'forced-criminality' },
    manufacturing: { sector: 'manufacturing' },
    miningordrilling: { sector: 'mining-quarrying' },
    peddling: { sector: 'wholesale-retail-vehicle-repair' },
    transportation: { sector: 'transportation-storage' },
    other: {},
  } satisfies Record<string, { form?: ExploitationFormId; sector?: LabourSectorId }>),
);

/**
 * Reads the rows (objects keyed by the header, as papaparse gives them). Returns the facts, or
 * the problems (at most `maxProblems`) when any row is wrong: nothing is half-read.
 */
export function factsFromHtcdsRows(
  header: readonly string[],
  rows: readonly Readonly<Record<string, string | undefined>>[],
  maxProblems = 20,
): { facts: CaseFacts[]; problems: InputProblem[] } {
  const problems: InputProblem[] = [];
  if (!header.includes('cas_OpenedOn')) {
    return {
      facts: [],
      problems: [{ row: 1, field: 'cas_OpenedOn', message: `the header has no cas_OpenedOn column (accepted columns: ${HTCDS_INPUT_COLUMNS.join(', ')})` }],
    };
  }
  const facts: CaseFacts[] = [];
  for (let r = 0; r < rows.length && problems.length < maxProblems; r++) {
    const row = rows[r] as Readonly<Record<string, string | undefined>>;
    const line = r + 2;
    const problem = (field: string, message: string) => problems.push({ row: line, field, message });
    const cell = (c: string) => (row[c] ?? '').trim();
    const list = <Id extends string>(c: string, map: Map<string, Id>): Id[] | undefined => {
      const raw = cell(c);
      if (raw === '') return undefined;
      const out: Id[] = [];
      for (const v of raw.split(';')) {
        if (v.trim() === '') continue;
        const id = map.get(norm(v));
        if (id === undefined) problem(c, `unknown value "${v.trim()}"`);
        else if (!out.includes(id)) out.push(id);
      }
      return out.length ? out : undefined;
    };
    const date = (c: string): string | undefined => {
      const raw = cell(c);
      if (raw === '') return undefined;
      if (!parseDate(raw)) {
        problem(c, `must be a date YYYY-MM-DD, got "${raw}"`);
        return undefined;
      }
      return raw;
    };
    const country = (c: string): string | undefined => {
      const raw = cell(c).split(';')[0]?.trim().toUpperCase() ?? '';
      if (raw === '') return undefined;
      const a3 = raw.length === 2 ? alpha3Of(raw) : Object.hasOwn(ALPHA2_OF, raw) ? raw : undefined;
      if (!a3) problem(c, `not an ISO 3166-1 country code: "${raw}"`);
      return a3;
    };

    const openedOn = date('cas_OpenedOn');
    if (cell('cas_OpenedOn') === '') problem('cas_OpenedOn', 'required');
    const genderRaw = cell('prs_Gender');
    const gender = genderRaw === '' ? undefined : GENDERS.get(norm(genderRaw));
    if (genderRaw !== '' && !gender) problem('prs_Gender', `unknown value "${genderRaw}"`);
    const birthDate = date('prs_Birthdate');
    const age = openedOn && birthDate ? ageOn({ birthDate }, openedOn) : undefined;
    if (openedOn && birthDate && age === undefined) problem('prs_Birthdate', 'must not be after cas_OpenedOn');
    const first = date('hte_FirstDate');
    const last = date('hte_LastDate');
    const months = first && last ? monthsBetween(first, last) : undefined;
    if (months !== undefined && months < 0) problem('hte_LastDate', 'must not be before hte_FirstDate');

    const forms = list('vic_TypeOfExploitation', FORMS) ?? [];
    const sectors = list('vic_ForcedLabourIndustry', SECTORS) ?? [];
    const labourRaw = cell('vic_TypeOfLabourExploitation');
    if (labourRaw !== '') {
      for (const v of labourRaw.split(';')) {
        if (v.trim() === '') continue;
        const t = LABOUR_TYPES.get(norm(v).replace(/\s+/g, ''));
        if (!t) {
          problem('vic_TypeOfLabourExploitation', `unknown value "${v.trim()}"`);
          continue;
        }
        if (t.form && !forms.includes(t.form)) forms.push(t.form);
        if (t.sector && !sectors.includes(t.sector)) sectors.push(t.sector);
        if (!t.form && !forms.includes('forced-labour')) forms.push('forced-labour');
      }
    }
    const relRaw = cell('RelationshipToTrafficker');
    const relationship = relRaw === '' ? undefined : RELATIONSHIP.get(norm(relRaw));
    if (relRaw !== '' && !relationship) problem('RelationshipToTrafficker', `unknown value "${relRaw}"`);

    const citizenship = country('prs_Nationality');
    const countryOfExploitation = country('hte_ExploitationCountry');
    const sexualExploitationTypes = list('vic_TypeOfSexExploitation', SEX);
    const controlMethods = list('vic_MethodsOfControl', CONTROL);
    const recruitmentMethods = list('vic_MethodOfRecruitment', RECRUITMENT);
    if (!openedOn) continue;
    facts.push({
      registrationYear: Number(openedOn.slice(0, 4)),
      gender,
      age,
      citizenship,
      countryOfExploitation,
      monthsInTrafficking: months !== undefined && months >= 0 ? months : undefined,
      exploitationForms: forms.length ? forms : undefined,
      labourSectors: sectors.length ? sectors : undefined,
      sexualExploitationTypes,
      controlMethods,
      recruitmentMethods,
      relationshipToTrafficker: relationship,
    });
  }
  return { facts: problems.length ? [] : facts, problems: problems.slice(0, maxProblems) };
}
