import { Button, Group, NativeSelect, Select, TextInput } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIENCES, type Audience } from '../../../core/prevention/campaign.js';
import { countryOptions } from '../../platform/countries.js';
import { useCampaignLabels } from './labels.js';
import { type ListFilters, periodProblem } from './logic.js';

/** Audience, country and period: narrow the list of campaigns. */
export function CampaignFilters({ value, onChange }: { value: ListFilters; onChange: (change: Partial<ListFilters>) => void }) {
  const { t } = useTranslation('campaigns');
  const labels = useCampaignLabels();
  const countries = useMemo(() => countryOptions(labels.locale), [labels.locale]);
  const any = { value: '', label: t('filters.any') };
  const problem = periodProblem(value.from, value.to);
  const any_ = Boolean(value.audience || value.country || value.from || value.to);
  return (
    <Group align="flex-start" gap="sm" role="group" aria-label={t('filters.legend')}>
      <NativeSelect
        label={t('filters.audience')}
        data={[any, ...AUDIENCES.map((a) => ({ value: a, label: labels.audience(a) }))]}
        value={value.audience}
        onChange={(event) => onChange({ audience: event.currentTarget.value as Audience | '' })}
        w={{ base: '100%', xs: 220 }}
        data-testid="filter-audience"
      />
      <Select
        label={t('filters.country')}
        placeholder={t('filters.any')}
        data={countries}
        value={value.country || null}
        onChange={(next) => onChange({ country: next ?? '' })}
        searchable
        clearable
        clearButtonProps={{ 'aria-label': t('filters.clearCountry') }}
        nothingFoundMessage={t('filters.noCountry')}
        limit={300}
        maxDropdownHeight={280}
        w={{ base: '100%', xs: 220 }}
      />
      <TextInput
        type="date"
        label={t('filters.from')}
        value={value.from}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
        w={{ base: '100%', xs: 170 }}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={value.to}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
        error={problem ? t('filters.order') : undefined}
        errorProps={{ role: 'alert' }}
        w={{ base: '100%', xs: 170 }}
      />
      {any_ ? (
        <Button variant="subtle" mt={{ base: 0, xs: 25 }} onClick={() => onChange({ audience: '', country: '', from: '', to: '' })}>
          {t('filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
