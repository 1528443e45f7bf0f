import { Alert, Button, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../api/client.js';
import { focusFirstError, useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { deviceStore } from '../offline/device.js';
import { useOnline } from '../offline/online.js';
import { outboxChanged, outreachKey, sendEncounter, useEncounterOutboxSync } from './api.js';
import { type DraftProblem, type DraftUpdate, deleteDraft, type EncounterDraft, toRequest } from './draft.js';
import { keepTeam } from './kept.js';
import { MaterialsFields } from './MaterialsFields.js';
import { PeopleFields } from './PeopleFields.js';
import { enqueue, idempotencyKeyOf } from './outbox.js';
import { WhereFields } from './WhereFields.js';

/** Messages by field path (`team`, `people.0.pseudonym`...), shown under the fields. */
export type FieldErrors = Record<string, string>;

/** The fields this form shows, by the path the server names them with. */
const FIELD_PATH = /^(occurredAt|zoneId|place|team|peopleCount|otherInvitations|note|people\.\d+\.(pseudonym|description)|materials\.[a-z-]+)$/;

function useProblemText(): (problem: DraftProblem) => string {
  const { t } = useTranslation(['outreach', 'common']);
  return (problem) => {
    switch (problem.kind) {
      case 'required':
        return t('common:validation.required');
      case 'tooLong':
        return t('common:validation.tooLong', { max: problem.max });
      case 'tooMany':
        return t('outreach:problems.tooMany', { max: problem.max });
      case 'zoneOrPlace':
        return t('outreach:problems.zoneOrPlace');
      case 'fewerThanDescribed':
        return t('outreach:problems.fewerThanDescribed', { count: problem.described });
      case 'future':
        return t('outreach:problems.future');
      default:
        return t('common:validation.invalid');
    }
  };
}

interface Props {
  draft: EncounterDraft;
  stored: boolean;
  update: DraftUpdate;
}

/**
 * The encounter, phone first. Saving sends it at once when online (with a key made from the
 * draft's id); with no connection, or a server that cannot be reached, it is queued on this device
 * with the same key and sent when the connection returns.
 */
export function EncounterForm({ draft, stored, update }: Props) {
  const { t } = useTranslation('outreach');
  const online = useOnline();
  useEncounterOutboxSync();
  const problemText = useProblemText();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  /** A change to one field also clears its message (adding or removing a person: those of the people, renumbered). */
  const edit = (path: string, change: (d: EncounterDraft) => EncounterDraft) => {
    const stale = (key: string) => key === path || (path === 'people' && key.startsWith('people.'));
    if (Object.keys(errors).some(stale)) setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !stale(key))));
    update(change);
  };

  const showErrors = (next: FieldErrors, message: string | null) => {
    setErrors(next);
    setFormError(message);
    focusFirstError(form.current);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const now = new Date();
    const built = toRequest(draft, now);
    if (!built.ok) {
      showErrors(Object.fromEntries(Object.entries(built.problems).map(([path, p]) => [path, problemText(p)])), t('form.problems'));
      return;
    }
    setSaving(true);
    setErrors({});
    setFormError(null);
    keepTeam(deviceStore, built.request.team);
    // The draft's id makes the key: if this send is saved but its answer lost, the queued resend creates nothing new.
    const outcome = navigator.onLine ? await sendEncounter(built.request, idempotencyKeyOf(draft.id)) : ({ kind: 'unreachable' } as const);
    if (outcome.kind === 'saved') {
      deleteDraft(deviceStore, draft.id);
      void queryClient.invalidateQueries({ queryKey: outreachKey });
      navigate('/outreach', { state: { saved: outcome.encounterId } });
      return;
    }
    if (outcome.kind === 'refused') {
      setSaving(false);
      const message = outcome.error === undefined ? outcome.message : errorText(outcome.error);
      const field = isApiError(outcome.error) ? outcome.error.field : undefined;
      if (field && FIELD_PATH.test(field)) showErrors({ [field]: message }, null);
      else showErrors({}, message);
      return;
    }
    if (enqueue(deviceStore, draft.id, built.request, now)) {
      deleteDraft(deviceStore, draft.id);
      outboxChanged();
      navigate('/outreach', { state: { queued: draft.id } });
    } else {
      setSaving(false);
      showErrors({}, t('form.queueRefused'));
    }
  };

  return (
    <>
      <PageHeader title={t('form.title')} />
      <form ref={form} onSubmit={(event) => void save(event)} noValidate>
        <Stack gap="lg" maw={640}>
          {!online ? (
            <Alert color="yellow" variant="light" data-testid="offline-note">
              {t('offline')}
            </Alert>
          ) : null}
          {!stored ? (
            <Alert color="red" variant="light" role="alert">
              {t('form.storageRefused')}
            </Alert>
          ) : (
            <Text size="sm">{t('form.keptHere')}</Text>
          )}
          <WhereFields draft={draft} edit={edit} errors={errors} />
          <PeopleFields draft={draft} edit={edit} errors={errors} />
          <MaterialsFields draft={draft} edit={edit} errors={errors} />
          <FormAlert message={formError} />
          <Button type="submit" size="lg" loading={saving} fullWidth>
            {t('form.save')}
          </Button>
        </Stack>
      </form>
    </>
  );
}

/** What the form's parts are given: the draft, a way to change one field, and the messages. */
export interface PartProps {
  draft: EncounterDraft;
  edit: (path: string, change: (d: EncounterDraft) => EncounterDraft) => void;
  errors: FieldErrors;
}
