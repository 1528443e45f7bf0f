import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updatePersonRequest } from '../../core/cases/person.js';
import type { PersonView } from '../../core/cases/views.js';
import { api, isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useFormat } from '../i18n/format.js';
import { personKey, useUpdatePerson } from './api.js';
import { changedParts, compactDraft, draftOf, type PersonDraft, type PersonPart, rebase, updateBody } from './draft.js';
import { PersonForm } from './form/PersonForm.js';
import { PersonDetails } from './PersonDetails.js';
import { localToday } from './today.js';
import { useValidation } from './useValidation.js';

/** Someone else saved first: their version, what each side changed. */
interface Conflict {
  theirs: PersonView;
  theirParts: PersonPart[];
  bothParts: PersonPart[];
}

/**
 * Change a person. Only the parts the user changed are sent, with the version they started from;
 * if someone else saved in between (409), nothing is overwritten: their version is shown, the user's
 * changes are re-applied on top of it in the form, and the user saves again when satisfied.
 */
export function EditPerson({ person, onDone }: { person: PersonView; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation(['persons', 'common']);
  const errorText = useErrorText();
  const format = useFormat();
  const queryClient = useQueryClient();
  const today = localToday();
  const [base, setBase] = useState(() => ({ draft: draftOf(person, today), version: person.version }));
  const [draft, setDraft] = useState<PersonDraft>(base.draft);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const validation = useValidation();
  const update = useUpdatePerson(person.id);
  const heading = useRef<HTMLHeadingElement>(null);
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (conflict) conflictHeading.current?.focus();
  }, [conflict]);

  const partLabels = (parts: readonly PersonPart[]) => format.list(parts.map((part) => t(`persons:parts.${part}`)));

  const onStale = async (mine: PersonDraft, myParts: PersonPart[]) => {
    const theirs = await api.get<PersonView>(`/api/persons/${person.id}`);
    queryClient.setQueryData(personKey(person.id), theirs);
    const theirDraft = draftOf(theirs, today);
    const theirParts = changedParts(base.draft, theirDraft);
    setConflict({ theirs, theirParts, bothParts: theirParts.filter((part) => myParts.includes(part)) });
    setBase({ draft: theirDraft, version: theirs.version });
    setDraft(rebase(theirDraft, mine, myParts));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const mine = compactDraft(draft);
    setDraft(mine);
    const parts = changedParts(base.draft, mine);
    if (parts.length === 0) {
      onDone(false);
      return;
    }
    const body = validation.check(updatePersonRequest, updateBody(mine, parts, base.version));
    if (!body) return;
    update.mutate(body, {
      onSuccess: () => onDone(true),
      onError: (error) => {
        if (isApiError(error, 'stale_version')) {
          onStale(mine, parts).catch((cause: unknown) => setFormError(errorText(cause)));
        } else if (isApiError(error) && error.field) validation.setError(error.field, errorText(error));
        else setFormError(errorText(error));
      },
    });
  };

  return (
    <Stack gap="lg">
      <Title order={2} ref={heading} tabIndex={-1}>
        {t('persons:edit.title')}
      </Title>
      {conflict ? (
        <Alert color="red" variant="light" role="alert" data-testid="person-conflict">
          <Stack gap="xs">
            <Title order={3} size="h4" ref={conflictHeading} tabIndex={-1}>
              {t('persons:conflict.title')}
            </Title>
            <Text>{t('persons:conflict.text')}</Text>
            {conflict.theirParts.length ? <Text>{t('persons:conflict.theirs', { parts: partLabels(conflict.theirParts) })}</Text> : null}
            {conflict.bothParts.length ? <Text fw={600}>{t('persons:conflict.both', { parts: partLabels(conflict.bothParts) })}</Text> : null}
            <Text>{t('persons:conflict.again')}</Text>
          </Stack>
        </Alert>
      ) : null}
      {conflict ? (
        <section aria-labelledby="their-version">
          <Title order={3} size="h4" id="their-version" mb="sm">
            {t('persons:conflict.theirVersion')}
          </Title>
          <PersonDetails person={conflict.theirs} idPrefix="theirs" />
        </section>
      ) : null}
      <form ref={validation.ref} onSubmit={onSubmit} noValidate aria-label={t('persons:edit.title')}>
        <Stack gap="lg">
          <PersonForm
            draft={draft}
            onChange={(change) => setDraft((current) => ({ ...current, ...change }))}
            today={today}
            errors={validation.errors}
            clearError={validation.clearError}
          />
          <FormAlert message={formError} />
          <Group>
            <Button type="submit" loading={update.isPending}>
              {conflict ? t('persons:conflict.saveAgain') : t('persons:edit.save')}
            </Button>
            <Button variant="default" onClick={() => onDone(false)}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
