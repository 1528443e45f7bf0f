/** The period (a quick choice or two dates) and, for the network, the country of member organisations. */
import { Group, NativeSelect, Select, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format.js';
import { countryOptions } from '../../platform/countries.js';
import {
  checkPeriod,
  DASHBOARD_PRESETS,
  type DashboardChoice,
  type DashboardFilters,
  type DashboardPeriod,
  type DashboardPreset,
  MAX_YEARS,
} from './filters.js';

interface FilterBarProps {
  filters: DashboardFilters;
  /** Whether to offer the country filter (network only). */
  withCountry: boolean;
  onPreset: (preset: DashboardPreset) => void;
  /** Called with a valid period only. */
  onDates: (period: DashboardPeriod) => void;
  onCountry: (country: string) => void;
}

export function FilterBar({ filters, withCountry, onPreset, onDates, onCountry }: FilterBarProps) {
  const { t } = useTranslation('dashboard');
  const { locale } = useFormat();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const { choice, period } = filters;
  const [draft, setDraft] = useState<DashboardPeriod>(period);
  const [shownFor, setShownFor] = useState<DashboardPeriod>(period);
  // The period changed from outside (a quick choice, the address): the fields follow it.
  if (shownFor.from !== period.from || shownFor.to !== period.to) {
    setShownFor(period);
    setDraft(period);
  }
  const draftProblem = choice === 'custom' ? checkPeriod(draft.from, draft.to) : null;
  const problemText = (field: 'from' | 'to') =>
    draftProblem?.field === field ? t(`filters.problems.${draftProblem.problem}`, { years: MAX_YEARS }) : undefined;

  const change = (next: DashboardPeriod) => {
    setDraft(next);
    if (!checkPeriod(next.from, next.to)) {
      setShownFor(next);
      onDates(next);
    }
  };

  return (
    <Group align="flex-start" gap="sm" role="group" aria-label={t('filters.legend')} mb="md">
      <NativeSelect
        label={t('filters.period')}
        value={choice}
        data={[...DASHBOARD_PRESETS, 'custom' as const].map((value) => ({ value, label: t(`filters.presets.${value}`) }))}
        onChange={(event) => {
          const value = event.currentTarget.value as DashboardChoice;
          if (value === 'custom') onDates(period);
          else onPreset(value);
        }}
        w={{ base: '100%', xs: 200 }}
        data-testid="period-choice"
      />
      {choice === 'custom' ? (
        <>
          <TextInput
            type="date"
            label={t('filters.from')}
            value={draft.from}
            onChange={(event) => change({ ...draft, from: event.currentTarget.value })}
            error={problemText('from')}
            errorProps={{ role: 'alert' }}
            w={{ base: '100%', xs: 170 }}
          />
          <TextInput
            type="date"
            label={t('filters.to')}
            value={draft.to}
            onChange={(event) => change({ ...draft, to: event.currentTarget.value })}
            error={problemText('to')}
            errorProps={{ role: 'alert' }}
            w={{ base: '100%', xs: 170 }}
          />
        </>
      ) : null}
      {withCountry ? (
        <Select
          label={t('filters.country')}
          placeholder={t('filters.allCountries')}
          data={countries}
          value={filters.country || null}
          onChange={(next) => onCountry(next ?? '')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('filters.clearCountry') }}
          nothingFoundMessage={t('filters.noCountry')}
          limit={300}
          maxDropdownHeight={280}
          w={{ base: '100%', xs: 260 }}
          data-testid="country-filter"
        />
      ) : null}
    </Group>
  );
}
