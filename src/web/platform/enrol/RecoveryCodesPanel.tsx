import { Button, CopyButton, Group, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

interface RecoveryCodesPanelProps {
  codes: readonly string[];
  onDone: () => void;
  doneLoading?: boolean;
  withHeading?: boolean;
}

const GRID: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))',
  gap: 'var(--mantine-spacing-xs)',
  listStyle: 'none',
  margin: 0,
  padding: 0,
};

function download(codes: readonly string[], fileName: string): void {
  const url = URL.createObjectURL(new Blob([`${codes.join('\n')}\n`], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Recovery codes, shown once: copy, download, then confirm they are saved. */
export function RecoveryCodesPanel({ codes, onDone, doneLoading, withHeading = true }: RecoveryCodesPanelProps) {
  const { t } = useTranslation(['enrol', 'common']);
  return (
    <Stack>
      {withHeading ? <Title order={2}>{t('enrol:recovery.title')}</Title> : null}
      <Text>{t('enrol:recovery.intro')}</Text>
      <Paper withBorder p="md">
        <ul aria-label={t('enrol:recovery.listLabel')} data-testid="recovery-codes" style={GRID}>
          {codes.map((code) => (
            <li key={code}>
              <Text className="haven-code" fz="lg" span>
                {code}
              </Text>
            </li>
          ))}
        </ul>
      </Paper>
      <Group>
        <CopyButton value={codes.join('\n')} timeout={2000}>
          {({ copied, copy }) => (
            <>
              <Button variant="default" onClick={copy}>
                {copied ? t('common:actions.copied') : t('enrol:recovery.copy')}
              </Button>
              <VisuallyHidden role="status">{copied ? t('common:actions.copied') : ''}</VisuallyHidden>
            </>
          )}
        </CopyButton>
        <Button variant="default" onClick={() => download(codes, t('enrol:recovery.fileName'))}>
          {t('enrol:recovery.download')}
        </Button>
      </Group>
      <Button onClick={onDone} loading={doneLoading} w="fit-content">
        {t('enrol:recovery.saved')}
      </Button>
    </Stack>
  );
}
