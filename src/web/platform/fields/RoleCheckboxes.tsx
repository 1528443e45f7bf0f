import { Checkbox, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../core/platform/roles.js';

interface RoleCheckboxesProps {
  roles: readonly Role[];
  value: Role[];
  onChange: (value: Role[]) => void;
  error?: string | undefined;
  /** Shown but not changeable (roles the signed-in user may not hand out). */
  locked?: readonly Role[];
}

/** The roles the signed-in user may hand out, as checkboxes (several can be chosen). */
export function RoleCheckboxes({ roles, value, onChange, error, locked = [] }: RoleCheckboxesProps) {
  const { t } = useTranslation('common');
  return (
    <Checkbox.Group label={t('fields.roles')} value={value} onChange={(next) => onChange(next as Role[])} error={error} withAsterisk>
      <Stack gap="xs" mt="xs">
        {roles.map((role) => (
          <Checkbox key={role} value={role} label={t(`roles.${role}`)} disabled={locked.includes(role)} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
