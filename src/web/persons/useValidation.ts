import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { focusFirstError } from '../app/form.js';
import { type FieldMessages, fieldMessages } from './issues.js';

/** Fields filled by choosing from a list: when empty they ask to choose, not to fill in. */
const CHOICES = ['app', 'type', 'kind', 'gender', 'stage', 'country', 'issuingCountry', 'reason', 'referredToOrganisationId', 'traffickingStatus', 'status'];

export interface Validation {
  /** Give it to the `<form>`: a failed check moves focus to the first field in error. */
  ref: RefObject<HTMLFormElement | null>;
  errors: Readonly<Record<string, string>>;
  clearError: (path: string) => void;
  clearAll: () => void;
  /** Checks a request body with a shared schema; on failure the fields get translated messages. */
  check: <O>(schema: ZodType<O>, body: unknown, rename?: (path: string) => string) => O | null;
  /** Shows a message on one field (e.g. the server named it). */
  setError: (path: string, message: string) => void;
}

/** Field errors of the nested forms of persons and cases, keyed by dotted path. */
export function useValidation(): Validation {
  const { t } = useTranslation('persons');
  const ref = useRef<HTMLFormElement | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const translate = useCallback(
    (messages: FieldMessages) => Object.fromEntries(Object.entries(messages).map(([path, m]) => [path, t(m.key, m.values ?? {})])) as Record<string, string>,
    [t],
  );

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
    setErrors(translate(fieldMessages(result.error.issues, body, CHOICES, rename)));
    focusFirstError(ref.current);
    return null;
  };

  const setError = (path: string, message: string) => {
    setErrors((current) => ({ ...current, [path]: message }));
    focusFirstError(ref.current);
  };

  return { ref, errors, clearError, clearAll: () => setErrors({}), check, setError };
}

/** When a form opens in place (not in a dialog), put the focus on its first field. */
export function useFocusFirstField(ref: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')?.focus();
  }, [ref]);
}
