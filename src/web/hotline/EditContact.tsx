import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ContactView, contactView, updateContactRequest } from '../../core/hotline/contact.js';
import { api, isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useFormat } from '../i18n/format.js';
import { useValidation } from '../persons/useValidation.js';
import { contactKey, useUpdateContact } from './api.js';
import { type ContactField, changedContactFields } from './conflict.js';
import { ContactFields } from './ContactFields.js';
import { type ContactFieldsDraft, fieldsOf, patchOf, rebase } from './draft.js';
import { ariaKeys, hotkey, isPlainEnterInField, SAVE } from './shortcuts.js';

/**
 * A contact changed in place. Only what the user changed is sent, with the version they started
 * from; if someone else saved first (409) nothing is lost: their version is fetched, what they
 * changed is named, and the user's changes stay on top, to be saved again.
 */
export function EditContact({ contact, onDone }: { contact: ContactView; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation('hotline');
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const validation = useValidation();
  const update = useUpdateContact(contact.id);
  const seen = useRef(contact);
  const original = useRef<ContactFieldsDraft>(fieldsOf(contact));
  const [fields, setFields] = useState<ContactFieldsDraft>(() => fieldsOf(contact));
  const [conflict, setConflict] = useState<ContactField[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);

  const save = () => {
    if (update.isPending) return;
    setFormError(null);
    const change = patchOf(fields, original.current);
    if (Object.keys(change).length === 0) {
      onDone(false);
      return;
    }
    const body = validation.check(updateContactRequest, { ...change, version: seen.current.version });
    if (!body) return;
    update.mutate(body, {
      onSuccess: () => onDone(true),
      onError: (error) => {
        if (isApiError(error, 'stale_version')) {
          api
            .get(`/api/contacts/${contact.id}`, { schema: contactView })
            .then((fresh) => {
              queryClient.setQueryData(contactKey(contact.id), fresh);
              setConflict(changedContactFields(seen.current, fresh));
              const started = original.current;
              const theirs = fieldsOf(fresh);
              setFields((current) => rebase(current, started, theirs));
              original.current = theirs;
              seen.current = fresh;
            })
            .catch((cause: unknown) => setFormError(errorText(cause)));
        } else if (isApiError(error) && error.field) validation.setError(error.field, errorText(error));
        else setFormError(errorText(error));
      },
    });
  };

  const onKey = getHotkeyHandler(SAVE.map((s) => hotkey(s, save)));

  return (
    <form
      ref={validation.ref}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        onKey(event);
        if (isPlainEnterInField(event)) event.preventDefault();
      }}
    >
      <Stack gap="md">
        <ConflictNotice fields={conflict} />
        <ContactFields
          value={fields}
          onChange={(patch) => {
            setFields((current) => ({ ...current, ...patch }));
            for (const key of Object.keys(patch)) validation.clearError(key);
          }}
          errors={validation.errors}
          keepReasons={contact.reasons}
        />
        <FormAlert message={formError} />
        <Group>
          <Button type="submit" loading={update.isPending} aria-keyshortcuts={ariaKeys(SAVE)}>
            {conflict ? t('edit.saveAgain') : t('edit.save')}
          </Button>
          <Button variant="default" onClick={() => onDone(false)}>
            {t('edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Someone else saved this contact first: what they changed; the user's form is kept to save again. */
function ConflictNotice({ fields }: { fields: readonly ContactField[] | null }) {
  const { t } = useTranslation('hotline');
  const format = useFormat();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (fields) ref.current?.focus();
  }, [fields]);
  if (!fields) return null;
  return (
    <Alert ref={ref} tabIndex={-1} color="red" variant="light" role="alert" title={t('conflict.title')} data-testid="contact-conflict">
      <Text size="sm">{fields.length ? t('conflict.fields', { fields: format.list(fields.map((f) => t(`conflict.names.${f}`))) }) : t('conflict.other')}</Text>
      <Text size="sm" mt={4}>
        {t('conflict.again')}
      </Text>
    </Alert>
  );
}
