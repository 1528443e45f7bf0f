import { useTranslation } from 'react-i18next';
import { PageHeader } from '../app/ui/PageHeader.js';

/** `/capacity`: self-assessment, offers, matches and exchanges. */
export function CapacityPage() {
  const { t } = useTranslation('capacity');
  return <PageHeader title={t('title')} />;
}
