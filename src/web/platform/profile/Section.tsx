import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One titled part of the profile page (a region named by its level-2 heading). */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
