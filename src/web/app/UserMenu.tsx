import { Button, Menu, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ok } from '../../core/platform/schemas.js';
import { api } from '../api/client.js';
import { forgetSession, useMe } from '../api/me.js';

/** The account menu: profile, sign out, sign out on every device. */
export function UserMenu() {
  const { t } = useTranslation('common');
  const me = useMe().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const signOut = useMutation({
    mutationFn: (everywhere: boolean) => api.post(everywhere ? '/api/auth/sign-out-everywhere' : '/api/auth/sign-out', undefined, { schema: ok }),
    // Whatever the server says, this browser forgets the session.
    onSettled: () => {
      forgetSession(queryClient);
      void navigate('/sign-in', { replace: true });
    },
  });

  if (!me) return null;
  return (
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
        <Menu.Item onClick={() => signOut.mutate(false)}>{t('userMenu.signOut')}</Menu.Item>
        <Menu.Item onClick={() => signOut.mutate(true)} title={t('userMenu.signOutEverywhereHint')}>
          {t('userMenu.signOutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
