import { Button, Group, Kbd, Stack } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createContactRequest } from '../../core/hotline/contact.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { ConfirmModal } from '../app/ui/ConfirmModal.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { localToday } from '../persons/today.js';
import { useValidation } from '../persons/useValidation.js';
import { contactKey, contactsKey, createContact } from './api.js';
import { ContactFields } from './ContactFields.js';
import { type ContactFieldsDraft, createBody, emptyFields, type FollowUpDraft, newFollowUp } from './draft.js';
import { FollowUpRows } from './FollowUpRows.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import { ariaKeys, formHotkeys, isPlainEnterInField, SAVE } from './shortcuts.js';
import { TimerBar } from './TimerBar.js';
import { elapsedSeconds, startTimer, stopTimer, type TimerState, toggleTimer } from './timer.js';
import { useLeaveGuard } from './useLeaveGuard.js';

/** Where the contact page tells that the contact was just saved. */
export interface ContactPageState {
  created?: boolean;
}

/** Fields of the request that the form shows; an error on another one is shown for the whole form. */
const FORM_FIELDS = [
  'channel',
  'direction',
  'caller',
  'language',
  'reasons',
  'summary',
  'advice',
  'servicesSuggested',
  'danger',
  'emergencySteps',
  'followUps',
];

/**
 * `/hotline/new`: a contact logged from the keyboard while it happens. The timer starts when the
 * form opens; Ctrl+Enter or Alt+S saves from anywhere; the key sent with it makes a repeated save
 * create one contact.
 */
export function NewContactPage() {
  const { t } = useTranslation('hotline');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const meId = useMe().data?.user.id ?? '';
  const validation = useValidation();
  const [timer, setTimer] = useState<TimerState>(() => startTimer(Date.now()));
  const [idempotencyKey] = useState(() => `contact-${crypto.randomUUID()}`);
  const [fields, setFields] = useState<ContactFieldsDraft>(emptyFields);
  const [followUps, setFollowUps] = useState<FollowUpDraft[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const sending = useRef(false);
  const saved = useRef(false);

  const blocker = useLeaveGuard(
    () => !saved.current && (fields.summary.trim() !== '' || fields.advice.trim() !== '' || fields.reasons.length > 0 || followUps.length > 0),
  );

  // The operator starts on the channel (arrow keys change it), after the app has put the focus on the heading.
  useEffect(() => {
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[name="channel"]:checked')?.focus());
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, []);

  const change = useCallback(
    (patch: Partial<ContactFieldsDraft>) => {
      setFields((current) => ({ ...current, ...patch }));
      for (const key of Object.keys(patch)) validation.clearError(key);
    },
    [validation.clearError],
  );

  const save = async () => {
    if (sending.current) return;
    setFormError(null);
    const now = Date.now();
    const body = validation.check(
      createContactRequest,
      createBody(fields, followUps, { startedAt: new Date(timer.startedAt).toISOString(), durationSeconds: elapsedSeconds(timer, now) }),
    );
    if (!body) return;
    // Saving ends the contact: the time stops here (and stays the same if the save is repeated).
    setTimer((current) => stopTimer(current, now));
    sending.current = true;
    setSaving(true);
    try {
      const contact = await createContact(body, idempotencyKey);
      saved.current = true;
      queryClient.setQueryData(contactKey(contact.id), contact);
      void queryClient.invalidateQueries({ queryKey: [...contactsKey, 'list'] });
      const state: ContactPageState = { created: true };
      navigate(`/hotline/${contact.id}`, { state });
    } catch (error) {
      sending.current = false;
      setSaving(false);
      const field = isApiError(error) ? error.field : undefined;
      if (field && FORM_FIELDS.includes(field.split('.')[0] ?? '')) validation.setError(field, errorText(error));
      else setFormError(errorText(error));
    }
  };

  useHotkeys(
    formHotkeys({
      save: () => void save(),
      channel: (channel) => change({ channel }),
      toggleTimer: () => setTimer((current) => toggleTimer(current, Date.now())),
    }),
    [],
  );

  return (
    <>
      <PageHeader title={t('form.title')} />
      <TimerBar
        timer={timer}
        onToggle={() => setTimer((current) => toggleTimer(current, Date.now()))}
        onStop={() => setTimer((current) => stopTimer(current, Date.now()))}
      />
      <ShortcutHelp />
      <form
        ref={validation.ref}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
        onKeyDown={(event) => {
          if (isPlainEnterInField(event)) event.preventDefault();
        }}
      >
        <Stack gap="lg" maw={960}>
          <ContactFields value={fields} onChange={change} errors={validation.errors} shortcuts />
          <FollowUpRows
            rows={followUps}
            errors={validation.errors}
            onAdd={() => setFollowUps((rows) => [...rows, newFollowUp(crypto.randomUUID(), localToday(), meId)])}
            onChange={(key, patch) => {
              setFollowUps((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
              for (const path of Object.keys(validation.errors)) if (path.startsWith('followUps.')) validation.clearError(path);
            }}
            onRemove={(key) => setFollowUps((rows) => rows.filter((r) => r.key !== key))}
          />
          <FormAlert message={formError} />
          <Group>
            <Button
              type="submit"
              size="md"
              loading={saving}
              aria-keyshortcuts={ariaKeys(SAVE)}
              rightSection={
                <Kbd size="xs" aria-hidden="true" visibleFrom="sm">
                  {SAVE[0]?.keys}
                </Kbd>
              }
            >
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <ConfirmModal
        opened={blocker.state === 'blocked'}
        title={t('form.leaveTitle')}
        text={t('form.leaveText')}
        confirmLabel={t('form.leave')}
        destructive
        onClose={() => blocker.reset?.()}
        onConfirm={() => blocker.proceed?.()}
      />
    </>
  );
}
