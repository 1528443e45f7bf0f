import { Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePasswordRequest, ok } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { useForm } from '../../app/form.js';
import { FormAlert, SuccessNote } from '../../app/ui/FormAlert.js';
import { PasswordFields } from '../fields/PasswordFields.js';
import { Section } from './Section.js';
import { PasswordField } from '../../app/ui/PasswordField.js';

const EMPTY = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function PasswordSection() {
  const { t } = useTranslation(['profile', 'common']);
  const form = useForm(EMPTY);
  const [changed, setChanged] = useState(false);
  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) => api.post('/api/me/password', body, { schema: ok }),
    onSuccess: () => {
      form.reset(EMPTY);
      setChanged(true);
    },
    onError: (error) => form.fail(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(false);
    const { confirmPassword, ...request } = form.values;
    const body = form.validate(changePasswordRequest, request);
    const confirmed = form.checkConfirmation('confirmPassword', request.newPassword, confirmPassword);
    if (body && confirmed) change.mutate(body);
  };

  return (
    <Section id="profile-password" title={t('profile:password.title')}>
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <PasswordField label={t('profile:password.current')} autoComplete="current-password" required {...form.text('currentPassword')} />
          <PasswordFields
            password={form.values.newPassword}
            confirmation={form.values.confirmPassword}
            onPassword={(next) => form.set('newPassword', next)}
            onConfirmation={(next) => form.set('confirmPassword', next)}
            passwordError={form.errors.newPassword}
            confirmationError={form.errors.confirmPassword}
            passwordLabel={t('profile:password.new')}
            confirmationLabel={t('profile:password.confirm')}
          />
          <FormAlert message={form.formError} />
          <SuccessNote message={changed ? t('profile:password.changed') : null} />
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t('profile:password.submit')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}
