import { Button, Checkbox, Group, NativeSelect, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ELIGIBLE_GENDERS, SERVICE_STATUSES, SERVICE_TYPES } from '../../core/referrals/directory.js';
import { languageOptions } from '../persons/languages.js';
import { countryOptions } from '../platform/countries.js';
import { type DirectoryFilters as Filters, hasFilters } from './filters.js';
import type { Labels } from './labels.js';
import { useUrlText } from './useUrlText.js';

interface DirectoryFiltersProps {
  value: Filters;
  /** The city and age as they are in the address (typed freely, checked when used). */
  rawCity: string;
  rawAge: string;
  labels: Labels;
  /** A choice: a new entry in the history, so that Back undoes it. */
  onChange: (change: Partial<Filters>) => void;
  /** Typing: replaces the current entry. */
  onType: (change: Partial<Filters>) => void;
}

/** Type, language, country, city, age, gender, open now and status: narrow the directory. */
export function DirectoryFilters({ value, rawCity, rawAge, labels, onChange, onType }: DirectoryFiltersProps) {
  const { t } = useTranslation('directory');
  const any = { value: '', label: t('search.any') };
  const languages = useMemo(() => languageOptions(labels.locale), [labels.locale]);
  const countries = useMemo(() => countryOptions(labels.locale), [labels.locale]);
  const city = useUrlText(rawCity, (text) => onType({ city: text }));
  const age = useUrlText(rawAge, (text) => onType({ age: text }));

  return (
    <Group align="flex-end" gap="sm" role="group" aria-label={t('search.filters')}>
      <NativeSelect
        label={t('search.type')}
        data={[any, ...SERVICE_TYPES.map((type) => ({ value: type, label: labels.type(type) }))]}
        value={value.type}
        onChange={(event) => onChange({ type: event.currentTarget.value as Filters['type'] })}
        w={210}
        data-testid="filter-type"
      />
      <Select
        label={t('search.language')}
        placeholder={t('search.any')}
        data={languages}
        value={value.language || null}
        onChange={(next) => onChange({ language: next ?? '' })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('search.clearField', { field: t('search.language') }) }}
        nothingFoundMessage={t('search.noLanguage')}
        limit={300}
        maxDropdownHeight={280}
        w={200}
      />
      <Select
        label={t('search.country')}
        placeholder={t('search.any')}
        data={countries}
        value={value.country || null}
        onChange={(next) => onChange({ country: next ?? '' })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('search.clearField', { field: t('search.country') }) }}
        nothingFoundMessage={t('search.noCountry')}
        limit={300}
        maxDropdownHeight={280}
        w={200}
      />
      <TextInput
        label={t('search.city')}
        value={city.text}
        onChange={(event) => city.setText(event.currentTarget.value)}
        maxLength={200}
        autoComplete="off"
        w={170}
      />
      <TextInput
        label={t('search.age')}
        value={age.text}
        onChange={(event) => age.setText(event.currentTarget.value.replace(/\D/g, '').slice(0, 3))}
        inputMode="numeric"
        autoComplete="off"
        w={90}
      />
      <NativeSelect
        label={t('search.gender')}
        data={[any, ...ELIGIBLE_GENDERS.map((g) => ({ value: g, label: labels.gender(g) }))]}
        value={value.gender}
        onChange={(event) => onChange({ gender: event.currentTarget.value as Filters['gender'] })}
        w={190}
      />
      <NativeSelect
        label={t('search.status')}
        data={[any, ...SERVICE_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))]}
        value={value.status}
        onChange={(event) => onChange({ status: event.currentTarget.value as Filters['status'] })}
        w={170}
      />
      <Checkbox label={t('search.openNow')} checked={value.openNow} onChange={(event) => onChange({ openNow: event.currentTarget.checked })} mb={8} />
      {hasFilters(value) ? (
        <Button
          variant="subtle"
          onClick={() => {
            city.setText('');
            age.setText('');
            onChange({ type: '', language: '', country: '', city: '', age: '', gender: '', openNow: false, status: '' });
          }}
        >
          {t('search.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
