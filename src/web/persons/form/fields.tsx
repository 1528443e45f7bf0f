import { ActionIcon, MultiSelect, Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeListName } from '../../../core/cases/codes.js';
import { useFormat } from '../../i18n/format.js';
import { countryOptions } from '../../platform/countries.js';
import { useCodeOptions } from '../codeLabels.js';
import { languageOptions } from '../languages.js';

/** Small fields shared by the person and case forms. */

/** The errors of a form by dotted path, and a way to clear one when its field changes. */
export interface FieldErrorsProps {
  errors: Readonly<Record<string, string>>;
  clearError: (path: string) => void;
}

interface CountryFieldProps {
  label: string;
  value: string;
  onChange: (alpha3: string) => void;
  error?: string | undefined;
  required?: boolean;
}

/** One country, searchable, named in the interface language; the value is the alpha-3 code. */
export function CountryField({ label, value, onChange, error, required }: CountryFieldProps) {
  const { t } = useTranslation('persons');
  const { locale } = useFormat();
  const data = useMemo(() => countryOptions(locale), [locale]);
  return (
    <Select
      label={label}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      error={error}
      searchable
      clearable={!required}
      clearButtonProps={{ 'aria-label': t('form.clear', { field: label }) }}
      nothingFoundMessage={t('filters.noCountry')}
      limit={300}
      maxDropdownHeight={280}
      withAsterisk={required}
    />
  );
}

interface ListFieldProps {
  label: string;
  description?: string;
  value: string[];
  onChange: (value: string[]) => void;
  error?: string | undefined;
}

/** Several countries (citizenships). */
export function CountriesField(props: ListFieldProps) {
  const { t } = useTranslation('persons');
  const { locale } = useFormat();
  const data = useMemo(() => countryOptions(locale), [locale]);
  return <MultiSelect {...props} data={data} searchable hidePickedOptions nothingFoundMessage={t('filters.noCountry')} limit={300} maxDropdownHeight={280} />;
}

/** Several languages (ISO 639). */
export function LanguagesField(props: ListFieldProps) {
  const { t } = useTranslation('persons');
  const { locale } = useFormat();
  const data = useMemo(() => languageOptions(locale), [locale]);
  return <MultiSelect {...props} data={data} searchable hidePickedOptions nothingFoundMessage={t('form.noLanguage')} limit={300} maxDropdownHeight={280} />;
}

/** Several codes of one list, labelled from the `codes` namespace. */
export function CodesField<T extends string>(
  props: Omit<ListFieldProps, 'value' | 'onChange'> & {
    list: CodeListName;
    value: T[];
    onChange: (value: T[]) => void;
    data?: { value: string; label: string }[];
  },
) {
  const { list, onChange, data, ...rest } = props;
  const options = useCodeOptions(list);
  return <MultiSelect {...rest} data={data ?? options} onChange={(value) => onChange(value as T[])} searchable hidePickedOptions maxDropdownHeight={320} />;
}

/** The "remove this row" button of a repeated group, named for the row. */
export function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red.9" onClick={onClick} aria-label={label} title={label} size="lg">
      <span aria-hidden="true">✕</span>
    </ActionIcon>
  );
}

export function replaceAt<T>(list: readonly T[], index: number, value: T): T[] {
  return list.map((item, i) => (i === index ? value : item));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}
