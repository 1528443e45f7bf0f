import { AppShell, Container, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageMenu } from './LanguageMenu.js';
import { MAIN_ID, SkipLink } from './SkipLink.js';
import { PageLoader } from './ui/PageLoader.js';
import { useFocusOnNavigate } from './useFocusOnNavigate.js';

/** Set-up, sign-in, invitation and enrolment: a plain page with the language switcher. */
export function PublicLayout() {
  const { t } = useTranslation('common');
  useFocusOnNavigate(MAIN_ID);
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Text fw={700} size="lg">
            {t('app.name')}
          </Text>
          <LanguageMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_ID} tabIndex={-1}>
        <Container size="sm" py="lg">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
