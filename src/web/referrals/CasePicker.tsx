import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCases } from '../cases/api.js';

/** The case to refer: the one given, or one chosen among the open cases the user may read. */
export function CasePicker({ caseId, onChange }: { caseId: string; onChange: (id: string | null) => void }) {
  const { t } = useTranslation('referrals');
  const cases = useCases({ status: '', caseworkerId: '' });
  const options = (cases.data?.items ?? [])
    .filter((c) => c.personName !== null && (c.status === 'active' || c.status === 'follow-up' || c.id === caseId))
    .map((c) => ({ value: c.id, label: t('new.caseOption', { number: c.number, name: c.personName ?? '' }) }));
  return (
    <Select
      label={t('new.case')}
      description={t('new.caseHint')}
      data={options}
      value={caseId || null}
      onChange={(next) => onChange(next)}
      searchable
      nothingFoundMessage={t('new.noCase')}
      disabled={cases.isPending}
      required
      maw={480}
      data-testid="case-picker"
    />
  );
}
