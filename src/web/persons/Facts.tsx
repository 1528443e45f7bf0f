import { Card, Text, Title } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';

const LIST: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
  columnGap: 'var(--mantine-spacing-md)',
  rowGap: 'var(--mantine-spacing-xs)',
  margin: 0,
};

/** A titled card of a record (a region named by its heading). */
export function Section({ id, title, actions, children, testId }: { id: string; title: string; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id} data-testid={testId}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-start',
          gap: 'var(--mantine-spacing-sm)',
          flexWrap: 'wrap',
          marginBottom: 'var(--mantine-spacing-sm)',
        }}
      >
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {actions}
      </div>
      {children}
    </Card>
  );
}

/** Label–value pairs as a description list; rows without a value show "not recorded". */
export function Facts({ rows, empty }: { rows: readonly { label: string; value: ReactNode }[]; empty: string }) {
  return (
    <dl style={LIST}>
      {rows.map((row) => (
        <div key={row.label} style={{ display: 'contents' }}>
          <Text component="dt" fw={600} size="sm">
            {row.label}
          </Text>
          <dd style={{ margin: 0 }}>
            {row.value === null || row.value === undefined || row.value === '' ? (
              <Text span c="dimmed" size="sm">
                {empty}
              </Text>
            ) : (
              row.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
