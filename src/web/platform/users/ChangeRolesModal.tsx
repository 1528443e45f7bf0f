import { Button, Group, Modal, Select, Stack } from '@mantine/core';
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
  /** Everyone in the organisation: the supervisors among them can be chosen as this user's supervisor. */
  users: readonly UserSummary[];
  assignableRoles: readonly Role[];
  onClose: () => void;
  onSaved: (user: UserSummary) => void;
}

/**
 * Roles of one user (roles the signed-in user may not hand out are shown but locked) and their
 * supervisor, who then sees the cases this user works on.
 */
export function ChangeRolesModal({ user, users, assignableRoles, onClose, onSaved }: ChangeRolesModalProps) {
  const { t } = useTranslation(['users', 'common']);
  const form = useForm<{ roles: Role[]; supervisorId: string | null }>({ roles: user.roles, supervisorId: user.supervisorId });
  const supervisors = users.filter((u) => u.id !== user.id && u.roles.includes('supervisor') && u.status !== 'disabled');
  const update = useUpdateUser();
  const shown = ROLES.filter((role) => assignableRoles.includes(role) || user.roles.includes(role));
  const locked = shown.filter((role) => !assignableRoles.includes(role));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const change = { roles: form.values.roles, ...(form.values.supervisorId !== user.supervisorId ? { supervisorId: form.values.supervisorId } : {}) };
    const body = form.validate(updateUserRequest, change);
    if (body) update.mutate({ id: user.id, ...change }, { onSuccess: onSaved, onError: form.fail });
  };

  return (
    <Modal opened onClose={onClose} title={t('users:rolesModal.title', { name: user.name })} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <RoleCheckboxes roles={shown} locked={locked} value={form.values.roles} onChange={(roles) => form.set('roles', roles)} error={form.errors.roles} />
          {supervisors.length > 0 && (
            <Select
              label={t('users:rolesModal.supervisor')}
              description={t('users:rolesModal.supervisorHelp')}
              placeholder={t('users:rolesModal.noSupervisor')}
              data={supervisors.map((s) => ({ value: s.id, label: s.name }))}
              value={form.values.supervisorId}
              onChange={(value) => form.set('supervisorId', value)}
              clearable
              error={form.errors.supervisorId}
            />
          )}
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
