import { Alert, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../api/types.js';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { ConfirmModal } from '../../app/ui/ConfirmModal.js';
import { SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useUnlockUser, useWipeDevices, useUpdateUser, useUsers } from './api.js';
import { ChangeRolesModal } from './ChangeRolesModal.js';
import { InviteUserModal } from './InviteUserModal.js';
import { ReinviteModal } from './ReinviteModal.js';
import type { UserAction } from './UserRowActions.js';
import { UsersTable } from './UsersTable.js';

interface Pending {
  action: UserAction;
  user: UserSummary;
}

/** The organisation's users: list, invite (again), change roles, disable or enable, unlock. */
export function UsersPage() {
  const { t } = useTranslation(['users', 'common']);
  const errorText = useErrorText();
  const me = useMe().data;
  const users = useUsers();
  const update = useUpdateUser();
  const unlock = useUnlockUser();
  const wipe = useWipeDevices();
  const [inviting, setInviting] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const permissions = me?.permissions ?? [];

  const closePending = () => {
    setPending(null);
    update.reset();
    unlock.reset();
    wipe.reset();
  };
  const succeeded = (user: UserSummary) => {
    setDone(t('users:updated', { name: user.name }));
    setPending(null);
  };
  const confirm = () => {
    if (!pending) return;
    setDone(null);
    const { action, user } = pending;
    if (action === 'unlock') unlock.mutate(user.id, { onSuccess: succeeded });
    else if (action === 'wipe')
      wipe.mutate(user.id, {
        onSuccess: ({ sessionsEnded }) => {
          setDone(t('users:wipeModal.done', { name: user.name, count: sessionsEnded }));
          setPending(null);
        },
      });
    else update.mutate({ id: user.id, disabled: action === 'disable' }, { onSuccess: succeeded });
  };

  const header = (
    <PageHeader
      title={t('users:title')}
      intro={me ? t('users:intro', { organisation: me.user.orgName }) : undefined}
      actions={permissions.includes('users:invite') ? <Button onClick={() => setInviting(true)}>{t('users:invite')}</Button> : null}
    />
  );

  if (users.isPending)
    return (
      <>
        {header}
        <PageLoader />
      </>
    );
  if (users.error) {
    return (
      <>
        {header}
        <Alert color="red" role="alert">
          {errorText(users.error)}
        </Alert>
      </>
    );
  }

  const confirmText = pending && pending.action !== 'roles' && pending.action !== 'reinvite' ? (`users:${pending.action}Modal` as const) : null;
  return (
    <>
      {header}
      <SuccessNote message={done} mb="md" />
      <Text size="sm" c="dimmed" mb="xs">
        {t('users:count', { count: users.data.users.length })}
      </Text>
      <UsersTable
        users={users.data.users}
        selfId={me?.user.id ?? ''}
        canUpdate={permissions.includes('users:update')}
        canUnlock={permissions.includes('users:unlock')}
        canInvite={permissions.includes('users:invite')}
        onAction={(action, user) => {
          setDone(null);
          setPending({ action, user });
        }}
      />
      <InviteUserModal opened={inviting} onClose={() => setInviting(false)} assignableRoles={users.data.assignableRoles} />
      {pending?.action === 'roles' ? (
        <ChangeRolesModal user={pending.user} users={users.data.users} assignableRoles={users.data.assignableRoles} onClose={closePending} onSaved={succeeded} />
      ) : null}
      {pending?.action === 'reinvite' ? <ReinviteModal user={pending.user} onClose={() => setPending(null)} /> : null}
      {pending && confirmText ? (
        <ConfirmModal
          opened
          title={t(`${confirmText}.title`, { name: pending.user.name })}
          text={t(`${confirmText}.text`, { name: pending.user.name })}
          confirmLabel={t(`${confirmText}.submit`)}
          destructive={pending.action === 'disable' || pending.action === 'wipe'}
          pending={update.isPending || unlock.isPending || wipe.isPending}
          error={update.error ? errorText(update.error) : unlock.error ? errorText(unlock.error) : wipe.error ? errorText(wipe.error) : null}
          onConfirm={confirm}
          onClose={closePending}
        />
      ) : null}
    </>
  );
}
