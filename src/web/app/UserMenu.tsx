import { Button, Menu, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ok } from '../../core/platform/schemas.js';
import { api } from '../api/client.js';
import { forgetSession, useMe } from '../api/me.js';
import { waitingEncounters, waitingScreenings, wipeDevice } from '../offline/device.js';
import { ConfirmModal } from './ui/ConfirmModal.js';

/**
 * The account menu: profile, sign out, sign out on every device. Signing out deletes what the user
 * kept on this device (drafts, screenings waiting to be sent, and the key that encrypts them); when
 * something is still waiting to be sent, the user is asked first.
 */
export function UserMenu() {
  const { t } = useTranslation('common');
  const me = useMe().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const [asking, setAsking] = useState<{ everywhere: boolean; waiting: number } | null>(null);
  const userId = me?.user.id;

  const signOut = useMutation({
    mutationFn: (everywhere: boolean) => api.post(everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out', undefined, { schema: ok }),
    // Whatever the server says, this browser forgets the session and what the user kept on the device.
    onSettled: async () => {
      if (userId) await wipeDevice(userId);
      forgetSession(queryClient);
      void navigate('/sign-in', { replace: true });
    },
  });
  const start = (everywhere: boolean) => {
    const waiting = waitingScreenings() + waitingEncounters();
    if (waiting > 0) setAsking({ everywhere, waiting });
    else signOut.mutate(everywhere);
  };

  if (!me) return null;
  return (
    <>
      <ConfirmModal
        opened={asking !== null}
        title={t('userMenu.unsentTitle')}
        text={t('userMenu.unsentText', { count: asking?.waiting ?? 0 })}
        confirmLabel={t('userMenu.unsentConfirm')}
        destructive
        pending={signOut.isPending}
        onClose={() => setAsking(null)}
        onConfirm={() => asking && signOut.mutate(asking.everywhere)}
      />
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" aria-label={t('userMenu.label', { name: me.user.name })} data-testid="user-menu">
            {me.user.name}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>
            <Text size="xs" c="dimmed" span>
              {me.user.email}
            </Text>
          </Menu.Label>
          <Menu.Item component={Link} to="/profile">
            {t('userMenu.profile')}
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item onClick={() => start(false)}>{t('userMenu.signOut')}</Menu.Item>
          <Menu.Item onClick={() => start(true)} title={t('userMenu.signOutEverywhereHint')}>
            {t('userMenu.signOutEverywhere')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
