import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createPersonRequest, MAX_AGE } from '../../core/cases/person.js';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { localToday } from '../persons/today.js';
import { useValidation } from '../persons/useValidation.js';
import { type OpenedCase, useOpenCase } from './api.js';

interface OpenCaseModalProps {
  contactId: string;
  opened: boolean;
  onClose: () => void;
  onOpened: (answer: OpenedCase) => void;
  /** After the dialog has closed following a success (the button that opened it is gone by then). */
  onClosedAfterSuccess: () => void;
}

/** The person a contact is about (a name, and a birth date or an age if known), recorded with a case for them in one step. */
export function OpenCaseModal({ contactId, opened, onClose, onOpened, onClosedAfterSuccess }: OpenCaseModalProps) {
  const { t } = useTranslation(['hotline', 'common']);
  const errorText = useErrorText();
  const validation = useValidation();
  const open = useOpenCase(contactId);
  const [given, setGiven] = useState('');
  const [family, setFamily] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [age, setAge] = useState<number | ''>('');
  const [formError, setFormError] = useState<string | null>(null);
  const today = localToday();

  const submit = () => {
    setFormError(null);
    const person = validation.check(createPersonRequest, {
      names: [{ given, family }],
      ...(birthDate ? { birthDate } : {}),
      ...(age !== '' ? { estimatedAge: { years: age, estimatedOn: today } } : {}),
    });
    if (!person) return;
    open.mutate(person, {
      onSuccess: (answer) => {
        onOpened(answer);
        onClose();
      },
      onError: (error) => {
        if (isApiError(error) && error.field) validation.setError(error.field.replace(/^person\./, ''), errorText(error));
        else setFormError(errorText(error));
      },
    });
  };

  const ageError = validation.errors['estimatedAge.years'] ?? validation.errors.estimatedAge;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('hotline:openCase.title')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      size="lg"
      returnFocus={!open.isSuccess}
      onExitTransitionEnd={() => {
        if (open.isSuccess) onClosedAfterSuccess();
      }}
    >
      <form
        ref={validation.ref}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('hotline:openCase.intro')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t('hotline:openCase.given')}
              value={given}
              onChange={(event) => {
                setGiven(event.currentTarget.value);
                validation.clearError('names.0.given');
              }}
              error={validation.errors['names.0.given']}
              maxLength={200}
              autoComplete="off"
              data-autofocus
            />
            <TextInput
              label={t('hotline:openCase.family')}
              value={family}
              onChange={(event) => {
                setFamily(event.currentTarget.value);
                validation.clearError('names.0.given');
              }}
              error={validation.errors['names.0.family']}
              maxLength={200}
              autoComplete="off"
            />
            <TextInput
              type="date"
              label={t('hotline:openCase.birthDate')}
              description={t('hotline:openCase.ageHint')}
              value={birthDate}
              max={today}
              onChange={(event) => {
                setBirthDate(event.currentTarget.value);
                validation.clearError('birthDate');
                validation.clearError('estimatedAge');
              }}
              error={validation.errors.birthDate}
            />
            <NumberInput
              label={t('hotline:openCase.age')}
              description={t('hotline:openCase.ageHint')}
              value={age}
              min={0}
              max={MAX_AGE}
              allowDecimal={false}
              allowNegative={false}
              onChange={(value) => {
                setAge(typeof value === 'number' ? value : value === '' ? '' : Number(value));
                validation.clearError('estimatedAge');
                validation.clearError('estimatedAge.years');
              }}
              error={ageError}
            />
          </SimpleGrid>
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={open.isPending}>
              {t('hotline:openCase.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
