/** What the network's figures are made of, the threshold under which cells are suppressed, and people counted once. */
import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../core/data/dashboard/dashboard.js';
import { CountedOnce } from './CountedOnce.js';

export function SuppressionNotice({ dashboard, canUploadKeys }: { dashboard: Dashboard; canUploadKeys: boolean }) {
  const { t } = useTranslation('dashboard');
  const { threshold } = dashboard;
  if (dashboard.scope === 'organisation') {
    return threshold === null ? null : (
      <Text size="sm" data-testid="suppression-notice">
        {t('suppression.organisation', { threshold })}
      </Text>
    );
  }
  return (
    <Alert color="blue" variant="light" title={t('suppression.title')} data-testid="suppression-notice">
      <Stack gap="xs">
        <Text size="sm">{t('suppression.countsOnly')}</Text>
        {threshold === null ? null : (
          <Text size="sm" data-testid="threshold">
            {t('suppression.threshold', { threshold })}
          </Text>
        )}
        {dashboard.peopleCountedOnce ? <CountedOnce counted={dashboard.peopleCountedOnce} canUploadKeys={canUploadKeys} /> : null}
      </Stack>
    </Alert>
  );
}
