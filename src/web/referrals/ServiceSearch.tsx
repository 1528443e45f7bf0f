import { Alert, Button, Card, Group, Loader, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DirectoryService, SERVICE_TYPES, type ServiceType } from '../../core/referrals/directory.js';
import { useErrorText } from '../app/form.js';
import { useFormat } from '../i18n/format.js';
import { countryOptions } from '../platform/countries.js';
import { useServiceSearch } from './api.js';
import { CountryText } from './labels.js';
import { isReferrable } from './logic.js';

/** Where a service is: its cities and countries. */
export function ServicePlace({ service }: { service: DirectoryService }) {
  const format = useFormat();
  const cities = [...new Set(service.locations.map((l) => l.address.city))];
  return (
    <Group gap={6} wrap="wrap">
      {service.countries.map((c, i) => (
        <Text key={c} span size="sm">
          <CountryText code={c} />
          {i < service.countries.length - 1 ? ',' : ''}
        </Text>
      ))}
      {cities.length ? (
        <Text span size="sm" c="dimmed">
          {`· ${format.list(cities)}`}
        </Text>
      ) : null}
    </Group>
  );
}

/**
 * A compact directory search for a referral: type, country, city, words. Only services of another
 * organisation on Haven are listed: the others cannot receive a referral.
 */
export function ServiceSearch({
  ownOrgId,
  initialType,
  onChoose,
}: {
  ownOrgId: string;
  initialType?: ServiceType | undefined;
  onChoose: (service: DirectoryService) => void;
}) {
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  const format = useFormat();
  const [type, setType] = useState<ServiceType | ''>(initialType ?? '');
  const [country, setCountry] = useState('');
  const [city, setCity] = useState('');
  const [q, setQ] = useState('');
  const [words] = useDebouncedValue(q.trim(), 300);
  const [town] = useDebouncedValue(city.trim(), 300);
  const countries = useMemo(() => countryOptions(format.locale), [format.locale]);
  const search = useServiceSearch({ q: words || undefined, type: type || undefined, country: country || undefined, city: town || undefined });
  const items = (search.data?.items ?? []).filter((s) => isReferrable(s, ownOrgId));

  return (
    <Stack gap="sm">
      <search aria-label={t('new.searchRegion')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <NativeSelect
            label={t('new.serviceType')}
            data={[{ value: '', label: t('new.anyType') }, ...SERVICE_TYPES.map((s) => ({ value: s, label: t(`serviceTypes.${s}`) }))]}
            value={type}
            onChange={(event) => setType(event.currentTarget.value as ServiceType | '')}
            w={220}
          />
          <Select
            label={t('new.country')}
            placeholder={t('new.anyCountry')}
            data={countries}
            value={country || null}
            onChange={(next) => setCountry(next ?? '')}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('new.clearCountry') }}
            nothingFoundMessage={t('new.noCountry')}
            limit={300}
            maxDropdownHeight={280}
            w={220}
          />
          <TextInput label={t('new.city')} value={city} onChange={(event) => setCity(event.currentTarget.value)} maxLength={200} w={180} />
          <TextInput
            type="search"
            label={t('new.words')}
            value={q}
            onChange={(event) => setQ(event.currentTarget.value)}
            maxLength={200}
            w={220}
            rightSection={search.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
          />
        </Group>
      </search>
      <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="service-count">
        {search.data && !search.isFetching ? t('new.servicesFound', { count: items.length }) : ''}
      </Text>
      {search.error ? (
        <Alert color="red" role="alert">
          {errorText(search.error)}
        </Alert>
      ) : null}
      {items.length > 0 ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('new.servicesLabel')}>
          {items.map((s) => (
            <Card key={s.id} component="li" withBorder padding="sm" data-testid="service-option">
              <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
                <Stack gap={2} miw={0}>
                  <Text fw={600}>{s.name}</Text>
                  <Text size="sm">{s.organizationName}</Text>
                  <Text size="sm" c="dimmed">
                    {format.list(s.types.map((x) => t(`serviceTypes.${x}`)))}
                  </Text>
                  <ServicePlace service={s} />
                </Stack>
                <Button
                  variant="light"
                  size="sm"
                  onClick={() => onChoose(s)}
                  aria-label={t('new.chooseService', { service: s.name, organisation: s.organizationName })}
                >
                  {t('new.choose')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
