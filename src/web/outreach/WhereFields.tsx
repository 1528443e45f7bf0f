import { NativeSelect, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useZones } from './api.js';
import { asCount } from './draft.js';
import type { PartProps } from './EncounterForm.js';

/** When, where (a zone, or a coarse place), the team, and how many people were met. */
export function WhereFields({ draft, edit, errors }: PartProps) {
  const { t } = useTranslation('outreach');
  const { zones } = useZones();
  const listed = zones.filter((z) => !z.archived || z.id === draft.zoneId);
  const options = [{ value: '', label: t('form.noZone') }, ...listed.map((z) => ({ value: z.id, label: z.name }))];
  if (draft.zoneId && !listed.some((z) => z.id === draft.zoneId)) options.push({ value: draft.zoneId, label: t('encounter.unknownZone') });

  return (
    <Stack component="section" aria-labelledby="where-title" gap="sm">
      <Title order={2} size="h3" id="where-title">
        {t('form.where')}
      </Title>
      <TextInput
        type="datetime-local"
        label={t('form.occurredAt')}
        required
        value={draft.occurredAt}
        error={errors.occurredAt}
        onChange={(event) => {
          const value = event.currentTarget.value;
          edit('occurredAt', (d) => ({ ...d, occurredAt: value }));
        }}
      />
      {options.length > 1 ? (
        <NativeSelect
          label={t('form.zone')}
          data={options}
          value={draft.zoneId}
          error={errors.zoneId}
          onChange={(event) => {
            const value = event.currentTarget.value;
            edit('zoneId', (d) => ({ ...d, zoneId: value }));
          }}
        />
      ) : (
        <Text size="sm" c="dimmed" data-testid="no-zones">
          {t('form.noZones')}
        </Text>
      )}
      {draft.zoneId === '' ? (
        <TextInput
          label={t('form.place')}
          description={t('form.placeHint')}
          value={draft.place}
          maxLength={120}
          error={errors.place}
          onChange={(event) => {
            const value = event.currentTarget.value;
            edit('place', (d) => ({ ...d, place: value }));
          }}
        />
      ) : null}
      <TextInput
        label={t('form.team')}
        description={t('form.teamHint')}
        required
        value={draft.team}
        maxLength={80}
        error={errors.team}
        onChange={(event) => {
          const value = event.currentTarget.value;
          edit('team', (d) => ({ ...d, team: value }));
        }}
      />
      <NumberInput
        label={t('form.peopleCount')}
        description={t('form.peopleCountHint')}
        required
        min={0}
        max={1000}
        allowDecimal={false}
        allowNegative={false}
        value={draft.peopleCount}
        error={errors.peopleCount}
        onChange={(value) => edit('peopleCount', (d) => ({ ...d, peopleCount: asCount(value) }))}
      />
    </Stack>
  );
}
