import { Alert, AppShell, Burger, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { useMe } from '../api/me.js';
import { hasWaitingScreenings, openDevice, useDeviceUser, waitingEncounters } from '../offline/device.js';
import { useOnline } from '../offline/online.js';
import { NotificationsBell } from '../referrals/NotificationsBell.js';
import { LanguageMenu } from './LanguageMenu.js';
import { Navigation } from './Navigation.js';
import { MAIN_ID, SkipLink } from './SkipLink.js';
import { UserMenu } from './UserMenu.js';
import { PageLoader } from './ui/PageLoader.js';
import { useFocusOnNavigate } from './useFocusOnNavigate.js';

/** The signed-in frame: header (network, organisation, language, account), navigation, content. */
/** Screenings and encounters saved offline are sent as soon as the app runs online, whichever page is open. */
function useScreeningOutboxSync(userId: string | undefined): void {
  useEffect(() => {
    if (!userId) return;
    const send = () => {
      if (navigator.onLine && hasWaitingScreenings()) void import('../identification/api.js').then((m) => m.flushNow());
      if (navigator.onLine && waitingEncounters() > 0) void import('../outreach/api.js').then((m) => m.flushEncounters());
    };
    send();
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [userId]);
}

export function AppLayout() {
  const { t } = useTranslation('common');
  const me = useMe().data;
  const [opened, { toggle, close }] = useDisclosure(false);
  useFocusOnNavigate(MAIN_ID);
  // What is kept on this device belongs to the signed-in user only: their vault opens before any screen reads it.
  const userId = me?.user.id;
  const deviceUser = useDeviceUser();
  useEffect(() => {
    if (userId) void openDevice(userId);
  }, [userId]);
  useScreeningOutboxSync(deviceUser ?? undefined);
  const online = useOnline();

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={opened}
              aria-controls="main-navigation"
            />
            <Stack gap={0} miw={0}>
              <Text fw={700} truncate data-testid="network-name">
                {me?.user.networkName}
              </Text>
              <Text size="sm" c="dimmed" truncate data-testid="organisation-name">
                {me?.user.orgName}
              </Text>
            </Stack>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationsBell />
            <LanguageMenu />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      {/* The list is longer than a short screen: the bar scrolls on its own. */}
      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')} style={{ overflowY: 'auto' }}>
        <Navigation onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        {online ? null : (
          <Alert color="yellow" mb="md" data-testid="offline-banner">
            {t('app.offline')}
          </Alert>
        )}
        <Suspense fallback={<PageLoader />}>{userId && deviceUser === userId ? <Outlet /> : <PageLoader />}</Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
