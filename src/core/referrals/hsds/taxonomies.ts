/**
 * Haven's own taxonomies in HSDS: the service types, the genders a service is for and the time
 * zone of its opening hours, each a taxonomy whose terms an attribute of a service links to (see
 * export.ts for how Haven's fields are carried). Their ids are name-based UUIDs. Pure: no I/O.
 */
import { ELIGIBLE_GENDERS, SERVICE_TAXONOMY_ID, SERVICE_TYPES } from '../directory.js';
import { HAVEN_NAMESPACE, uuidV5 } from './ids.js';

export interface HavenTaxonomy {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly terms: readonly { readonly code: string; readonly name: string; readonly description: string }[];
}

const SERVICE_TYPE_TERMS: Record<(typeof SERVICE_TYPES)[number], [string, string]> = {
  shelter: ['Shelter', 'Safe accommodation'],
  medical: ['Medical care', 'Health care and medical examinations'],
  psychological: ['Psychological support', 'Counselling, therapy and psychosocial support'],
  'legal-aid': ['Legal aid', 'Legal advice and representation'],
  interpretation: ['Interpretation', 'Interpreting and translation'],
  return: ['Return and reintegration', 'Assisted voluntary return and reintegration'],
  employment: ['Employment', 'Job placement and vocational training'],
  education: ['Education', 'Schooling and language courses'],
  'child-protection': ['Child protection', 'Services for children and guardianship'],
  emergency: ['Emergency assistance', 'Immediate help around the clock'],
};

const GENDER_TERMS: Record<(typeof ELIGIBLE_GENDERS)[number], string> = { female: 'Female', male: 'Male', 'non-binary': 'Non-binary' };

const taxonomyId = (name: string) => uuidV5(HAVEN_NAMESPACE, `taxonomy:${name}`);

export const SERVICE_TYPE_TAXONOMY: HavenTaxonomy = {
  id: taxonomyId(SERVICE_TAXONOMY_ID),
  name: SERVICE_TAXONOMY_ID,
  description: 'Haven service types for assistance to victims of trafficking',
  terms: SERVICE_TYPES.map((code) => ({ code, name: SERVICE_TYPE_TERMS[code][0], description: SERVICE_TYPE_TERMS[code][1] })),
};
export const GENDER_TAXONOMY: HavenTaxonomy = {
  id: taxonomyId('haven-eligibility-gender'),
  name: 'haven-eligibility-gender',
  description: 'Genders a service is for; a service linked to none of them is for everyone',
  terms: ELIGIBLE_GENDERS.map((code) => ({ code, name: GENDER_TERMS[code], description: `Open to ${GENDER_TERMS[code].toLowerCase()} people` })),
};
export const TIME_ZONE_TAXONOMY: HavenTaxonomy = {
  id: taxonomyId('haven-time-zone'),
  name: 'haven-time-zone',
  description: 'The time zone of a service’s opening hours',
  terms: [{ code: 'iana', name: 'IANA time zone', description: 'The attribute value is an IANA time zone name, e.g. Europe/Athens' }],
};
const TAXONOMIES = [SERVICE_TYPE_TAXONOMY, GENDER_TAXONOMY, TIME_ZONE_TAXONOMY] as const;

export const termId = (t: HavenTaxonomy, code: string) => uuidV5(t.id, code);

export { TAXONOMIES as HAVEN_TAXONOMIES };
