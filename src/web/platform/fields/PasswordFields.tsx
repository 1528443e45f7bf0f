import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../../core/platform/schemas.js';
import { PasswordField } from '../../app/ui/PasswordField.js';

interface PasswordFieldsProps {
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  passwordError?: string | undefined;
  confirmationError?: string | undefined;
  passwordLabel?: string;
  confirmationLabel?: string;
}

/** A new password with its rule shown, and its confirmation. */
export function PasswordFields(props: PasswordFieldsProps) {
  const { t } = useTranslation('common');
  return (
    <Stack gap="md">
      <PasswordField
        label={props.passwordLabel ?? t('fields.password')}
        description={t('fields.passwordRule', { min: MIN_PASSWORD_LENGTH })}
        value={props.password}
        onChange={(event) => props.onPassword(event.currentTarget.value)}
        error={props.passwordError}
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
      />
      <PasswordField
        label={props.confirmationLabel ?? t('fields.confirmPassword')}
        value={props.confirmation}
        onChange={(event) => props.onConfirmation(event.currentTarget.value)}
        error={props.confirmationError}
        autoComplete="new-password"
        required
      />
    </Stack>
  );
}
