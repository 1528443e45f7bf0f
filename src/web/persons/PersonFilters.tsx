import { Button, Group, NativeSelect, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { todayUtc } from '../../core/cases/dates.js';
import { useColleagueOptions } from '../cases/colleagueNames.js';
import { useFormat } from '../i18n/format.js';
import { countryOptions } from '../platform/countries.js';
import type { PersonSearch } from './api.js';
import { useCodeOptions } from './codeLabels.js';

interface PersonFiltersProps {
  value: PersonSearch;
  onChange: (change: Partial<PersonSearch>) => void;
}

/** Birth date, citizenship, case status and caseworker: narrow the persons found. */
export function PersonFilters({ value, onChange }: PersonFiltersProps) {
  const { t } = useTranslation('persons');
  const { locale } = useFormat();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const statuses = useCodeOptions('case-status');
  const caseworkers = useColleagueOptions();
  const filtered = value.birthDate || value.citizenship || value.status || value.caseworkerId;

  return (
    <Group align="flex-end" gap="sm" role="group" aria-label={t('filters.label')}>
      <TextInput
        type="date"
        label={t('filters.birthDate')}
        value={value.birthDate}
        max={todayUtc()}
        onChange={(event) => onChange({ birthDate: event.currentTarget.value })}
        w={180}
      />
      <Select
        label={t('filters.citizenship')}
        placeholder={t('filters.any')}
        data={countries}
        value={value.citizenship || null}
        onChange={(next) => onChange({ citizenship: next ?? '' })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('filters.clearCitizenship') }}
        nothingFoundMessage={t('filters.noCountry')}
        limit={300}
        maxDropdownHeight={280}
        w={220}
      />
      <NativeSelect
        label={t('filters.status')}
        data={[{ value: '', label: t('filters.anyStatus') }, ...statuses]}
        value={value.status}
        onChange={(event) => onChange({ status: event.currentTarget.value as PersonSearch['status'] })}
        w={180}
      />
      <NativeSelect
        label={t('filters.caseworker')}
        data={[{ value: '', label: t('filters.anyone') }, ...caseworkers]}
        value={value.caseworkerId}
        onChange={(event) => onChange({ caseworkerId: event.currentTarget.value })}
        w={220}
      />
      {filtered ? (
        <Button variant="subtle" onClick={() => onChange({ birthDate: '', citizenship: '', status: '', caseworkerId: '' })}>
          {t('filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
