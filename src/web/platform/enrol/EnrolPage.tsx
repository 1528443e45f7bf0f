import { Alert, Button, Group, Paper, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { ok } from '../../../core/platform/schemas.js';
import { api, isApiError } from '../../api/client.js';
import { forgetSession, meKey, useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { RecoveryCodesPanel } from './RecoveryCodesPanel.js';
import { TotpSetupPanel, totpSetupKey } from './TotpSetupPanel.js';

/** Second-factor enrolment: scan, confirm with a code, then save the recovery codes. */
export function EnrolPage() {
  const { t } = useTranslation(['enrol', 'common']);
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [codes, setCodes] = useState<string[] | null>(null);
  const [finishing, setFinishing] = useState(false);

  const signOut = useMutation({
    mutationFn: () => api.post('/api/auth/sign-out', undefined, { schema: ok }),
    onSettled: () => {
      forgetSession(queryClient);
      void navigate('/sign-in', { replace: true });
    },
  });

  const finish = async () => {
    setFinishing(true);
    // The session may only go on once `/api/me` no longer asks for enrolment.
    await queryClient.refetchQueries({ queryKey: meKey }).catch(() => undefined);
    queryClient.removeQueries({ queryKey: totpSetupKey });
    void navigate('/', { replace: true });
  };

  if (me.isPending) return <PageLoader />;
  if (me.error) {
    if (isApiError(me.error, 'unauthenticated')) return <Navigate to="/sign-in" replace />;
    return (
      <Alert color="red" role="alert">
        {errorText(me.error)}
      </Alert>
    );
  }
  if (me.data.user.totpEnabled && !codes) return <Navigate to="/" replace />;

  return (
    <Paper withBorder p="xl">
      <PageHeader title={t('enrol:title')} intro={codes ? undefined : t('enrol:intro')} />
      {codes ? (
        <RecoveryCodesPanel codes={codes} onDone={() => void finish()} doneLoading={finishing} />
      ) : (
        <Stack>
          <TotpSetupPanel onConfirmed={setCodes} />
          <Group justify="flex-end">
            <Button variant="subtle" onClick={() => signOut.mutate()} loading={signOut.isPending}>
              {t('common:userMenu.signOut')}
            </Button>
          </Group>
        </Stack>
      )}
    </Paper>
  );
}
