import { Fieldset, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { GuardianDraft } from '../draft.js';
import type { FieldErrorsProps } from './fields.js';

interface GuardianFieldsetProps extends FieldErrorsProps {
  guardian: GuardianDraft;
  onChange: (guardian: GuardianDraft) => void;
  child: boolean;
  today: string;
}

/** The guardian appointed for a child: asked for (marked required) whenever the person is a child. */
export function GuardianFieldset({ guardian, onChange, child, today, errors, clearError }: GuardianFieldsetProps) {
  const { t } = useTranslation('persons');
  const set = (change: Partial<GuardianDraft>) => {
    onChange({ ...guardian, ...change });
    for (const key of Object.keys(change)) clearError(`guardian.${key}`);
  };
  return (
    <Fieldset legend={t('form.guardian.legend')} data-testid="guardian-fieldset">
      <Stack gap="sm">
        <Text size="sm" c={child ? undefined : 'dimmed'} fw={child ? 600 : undefined}>
          {child ? t('form.guardian.childHint') : t('form.guardian.hint')}
        </Text>
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('form.guardian.name')}
            value={guardian.name}
            onChange={(event) => set({ name: event.currentTarget.value })}
            error={errors['guardian.name']}
            withAsterisk={child}
            autoComplete="off"
            w={260}
          />
          <TextInput
            type="date"
            label={t('form.guardian.appointedOn')}
            value={guardian.appointedOn}
            max={today}
            onChange={(event) => set({ appointedOn: event.currentTarget.value })}
            error={errors['guardian.appointedOn']}
            withAsterisk={child}
            w={200}
          />
          <TextInput
            label={t('form.guardian.organisation')}
            value={guardian.organisation}
            onChange={(event) => set({ organisation: event.currentTarget.value })}
            error={errors['guardian.organisation']}
            w={260}
          />
        </Group>
        <Textarea
          label={t('form.guardian.contact')}
          value={guardian.contact}
          onChange={(event) => set({ contact: event.currentTarget.value })}
          error={errors['guardian.contact']}
          autosize
          minRows={2}
          maw={560}
        />
      </Stack>
    </Fieldset>
  );
}
