import { Anchor, Stack, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  value: string;
  error: string | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

interface SecondFactorFieldsProps {
  mode: 'totp' | 'recovery';
  totp: FieldProps;
  recoveryCode: FieldProps;
  onSwitch: () => void;
}

/** The second step of signing in: a 6-digit code, or instead one of the saved recovery codes. */
export function SecondFactorFields({ mode, totp, recoveryCode, onSwitch }: SecondFactorFieldsProps) {
  const { t } = useTranslation('signIn');
  return (
    <Stack gap="xs">
      {mode === 'totp' ? (
        <TextInput
          key="totp"
          label={t('secondFactor.codeLabel')}
          description={t('secondFactor.codeHint')}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={6}
          classNames={{ input: 'haven-code' }}
          required
          // The field appears after the user submitted their password: take them straight to it.
          autoFocus
          {...totp}
        />
      ) : (
        <TextInput
          key="recovery"
          label={t('secondFactor.recoveryLabel')}
          description={t('secondFactor.recoveryHint')}
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={11}
          classNames={{ input: 'haven-code' }}
          required
          autoFocus
          {...recoveryCode}
        />
      )}
      <Anchor component="button" type="button" size="sm" onClick={onSwitch} w="fit-content">
        {mode === 'totp' ? t('secondFactor.useRecoveryCode') : t('secondFactor.useAuthenticator')}
      </Anchor>
    </Stack>
  );
}
