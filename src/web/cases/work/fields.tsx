import { NativeSelect, TextInput, type TextInputProps } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeListName } from '../../../core/cases/codes.js';
import type { Form } from '../../app/form.js';
import { useCodeOptions } from './format.js';

/** Form fields shared by the entry forms. Values are strings; empty means "not given". */

/** A trimmed string, or undefined when empty. */
export const opt = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/** A stored value as the string a field holds. */
export const str = (value: unknown): string => (typeof value === 'string' ? value : '');

interface CodeSelectProps {
  label: string;
  list: CodeListName;
  ids: readonly string[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  /** Offer "None" (the field may stay empty) rather than a disabled placeholder. */
  optional?: boolean;
  description?: string;
}

/** A choice from a code list, labelled in the interface language. */
export function CodeSelect({ label, list, ids, value, onChange, error, required, optional, description }: CodeSelectProps) {
  const { t } = useTranslation('caseWork');
  const options = useCodeOptions();
  const data = [{ value: '', label: optional ? t('none') : t('choose'), disabled: !optional }, ...options(list, ids)];
  return (
    <NativeSelect
      label={label}
      description={description}
      data={data}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      required={required}
    />
  );
}

/** A calendar date with the browser's own date picker; the value is 'YYYY-MM-DD'. */
export function DateInput(props: Omit<TextInputProps, 'type'>) {
  return <TextInput type="date" {...props} />;
}

/** Props for a Mantine Textarea bound to a string field of a form. */
export function area<T extends object>(form: Form<T>, key: keyof T & string) {
  return {
    value: String(form.values[key] ?? ''),
    error: form.errors[key],
    onChange: (event: ChangeEvent<HTMLTextAreaElement>) => form.set(key, event.currentTarget.value as T[typeof key]),
  };
}
