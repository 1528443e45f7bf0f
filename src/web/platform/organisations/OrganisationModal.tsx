import { Button, Fieldset, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgType } from '../../../core/platform/roles.js';
import { createOrganisationRequest } from '../../../core/platform/schemas.js';
import type { Organisation } from '../../api/types.js';
import { useForm } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { CountrySelect } from '../fields/CountrySelect.js';
import { OrgTypeSelect } from '../fields/OrgTypeSelect.js';
import { InvitationLinkPanel } from '../users/InvitationLinkPanel.js';
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
  adminName: string;
  adminEmail: string;
}

interface Created {
  organisation: Organisation;
  inviteUrl: string;
  emailed: boolean;
  adminEmail: string;
}

export function OrganisationModal({ organisation, onClose, onSaved }: OrganisationModalProps) {
  const { t } = useTranslation(['organisations', 'users', 'common']);
  const form = useForm<OrganisationValues>(
    {
      name: organisation?.name ?? '',
      country: organisation?.country ?? '',
      type: organisation?.type ?? '',
      adminName: '',
      adminEmail: '',
    },
    { choices: ['country', 'type'] },
  );
  const save = useSaveOrganisation();
  const [created, setCreated] = useState<Created | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { adminName, adminEmail, ...fields } = form.values;
    const input = organisation ? fields : { ...fields, adminName: adminName.trim() || undefined, adminEmail: adminEmail.trim() || undefined };
    const body = form.validate(createOrganisationRequest, input);
    if (!body) return;
    save.mutate(
      { id: organisation?.id ?? null, body },
      {
        onSuccess: (saved) => {
          const { inviteUrl, emailed } = saved as { inviteUrl?: string; emailed?: boolean };
          if (inviteUrl) setCreated({ organisation: saved, inviteUrl, emailed: emailed === true, adminEmail: body.adminEmail ?? '' });
          else onSaved(saved);
        },
        onError: form.fail,
      },
    );
  };

  if (created) {
    return (
      <Modal opened onClose={() => onSaved(created.organisation)} title={t('organisations:addTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
        <InvitationLinkPanel
          intro={t('organisations:inviteCreated', { name: created.organisation.name })}
          inviteUrl={created.inviteUrl}
          emailedTo={created.emailed ? created.adminEmail : null}
          onDone={() => onSaved(created.organisation)}
        />
      </Modal>
    );
  }

  const title = organisation ? t('organisations:editTitle', { name: organisation.name }) : t('organisations:addTitle');
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('organisations:nameLabel')} required data-autofocus {...form.text('name')} />
          <CountrySelect value={form.values.country} onChange={(country) => form.set('country', country)} error={form.errors.country} />
          <OrgTypeSelect value={form.values.type} onChange={(type) => form.set('type', type)} error={form.errors.type} />
          {organisation ? null : (
            <Fieldset legend={t('organisations:firstAdmin')}>
              <Text size="sm" c="dimmed" mb="xs">
                {t('organisations:firstAdminHelp')}
              </Text>
              <Stack gap="sm">
                <TextInput label={t('common:fields.name')} autoComplete="off" {...form.text('adminName')} />
                <TextInput label={t('common:fields.email')} type="email" autoComplete="off" {...form.text('adminEmail')} />
              </Stack>
            </Fieldset>
          )}
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
