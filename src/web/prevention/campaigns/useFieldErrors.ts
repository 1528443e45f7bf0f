import { type FieldErrors, useFieldErrors as useFormFieldErrors } from '../../app/useFieldErrors.js';
import { shownFieldOf } from './logic.js';

export type { FieldErrors };

/** The campaigns' own words where the general ones would say less (the range of a coordinate, a city twice). */
function ownMessage(path: string, general: string): `campaigns:${string}` | null {
  if (general === 'validation.required' || general === 'validation.chooseOne') return null;
  if (/^cities\.\d+\.latitude$/.test(path)) return 'campaigns:errors.latitude';
  if (/^cities\.\d+\.longitude$/.test(path)) return 'campaigns:errors.longitude';
  if (path === 'cities') return 'campaigns:errors.cityTwice';
  if (path === 'partners' || path === 'organisationIds' || path === 'audiences') return 'campaigns:errors.twice';
  if (path === 'currency') return 'campaigns:errors.currency';
  if (path === 'budget' || path === 'reached') return 'campaigns:errors.wholeNumber';
  return null;
}

/**
 * Field errors keyed by dotted path (`cities.1.latitude`), with the person forms' general messages;
 * an item of a list shown as one input (`organisationIds.0`) has its error at the list.
 */
export function useFieldErrors(choices: readonly string[] = []): FieldErrors {
  return useFormFieldErrors({ choices, ns: ['campaigns'], own: ownMessage, shownAt: shownFieldOf });
}
