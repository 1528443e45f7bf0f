import { Alert, Button } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../app/ui/PageHeader.js';
import { deviceStore } from '../offline/device.js';
import { type DraftUpdate, type EncounterDraft, loadDraft, newDraft, pruneBlankDrafts, saveDraft } from './draft.js';
import { EncounterForm } from './EncounterForm.js';
import { readTeam } from './kept.js';

/** `/outreach/new[?draft=]`: an encounter drafted on this device, kept as it is typed, saved or queued. */
export function NewEncounterPage() {
  const { t } = useTranslation('outreach');
  const [params, setParams] = useSearchParams();
  const draftId = params.get('draft');
  const [draft, setDraft] = useState<EncounterDraft | null>(() => (draftId ? loadDraft(deviceStore, draftId) : null));
  const [stored, setStored] = useState(true);
  // Another draft opened on this same screen (an address followed from a link).
  const [shownFor, setShownFor] = useState(draftId);
  if (shownFor !== draftId) {
    setShownFor(draftId);
    if (draftId && draft?.id !== draftId) setDraft(loadDraft(deviceStore, draftId));
  }

  // A new encounter gets its draft (and its address) at once, so that a reload continues it.
  useEffect(() => {
    if (draftId) return;
    const now = new Date();
    pruneBlankDrafts(deviceStore, now);
    const fresh = newDraft(crypto.randomUUID(), now, readTeam(deviceStore));
    setStored(saveDraft(deviceStore, fresh, now));
    setDraft(fresh);
    setParams({ draft: fresh.id }, { replace: true });
  }, [draftId, setParams]);

  const update: DraftUpdate = useCallback((change) => {
    setDraft((current) => {
      if (!current) return current;
      const next = change(current);
      setStored(saveDraft(deviceStore, next, new Date()));
      return next;
    });
  }, []);

  if (!draft) {
    return (
      <>
        <PageHeader title={t('form.title')} />
        {draftId ? (
          <>
            <Alert color="red" role="alert" mb="md">
              {t('form.notFound')}
            </Alert>
            <Button component={Link} to="/outreach/new">
              {t('form.startNew')}
            </Button>
          </>
        ) : null}
      </>
    );
  }
  return <EncounterForm key={draft.id} draft={draft} stored={stored} update={update} />;
}
