import { type ChangeEvent, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { isApiError } from '../api/client.js';

/** Small form state for the app's forms: values, per-field errors and one form-wide error. */

export type FieldErrors<T> = Partial<Record<keyof T & string, string>>;

type Translate = ReturnType<typeof useTranslation<'common'>>['t'];

/** The translated text for any error thrown by the API client (or anything else). */
export function errorText(t: Translate, error: unknown): string {
  if (isApiError(error)) return t(`errors.${error.code}`, { defaultValue: error.message });
  return t('errors.internal');
}

export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation('common');
  return useCallback((error: unknown) => errorText(t, error), [t]);
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);
}

interface Issue {
  code: string;
  path: PropertyKey[];
  origin?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

function issueText(t: Translate, issue: Issue, value: unknown): string {
  if (isEmpty(value)) return Array.isArray(value) ? t('validation.chooseAtLeast', { min: 1 }) : t('validation.required');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return t('validation.chooseAtLeast', { min: Number(issue.minimum) });
      return t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? t('validation.email') : t('validation.invalid');
    case 'invalid_value':
      return t('validation.chooseOne');
    default:
      return t('validation.invalid');
  }
}

export interface Form<T extends object> {
  values: T;
  errors: FieldErrors<T>;
  formError: string | null;
  set: <K extends keyof T>(key: K, value: T[K]) => void;
  /** Props for a Mantine text-like input bound to a string field. */
  text: (key: keyof T & string) => { value: string; error: string | undefined; onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void };
  setFieldError: (key: keyof T & string, message: string) => void;
  reset: (values?: T) => void;
  /** Check the values with a shared schema; on failure the fields get translated messages. */
  validate: <O>(schema: ZodType<O>, input?: unknown) => O | null;
  /** Show an API error on its field when the server names one this form has, else for the whole form. */
  fail: (error: unknown) => void;
}

export function useForm<T extends object>(initial: T): Form<T> {
  const { t } = useTranslation('common');
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<FieldErrors<T>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => (current[key as keyof T & string] ? { ...current, [key]: undefined } : current));
  }, []);

  const text = (key: keyof T & string) => ({
    value: String(values[key] ?? ''),
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => set(key, event.currentTarget.value as T[typeof key]),
  });

  const setFieldError = useCallback((key: keyof T & string, message: string) => {
    setErrors((current) => ({ ...current, [key]: message }));
  }, []);

  const reset = useCallback(
    (next?: T) => {
      setValues(next ?? initial);
      setErrors({});
      setFormError(null);
    },
    [initial],
  );

  const validate = <O,>(schema: ZodType<O>, input: unknown = values): O | null => {
    setFormError(null);
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    const next: FieldErrors<T> = {};
    const source = input as Record<string, unknown>;
    for (const issue of result.error.issues as Issue[]) {
      const key = String(issue.path[0] ?? '') as keyof T & string;
      if (key && !next[key]) next[key] = issueText(t, issue, source[key]);
    }
    setErrors(next);
    return null;
  };

  const fail = (error: unknown) => {
    const message = errorText(t, error);
    const field = isApiError(error) ? error.field?.split('.')[0] : undefined;
    if (field && field in values) {
      setErrors((current) => ({ ...current, [field]: message }));
      setFormError(null);
    } else {
      setFormError(message);
    }
  };

  return { values, errors, formError, set, text, setFieldError, reset, validate, fail };
}
