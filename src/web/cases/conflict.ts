/**
 * What someone else changed on a case while the user was editing it (after a 409), so that the
 * user sees it before saving again. Pure.
 */
import type { CaseRecord } from '../../core/cases/case.js';

export const CASE_FIELDS = [
  'status',
  'closure',
  'traffickingStatus',
  'exploitationForms',
  'labourSectors',
  'sexualExploitationTypes',
  'controlMethods',
  'recruitmentMethods',
  'relationshipToTrafficker',
  'events',
  'reflectionPeriod',
  'caseworkerId',
  'teamIds',
  'restrictedTo',
] as const;
export type CaseField = (typeof CASE_FIELDS)[number];

const normal = (value: unknown) => (JSON.stringify(value ?? null) === '[]' ? 'null' : JSON.stringify(value ?? null));

export function changedCaseFields(before: Partial<CaseRecord>, after: Partial<CaseRecord>): CaseField[] {
  return CASE_FIELDS.filter((field) => normal(before[field]) !== normal(after[field]));
}
