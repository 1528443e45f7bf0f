import { Alert, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../core/cases/views.js';
import { isApiError } from '../../api/client.js';
import type { Form } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { type EntryPath, useFreshEntry, useSaveEntry } from './api.js';

/**
 * Saving an entry, new or changed. A change carries the version read; when someone else changed
 * the entry meanwhile (409 stale_version) nothing is saved: their version is fetched and shown
 * beside the form, which keeps the user's changes, and saving again applies them over it.
 */
export function useEntryEditor<V extends object>(
  caseId: string,
  path: EntryPath,
  entry: EntryView | undefined,
  form: Form<V>,
  toValues: (data: Record<string, unknown>) => V,
) {
  const save = useSaveEntry(caseId, path);
  const fresh = useFreshEntry(caseId, path);
  const [version, setVersion] = useState(entry?.version);
  const [theirs, setTheirs] = useState<EntryView | null>(null);

  const submit = (body: Record<string, unknown>, onSaved: () => void) => {
    save.mutate(
      { id: entry?.id, version, body },
      {
        onSuccess: () => {
          setTheirs(null);
          onSaved();
        },
        onError: async (error) => {
          if (entry && isApiError(error, 'stale_version')) {
            const current = await fresh(entry.id).catch(() => undefined);
            if (current) {
              setTheirs(current);
              setVersion(current.version);
              return;
            }
          }
          form.fail(error);
        },
      },
    );
  };

  const startFromTheirs = () => {
    if (!theirs) return;
    form.reset(toValues(theirs.data));
    setTheirs(null);
  };

  return { submit, pending: save.isPending, theirs, startFromTheirs };
}

interface EntryModalProps<V extends object> {
  title: string;
  form: Form<V>;
  onSubmit: () => void;
  onClose: () => void;
  pending: boolean;
  /** Their version after a conflict, with how to show it. */
  theirs: EntryView | null;
  renderTheirs: (entry: EntryView) => ReactNode;
  onStartFromTheirs: () => void;
  size?: string;
  children: ReactNode;
}

/** The modal form of an entry: fields, the form-wide error, a conflict with its other version, Cancel and Save. */
export function EntryModal<V extends object>({
  title,
  form,
  onSubmit,
  onClose,
  pending,
  theirs,
  renderTheirs,
  onStartFromTheirs,
  size,
  children,
}: EntryModalProps<V>) {
  const { t } = useTranslation(['caseWork', 'common']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Modal opened onClose={onClose} title={title} size={size ?? 'lg'} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form ref={form.ref} onSubmit={submit} noValidate>
        <Stack>
          {theirs ? (
            <Alert color="red" variant="light" role="alert" title={t('caseWork:stale.title')} data-testid="stale-version">
              <Stack gap="sm">
                <Text size="sm">{t('caseWork:stale.text')}</Text>
                <Paper withBorder p="sm" aria-label={t('caseWork:stale.theirs')} component="section">
                  <Text size="sm" fw={600} mb={4}>
                    {t('caseWork:stale.theirs')}
                  </Text>
                  {renderTheirs(theirs)}
                </Paper>
                <Button variant="default" size="xs" w="fit-content" onClick={onStartFromTheirs}>
                  {t('caseWork:stale.startFromTheirs')}
                </Button>
              </Stack>
            </Alert>
          ) : null}
          {children}
          <FormAlert message={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('caseWork:actions.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {t('caseWork:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
