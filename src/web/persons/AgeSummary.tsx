import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import { ChildBadge } from './ChildBadge.js';

interface AgeSummaryProps {
  birthDate: string | null | undefined;
  age: number | null;
  child: boolean | null;
}

/** The child badge, the age (estimated when there is no birth date) and the birth date. */
export function AgeSummary({ birthDate, age, child }: AgeSummaryProps) {
  const { t } = useTranslation('persons');
  const format = useFormat();
  if (age === null && !birthDate) {
    return (
      <Text span size="sm" c="dimmed">
        {t('age.unknown')}
      </Text>
    );
  }
  return (
    <Group gap={6} wrap="wrap">
      {child ? <ChildBadge age={age} /> : null}
      {!child && age !== null ? <Text span>{birthDate ? t('age.years', { age }) : t('age.about', { age })}</Text> : null}
      {child && !birthDate ? (
        <Text span size="sm" c="dimmed">
          {t('age.estimated')}
        </Text>
      ) : null}
      {birthDate ? (
        <Text span size="sm" c="dimmed">
          {format.date(birthDate)}
        </Text>
      ) : null}
    </Group>
  );
}
