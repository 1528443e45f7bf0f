import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgType } from '../../../core/platform/roles.js';
import { createOrganisationRequest } from '../../../core/platform/schemas.js';
import type { Organisation } from '../../api/types.js';
import { useForm } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { CountrySelect } from '../fields/CountrySelect.js';
import { OrgTypeSelect } from '../fields/OrgTypeSelect.js';
import { useSaveOrganisation } from './api.js';

interface OrganisationModalProps {
  /** The organisation to edit; `null` to add a new one. */
  organisation: Organisation | null;
  onClose: () => void;
  onSaved: (organisation: Organisation) => void;
}

interface OrganisationValues {
  name: string;
  country: string;
  type: OrgType | '';
}

export function OrganisationModal({ organisation, onClose, onSaved }: OrganisationModalProps) {
  const { t } = useTranslation(['organisations', 'common']);
  const form = useForm<OrganisationValues>(
    {
      name: organisation?.name ?? '',
      country: organisation?.country ?? '',
      type: organisation?.type ?? '',
    },
    { choices: ['country', 'type'] },
  );
  const save = useSaveOrganisation();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate(createOrganisationRequest, form.values);
    if (body) save.mutate({ id: organisation?.id ?? null, body }, { onSuccess: onSaved, onError: form.fail });
  };

  const title = organisation ? t('organisations:editTitle', { name: organisation.name }) : t('organisations:addTitle');
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('organisations:nameLabel')} required data-autofocus {...form.text('name')} />
          <CountrySelect value={form.values.country} onChange={(country) => form.set('country', country)} error={form.errors.country} />
          <OrgTypeSelect value={form.values.type} onChange={(type) => form.set('type', type)} error={form.errors.type} />
          <FormAlert message={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('organisations:submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
