import { Alert, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../core/platform/policy.js';
import type { Organisation } from '../../api/types.js';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useFormat } from '../../i18n/format.js';
import { countryName } from '../countries.js';
import { useOrganisations } from './api.js';
import { OrganisationModal } from './OrganisationModal.js';

/** The organisations of the network; network administrators add and edit them. */
export function OrganisationsPage() {
  const { t } = useTranslation(['organisations', 'common']);
  const format = useFormat();
  const errorText = useErrorText();
  const me = useMe().data;
  const organisations = useOrganisations();
  // `undefined`: no modal; `null`: adding; an organisation: editing it.
  const [editing, setEditing] = useState<Organisation | null | undefined>(undefined);
  const [done, setDone] = useState<string | null>(null);
  const actor = me ? { id: me.user.id, orgId: me.user.orgId, roles: me.user.roles } : null;
  const canCreate = me?.permissions.includes('organisations:create') ?? false;
  const canEdit = (organisation: Organisation) => can(actor, 'organisations:update', { orgId: organisation.id });

  const header = (
    <PageHeader
      title={t('organisations:title')}
      intro={me ? t('organisations:intro', { network: me.user.networkName }) : undefined}
      actions={canCreate ? <Button onClick={() => setEditing(null)}>{t('organisations:add')}</Button> : null}
    />
  );
  if (organisations.isPending)
    return (
      <>
        {header}
        <PageLoader />
      </>
    );
  if (organisations.error) {
    return (
      <>
        {header}
        <Alert color="red" role="alert">
          {errorText(organisations.error)}
        </Alert>
      </>
    );
  }

  const list = organisations.data.organisations;
  const withActions = list.some(canEdit);
  return (
    <>
      {header}
      <SuccessNote message={done} mb="md" />
      <Text size="sm" c="dimmed" mb="xs">
        {t('organisations:count', { count: list.length })}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover aria-label={t('organisations:title')} data-testid="organisations-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organisations:columns.name')}</Table.Th>
              <Table.Th scope="col">{t('organisations:columns.country')}</Table.Th>
              <Table.Th scope="col">{t('organisations:columns.type')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('organisations:columns.users')}
              </Table.Th>
              {withActions ? <Table.Th scope="col">{t('organisations:columns.actions')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((organisation) => (
              <Table.Tr key={organisation.id}>
                <Table.Th scope="row" fw={500}>
                  {organisation.name}
                </Table.Th>
                <Table.Td>{countryName(organisation.country, format.locale)}</Table.Td>
                <Table.Td>{t(`common:orgTypes.${organisation.type}`)}</Table.Td>
                <Table.Td ta="right">{organisation.userCount === null ? <span title={t('organisations:usersHidden')}><span aria-hidden="true">–</span><VisuallyHidden>{t('organisations:usersHidden')}</VisuallyHidden></span> : format.number(organisation.userCount)}</Table.Td>
                {withActions ? (
                  <Table.Td>
                    {canEdit(organisation) ? (
                      <Button
                        variant="default"
                        size="xs"
                        onClick={() => setEditing(organisation)}
                        aria-label={t('organisations:editLabel', { name: organisation.name })}
                      >
                        {t('common:actions.edit')}
                      </Button>
                    ) : null}
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing !== undefined ? (
        <OrganisationModal
          organisation={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(saved) => {
            setDone(editing ? t('organisations:updated', { name: saved.name }) : t('organisations:created', { name: saved.name }));
            setEditing(undefined);
          }}
        />
      ) : null}
    </>
  );
}
