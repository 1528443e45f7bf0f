/**
 * The code lists of the Cases module: stable kebab-case ids used by the API, the database and the
 * locale files (the UI translates `codes:<list>.<id>`).
 *
 * Each list records the field of IOM's Human Trafficking Case Data Standard (HTCDS) it corresponds
 * to, and for each id the HTCDS value name, so that exports can speak HTCDS:
 * - `htcdsField`: the HTCDS field (with its table prefix), or null when HTCDS has no such field;
 * - `htcds[id]`: the HTCDS value name; `Field=Value` when the value lives in another HTCDS field
 *   than the list's; null when HTCDS has no equivalent value (Haven's own addition).
 *
 * HTCDS 2.0 lists (gender, trafficking status, relationship to trafficker) follow the 2.0 workbook;
 * the others are unchanged from the 1.x field reference. Ids are never renamed: add, do not edit.
 */

export interface CodeList<Id extends string = string> {
  readonly ids: readonly [Id, ...Id[]];
  readonly htcdsField: string | null;
  readonly htcds: Readonly<Record<Id, string | null>>;
}

function codeList<const M extends Record<string, string | null>>(htcdsField: string | null, htcds: M): CodeList<keyof M & string> {
  const ids = Object.keys(htcds) as (keyof M & string)[];
  if (ids.length === 0) throw new Error('empty code list');
  return { ids: ids as [keyof M & string, ...(keyof M & string)[]], htcdsField, htcds };
}

// ---- Person ----

export const GENDER = codeList('prs_Gender', {
  feminine: 'Feminine',
  masculine: 'Masculine',
  'transgender-feminine': 'TransgenderFeminine',
  'transgender-masculine': 'TransgenderMasculine',
  'non-conforming': 'NonConforming',
  unspecified: 'NonSpecifiedUnknown',
});

/** HTCDS has one first and one second name per person; Haven keeps several names of several kinds. */
export const NAME_KIND = codeList('prs_FirstName/prs_SecondName', { legal: null, alias: null, nickname: null });

export const NAME_SCRIPT = codeList(null, { latin: null, cyrillic: null, greek: null, other: null });

/** HTCDS 1.x `vic_Vulnerabilities` (2.0 deprecates it for risk and vulnerability assessments; see work.ts). */
export const VULNERABILITY = codeList('vic_Vulnerabilities', {
  addiction: 'Addiction',
  caste: 'Caste',
  discrimination: 'Discrimination',
  poverty: 'Poverty',
  'disability-physical-health': 'DisabilityAndPhysicalHealth',
  'mental-health': 'Mental health',
  migration: 'Migration',
  homelessness: 'Homelessness',
  'abuse-social-media': 'AbuseSocialMedia',
  'abuse-physical': 'AbusePhysical',
  education: 'Education',
  'work-environment': 'Work environment',
  'unaccompanied-child': null,
  other: null,
});

/** Messaging apps of a contact handle; HTCDS lists the same platforms for recruitment and exploitation. */
export const MESSAGING_APP = codeList('vic_RecruitmentWebsitesAndApps', {
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  viber: 'Viber',
  signal: null,
  'facebook-messenger': 'FacebookMessenger',
  instagram: 'Instagram',
  snapchat: 'SnapChat',
  wechat: 'WeChat',
  line: 'Line',
  tiktok: 'TikTok',
  other: 'Other',
});

/** HTCDS has no document field; it names these documents under the `WithholdsDocuments` method of control. */
export const IDENTITY_DOCUMENT_TYPE = codeList(null, {
  passport: null,
  'national-id': null,
  'residence-permit': null,
  'work-permit': null,
  visa: null,
  'birth-certificate': null,
  'driving-licence': null,
  'travel-document': null,
  other: null,
});

// ---- Case ----

export const CASE_STATUS = codeList('cas_Status', {
  active: 'Active',
  'follow-up': 'FollowUp',
  closed: 'Closed',
  'closed-referred': 'ClosedReferred',
});

export const TRAFFICKING_STATUS = codeList('TraffickingStatus', {
  possible: 'PossibleVictimOfTrafficking',
  actual: 'ActualVictimOfTrafficking',
  'not-a-victim': 'NotAVictimOfTrafficking',
});

/** HTCDS `vic_TypeOfExploitation` is coarse (forced labour / sexual / both / other); finer forms map to labour types. */
export const EXPLOITATION_FORM = codeList('vic_TypeOfExploitation', {
  'forced-labour': 'ForcedLabour',
  'sexual-exploitation': 'SexualExploitation',
  'forced-criminality': 'vic_TypeOfLabourExploitation=IllicitActivities',
  'forced-begging': 'vic_TypeOfLabourExploitation=Begging',
  'domestic-servitude': 'vic_TypeOfLabourExploitation=DomesticWork',
  'forced-marriage': null,
  'organ-removal': null,
  'child-labour': null,
  other: 'Other',
});

/** ISIC Rev.4 sections A–U (HTCDS "Labour Industry", tier 1). `ISIC_SECTIONS` gives the letter and the ISIC name. */
export const LABOUR_SECTOR = codeList('vic_ForcedLabourIndustry', {
  'agriculture-forestry-fishing': 'A_AgricultureForestryAndFishing',
  'mining-quarrying': 'B_MiningAndQuarrying',
  manufacturing: 'C_Manufacturing',
  'electricity-gas-steam-air-conditioning': 'D_ElectricityGasSteamAndAirConditioningSupply',
  'water-sewerage-waste': 'E_WaterSupplySewerageWasteManagement',
  construction: 'F_Construction',
  'wholesale-retail-vehicle-repair': 'G_WholesaleAndRetailTradeRepairOfMotorVehicles',
  'transportation-storage': 'H_TransportationAndStorage',
  'accommodation-food-service': 'I_AccommodationAndFoodServiceActivities',
  'information-communication': 'J_InformationAndCommunication',
  'financial-insurance': 'K_FinancialAndInsuranceActivities',
  'real-estate': 'L_RealEstateActivities',
  'professional-scientific-technical': 'M_ProfessionalScientificAndTechnicalActivities',
  'administrative-support-services': 'N_AdministrativeAndSupportServiceActivities',
  'public-administration-defence': 'O_PublicAdministrationAndDefence',
  education: 'P_Education',
  'health-social-work': 'Q_HumanHealthAndSocialWorkActivities',
  'arts-entertainment-recreation': 'R_ArtsEntertainmentAndRecreation',
  'other-services': 'S_OtherServiceActivities',
  'households-as-employers': 'T_ActivitiesOfHouseholdsAsEmployers',
  'extraterritorial-organisations': 'U_ActivitiesOfExtraterritorialOrganizations',
});
export type LabourSector = (typeof LABOUR_SECTOR.ids)[number];

/** ISIC Rev.4 section letter and English name (a fallback label; translators provide the rest). */
export const ISIC_SECTIONS: Readonly<Record<LabourSector, { readonly section: string; readonly name: string }>> = {
  'agriculture-forestry-fishing': { section: 'A', name: 'Agriculture, forestry and fishing' },
  'mining-quarrying': { section: 'B', name: 'Mining and quarrying' },
  manufacturing: { section: 'C', name: 'Manufacturing' },
  'electricity-gas-steam-air-conditioning': { section: 'D', name: 'Electricity, gas, steam and air conditioning supply' },
  'water-sewerage-waste': { section: 'E', name: 'Water supply; sewerage, waste management and remediation activities' },
  construction: { section: 'F', name: 'Construction' },
  'wholesale-retail-vehicle-repair': { section: 'G', name: 'Wholesale and retail trade; repair of motor vehicles and motorcycles' },
  'transportation-storage': { section: 'H', name: 'Transportation and storage' },
  'accommodation-food-service': { section: 'I', name: 'Accommodation and food service activities' },
  'information-communication': { section: 'J', name: 'Information and communication' },
  'financial-insurance': { section: 'K', name: 'Financial and insurance activities' },
  'real-estate': { section: 'L', name: 'Real estate activities' },
  'professional-scientific-technical': { section: 'M', name: 'Professional, scientific and technical activities' },
  'administrative-support-services': { section: 'N', name: 'Administrative and support service activities' },
  'public-administration-defence': { section: 'O', name: 'Public administration and defence; compulsory social security' },
  education: { section: 'P', name: 'Education' },
  'health-social-work': { section: 'Q', name: 'Human health and social work activities' },
  'arts-entertainment-recreation': { section: 'R', name: 'Arts, entertainment and recreation' },
  'other-services': { section: 'S', name: 'Other service activities' },
  'households-as-employers': {
    section: 'T',
    name: 'Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use',
  },
  'extraterritorial-organisations': { section: 'U', name: 'Activities of extraterritorial organizations and bodies' },
};

export const SEXUAL_EXPLOITATION_TYPE = codeList('vic_TypeOfSexExploitation', {
  prostitution: 'Prostitution',
  pornography: 'Pornography',
  'remote-interactive-services': 'RemoteInteractiveServices',
  'private-sexual-services': 'PrivateSexualServices',
});

export const CONTROL_METHOD = codeList('vic_MethodsOfControl', {
  'debt-bondage': 'DebtBondage',
  'takes-earnings': 'TakesEarnings',
  'restricts-financial-access': 'RestrictsFinancialAccess',
  threats: 'Threats',
  'psychological-abuse': 'PsychologicalAbuse',
  'physical-abuse': 'PhysicalAbuse',
  'sexual-abuse': 'SexualAbuse',
  'false-promises': 'FalsePromises',
  'psychoactive-substances': 'PsychoactiveSubstances',
  'restricts-movement': 'RestrictsMovement',
  'restricts-medical-care': 'RestrictsMedicalCare',
  'excessive-working-hours': 'ExcessiveWorkingHours',
  'uses-children': 'UsesChildren',
  'threat-of-law-enforcement': 'ThreatOfLawEnforcement',
  'withholds-necessities': 'WithholdsNecessities',
  'withholds-documents': 'WithholdsDocuments',
  other: 'Other',
});

/** HTCDS value names here are its labels (the field reference gives no separate system names). */
export const RECRUITMENT_METHOD = codeList('vic_MethodOfRecruitment', {
  abduction: 'Abduction',
  'educational-facility': 'Educational Facility',
  familial: 'Familial',
  internet: 'Internet (social media, online advertisement)',
  'marriage-broker': 'International Marriage Broker (IMB)',
  'intimate-partner': 'Intimate partner/marriage proposition',
  'job-offer': 'Job offer/advertisement',
  'posing-as-benefactor': 'Posing as Benefactor',
  'public-area': 'Public Area',
  'offer-of-accommodation': 'Offer of Accommodation',
  shelter: 'Shelter',
  'smuggling-ransom': 'Smuggling, ransom',
  work: 'Work',
  other: 'Other',
  unknown: 'Unknown',
});

/** HTCDS 2.0 spells the third value 'Unaquainted'; exports must use that spelling. */
export const RELATIONSHIP_TO_TRAFFICKER = codeList('RelationshipToTrafficker', {
  familial: 'Familial',
  acquainted: 'Acquainted',
  unacquainted: 'Unaquainted',
});

export const TRAFFICKING_STAGE = codeList('hte_Type', { recruitment: 'Recruitment', transit: 'Transit', exploitation: 'Exploitation' });

// ---- Consent ----

/** HTCDS only has `vic_AgreementToManagePersonalData` (a checkbox): Haven records consent per purpose. */
export const CONSENT_PURPOSE = codeList('vic_AgreementToManagePersonalData', {
  'data-processing': 'true',
  services: null,
  sharing: null,
  research: null,
});
export const CONSENT_GIVEN_BY = codeList(null, { person: null, guardian: null });
export const CONSENT_METHOD = codeList(null, { written: null, 'oral-with-witness': null });

// ---- Work on the case (HTCDS 2.0 gives guidance on assessment and planning but no fields) ----

export const RISK_LEVEL = codeList(null, { low: null, medium: null, high: null, critical: null });
export const RISK_FACTOR = codeList(null, {
  'contact-with-traffickers': null,
  'threats-to-person': null,
  'threats-to-family': null,
  'outstanding-debt': null,
  'irregular-status': null,
  'no-safe-accommodation': null,
  'health-condition': null,
  'substance-use': null,
  'self-harm': null,
  'child-in-household': null,
  'previously-trafficked': null,
  'no-support-network': null,
  other: null,
});
export const NEED_DOMAIN = codeList(null, {
  safety: null,
  accommodation: null,
  'physical-health': null,
  'mental-health': null,
  legal: null,
  documentation: null,
  financial: null,
  education: null,
  employment: null,
  family: null,
  other: null,
});
export const PRIORITY = codeList(null, { low: null, medium: null, high: null });
export const OBJECTIVE_TYPE = codeList(null, {
  education: null,
  financial: null,
  health: null,
  legal: null,
  livelihood: null,
  'social-care': null,
  rehabilitation: null,
});
export const OBJECTIVE_STATUS = codeList(null, { planned: null, 'in-progress': null, achieved: null, discontinued: null });
export const TASK_KIND = codeList(null, { task: null, appointment: null });
export const SERVICE_TYPE = codeList(null, {
  shelter: null,
  medical: null,
  psychological: null,
  'legal-aid': null,
  interpretation: null,
  return: null,
  integration: null,
  other: null,
});
export const SERVICE_OUTCOME = codeList(null, { completed: null, ongoing: null, 'declined-by-person': null, 'not-available': null, other: null });
export const PROCEEDING_STAGE = codeList(null, {
  complaint: null,
  investigation: null,
  prosecution: null,
  trial: null,
  appeal: null,
  closed: null,
});
export const PROCEEDING_OUTCOME = codeList(null, { pending: null, conviction: null, acquittal: null, discontinued: null, settled: null, other: null });
export const PROCEEDING_ROLE = codeList(null, { victim: null, witness: null, 'injured-party': null, suspect: null, other: null });
/** HTCDS `cas_ReasonForCaseClosure` is free text; referrals use `cas_ReasonForOutgoingReferral`. */
export const CLOSURE_REASON = codeList('cas_ReasonForCaseClosure', {
  'goals-achieved': null,
  referred: 'cas_ReasonForOutgoingReferral=AdditionalServicesRequired',
  'moved-away': 'cas_ReasonForOutgoingReferral=MigrationOrChangeOfLocation',
  'person-withdrew': null,
  'lost-contact': null,
  'not-a-victim': null,
  deceased: 'prs_Deceased=true',
  other: null,
});

// ---- Documents ----

/** What an uploaded file on a case is. HTCDS has no document field. */
export const DOCUMENT_CATEGORY = codeList(null, {
  identity: null,
  medical: null,
  legal: null,
  'consent-form': null,
  correspondence: null,
  photo: null,
  other: null,
});

/** Every code list by its locale name: `codes:<list>.<id>`. */
export const CODE_LISTS = {
  gender: GENDER,
  'name-kind': NAME_KIND,
  'name-script': NAME_SCRIPT,
  vulnerability: VULNERABILITY,
  'messaging-app': MESSAGING_APP,
  'identity-document-type': IDENTITY_DOCUMENT_TYPE,
  'case-status': CASE_STATUS,
  'trafficking-status': TRAFFICKING_STATUS,
  'exploitation-form': EXPLOITATION_FORM,
  'labour-sector': LABOUR_SECTOR,
  'sexual-exploitation-type': SEXUAL_EXPLOITATION_TYPE,
  'control-method': CONTROL_METHOD,
  'recruitment-method': RECRUITMENT_METHOD,
  'relationship-to-trafficker': RELATIONSHIP_TO_TRAFFICKER,
  'trafficking-stage': TRAFFICKING_STAGE,
  'consent-purpose': CONSENT_PURPOSE,
  'consent-given-by': CONSENT_GIVEN_BY,
  'consent-method': CONSENT_METHOD,
  'risk-level': RISK_LEVEL,
  'risk-factor': RISK_FACTOR,
  'need-domain': NEED_DOMAIN,
  priority: PRIORITY,
  'objective-type': OBJECTIVE_TYPE,
  'objective-status': OBJECTIVE_STATUS,
  'task-kind': TASK_KIND,
  'service-type': SERVICE_TYPE,
  'service-outcome': SERVICE_OUTCOME,
  'proceeding-stage': PROCEEDING_STAGE,
  'proceeding-outcome': PROCEEDING_OUTCOME,
  'proceeding-role': PROCEEDING_ROLE,
  'closure-reason': CLOSURE_REASON,
  'document-category': DOCUMENT_CATEGORY,
} as const satisfies Record<string, CodeList>;
export type CodeListName = keyof typeof CODE_LISTS;

/** Every locale key the UI needs for the code lists, e.g. `gender.feminine` (namespace `codes`, file `locales/<lang>/codes.json`). */
export function codeLocaleKeys(): string[] {
  return Object.entries(CODE_LISTS).flatMap(([list, { ids }]) => ids.map((id) => `${list}.${id}`));
}
