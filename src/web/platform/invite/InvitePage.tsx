import { Alert, Anchor, Button, Paper, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { acceptInvitationRequest, invitationInfo, me as meSchema } from '../../../core/platform/schemas.js';
import type { InvitationInfo } from '../../api/types.js';
import { api, isApiError } from '../../api/client.js';
import { forgetSession, useStoreMe } from '../../api/me.js';
import { useErrorText, useForm } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { PageHeader, usePageTitle } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { PasswordFields } from '../fields/PasswordFields.js';

/** An invited person opens the link they were given, chooses a password and is signed in. */
export function InvitePage() {
  const { token = '' } = useParams();
  const { t } = useTranslation(['invite', 'common']);
  const errorText = useErrorText();
  const info = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.get(`/api/invitations/${encodeURIComponent(token)}`, { schema: invitationInfo }),
    staleTime: Number.POSITIVE_INFINITY,
  });
  usePageTitle(info.data ? t('invite:title', { organisation: info.data.orgName }) : t('invite:invalidTitle'));

  if (info.isPending) return <PageLoader />;
  if (info.error) {
    return (
      <Paper withBorder p="xl">
        <PageHeader title={t('invite:invalidTitle')} />
        <Stack>
          <Alert color="red" role="alert">
            {isApiError(info.error, 'not_found') ? t('common:errors.invitation_invalid') : errorText(info.error)}
          </Alert>
          <Anchor component={Link} to="/sign-in">
            {t('invite:signIn')}
          </Anchor>
        </Stack>
      </Paper>
    );
  }
  return <AcceptForm token={token} info={info.data} />;
}

function AcceptForm({ token, info }: { token: string; info: InvitationInfo }) {
  const { t } = useTranslation(['invite', 'common']);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const storeMe = useStoreMe();
  const form = useForm({ name: info.name, password: '', confirmPassword: '' });
  const { values } = form;

  const accept = useMutation({
    mutationFn: (body: { name: string; password: string }) => api.post(`/api/invitations/${encodeURIComponent(token)}/accept`, body, { schema: meSchema }),
    onSuccess: (me) => {
      forgetSession(queryClient);
      storeMe(me);
      void navigate(me.enrolmentRequired ? '/enrol' : '/', { replace: true });
    },
    onError: form.fail,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate(acceptInvitationRequest, { name: values.name, password: values.password });
    const confirmed = form.checkConfirmation('confirmPassword', values.password, values.confirmPassword);
    if (body && confirmed) accept.mutate({ name: values.name.trim(), password: values.password });
  };

  return (
    <Paper withBorder p="xl">
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <PageHeader title={t('invite:title', { organisation: info.orgName })} intro={t('invite:intro')} />
        <Stack>
          <TextInput label={t('invite:emailLabel')} value={info.email} readOnly autoComplete="username" />
          <TextInput label={t('invite:nameLabel')} autoComplete="name" required {...form.text('name')} />
          <PasswordFields
            password={values.password}
            confirmation={values.confirmPassword}
            onPassword={(next) => form.set('password', next)}
            onConfirmation={(next) => form.set('confirmPassword', next)}
            passwordError={form.errors.password}
            confirmationError={form.errors.confirmPassword}
          />
          <FormAlert message={form.formError} />
          <Button type="submit" loading={accept.isPending} w="fit-content">
            {t('invite:submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
