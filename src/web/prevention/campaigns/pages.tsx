import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/ui/PageHeader.js';

/** `/campaigns`: the organisation's campaigns, and the network's. */
export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  return <PageHeader title={t('title')} />;
}

/** `/campaigns/new` and `/campaigns/:id/edit`. */
export function EditCampaignPage() {
  const { t } = useTranslation('campaigns');
  return <PageHeader title={t('title')} />;
}

/** `/campaigns/:id`: a campaign with its activities. */
export function CampaignPage() {
  const { t } = useTranslation('campaigns');
  return <PageHeader title={t('title')} />;
}

/** `/campaigns/reach`: the reach dashboard (the organisation's, or the network's). */
export function CampaignReachPage() {
  const { t } = useTranslation('campaigns');
  return <PageHeader title={t('title')} />;
}
