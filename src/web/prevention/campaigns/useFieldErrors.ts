import { type RefObject, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { focusFirstError } from '../../app/form.js';
import { fieldMessages } from '../../persons/issues.js';
import { shownFieldOf } from './logic.js';

export interface FieldErrors {
  /** Give it to the `<form>`: a failed check moves focus to the first field in error. */
  ref: RefObject<HTMLFormElement | null>;
  errors: Readonly<Record<string, string>>;
  clear: (path: string) => void;
  /** Checks a request body with a shared schema; on failure the fields (dotted paths) get translated messages. */
  check: <O>(schema: ZodType<O>, body: unknown, rename?: (path: string) => string) => O | null;
  set: (path: string, message: string) => void;
  reset: () => void;
}

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
  const { t } = useTranslation(['persons', 'campaigns']);
  const ref = useRef<HTMLFormElement | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const clear = useCallback((path: string) => {
    setErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _, ...rest } = current;
      return rest;
    });
  }, []);

  const check = <O>(schema: ZodType<O>, body: unknown, rename?: (path: string) => string): O | null => {
    const result = schema.safeParse(body);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    const messages = fieldMessages(result.error.issues, body, choices, rename);
    const shown: Record<string, string> = {};
    for (const [path, m] of Object.entries(messages)) {
      // An item's problem (a partner too long) shows at its list's input, the first one only.
      const at = shownFieldOf(path);
      if (at in shown) continue;
      const own = ownMessage(path, m.key);
      shown[at] = own ? t(own) : t(m.key, m.values ?? {});
    }
    setErrors(shown);
    focusFirstError(ref.current);
    return null;
  };

  const set = useCallback((path: string, message: string) => {
    setErrors((current) => ({ ...current, [shownFieldOf(path)]: message }));
    focusFirstError(ref.current);
  }, []);

  const reset = useCallback(() => setErrors({}), []);

  return { ref, errors, clear, check, set, reset };
}
