import { NumberInput, SimpleGrid, Stack, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MATERIALS } from '../../core/outreach/encounter.js';
import { asCount } from './draft.js';
import type { PartProps } from './EncounterForm.js';

/** What was handed out, the invitations to people not described, and a note. */
export function MaterialsFields({ draft, edit, errors }: PartProps) {
  const { t } = useTranslation('outreach');
  return (
    <Stack component="section" aria-labelledby="materials-title" gap="sm">
      <Title order={2} size="h3" id="materials-title">
        {t('form.materials')}
      </Title>
      <SimpleGrid cols={2} spacing="sm">
        {MATERIALS.map((m) => (
          <NumberInput
            key={m}
            label={t(`materials.${m}`)}
            min={0}
            max={10_000}
            allowDecimal={false}
            allowNegative={false}
            value={draft.materials[m] ?? ''}
            error={errors[`materials.${m}`]}
            onChange={(value) => edit(`materials.${m}`, (d) => ({ ...d, materials: { ...d.materials, [m]: asCount(value) } }))}
          />
        ))}
      </SimpleGrid>
      <NumberInput
        label={t('form.otherInvitations')}
        description={t('form.otherInvitationsHint')}
        min={0}
        max={1000}
        allowDecimal={false}
        allowNegative={false}
        value={draft.otherInvitations}
        error={errors.otherInvitations}
        onChange={(value) => edit('otherInvitations', (d) => ({ ...d, otherInvitations: asCount(value) }))}
      />
      <Textarea
        label={t('form.note')}
        description={t('form.noteHint')}
        autosize
        minRows={2}
        maxLength={5000}
        value={draft.note}
        error={errors.note}
        onChange={(event) => {
          const value = event.currentTarget.value;
          edit('note', (d) => ({ ...d, note: value }));
        }}
      />
    </Stack>
  );
}
