import { Alert, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { exportUrl, usePerson } from './api.js';
import { ChildBadge } from './ChildBadge.js';
import { EditPerson } from './EditPerson.js';
import { ErasePersonModal } from './ErasePersonModal.js';
import { displayName } from './names.js';
import { RecordScreenings } from '../identification/RecordScreenings.js';
import { PersonCases } from './PersonCases.js';
import { PersonDetails } from './PersonDetails.js';
import type { PersonsPageState } from './PersonsPage.js';

/** Everything about a person: details, child badge, cases; edit, export, erase. */
export function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation(['persons', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const permissions = useMe().data?.permissions ?? [];
  const person = usePerson(id);
  const [editing, setEditing] = useState(false);
  const [erasing, setErasing] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  if (person.isPending) return <PageLoader />;
  if (person.error) {
    return (
      <>
        <PageHeader title={t('persons:page.notFoundTitle')} />
        <Alert color="red" role="alert">
          {isApiError(person.error, 'not_found') ? t('persons:page.notFound') : errorText(person.error)}
        </Alert>
      </>
    );
  }

  const p = person.data;
  const name = displayName(p.names);
  const can = (action: (typeof permissions)[number]) => permissions.includes(action);

  const actions = editing ? null : (
    <>
      {can('persons:write') ? (
        <Button
          onClick={() => {
            setDone(null);
            setEditing(true);
          }}
        >
          {t('persons:page.edit')}
        </Button>
      ) : null}
      {can('persons:export') ? (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <Button variant="default">{t('persons:page.export')}</Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item component="a" href={exportUrl(p.id, 'pdf')} download>
              {t('persons:page.exportPdf')}
            </Menu.Item>
            <Menu.Item component="a" href={exportUrl(p.id, 'json')} download>
              {t('persons:page.exportJson')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ) : null}
      {can('persons:erase') ? (
        <Button variant="outline" color="red.9" onClick={() => setErasing(true)}>
          {t('persons:page.erase')}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader title={name || t('persons:names.none')} actions={actions} />
      <Group gap="sm" mb="md" mt={-8} data-testid="person-summary">
        {p.child ? <ChildBadge age={p.age} size="lg" /> : null}
        {p.child === null ? (
          <Text size="sm" c="dimmed">
            {t('persons:age.unknown')}
          </Text>
        ) : null}
        {!p.child && p.age !== null ? <Text size="sm">{t('persons:age.years', { age: p.age })}</Text> : null}
      </Group>
      <SuccessNote message={done} mb="md" />
      {editing ? (
        <EditPerson
          person={p}
          onDone={(saved) => {
            setEditing(false);
            if (saved) setDone(t('persons:edit.saved', { name }));
          }}
        />
      ) : (
        <Stack gap="md">
          <PersonCases personId={p.id} cases={p.cases} canOpen={can('cases:write')} />
          {can('screenings:read') ? <RecordScreenings personId={p.id} canCreate={can('screenings:create')} /> : null}
          <PersonDetails person={p} />
        </Stack>
      )}
      {can('persons:erase') ? (
        <ErasePersonModal
          person={p}
          opened={erasing}
          onClose={() => setErasing(false)}
          onErased={(erased) => {
            const state: PersonsPageState = { notice: t('persons:erase.done', { name: erased }) };
            navigate('/persons', { replace: true, state });
          }}
        />
      ) : null}
    </>
  );
}
