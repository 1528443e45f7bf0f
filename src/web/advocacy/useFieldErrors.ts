import { type FieldErrors, useFieldErrors as useFormFieldErrors } from '../app/useFieldErrors.js';

export type { FieldErrors };

/** An error shows at its top-level field (`themes.1` at the themes). */
const topField = (path: string): string => path.split('.')[0] ?? path;

/** The advocacy forms' own words where the general ones would say less. */
function own(path: string): string | null {
  const at = topField(path);
  if (at === 'themes') return 'advocacy:form.themesError';
  if (at === 'link') return 'advocacy:sources.linkError';
  return null;
}

/** Field errors of the advocacy forms (at top-level fields). */
export function useFieldErrors(choices: readonly string[] = []): FieldErrors {
  return useFormFieldErrors({ choices, ns: ['advocacy'], own, shownAt: topField });
}
