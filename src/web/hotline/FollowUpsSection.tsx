import { Badge, Button, Card, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDates } from '../../core/cases/dates.js';
import { type ContactView, type FollowUpView, followUpRequest } from '../../core/hotline/contact.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useFormat } from '../i18n/format.js';
import { Section } from '../persons/Facts.js';
import { localToday } from '../persons/today.js';
import { useFocusFirstField, useValidation } from '../persons/useValidation.js';
import { useAddFollowUp, useCompleteFollowUp } from './api.js';
import { newFollowUp } from './draft.js';
import { useAssigneeOptions, usePersonName } from './labels.js';

/** The follow-ups of a contact: open ones first by date; add one, mark one done. */
export function FollowUpsSection({ contact, canWrite }: { contact: ContactView; canWrite: boolean }) {
  const { t } = useTranslation('hotline');
  const errorText = useErrorText();
  const complete = useCompleteFollowUp(contact.id);
  const [adding, setAdding] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const today = localToday();
  const open = contact.followUps.filter((f) => !f.doneAt).sort((a, b) => compareDates(a.due, b.due));
  const done = contact.followUps.filter((f) => f.doneAt);

  return (
    <Section
      id="contact-follow-ups"
      title={t('followUps.title')}
      testId="contact-follow-ups"
      actions={
        canWrite && !adding ? (
          <Button size="sm" variant="light" onClick={() => setAdding(true)}>
            {t('followUps.add')}
          </Button>
        ) : null
      }
    >
      <Stack gap="sm">
        {adding ? <AddFollowUp contactId={contact.id} onDone={() => setAdding(false)} /> : null}
        {contact.followUps.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('followUps.none')}
          </Text>
        ) : null}
        <FormAlert message={error} />
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {[...open, ...done].map((f) => (
            <FollowUpItem
              key={f.id}
              followUp={f}
              today={today}
              canWrite={canWrite}
              pending={complete.isPending && complete.variables === f.id}
              onDone={() => {
                setError(null);
                complete.mutate(f.id, { onError: (cause) => setError(errorText(cause)) });
              }}
            />
          ))}
        </Stack>
      </Stack>
    </Section>
  );
}

interface FollowUpItemProps {
  followUp: FollowUpView;
  today: string;
  canWrite: boolean;
  pending: boolean;
  onDone: () => void;
}

function FollowUpItem({ followUp: f, today, canWrite, pending, onDone }: FollowUpItemProps) {
  const { t } = useTranslation('hotline');
  const format = useFormat();
  const personName = usePersonName();
  const overdue = !f.doneAt && compareDates(f.due, today) < 0;
  return (
    <Card component="li" withBorder padding="sm" data-testid="follow-up" data-state={f.doneAt ? 'done' : overdue ? 'overdue' : 'open'}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600} td={f.doneAt ? 'line-through' : undefined}>
            {f.note || t('followUps.noNote')}
          </Text>
          <Text size="sm" c="dimmed">
            {[t('followUps.dueOn', { date: format.date(f.due) }), personName(f.assigneeId) ?? t('followUps.nobody')].join(' · ')}
          </Text>
          {f.doneAt ? (
            <Text size="sm" c="dimmed">
              {t('followUps.doneOn', { date: format.dateTime(f.doneAt), name: personName(f.doneBy) ?? t('people.unknown') })}
            </Text>
          ) : null}
        </Stack>
        <Group gap="xs">
          {f.doneAt ? (
            <Badge color="teal.9" variant="filled" style={{ textTransform: 'none' }}>
              {t('followUps.done')}
            </Badge>
          ) : overdue ? (
            <Badge color="red.9" variant="filled" style={{ textTransform: 'none' }}>
              {t('followUps.overdue')}
            </Badge>
          ) : null}
          {canWrite && !f.doneAt ? (
            <Button
              size="xs"
              variant="default"
              loading={pending}
              onClick={onDone}
              aria-label={t('followUps.markDoneOf', { note: f.note || t('followUps.noNote') })}
            >
              {t('followUps.markDone')}
            </Button>
          ) : null}
        </Group>
      </Group>
    </Card>
  );
}

/** A new follow-up: what, by when (tomorrow unless changed), by whom (the user unless changed). */
function AddFollowUp({ contactId, onDone }: { contactId: string; onDone: () => void }) {
  const { t } = useTranslation('hotline');
  const errorText = useErrorText();
  const me = useMe().data?.user.id ?? '';
  const assignees = useAssigneeOptions();
  const validation = useValidation();
  const add = useAddFollowUp(contactId);
  const [row, setRow] = useState(() => newFollowUp('new', localToday(), me));
  const [formError, setFormError] = useState<string | null>(null);
  useFocusFirstField(validation.ref);

  const set = (patch: Partial<typeof row>) => {
    setRow((current) => ({ ...current, ...patch }));
    for (const key of Object.keys(patch)) validation.clearError(key);
  };

  return (
    <form
      ref={validation.ref}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFormError(null);
        const body = validation.check(followUpRequest, { due: row.due, assigneeId: row.assigneeId || null, note: row.note });
        if (!body) return;
        add.mutate(body, {
          onSuccess: onDone,
          onError: (error) => {
            if (isApiError(error) && error.field) validation.setError(error.field, errorText(error));
            else setFormError(errorText(error));
          },
        });
      }}
    >
      <Card withBorder padding="sm" bg="var(--mantine-color-gray-0)">
        <Stack gap="sm">
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('followUps.newNote')}
              value={row.note}
              onChange={(event) => set({ note: event.currentTarget.value })}
              maxLength={2000}
              error={validation.errors.note}
              style={{ flex: '1 1 16rem' }}
            />
            <TextInput
              type="date"
              label={t('followUps.newDue')}
              value={row.due}
              onChange={(event) => set({ due: event.currentTarget.value })}
              error={validation.errors.due}
              w={170}
            />
            <NativeSelect
              label={t('followUps.newAssignee')}
              data={[{ value: '', label: t('followUps.nobody') }, ...assignees]}
              value={row.assigneeId}
              onChange={(event) => set({ assigneeId: event.currentTarget.value })}
              error={validation.errors.assigneeId}
              w={220}
            />
          </Group>
          <FormAlert message={formError} />
          <Group>
            <Button type="submit" loading={add.isPending}>
              {t('followUps.save')}
            </Button>
            <Button variant="default" onClick={onDone}>
              {t('edit.cancel')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </form>
  );
}
