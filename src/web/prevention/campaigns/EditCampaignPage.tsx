import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/client.js';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useCampaign } from './api.js';
import { CampaignForm } from './CampaignForm.js';

/** `/campaigns/new` and `/campaigns/:id/edit`: a campaign of the user's organisation, described. */
export function EditCampaignPage() {
  const { id } = useParams();
  const { t } = useTranslation('campaigns');
  const errorText = useErrorText();
  const me = useMe().data;
  const campaign = useCampaign(id);

  const back = (
    <Anchor component={Link} to={id ? `/campaigns/${id}` : '/campaigns'} size="sm" mb="xs" display="inline-block">
      {id ? t('form.backToCampaign') : t('campaign.back')}
    </Anchor>
  );
  if (!me || (id && campaign.isPending)) return <PageLoader />;
  if (id && campaign.error) {
    return (
      <>
        {back}
        <PageHeader title={t('campaign.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(campaign.error, 'not_found') ? t('campaign.notFound') : errorText(campaign.error)}
        </Alert>
      </>
    );
  }
  const existing = id ? campaign.data : undefined;
  if (existing && !existing.editable) {
    return (
      <>
        {back}
        <PageHeader title={t('form.editTitle', { name: existing.name })} />
        <Alert color="red" role="alert" data-testid="not-editable">
          {t('form.notEditable', { organisation: existing.orgName })}
        </Alert>
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader title={existing ? t('form.editTitle', { name: existing.name }) : t('form.newTitle')} intro={existing ? undefined : t('form.newIntro')} />
      <CampaignForm
        key={existing ? `${existing.id}/${existing.version}` : 'new'}
        existing={existing}
        ownOrgId={me.user.orgId}
        ownCountry={me.user.orgCountry}
      />
    </>
  );
}
