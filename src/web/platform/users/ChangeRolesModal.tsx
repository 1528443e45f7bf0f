import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '../../../core/platform/roles.js';
import { updateUserRequest } from '../../../core/platform/schemas.js';
import type { UserSummary } from '../../api/types.js';
import { useForm } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { RoleCheckboxes } from '../fields/RoleCheckboxes.js';
import { useUpdateUser } from './api.js';

interface ChangeRolesModalProps {
  user: UserSummary;
  assignableRoles: readonly Role[];
  onClose: () => void;
  onSaved: (user: UserSummary) => void;
}

/** Roles of one user; roles the signed-in user may not hand out are shown but locked. */
export function ChangeRolesModal({ user, assignableRoles, onClose, onSaved }: ChangeRolesModalProps) {
  const { t } = useTranslation(['users', 'common']);
  const form = useForm<{ roles: Role[] }>({ roles: user.roles });
  const update = useUpdateUser();
  const shown = ROLES.filter((role) => assignableRoles.includes(role) || user.roles.includes(role));
  const locked = shown.filter((role) => !assignableRoles.includes(role));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.validate(updateUserRequest, { roles: form.values.roles });
    if (body) update.mutate({ id: user.id, roles: form.values.roles }, { onSuccess: onSaved, onError: form.fail });
  };

  return (
    <Modal opened onClose={onClose} title={t('users:rolesModal.title', { name: user.name })} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <RoleCheckboxes roles={shown} locked={locked} value={form.values.roles} onChange={(roles) => form.set('roles', roles)} error={form.errors.roles} />
          <FormAlert message={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('users:rolesModal.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
