import { Alert, Button, Container, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Shown when a screen throws while rendering: the rest of the app stays usable after a reload. */
export function CrashPage() {
  const { t } = useTranslation('common');
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{t('app.crashed.title')}</Title>
        <Alert color="red" role="alert">
          {t('app.crashed.text')}
        </Alert>
        <Button w="fit-content" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </Button>
      </Stack>
    </Container>
  );
}
