import { Button, Group, NativeSelect, Paper, SimpleGrid, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActionOptions } from './useActionLabel.js';

export type Outcome = 'success' | 'failure' | 'denied';

export interface AuditFilterValues {
  action: string;
  outcome: Outcome | '';
  /** Calendar dates (YYYY-MM-DD) in the user's time zone. */
  from: string;
  to: string;
}

export const NO_FILTERS: AuditFilterValues = { action: '', outcome: '', from: '', to: '' };

interface AuditFiltersProps {
  value: AuditFilterValues;
  onApply: (filters: AuditFilterValues) => void;
}

/** Filters are edited here and take effect when applied, so that typing does not query on each key. */
export function AuditFilters({ value, onApply }: AuditFiltersProps) {
  const { t } = useTranslation(['audit', 'common']);
  const [draft, setDraft] = useState<AuditFilterValues>(value);
  const actions = useActionOptions();
  const set = <K extends keyof AuditFilterValues>(key: K, next: AuditFilterValues[K]) => setDraft((current) => ({ ...current, [key]: next }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(draft);
  };
  const clear = () => {
    setDraft(NO_FILTERS);
    onApply(NO_FILTERS);
  };

  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="audit-filters">
      <Title order={2} size="h4" id="audit-filters" mb="sm">
        {t('audit:filters.title')}
      </Title>
      <form onSubmit={onSubmit}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <NativeSelect
            label={t('audit:filters.action')}
            value={draft.action}
            onChange={(event) => set('action', event.currentTarget.value)}
            data={[{ value: '', label: t('audit:filters.anyAction') }, ...actions]}
          />
          <NativeSelect
            label={t('audit:filters.outcome')}
            value={draft.outcome}
            onChange={(event) => set('outcome', event.currentTarget.value as Outcome | '')}
            data={[
              { value: '', label: t('audit:filters.anyOutcome') },
              { value: 'success', label: t('common:outcomes.success') },
              { value: 'failure', label: t('common:outcomes.failure') },
              { value: 'denied', label: t('common:outcomes.denied') },
            ]}
          />
          <TextInput
            label={t('audit:filters.from')}
            type="date"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(event) => set('from', event.currentTarget.value)}
          />
          <TextInput
            label={t('audit:filters.to')}
            type="date"
            value={draft.to}
            min={draft.from || undefined}
            onChange={(event) => set('to', event.currentTarget.value)}
          />
        </SimpleGrid>
        <Group mt="md">
          <Button type="submit">{t('audit:filters.apply')}</Button>
          <Button variant="default" onClick={clear}>
            {t('audit:filters.reset')}
          </Button>
        </Group>
      </form>
    </Paper>
  );
}
