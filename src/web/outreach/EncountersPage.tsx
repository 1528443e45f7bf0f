import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../api/me.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { useOnline } from '../offline/online.js';
import { useEncounterOutboxSync } from './api.js';
import { EncounterDrafts } from './EncounterDrafts.js';
import { EncounterList } from './EncounterList.js';
import { EncounterOutbox } from './EncounterOutbox.js';

/** `/outreach`: the encounters waiting on this device, the drafts, and the encounters saved (online). */
export function EncountersPage() {
  const { t } = useTranslation('outreach');
  const online = useOnline();
  const flush = useEncounterOutboxSync();
  const state = useLocation().state as { queued?: string; saved?: string } | null;
  const canCreate = (useMe().data?.permissions ?? []).includes('encounters:create');

  return (
    <>
      <PageHeader
        title={t('list.title')}
        intro={t('list.intro')}
        actions={
          <>
            {canCreate ? (
              <Button component={Link} to="/outreach/new" size="md">
                {t('list.new')}
              </Button>
            ) : null}
            <Button component={Link} to="/outreach/people" size="md" variant="default">
              {t('list.people')}
            </Button>
          </>
        }
      />
      <Stack gap="xl">
        {!online ? (
          <Alert color="yellow" variant="light" data-testid="offline-note">
            {t('offline')}
          </Alert>
        ) : null}
        <SuccessNote message={state?.queued ? t('list.queued') : state?.saved ? t('list.saved') : null} />
        <EncounterOutbox onSend={flush} />
        {canCreate ? <EncounterDrafts /> : null}
        <EncounterList online={online} />
      </Stack>
    </>
  );
}
