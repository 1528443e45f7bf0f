/**
 * What someone else changed on a contact while the user was editing it (after a 409), so that
 * the user sees it before saving again over it. Pure.
 */
import type { ContactView } from '../../core/hotline/contact.js';

export const CONTACT_FIELDS = [
  'channel',
  'direction',
  'caller',
  'language',
  'reasons',
  'summary',
  'advice',
  'servicesSuggested',
  'danger',
  'emergencySteps',
  'startedAt',
  'durationSeconds',
  'personId',
  'caseId',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function changedContactFields(before: ContactView, after: ContactView): ContactField[] {
  return CONTACT_FIELDS.filter((field) => !same(before[field], after[field]));
}
