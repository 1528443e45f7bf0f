import { type RefObject, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { focusFirstError } from '../app/form.js';
import { directoryFieldMessages } from './validation.js';

export interface DirectoryValidation {
  /** Give it to the `<form>`: a failed check moves focus to the first field in error. */
  ref: RefObject<HTMLFormElement | null>;
  errors: Readonly<Record<string, string>>;
  clearError: (path: string) => void;
  /** Checks a request body with a shared schema; on failure the fields get translated messages. */
  check: <O>(schema: ZodType<O>, body: unknown, rename?: (path: string) => string) => O | null;
  /** Shows a message on one field (e.g. the server named it). */
  setError: (path: string, message: string) => void;
}

/** Field errors of the directory's forms, keyed by dotted path (`locations.0.city`, `schedules.1.byday`). */
export function useDirectoryValidation(): DirectoryValidation {
  const { t } = useTranslation(['directory', 'persons']);
  const ref = useRef<HTMLFormElement | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const clearError = useCallback((path: string) => {
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
    const messages = directoryFieldMessages(result.error.issues, body, rename);
    // The keys are built from the issues: checked by the locale test, not by the compiler.
    const translate = t as unknown as (key: string, values?: Record<string, number>) => string;
    setErrors(Object.fromEntries(Object.entries(messages).map(([path, m]) => [path, translate(m.key, m.values ?? {})])));
    focusFirstError(ref.current);
    return null;
  };

  const setError = (path: string, message: string) => {
    setErrors((current) => ({ ...current, [path]: message }));
    focusFirstError(ref.current);
  };

  return { ref, errors, clearError, check, setError };
}
