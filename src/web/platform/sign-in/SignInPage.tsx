import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { me as meSchema, type SignInRequest, signInRequest } from '../../../core/platform/schemas.js';
import { api, isApiError } from '../../api/client.js';
import { forgetSession, useStoreMe } from '../../api/me.js';
import { useForm } from '../../app/form.js';
import type { ReturnState } from '../../app/guards.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { SecondFactorFields } from './SecondFactorFields.js';
import { PasswordField } from '../../app/ui/PasswordField.js';

type Step = 'password' | 'totp' | 'recovery';

interface SignInValues {
  email: string;
  password: string;
  totp: string;
  recoveryCode: string;
}

/** Where to go after signing in: back where the user was sent from, never to another site. */
function returnPath(state: unknown): string {
  const from = (state as ReturnState | null)?.from;
  return from?.startsWith('/') && !from.startsWith('//') && !from.startsWith('/sign-in') ? from : '/';
}

/** E-mail and password, then (when the server asks) an authenticator or recovery code. */
export function SignInPage() {
  const { t } = useTranslation(['signIn', 'common']);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const storeMe = useStoreMe();
  const [step, setStep] = useState<Step>('password');
  const form = useForm<SignInValues>({ email: '', password: '', totp: '', recoveryCode: '' });
  const { values } = form;

  const submit = useMutation({
    mutationFn: (body: SignInRequest) => api.post('/api/auth/sign-in', body, { schema: meSchema }),
    onSuccess: (me) => {
      forgetSession(queryClient);
      storeMe(me);
      void navigate(me.enrolmentRequired ? '/enrol' : returnPath(location.state), { replace: true });
    },
    onError: (error) => {
      if (isApiError(error, 'totp_required')) {
        setStep((current) => (current === 'password' ? 'totp' : current));
        return;
      }
      if (isApiError(error, 'invalid_totp') && step === 'recovery') {
        form.setFieldError('recoveryCode', t('signIn:secondFactor.recoveryInvalid'));
        return;
      }
      if (isApiError(error, 'invalid_totp')) {
        form.setFieldError('totp', t('common:errors.invalid_totp'));
        return;
      }
      form.fail(error);
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const request: SignInRequest = { email: values.email, password: values.password };
    if (step === 'totp') request.totp = values.totp.replace(/\s/g, '');
    if (step === 'recovery') request.recoveryCode = values.recoveryCode.trim();
    const body = form.validate(signInRequest, request);
    if (body) submit.mutate(body);
  };

  const restart = () => {
    setStep('password');
    form.reset({ email: values.email, password: '', totp: '', recoveryCode: '' });
  };

  return (
    <Paper withBorder p="xl" maw={480} mx="auto">
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <PageHeader title={t('signIn:title')} />
        {(location.state as ReturnState | null)?.wiped ? (
          <Alert color="yellow" mb="md" data-testid="device-wiped">
            {t('signIn:deviceWiped')}
          </Alert>
        ) : null}
        <Stack>
          {step === 'password' ? (
            <>
              <TextInput label={t('common:fields.email')} type="email" autoComplete="username" required {...form.text('email')} />
              <PasswordField label={t('common:fields.password')} autoComplete="current-password" required {...form.text('password')} />
            </>
          ) : (
            <>
              <Title order={2} size="h3">
                {t('signIn:secondFactor.title')}
              </Title>
              <Text>{t('signIn:secondFactor.signingInAs', { email: values.email })}</Text>
              <SecondFactorFields
                mode={step}
                totp={form.text('totp')}
                recoveryCode={form.text('recoveryCode')}
                onSwitch={() => setStep(step === 'totp' ? 'recovery' : 'totp')}
              />
            </>
          )}
          <FormAlert message={form.formError} />
          <Button type="submit" loading={submit.isPending} fullWidth>
            {step === 'password' ? t('signIn:submit') : t('signIn:verify')}
          </Button>
          {step === 'password' ? (
            <Text size="sm" c="dimmed">
              {t('signIn:forgotPassword')}
            </Text>
          ) : (
            <Anchor component="button" type="button" size="sm" onClick={restart}>
              {t('signIn:secondFactor.otherAccount')}
            </Anchor>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
