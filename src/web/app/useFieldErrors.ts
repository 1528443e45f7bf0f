import type { FlatNamespace } from 'i18next';
import { type RefObject, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { isApiError } from '../api/client.js';
import { fieldMessages } from '../persons/issues.js';
import { focusFirstError, useErrorText } from './form.js';

export interface FieldErrors {
  /** Give it to the `<form>`: a failed check moves focus to the first field in error. */
  ref: RefObject<HTMLFormElement | null>;
  /** The message of each field in error, keyed by where it shows. */
  errors: Readonly<Record<string, string>>;
  clear: (path: string) => void;
  /** Checks a request body with a shared schema; on failure the fields get translated messages. */
  check: <O>(schema: ZodType<O>, body: unknown, rename?: (path: string) => string) => O | null;
  set: (path: string, message: string) => void;
  reset: () => void;
  /**
   * An API error: at its field when the server names one (the answer is then null), else the
   * translated text for the whole form.
   */
  fail: (error: unknown, rename?: (field: string) => string) => string | null;
}

export interface FieldErrorOptions {
  /** Fields filled by choosing from a list: when empty they ask to choose, not to fill in. */
  choices?: readonly string[];
  /** The namespaces of the form's own messages. */
  ns?: readonly FlatNamespace[];
  /** The form's own message key for a field, where the general one (`general`) would say less; null for the general one. */
  own?: (path: string, general: string) => string | null;
  /** Where a field's error shows (an item of a list shown as one input, at its list); by default at the field. */
  shownAt?: (path: string) => string;
}

const itself = (path: string) => path;

/** Field errors of a form, with the person forms' general messages and the form's own where they say more. */
export function useFieldErrors({ choices = [], ns = [], own, shownAt = itself }: FieldErrorOptions = {}): FieldErrors {
  const { t } = useTranslation(['persons', ...ns]);
  const errorText = useErrorText();
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
    const shown: Record<string, string> = {};
    for (const [path, m] of Object.entries(fieldMessages(result.error.issues, body, choices, rename))) {
      // The first problem of a field wins (an item of a list: the first item's, at the list).
      const at = shownAt(path);
      if (at in shown) continue;
      const key = own?.(path, m.key);
      shown[at] = key ? t(key) : t(m.key, m.values ?? {});
    }
    setErrors(shown);
    focusFirstError(ref.current);
    return null;
  };

  const set = useCallback(
    (path: string, message: string) => {
      setErrors((current) => ({ ...current, [shownAt(path)]: message }));
      focusFirstError(ref.current);
    },
    [shownAt],
  );

  const reset = useCallback(() => setErrors({}), []);

  const fail = (error: unknown, rename: (field: string) => string = itself): string | null => {
    if (isApiError(error) && error.field) {
      set(rename(error.field), errorText(error));
      return null;
    }
    return errorText(error);
  };

  return { ref, errors, clear, check, set, reset, fail };
}
