/** Role and organisation-type ids, as used by the API, the CLI and the locale files. */
/** `learner`: a guest invited to the e-learning courses only (a lawyer, a reception-centre officer): no case data. */
export const ROLES = [
  'network-admin',
  'org-admin',
  'supervisor',
  'caseworker',
  'hotline-operator',
  'outreach-worker',
  'analyst',
  'trainer',
  'learner',
] as const;
export type Role = (typeof ROLES)[number];

export const ORG_TYPES = [
  'ngo',
  'law-enforcement',
  'health-service',
  'central-government',
  'local-government',
  'immigration-service',
  'legal-service',
  'international-organisation',
  'school',
  'other',
] as const;
export type OrgType = (typeof ORG_TYPES)[number];

/** The languages the user interface ships in (BCP 47 tags). */
export const UI_LANGUAGES = ['en', 'el', 'ru', 'lt', 'uk', 'sq', 'sr', 'bs', 'mk', 'kk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
