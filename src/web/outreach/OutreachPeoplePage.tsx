import { Alert, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FUNNEL_STAGES, type OutreachPersonView } from '../../core/outreach/encounter.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { useOnline } from '../offline/online.js';
import { type NextStage, useMoveStage, useOutreachPeople, useZones } from './api.js';
import { currentStage, onDay, stagesAhead, useWhere } from './labels.js';
import { ZonesSection } from './ZonesSection.js';

/** `/outreach/people`: the people met and how far each has come; the zones. */
export function OutreachPeoplePage() {
  const { t } = useTranslation('outreach');
  const online = useOnline();
  const canWrite = (useMe().data?.permissions ?? []).includes('outreach:write');
  return (
    <>
      <PageHeader
        title={t('people.title')}
        intro={t('people.intro')}
        actions={
          <Button component={Link} to="/outreach" size="md" variant="default">
            {t('people.encounters')}
          </Button>
        }
      />
      <Stack gap="xl">
        {!online ? (
          <Alert color="yellow" variant="light" data-testid="offline-note">
            {t('people.needsConnection')}
          </Alert>
        ) : null}
        <People online={online} canWrite={canWrite} />
        <ZonesSection online={online} canWrite={canWrite} />
      </Stack>
    </>
  );
}

function People({ online, canWrite }: { online: boolean; canWrite: boolean }) {
  const { t } = useTranslation('outreach');
  const format = useFormat();
  const errorText = useErrorText();
  const people = useOutreachPeople(online);
  const where = useWhere(useZones().zones);
  const move = useMoveStage();
  const [moved, setMoved] = useState<string | null>(null);
  const items = people.data?.items ?? [];

  const onMove = (person: OutreachPersonView, stage: NextStage) => {
    setMoved(null);
    move.mutate(
      { id: person.id, stage },
      {
        onSuccess: (updated) =>
          setMoved(t('people.moved', { pseudonym: updated.pseudonym, stage: t(`stages.${stage}`), date: format.date(onDay(updated.stages[stage] ?? '')) })),
      },
    );
  };

  return (
    <section aria-labelledby="people-title">
      <Title order={2} size="h3" id="people-title" mb="xs">
        {t('people.listTitle')}
      </Title>
      {online && people.isPending ? <PageLoader /> : null}
      {people.error ? (
        <Alert color="red" role="alert">
          {errorText(people.error)}
        </Alert>
      ) : null}
      {people.data && items.length === 0 ? <Text>{t('people.empty')}</Text> : null}
      <SuccessNote message={moved} mb="sm" />
      <FormAlert message={move.error ? errorText(move.error) : null} />
      <Stack gap="xs" mt="xs">
        {items.map((person) => (
          <PersonCard
            key={person.id}
            person={person}
            where={where(person)}
            canWrite={canWrite && online}
            pending={move.isPending && move.variables?.id === person.id}
            onMove={(stage) => onMove(person, stage)}
          />
        ))}
      </Stack>
    </section>
  );
}

interface PersonCardProps {
  person: OutreachPersonView;
  where: string;
  canWrite: boolean;
  pending: boolean;
  onMove: (stage: NextStage) => void;
}

function PersonCard({ person, where, canWrite, pending, onMove }: PersonCardProps) {
  const { t } = useTranslation('outreach');
  const format = useFormat();
  const ahead = stagesAhead(person.stages);
  return (
    <Card withBorder padding="sm" data-testid="outreach-person" data-stage={currentStage(person.stages)}>
      <Title order={3} size="h5">
        {person.pseudonym}
      </Title>
      <Text size="sm">{t('people.line', { where, team: person.team, count: person.encounters })}</Text>
      <Text size="sm" fw={600} mt={4}>
        {t('people.stage', { stage: t(`stages.${currentStage(person.stages)}`) })}
      </Text>
      <List size="sm" spacing={2} aria-label={t('people.stagesLabel', { pseudonym: person.pseudonym })}>
        {FUNNEL_STAGES.map((s) => {
          const on = person.stages[s];
          return (
            <List.Item key={s} data-testid={`stage-${s}`}>
              {on ? t('people.stageDate', { stage: t(`stages.${s}`), date: format.date(onDay(on)) }) : t('people.notYet', { stage: t(`stages.${s}`) })}
            </List.Item>
          );
        })}
      </List>
      {canWrite && ahead.length > 0 ? (
        <Group gap="xs" mt="xs">
          {ahead.map((s, i) => (
            <Button key={s} size="sm" variant={i === 0 ? 'filled' : 'default'} loading={pending} onClick={() => onMove(s)}>
              {t(`moveTo.${s}`)}
            </Button>
          ))}
        </Group>
      ) : null}
    </Card>
  );
}
