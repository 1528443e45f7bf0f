import { Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../api/types.js';
import { useFormat } from '../../i18n/format.js';
import { type UserAction, UserRowActions } from './UserRowActions.js';

/** Filled badges in the darkest shades: white text on them meets WCAG AA contrast. */
const STATUS_COLOURS: Record<UserSummary['status'], string> = {
  active: 'teal.9',
  invited: 'indigo.9',
  disabled: 'gray.7',
  locked: 'red.9',
};

interface UsersTableProps {
  users: readonly UserSummary[];
  selfId: string;
  canUpdate: boolean;
  canUnlock: boolean;
  canInvite: boolean;
  onAction: (action: UserAction, user: UserSummary) => void;
}

export function UsersTable({ users, selfId, canUpdate, canUnlock, canInvite, onAction }: UsersTableProps) {
  const { t } = useTranslation(['users', 'common']);
  const format = useFormat();
  const withActions = canUpdate || canUnlock || canInvite;

  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover aria-label={t('users:title')} data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('users:columns.name')}</Table.Th>
            <Table.Th scope="col">{t('users:columns.email')}</Table.Th>
            <Table.Th scope="col">{t('users:columns.roles')}</Table.Th>
            <Table.Th scope="col">{t('users:columns.status')}</Table.Th>
            <Table.Th scope="col">{t('users:columns.secondFactor')}</Table.Th>
            <Table.Th scope="col">{t('users:columns.lastSignIn')}</Table.Th>
            {withActions ? <Table.Th scope="col">{t('users:columns.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Th scope="row" fw={500}>
                {user.name}
                {user.id === selfId ? (
                  <Text span c="dimmed" size="sm">
                    {` (${t('users:you')})`}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{format.list(user.roles.map((role) => t(`common:roles.${role}`)))}</Table.Td>
              <Table.Td>
                <Badge variant="filled" color={STATUS_COLOURS[user.status]}>
                  {t(`common:userStatus.${user.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{user.totpEnabled ? t('common:yesNo.yes') : t('common:yesNo.no')}</Table.Td>
              <Table.Td>{user.lastSignInAt ? format.dateTime(user.lastSignInAt) : t('users:never')}</Table.Td>
              {withActions ? (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <UserRowActions user={user} isSelf={user.id === selfId} canUpdate={canUpdate} canUnlock={canUnlock} canInvite={canInvite} onAction={onAction} />
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
