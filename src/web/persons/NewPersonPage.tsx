import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type CreatePersonRequest, createPersonRequest } from '../../core/cases/person.js';
import type { DuplicateCheck, PersonView } from '../../core/cases/views.js';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { useCreatePerson, useDuplicateCheck } from './api.js';
import { compactDraft, createBody, emptyDraft, type PersonDraft, withTypedName } from './draft.js';
import { DuplicatesPanel } from './DuplicatesPanel.js';
import { PersonForm } from './form/PersonForm.js';
import { PersonCreatedPanel } from './PersonCreatedPanel.js';
import { localToday, nameFromQuery } from './today.js';
import { useValidation } from './useValidation.js';

type Stage = { kind: 'editing' } | { kind: 'duplicates'; check: DuplicateCheck; body: CreatePersonRequest } | { kind: 'created'; person: PersonView };

function initialDraft(query: string | null, today: string): PersonDraft {
  const draft = emptyDraft(today);
  const first = draft.names[0];
  if (query && first) draft.names = [withTypedName(first, nameFromQuery(query))];
  return draft;
}

/** Record a person: the form, then likely duplicates (if any), then the offer to open a case. */
export function NewPersonPage() {
  const { t } = useTranslation(['persons', 'common']);
  const errorText = useErrorText();
  const [params] = useSearchParams();
  const today = localToday();
  const [draft, setDraft] = useState(() => initialDraft(params.get('name'), today));
  const [stage, setStage] = useState<Stage>({ kind: 'editing' });
  const [formError, setFormError] = useState<string | null>(null);
  const validation = useValidation();
  const duplicates = useDuplicateCheck();
  const create = useCreatePerson();

  const fail = (error: unknown) => {
    setStage({ kind: 'editing' });
    if (isApiError(error) && error.field) validation.setError(error.field, errorText(error));
    else setFormError(errorText(error));
  };

  const save = (body: CreatePersonRequest) => {
    setFormError(null);
    create.mutate(body, { onSuccess: (person) => setStage({ kind: 'created', person }), onError: fail });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const compact = compactDraft(draft);
    setDraft(compact);
    const body = validation.check(createPersonRequest, createBody(compact));
    if (!body) return;
    duplicates.mutate(
      { names: body.names, ...(body.birthDate ? { birthDate: body.birthDate } : {}) },
      {
        onSuccess: (check) => {
          if (check.items.length > 0 || check.hidden > 0) setStage({ kind: 'duplicates', check, body });
          else save(body);
        },
        onError: fail,
      },
    );
  };

  if (stage.kind === 'created') {
    return (
      <>
        <PageHeader title={t('persons:newTitle')} />
        <PersonCreatedPanel
          person={stage.person}
          onAnother={() => {
            setDraft(emptyDraft(today));
            validation.clearAll();
            setStage({ kind: 'editing' });
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('persons:newTitle')} intro={t('persons:newIntro')} />
      {stage.kind === 'duplicates' ? (
        <DuplicatesPanel check={stage.check} saving={create.isPending} onSaveAnyway={() => save(stage.body)} onBack={() => setStage({ kind: 'editing' })} />
      ) : (
        <form ref={validation.ref} onSubmit={onSubmit} noValidate aria-label={t('persons:newTitle')}>
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
              <Button type="submit" loading={duplicates.isPending || create.isPending}>
                {t('persons:form.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </>
  );
}
