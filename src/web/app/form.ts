import { type ChangeEvent, type RefObject, useCallback, useRef, useState } from 'react';
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

function issueText(t: Translate, issue: Issue, value: unknown, choice: boolean): string {
  const field = String(issue.path[0] ?? '');
  if (isEmpty(value)) {
    if (Array.isArray(value)) return t('validation.chooseAtLeast', { min: 1 });
    return choice ? t('validation.chooseOne') : t('validation.required');
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'array') return t('validation.chooseAtLeast', { min: Number(issue.minimum) });
      return t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (field === 'totp' || field === 'code') return t('validation.totp');
      if (field === 'recoveryCode') return t('validation.recoveryCode');
      return t('validation.invalid');
    case 'invalid_value':
      return t('validation.chooseOne');
    default:
      return t('validation.invalid');
  }
}

/** After a failed submit, move focus to the first field that has an error (once it has rendered). */
export function focusFirstError(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}

export interface Form<T extends object> {
  /** Give it to the `<form>`: a failed submit then moves focus to the first field in error. */
  ref: RefObject<HTMLFormElement | null>;
  values: T;
  errors: FieldErrors<T>;
  formError: string | null;
  set: <K extends keyof T>(key: K, value: T[K]) => void;
  /** Props for a Mantine text-like input bound to a string field. */
  text: (key: keyof T & string) => { value: string; error: string | undefined; onChange: (event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) => void };
  setFieldError: (key: keyof T & string, message: string) => void;
  /** Checks that a confirmation field is filled in and equals the password; marks it if not. */
  checkConfirmation: (key: keyof T & string, password: string, confirmation: string) => boolean;
  reset: (values?: T) => void;
  /** Check the values with a shared schema; on failure the fields get translated messages. */
  validate: <O>(schema: ZodType<O>, input?: unknown) => O | null;
  /** Show an API error on its field when the server names one this form has, else for the whole form. */
  fail: (error: unknown) => void;
}

export interface FormOptions<T> {
  /** Fields filled by choosing from a list: when empty they ask to choose, not to fill in. */
  choices?: readonly (keyof T & string)[];
}

export function useForm<T extends object>(initial: T, options: FormOptions<T> = {}): Form<T> {
  const { t } = useTranslation('common');
  const ref = useRef<HTMLFormElement | null>(null);
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
    focusFirstError(ref.current);
  }, []);

  const checkConfirmation = (key: keyof T & string, password: string, confirmation: string): boolean => {
    const problem = !confirmation ? t('validation.required') : confirmation !== password ? t('validation.passwordMismatch') : null;
    if (problem) setFieldError(key, problem);
    return !problem;
  };

  const reset = useCallback(
    (next?: T) => {
      setValues(next ?? initial);
      setErrors({});
      setFormError(null);
    },
    [initial],
  );

  const validate = <O>(schema: ZodType<O>, input: unknown = values): O | null => {
    setFormError(null);
    const result = schema.safeParse(input);
    if (result.success) {
      setErrors({});
      return result.data;
    }
    const next: FieldErrors<T> = {};
    const source = input as Record<string, unknown>;
    for (const issue of result.error.issues as Issue[]) {
      const key = String(issue.path[0] ?? '') as keyof T & string;
      if (key && !next[key]) next[key] = issueText(t, issue, source[key], options.choices?.includes(key) ?? false);
    }
    setErrors(next);
    focusFirstError(ref.current);
    return null;
  };

  const fail = (error: unknown) => {
    const message = errorText(t, error);
    const field = isApiError(error) ? error.field?.split('.')[0] : undefined;
    if (field && field in values) {
      setErrors((current) => ({ ...current, [field]: message }));
      setFormError(null);
      focusFirstError(ref.current);
    } else {
      setFormError(message);
    }
  };

  return { ref, values, errors, formError, set, text, setFieldError, checkConfirmation, reset, validate, fail };
}
