import { Button, Fieldset, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CountrySelect } from '../../platform/fields/CountrySelect.js';
import { type CityDraft, emptyCity } from './logic.js';

interface CityFieldsProps {
  cities: readonly CityDraft[];
  onChange: (cities: CityDraft[]) => void;
  /** Keyed by dotted path: `cities.1.latitude`. */
  errors: Readonly<Record<string, string>>;
  clearError: (path: string) => void;
  defaultCountry: string;
}

/** The campaign's cities: a name, a country, and where it is for the map (optional). Never a street address. */
export function CityFields({ cities, onChange, errors, clearError, defaultCountry }: CityFieldsProps) {
  const { t } = useTranslation('campaigns');
  const update = (index: number, patch: Partial<CityDraft>) => {
    onChange(cities.map((c, i) => (i === index ? { ...c, ...patch } : c)));
    for (const key of Object.keys(patch)) clearError(`cities.${index}.${key}`);
    clearError(`cities.${index}`);
    clearError('cities');
  };
  return (
    <Fieldset legend={t('form.citiesLegend')} data-testid="campaign-cities">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('form.citiesHint')}
        </Text>
        {errors.cities ? (
          <Text size="sm" c="red.8" role="alert">
            {errors.cities}
          </Text>
        ) : null}
        {cities.map((city, index) => {
          const n = index + 1;
          const error = (key: string) => errors[`cities.${index}.${key}`];
          return (
            <Paper key={city.key} withBorder p="sm" role="group" aria-label={t('form.cityRow', { n })} data-testid="city-row">
              <Stack gap="xs">
                <Group align="flex-start" gap="sm">
                  <TextInput
                    label={t('fields.cityName', { n })}
                    value={city.name}
                    onChange={(event) => update(index, { name: event.currentTarget.value })}
                    error={error('name') ?? errors[`cities.${index}`]}
                    maxLength={120}
                    required
                    w={{ base: '100%', sm: 220 }}
                  />
                  <div style={{ minWidth: 220, flex: '1 1 220px' }}>
                    <CountrySelect
                      label={t('fields.cityCountry', { n })}
                      value={city.country}
                      onChange={(country) => update(index, { country })}
                      error={error('country')}
                    />
                  </div>
                </Group>
                <Group align="flex-start" gap="sm">
                  <TextInput
                    label={t('fields.latitude', { n })}
                    description={t('fields.latitudeHint')}
                    value={city.latitude}
                    onChange={(event) => update(index, { latitude: event.currentTarget.value })}
                    error={error('latitude')}
                    inputMode="decimal"
                    autoComplete="off"
                    w={{ base: '100%', xs: 180 }}
                  />
                  <TextInput
                    label={t('fields.longitude', { n })}
                    description={t('fields.longitudeHint')}
                    value={city.longitude}
                    onChange={(event) => update(index, { longitude: event.currentTarget.value })}
                    error={error('longitude')}
                    inputMode="decimal"
                    autoComplete="off"
                    w={{ base: '100%', xs: 180 }}
                  />
                  <Button
                    variant="outline"
                    color="red.9"
                    mt={{ base: 0, xs: 46 }}
                    onClick={() => onChange(cities.filter((_, i) => i !== index))}
                    aria-label={t('form.removeCityLabel', { n, name: city.name || '' })}
                  >
                    {t('form.removeCity')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
        <div>
          <Button variant="default" onClick={() => onChange([...cities, emptyCity(cities.at(-1)?.country ?? defaultCountry)])} disabled={cities.length >= 100}>
            {t('form.addCity')}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}
