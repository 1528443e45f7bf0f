import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../api/types.js';

export type UserAction = 'roles' | 'disable' | 'enable' | 'unlock' | 'reinvite' | 'wipe';

interface UserRowActionsProps {
  user: UserSummary;
  isSelf: boolean;
  canUpdate: boolean;
  canUnlock: boolean;
  canInvite: boolean;
  onAction: (action: UserAction, user: UserSummary) => void;
}

/** The actions the signed-in user may take on one row, behind one "Actions for <name>" button. */
export function UserRowActions({ user, isSelf, canUpdate, canUnlock, canInvite, onAction }: UserRowActionsProps) {
  const { t } = useTranslation('users');
  const actions: { action: UserAction; label: string }[] = [];
  if (canUpdate) actions.push({ action: 'roles', label: t('changeRoles') });
  if (canUnlock && user.status === 'locked') actions.push({ action: 'unlock', label: t('unlock') });
  if (canUpdate && !isSelf) {
    actions.push(user.status === 'disabled' ? { action: 'enable', label: t('enable') } : { action: 'disable', label: t('disable') });
  }
  if (canInvite && !isSelf && user.status !== 'disabled') actions.push({ action: 'reinvite', label: t('reinvite') });
  if (canUpdate && !isSelf) actions.push({ action: 'wipe', label: t('wipeDevices') });
  if (actions.length === 0) return null;

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="xs" aria-label={t('rowActions', { name: user.name })}>
          {t('columns.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {actions.map(({ action, label }) => (
          <Menu.Item key={action} color={action === 'disable' || action === 'reinvite' || action === 'wipe' ? 'red.9' : undefined} onClick={() => onAction(action, user)}>
            {label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
