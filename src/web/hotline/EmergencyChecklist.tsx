import { Alert, Checkbox, Stack } from '@mantine/core';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { EMERGENCY_STEPS } from '../../core/hotline/contact.js';
import type { EmergencyStep } from './draft.js';

interface EmergencyChecklistProps {
  value: readonly EmergencyStep[];
  onChange: (steps: EmergencyStep[]) => void;
  error?: string | undefined;
  /** The first step's box, to move the focus there when immediate danger is chosen. */
  firstRef?: RefObject<HTMLInputElement | null>;
}

/** Immediate danger: an alert, and the steps an operator works through, in their order. */
export function EmergencyChecklist({ value, onChange, error, firstRef }: EmergencyChecklistProps) {
  const { t } = useTranslation('hotline');
  return (
    <Stack gap="sm" data-testid="emergency-checklist">
      <Alert color="red.9" variant="filled" role="alert" title={t('emergency.title')}>
        {t('emergency.text')}
      </Alert>
      <Checkbox.Group
        label={t('emergency.checklist')}
        description={t('emergency.checklistHint')}
        value={[...value]}
        onChange={(next) => onChange(EMERGENCY_STEPS.filter((s) => next.includes(s)))}
        error={error}
      >
        <Stack gap="xs" mt={6}>
          {EMERGENCY_STEPS.map((step, i) => (
            <Checkbox key={step} value={step} label={t(`steps.${step}`)} ref={i === 0 ? firstRef : undefined} />
          ))}
        </Stack>
      </Checkbox.Group>
    </Stack>
  );
}
