import { Alert, Button, Group, Image, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recoveryCodesResponse, totpConfirmRequest, totpSetupResponse } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { useErrorText, useForm } from '../../app/form.js';
import { CopyField } from '../../app/ui/CopyField.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { PageLoader } from '../../app/ui/PageLoader.js';

/** The key shown in groups of four, easier to type into an app by hand. */
export function groupKey(secret: string): string {
  return secret.replace(/\s+/g, '').replace(/(.{4})(?=.)/g, '$1 ');
}

export const totpSetupKey = ['totp-setup'] as const;

/** Starts enrolment (new secret), shows it as QR code and as text, and confirms it with a code. */
export function TotpSetupPanel({ onConfirmed }: { onConfirmed: (codes: string[]) => void }) {
  const { t } = useTranslation(['enrol', 'common']);
  const errorText = useErrorText();
  // A query (not a mutation) so that the secret is asked for once, even if the page renders twice.
  const setup = useQuery({
    queryKey: totpSetupKey,
    queryFn: () => api.post('/api/me/totp/setup', undefined, { schema: totpSetupResponse }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 10 * 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const form = useForm({ code: '' });

  const confirm = useMutation({
    mutationFn: (code: string) => api.post('/api/me/totp/confirm', { code }, { schema: recoveryCodesResponse }),
    onSuccess: (answer) => onConfirmed(answer.recoveryCodes),
    onError: form.fail,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate(totpConfirmRequest, { code: form.values.code.replace(/\s/g, '') });
    if (body) confirm.mutate(body.code);
  };

  if (setup.isPending) return <PageLoader />;
  if (setup.error) {
    return (
      <Alert color="red" role="alert">
        {errorText(setup.error)}
      </Alert>
    );
  }

  const svg = setup.data.qrSvg;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text>{t('enrol:steps.scan')}</Text>
        <Image
          src={`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`}
          alt={t('enrol:qrAlt')}
          w={220}
          h={220}
          fit="contain"
          bg="white"
          p="xs"
          data-testid="totp-qr"
        />
      </Stack>
      <Stack gap="xs">
        <Text>{t('enrol:steps.manual')}</Text>
        <CopyField
          label={t('enrol:manualKey')}
          value={groupKey(setup.data.secret)}
          copyValue={setup.data.secret}
          copyLabel={t('enrol:copyKey')}
          monospace
          testId="totp-secret"
        />
      </Stack>
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack gap="sm">
          <Text>{t('enrol:steps.confirm')}</Text>
          <Group align="flex-start">
            <TextInput
              label={t('enrol:codeLabel')}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={7}
              classNames={{ input: 'haven-code' }}
              required
              {...form.text('code')}
            />
          </Group>
          <FormAlert message={form.formError} />
          <Button type="submit" loading={confirm.isPending} w="fit-content">
            {t('enrol:submit')}
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
