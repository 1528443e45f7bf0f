import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SharedField, SharedSnapshot } from '../../core/referrals/referral.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { SnapshotView } from './SnapshotView.js';

/**
 * The preview of what a new referral shares, as the receiving organisation will see it, with the
 * chosen fields that are not on record.
 */
export function SharePreview({
  organisation,
  snapshot,
  missing,
  pending,
}: {
  organisation: string;
  snapshot: SharedSnapshot | null;
  missing: readonly SharedField[];
  pending: boolean;
}) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  return (
    <Card withBorder bg="var(--mantine-color-gray-0)" component="section" aria-labelledby="referral-preview" data-testid="referral-preview">
      <Title order={3} size="h5" id="referral-preview" mb={4}>
        {t('new.previewTitle', { organisation })}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('new.previewHint')}
      </Text>
      {snapshot ? (
        <>
          <SnapshotView snapshot={snapshot} testId="preview-snapshot" />
          {missing.length ? (
            <Text size="sm" c="dimmed" mt="xs" data-testid="preview-missing">
              {t('new.notOnRecord', { fields: format.list(missing.map((f) => t(`fields.${f}.label`))) })}
            </Text>
          ) : null}
        </>
      ) : pending ? (
        <PageLoader />
      ) : (
        <Text size="sm" c="dimmed">
          {t('new.previewUnavailable')}
        </Text>
      )}
    </Card>
  );
}
