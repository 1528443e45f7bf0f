import { Alert, Button, Center, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { AuditFilters, type AuditFilterValues, NO_FILTERS } from './AuditFilters.js';
import { AuditTable } from './AuditTable.js';
import { useAuditTrail } from './api.js';

/** The audit trail: newest first, filtered by action, outcome and dates, paged with "Load more". */
export function AuditPage() {
  const { t } = useTranslation(['audit', 'common']);
  const errorText = useErrorText();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const trail = useAuditTrail(filters);
  const entries = trail.data?.pages.flatMap((page) => page.entries) ?? [];
  const canUnlockAddress = useMe().data?.permissions.includes('signin:unlock-address') ?? false;

  return (
    <>
      <PageHeader title={t('audit:title')} intro={t('audit:intro')} />
      <AuditFilters value={filters} onApply={setFilters} />
      {trail.isPending ? <PageLoader /> : null}
      {trail.error ? (
        <Alert color="red" role="alert" mb="md">
          {errorText(trail.error)}
        </Alert>
      ) : null}
      {trail.data ? (
        <>
          <Text size="sm" c="dimmed" mb="xs" role="status">
            {t('audit:shown', { count: entries.length })}
          </Text>
          {entries.length === 0 ? <Text>{t('audit:empty')}</Text> : <AuditTable entries={entries} canUnlockAddress={canUnlockAddress} />}
          {trail.hasNextPage ? (
            <Center mt="md">
              <Button variant="default" onClick={() => void trail.fetchNextPage()} loading={trail.isFetchingNextPage}>
                {t('audit:loadMore')}
              </Button>
            </Center>
          ) : null}
        </>
      ) : null}
    </>
  );
}
