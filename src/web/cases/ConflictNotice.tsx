import { Alert, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.js';
import type { CaseField } from './conflict.js';

/** Someone else saved this case first: what they changed; the user's form is kept to save again. */
export function ConflictNotice({ fields }: { fields: readonly CaseField[] | null }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fields) ref.current?.focus();
  }, [fields]);
  if (!fields) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" role="alert" title={t('conflict.title')} data-testid="case-conflict">
      <Text size="sm">{fields.length ? t('conflict.fields', { fields: format.list(fields.map((f) => t(`fields.${f}`))) }) : t('conflict.other')}</Text>
      <Text size="sm" mt={4}>
        {t('conflict.again')}
      </Text>
    </Alert>
  );
}
