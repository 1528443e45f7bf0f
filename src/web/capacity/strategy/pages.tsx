import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader.js';

/** `/strategy`: the coalition's goals, activities and members' commitments. */
export function StrategyPage() {
  const { t } = useTranslation('strategy');
  return <PageHeader title={t('title')} />;
}
