import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PersonView } from '../../core/cases/views.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useCreateCase } from '../cases/api.js';
import { ChildBadge } from './ChildBadge.js';
import { displayName } from './names.js';

/** After recording a person: open a case straight away, go to their page, or record another person. */
export function PersonCreatedPanel({ person, onAnother }: { person: PersonView; onAnother: () => void }) {
  const { t } = useTranslation('persons');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const canOpenCase = useMe().data?.permissions.includes('cases:write') ?? false;
  const openCase = useCreateCase();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const name = displayName(person.names);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="created-title" data-testid="person-created">
      <Stack gap="md">
        <Group gap="sm">
          <Title order={2} size="h3" id="created-title" ref={heading} tabIndex={-1}>
            {t('created.title', { name })}
          </Title>
          {person.child ? <ChildBadge age={person.age} /> : null}
        </Group>
        <Text>{canOpenCase ? t('created.offer') : t('created.next')}</Text>
        <FormAlert message={openCase.error ? errorText(openCase.error) : null} />
        <Group>
          {canOpenCase ? (
            <Button
              loading={openCase.isPending}
              onClick={() => openCase.mutate({ personId: person.id }, { onSuccess: (kase) => navigate(`/cases/${kase.id}`) })}
            >
              {t('created.openCase')}
            </Button>
          ) : null}
          <Button component={Link} to={`/persons/${person.id}`} variant={canOpenCase ? 'default' : 'filled'}>
            {t('created.toPerson', { name })}
          </Button>
          <Button variant="subtle" onClick={onAnother}>
            {t('created.another')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
