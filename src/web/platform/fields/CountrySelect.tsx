import { Select } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import { countryOptions } from '../countries.js';

interface CountrySelectProps {
  value: string;
  onChange: (alpha3: string) => void;
  error?: string | undefined;
  label?: string;
}

/** Searchable list of every country, named in the interface language; the value is the alpha-3 code. */
export function CountrySelect({ value, onChange, error, label }: CountrySelectProps) {
  const { t } = useTranslation('common');
  const { locale } = useFormat();
  const data = useMemo(() => countryOptions(locale), [locale]);
  return (
    <Select
      label={label ?? t('fields.country')}
      description={t('fields.countrySearch')}
      data={data}
      value={value || null}
      onChange={(next) => onChange(next ?? '')}
      error={error}
      searchable
      selectFirstOptionOnChange
      nothingFoundMessage={t('fields.noCountry')}
      limit={300}
      maxDropdownHeight={280}
      required
    />
  );
}
