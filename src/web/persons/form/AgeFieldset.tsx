import { Alert, Fieldset, Group, NumberInput, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_AGE } from '../../../core/cases/person.js';
import { ChildBadge } from '../ChildBadge.js';
import type { AgeMode, PersonDraft } from '../draft.js';
import type { FieldErrorsProps } from './fields.js';

interface AgeFieldsetProps extends FieldErrorsProps {
  draft: PersonDraft;
  onChange: (change: Partial<PersonDraft>) => void;
  today: string;
  /** A child by what the form says so far (undefined: age unknown). */
  child: boolean | undefined;
  age: number | undefined;
}

/** The birth date, or an estimate of age and the day it was made; says at once when the person is a child. */
export function AgeFieldset({ draft, onChange, today, child, age, errors, clearError }: AgeFieldsetProps) {
  const { t } = useTranslation('persons');
  return (
    <Fieldset legend={t('form.age.legend')}>
      <Stack gap="sm">
        <Radio.Group label={t('form.age.mode')} value={draft.ageMode} onChange={(value) => onChange({ ageMode: value as AgeMode })}>
          <Group mt={4} gap="lg">
            <Radio value="birthDate" label={t('form.age.birthDateKnown')} />
            <Radio value="estimate" label={t('form.age.estimate')} />
            <Radio value="unknown" label={t('form.age.unknown')} />
          </Group>
        </Radio.Group>
        {draft.ageMode === 'birthDate' ? (
          <TextInput
            type="date"
            label={t('form.age.birthDate')}
            value={draft.birthDate}
            max={today}
            min="1900-01-01"
            onChange={(event) => {
              onChange({ birthDate: event.currentTarget.value });
              clearError('birthDate');
            }}
            error={errors.birthDate}
            w={200}
          />
        ) : null}
        {draft.ageMode === 'estimate' ? (
          <Group align="flex-start" gap="sm">
            <NumberInput
              label={t('form.age.years')}
              value={draft.estimatedAge.years === '' ? '' : Number(draft.estimatedAge.years)}
              onChange={(value) => {
                onChange({ estimatedAge: { ...draft.estimatedAge, years: value === '' ? '' : String(value) } });
                clearError('estimatedAge.years');
              }}
              min={0}
              max={MAX_AGE}
              allowDecimal={false}
              allowNegative={false}
              error={errors['estimatedAge.years']}
              withAsterisk
              w={160}
            />
            <TextInput
              type="date"
              label={t('form.age.estimatedOn')}
              description={t('form.age.estimatedOnHint')}
              value={draft.estimatedAge.estimatedOn}
              max={today}
              onChange={(event) => {
                onChange({ estimatedAge: { ...draft.estimatedAge, estimatedOn: event.currentTarget.value } });
                clearError('estimatedAge.estimatedOn');
              }}
              error={errors['estimatedAge.estimatedOn']}
              withAsterisk
              w={220}
            />
          </Group>
        ) : null}
        <div aria-live="polite">
          {child ? (
            <Alert color="grape" variant="light" title={<ChildBadge age={age} />} data-testid="child-notice">
              {t('form.age.childNotice')}
            </Alert>
          ) : null}
          {draft.ageMode === 'unknown' ? (
            <Alert color="gray" variant="light">
              {t('form.age.unknownNotice')}
            </Alert>
          ) : null}
        </div>
      </Stack>
    </Fieldset>
  );
}
