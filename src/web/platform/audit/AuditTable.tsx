import { Badge, Code, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/types.js';
import { useFormat } from '../../i18n/format.js';
import { UnlockAddressButton } from './UnlockAddressButton.js';
import { useActionLabel } from './useActionLabel.js';

/** Filled badges in the darkest shades: white text on them meets WCAG AA contrast. */
const OUTCOME_COLOURS: Record<AuditEntry['outcome'], string> = { success: 'teal.9', failure: 'red.9', denied: 'grape.9' };

export function AuditTable({ entries, canUnlockAddress }: { entries: readonly AuditEntry[]; canUnlockAddress: boolean }) {
  const { t } = useTranslation(['audit', 'common']);
  const format = useFormat();
  const actionLabel = useActionLabel();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label={t('audit:title')} data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit:columns.time')}</Table.Th>
            <Table.Th scope="col">{t('audit:columns.actor')}</Table.Th>
            <Table.Th scope="col">{t('audit:columns.action')}</Table.Th>
            <Table.Th scope="col">{t('audit:columns.record')}</Table.Th>
            <Table.Th scope="col">{t('audit:columns.outcome')}</Table.Th>
            <Table.Th scope="col">{t('audit:columns.address')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.seq}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
              </Table.Td>
              <Table.Td>{entry.actorEmail ?? t('audit:unknownActor')}</Table.Td>
              <Table.Td>
                {actionLabel(entry.action) ? <Text size="sm">{actionLabel(entry.action)}</Text> : null}
                <Code>{entry.action}</Code>
              </Table.Td>
              <Table.Td>
                {entry.recordType ? (
                  <Text size="sm">
                    {entry.recordType}
                    {entry.recordId ? (
                      <Text span size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {` ${entry.recordId}`}
                      </Text>
                    ) : null}
                  </Text>
                ) : (
                  t('audit:none')
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="filled" color={OUTCOME_COLOURS[entry.outcome]}>
                  {t(`common:outcomes.${entry.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td ff="monospace">
                {entry.ip ?? t('audit:none')}
                {canUnlockAddress && entry.ip && entry.action === 'auth.sign-in' && entry.outcome === 'failure' ? <UnlockAddressButton ip={entry.ip} /> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
