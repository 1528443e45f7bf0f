import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader.js';

/** `/help-settings`: what the public safe-migration page says and lists (network administrators). */
export function HelpSettingsPage() {
  const { t } = useTranslation('helpSettings');
  return <PageHeader title={t('title')} />;
}
