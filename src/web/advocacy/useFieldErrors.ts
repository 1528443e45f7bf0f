import { type RefObject, useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { focusFirstError } from '../app/form.js';
import { fieldMessages } from '../persons/issues.js';

export interface FieldErrors {
  ref: RefObject<HTMLFormElement | null>;
  errors: Readonly<Record<string, string>>;
  clear: (path: string) => void;
  check: <O>(schema: ZodType<O>, body: unknown) => O | null;
  set: (path: string, message: string) => void;
}

/** Field errors of a form (top-level field names), with the person forms' general messages. */
export function useFieldErrors(choices: readonly string[] = []): FieldErrors {
  const { t } = useTranslation(['persons', 'advocacy']);
  const ref = useRef<HTMLFormElement | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const clear = useCallback((path: string) => {
    setErrors((current) => {
      if (!(path in current)) return current;
      const { [path]: _, ...rest } = current;
      return rest;
    });
  }, []);

  const check = <O>(schema: ZodType<O>, body: unknown): O | null => {
    const result = schema.safeParse(body);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    const shown: Record<string, string> = {};
    for (const [path, m] of Object.entries(fieldMessages(result.error.issues, body, choices))) {
      const at = path.split('.')[0] ?? path;
      if (at in shown) continue;
      shown[at] = at === 'themes' ? t('advocacy:form.themesError') : at === 'link' ? t('advocacy:sources.linkError') : t(m.key, m.values ?? {});
    }
    setErrors(shown);
    focusFirstError(ref.current);
    return null;
  };

  const set = useCallback((path: string, message: string) => {
    setErrors((current) => ({ ...current, [path]: message }));
    focusFirstError(ref.current);
  }, []);

  return { ref, errors, clear, check, set };
}
