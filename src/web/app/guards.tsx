import { Alert, Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Action } from '../../core/platform/policy.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from './form.js';
import { PageHeader } from './ui/PageHeader.js';
import { PageLoader } from './ui/PageLoader.js';

/** Where to come back to after signing in. */
export interface ReturnState {
  from?: string;
  /** The session was ended by a remote wipe, and this device erased what it kept. */
  wiped?: boolean;
}

/** Only for a signed-in user who has enrolled a second factor where required. */
export function RequireAccount() {
  const me = useMe();
  const location = useLocation();
  const errorText = useErrorText();
  const { t } = useTranslation('common');

  if (me.isPending) return <PageLoader />;
  if (me.error) {
    if (isApiError(me.error, 'unauthenticated')) {
      const state: ReturnState = { from: location.pathname + location.search };
      return <Navigate to="/sign-in" replace state={state} />;
    }
    if (isApiError(me.error, 'enrolment_required')) return <Navigate to="/enrol" replace />;
    if (isApiError(me.error, 'device_wiped')) {
      const state: ReturnState = { wiped: true };
      return <Navigate to="/sign-in" replace state={state} />;
    }
    return (
      <Stack p="xl" maw={640} mx="auto">
        <Alert color="red" role="alert" title={t('app.loadFailed')}>
          {errorText(me.error)}
        </Alert>
        <Button onClick={() => void me.refetch()} w="fit-content">
          {t('app.retry')}
        </Button>
      </Stack>
    );
  }
  if (me.data.enrolmentRequired) return <Navigate to="/enrol" replace />;
  return <Outlet />;
}

/** Shows the page only when the user's permissions (from `/api/me`) include the action (or one of the actions). */
export function RequirePermission({ action, children }: { action: Action | readonly Action[]; children: ReactNode }) {
  const me = useMe();
  const { t } = useTranslation('common');
  if (!me.data) return <PageLoader />;
  const permissions = me.data.permissions;
  const allowed = typeof action === 'string' ? permissions.includes(action) : action.some((a) => permissions.includes(a));
  if (!allowed) {
    return <PageHeader title={t('app.noAccess.title')} intro={t('app.noAccess.text')} />;
  }
  return <>{children}</>;
}
