import { Alert, Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../app/form.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { type EncounterFilter, useEncounters, useZones } from './api.js';
import { EncounterCard } from './EncounterCard.js';
import type { Zone } from './kept.js';
import { useWhere } from './labels.js';

const NO_FILTER: EncounterFilter = { zoneId: '', team: '', from: '', to: '' };
const LIMIT = 100;

/** The encounters saved on the server, newest first, by zone, team and period (needs a connection). */
export function EncounterList({ online }: { online: boolean }) {
  const { t } = useTranslation('outreach');
  const errorText = useErrorText();
  const { zones } = useZones();
  const where = useWhere(zones);
  const [filter, setFilter] = useState<EncounterFilter>(NO_FILTER);
  const [team] = useDebouncedValue(filter.team, 300);
  const encounters = useEncounters({ ...filter, team }, online);
  const items = encounters.data?.items ?? [];

  return (
    <section aria-labelledby="encounters-title">
      <Title order={2} size="h3" id="encounters-title" mb="xs">
        {t('list.encounters')}
      </Title>
      {online ? (
        <Stack gap="sm">
          <Filters zones={zones} value={filter} onChange={(change) => setFilter((f) => ({ ...f, ...change }))} />
          {encounters.isPending ? <PageLoader /> : null}
          {encounters.error ? (
            <Alert color="red" role="alert">
              {errorText(encounters.error)}
            </Alert>
          ) : null}
          {encounters.data && items.length === 0 ? <Text data-testid="encounters-empty">{t('list.empty')}</Text> : null}
          <Stack gap="xs" data-testid="encounters">
            {items.map((e) => (
              <EncounterCard key={e.id} encounter={e} where={where(e)} />
            ))}
          </Stack>
          {items.length >= LIMIT ? <Text size="sm">{t('list.loadMore')}</Text> : null}
        </Stack>
      ) : (
        <Text data-testid="encounters-offline">{t('list.needsConnection')}</Text>
      )}
    </section>
  );
}

function Filters({ zones, value, onChange }: { zones: Zone[]; value: EncounterFilter; onChange: (change: Partial<EncounterFilter>) => void }) {
  const { t } = useTranslation('outreach');
  const filtered = value.zoneId || value.team || value.from || value.to;
  return (
    <Group align="flex-end" gap="sm" role="group" aria-label={t('filters.label')}>
      <NativeSelect
        label={t('filters.zone')}
        data={[{ value: '', label: t('filters.anyZone') }, ...zones.map((z) => ({ value: z.id, label: z.name }))]}
        value={value.zoneId}
        onChange={(event) => onChange({ zoneId: event.currentTarget.value })}
        w={200}
      />
      <TextInput label={t('filters.team')} value={value.team} maxLength={80} onChange={(event) => onChange({ team: event.currentTarget.value })} w={180} />
      <TextInput
        type="date"
        label={t('filters.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
        w={170}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
        w={170}
      />
      {filtered ? (
        <Button variant="subtle" onClick={() => onChange(NO_FILTER)}>
          {t('filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
