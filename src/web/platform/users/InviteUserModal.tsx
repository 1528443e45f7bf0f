import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../core/platform/roles.js';
import { inviteRequest } from '../../../core/platform/schemas.js';
import type { InviteResponse } from '../../api/types.js';
import { useForm } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { useFormat } from '../../i18n/format.js';
import { RoleCheckboxes } from '../fields/RoleCheckboxes.js';
import { useInviteUser } from './api.js';
import { InvitationLinkPanel } from './InvitationLinkPanel.js';

interface InviteUserModalProps {
  opened: boolean;
  onClose: () => void;
  assignableRoles: readonly Role[];
}

interface InviteValues {
  email: string;
  name: string;
  roles: Role[];
}

const EMPTY: InviteValues = { email: '', name: '', roles: [] };

/** Invite someone: e-mail, name, roles; then the one-time link to pass on. */
export function InviteUserModal({ opened, onClose, assignableRoles }: InviteUserModalProps) {
  const { t } = useTranslation(['users', 'common']);
  const format = useFormat();
  const form = useForm<InviteValues>(EMPTY);
  const invite = useInviteUser();
  const created: InviteResponse | undefined = invite.data;

  const close = () => {
    onClose();
    invite.reset();
    form.reset(EMPTY);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate(inviteRequest, form.values);
    if (body) invite.mutate(body, { onError: form.fail });
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={created ? t('users:inviteModal.createdTitle') : t('users:inviteModal.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {created ? (
        <InvitationLinkPanel
          intro={t('users:inviteModal.created', { name: created.user.name, expires: format.dateTime(created.expiresAt) })}
          inviteUrl={created.inviteUrl}
          emailedTo={created.emailed ? created.user.email : null}
          onDone={close}
        />
      ) : (
        <form ref={form.ref} onSubmit={onSubmit} noValidate>
          <Stack>
            <TextInput label={t('common:fields.email')} type="email" autoComplete="off" required data-autofocus {...form.text('email')} />
            <TextInput label={t('common:fields.name')} autoComplete="off" required {...form.text('name')} />
            <RoleCheckboxes roles={assignableRoles} value={form.values.roles} onChange={(roles) => form.set('roles', roles)} error={form.errors.roles} />
            <FormAlert message={form.formError} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common:actions.cancel')}
              </Button>
              <Button type="submit" loading={invite.isPending}>
                {t('users:inviteModal.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
