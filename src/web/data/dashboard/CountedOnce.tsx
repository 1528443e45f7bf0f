/** The network's people assisted, each counted once across organisations, or why that is not available. */
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeopleCountedOnce } from '../../../core/data/dashboard/dashboard.js';
import { useFormat } from '../../i18n/format.js';

export function CountedOnce({ counted, canUploadKeys }: { counted: PeopleCountedOnce; canUploadKeys: boolean }) {
  const { t } = useTranslation('dashboard');
  const format = useFormat();
  const number = (value: number | null) => (value === null ? t('counted.suppressed') : format.number(value));
  const sentence =
    counted.organisationsWithKeys === 0
      ? t('counted.noKeys')
      : counted.computedAt === null
        ? t('counted.notComputed')
        : t('counted.value', {
            deduplicated: number(counted.deduplicated),
            raw: number(counted.raw),
            withKeys: counted.organisationsWithKeys,
            organisations: counted.organisations,
            date: format.dateTime(counted.computedAt),
          });
  return (
    <div data-testid="counted-once">
      <Text fw={600}>{sentence}</Text>
      {canUploadKeys ? (
        <Anchor component={Link} to="/linkage" size="sm">
          {t('counted.link')}
        </Anchor>
      ) : null}
    </div>
  );
}
