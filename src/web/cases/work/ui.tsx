import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/form.js';
import { PageLoader } from '../../app/ui/PageLoader.js';

/** Small building blocks shared by the tabs of the work on a case. */

const RESET_LIST = { listStyle: 'none', margin: 0, padding: 0 } as const;

/** The entries of a tab as a list (screen readers announce how many there are). */
export function EntryList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack component="ul" gap="sm" style={RESET_LIST} aria-label={label}>
      {children}
    </Stack>
  );
}

interface EntryCardProps {
  title: ReactNode;
  badges?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  highlight?: 'red' | undefined;
  testId?: string;
}

/** One entry: its title and badges, the actions on it, then its facts. */
export function EntryCard({ title, badges, actions, children, highlight, testId }: EntryCardProps) {
  return (
    <li>
      <Paper withBorder p="md" data-testid={testId} style={highlight ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 } : undefined}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={6} miw={0}>
            <Group gap="xs">
              <Text fw={600} component="span">
                {title}
              </Text>
              {badges}
            </Group>
          </Stack>
          {actions ? (
            <Group gap="xs" wrap="nowrap">
              {actions}
            </Group>
          ) : null}
        </Group>
        {children ? <div style={{ marginTop: 'var(--mantine-spacing-xs)' }}>{children}</div> : null}
      </Paper>
    </li>
  );
}

const FACTS_STYLE = {
  display: 'grid',
  gridTemplateColumns: 'minmax(8rem, max-content) 1fr',
  columnGap: 'var(--mantine-spacing-md)',
  rowGap: 4,
  margin: 0,
} as const;

/** A definition list of an entry's facts; rows without a value are left out. */
export function Facts({ rows }: { rows: readonly (readonly [string, ReactNode | null | undefined | false])[] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== false && value !== '');
  if (!shown.length) return null;
  return (
    <dl style={FACTS_STYLE}>
      {shown.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" size="sm" m={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {value}
          </Text>
        </div>
      ))}
    </dl>
  );
}

/** The "Add …" buttons above a tab's list. */
export function PanelActions({ children }: { children: ReactNode }) {
  return (
    <Group justify="flex-end" mb="md" gap="sm">
      {children}
    </Group>
  );
}

export function EditButton({ what, onClick }: { what: string; onClick: () => void }) {
  const { t } = useTranslation('caseWork');
  return (
    <Button variant="default" size="xs" onClick={onClick} aria-label={t('actions.editLabel', { what })}>
      {t('actions.edit')}
    </Button>
  );
}

interface LoadStateProps {
  isPending: boolean;
  error: unknown;
  empty: boolean;
  emptyText: string;
  children: ReactNode;
}

/** Loading, failed, empty, or the list. */
export function LoadState({ isPending, error, empty, emptyText, children }: LoadStateProps) {
  const errorText = useErrorText();
  if (isPending) return <PageLoader />;
  if (error)
    return (
      <Alert color="red" role="alert">
        {errorText(error)}
      </Alert>
    );
  if (empty) return <Text c="dimmed">{emptyText}</Text>;
  return <>{children}</>;
}
