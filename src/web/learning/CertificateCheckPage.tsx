import { useTranslation } from 'react-i18next';
import { PageHeader } from '../app/ui/PageHeader.js';

/** `/certificates/:code` (public): confirms a certificate. */
export function CertificateCheckPage() {
  const { t } = useTranslation('learning');
  return <PageHeader title={t('title')} />;
}
