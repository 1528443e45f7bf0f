import { Group, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title: "<page> · Haven". */
export function usePageTitle(title: string): void {
  const { t } = useTranslation('common');
  const app = t('app.name');
  useEffect(() => {
    document.title = title ? `${title} · ${app}` : app;
  }, [title, app]);
}

interface PageHeaderProps {
  title: string;
  intro?: ReactNode;
  actions?: ReactNode;
}

/** The page's one level-1 heading, an optional introduction and page-wide actions. */
export function PageHeader({ title, intro, actions }: PageHeaderProps) {
  usePageTitle(title);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="md">
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        {intro ? <Text c="dimmed">{intro}</Text> : null}
      </Stack>
      {actions ? <Group>{actions}</Group> : null}
    </Group>
  );
}
