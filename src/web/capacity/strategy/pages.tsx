import { Alert, Badge, Box, Button, Card, Group, List, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentView, GoalView, StrategyActivityView } from '../../../core/capacity/strategy.js';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useFormat } from '../../i18n/format.js';
import { useStrategy } from './api.js';
import { ActivityModal, CommitModal, GoalModal, ProgressModal } from './modals.js';

type Dialog =
  | { kind: 'goal'; goal: GoalView | undefined }
  | { kind: 'activity'; goalId: string; activity: StrategyActivityView | undefined }
  | { kind: 'commit'; activity: StrategyActivityView }
  | { kind: 'progress'; activity: StrategyActivityView; commitment: CommitmentView };

/** A whole percentage for display (the API keeps the exact mean). */
const rounded = (value: number) => Math.round(value);

/** `/strategy`: the coalition's goals with progress bars, their activities, and the members' commitments. */
export function StrategyPage() {
  const { t } = useTranslation('strategy');
  const errorText = useErrorText();
  const me = useMe().data;
  const strategy = useStrategy();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [saved, setSaved] = useState(false);
  const canEdit = strategy.data?.canEdit ?? false;
  const canCommit = strategy.data?.canCommit ?? false;
  const done = () => {
    setDialog(null);
    setSaved(true);
  };
  const open = (d: Dialog) => {
    setSaved(false);
    setDialog(d);
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={canEdit ? <Button onClick={() => open({ kind: 'goal', goal: undefined })}>{t('newGoal')}</Button> : null}
      />
      <SuccessNote message={saved ? t('saved') : null} mb="md" />
      {strategy.isPending ? <PageLoader /> : null}
      {strategy.error ? (
        <Alert color="red" role="alert">
          {errorText(strategy.error)}
        </Alert>
      ) : null}
      {strategy.data && strategy.data.goals.length === 0 ? <Text>{canEdit ? t('emptyAdmin') : t('empty')}</Text> : null}
      <Stack gap="lg">
        {strategy.data?.goals.map((goal) => (
          <Goal key={goal.id} goal={goal} orgId={me?.user.orgId ?? ''} canEdit={canEdit} canCommit={canCommit} onOpen={open} />
        ))}
      </Stack>
      {dialog?.kind === 'goal' ? <GoalModal existing={dialog.goal} onClose={() => setDialog(null)} onSaved={done} /> : null}
      {dialog?.kind === 'activity' ? <ActivityModal goalId={dialog.goalId} existing={dialog.activity} onClose={() => setDialog(null)} onSaved={done} /> : null}
      {dialog?.kind === 'commit' ? <CommitModal activity={dialog.activity} onClose={() => setDialog(null)} onSaved={done} /> : null}
      {dialog?.kind === 'progress' ? (
        <ProgressModal activity={dialog.activity} commitment={dialog.commitment} onClose={() => setDialog(null)} onSaved={done} />
      ) : null}
    </>
  );
}

function ProgressBar({ label, value, size = 'lg' }: { label: string; value: number; size?: 'md' | 'lg' }) {
  const { t } = useTranslation('strategy');
  return (
    <Group gap="sm" wrap="nowrap">
      <Progress value={value} size={size} aria-label={label} style={{ flex: 1 }} color="indigo.8" />
      <Text size="sm" fw={600} w={48} ta="right">
        {t('percent', { value: rounded(value) })}
      </Text>
    </Group>
  );
}

function Goal({
  goal,
  orgId,
  canEdit,
  canCommit,
  onOpen,
}: {
  goal: GoalView;
  orgId: string;
  canEdit: boolean;
  canCommit: boolean;
  onOpen: (d: Dialog) => void;
}) {
  const { t } = useTranslation('strategy');
  const format = useFormat();
  const headingId = `goal-${goal.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId} data-testid="goal">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2} size="h3" id={headingId}>
              {goal.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('period', { from: format.date(goal.periodStart), to: format.date(goal.periodEnd) })}
            </Text>
          </Stack>
          {canEdit ? (
            <Group gap="xs">
              <Button size="compact-md" variant="default" onClick={() => onOpen({ kind: 'goal', goal })} aria-label={`${t('editGoal')}: ${goal.title}`}>
                {t('editGoal')}
              </Button>
              <Button
                size="compact-md"
                onClick={() => onOpen({ kind: 'activity', goalId: goal.id, activity: undefined })}
                aria-label={`${t('addActivity')}: ${goal.title}`}
              >
                {t('addActivity')}
              </Button>
            </Group>
          ) : null}
        </Group>
        <ProgressBar label={t('goalProgress', { title: goal.title })} value={goal.progress} />
        {goal.description ? <Text>{goal.description}</Text> : null}
        {goal.indicators.length ? (
          <div>
            <Text fw={600} size="sm">
              {t('indicators')}
            </Text>
            <List size="sm">
              {goal.indicators.map((i) => (
                <List.Item key={i}>{i}</List.Item>
              ))}
            </List>
          </div>
        ) : null}
        <Title order={3} size="h4">
          {t('activities')}
        </Title>
        {goal.activities.length === 0 ? <Text size="sm">{t('noActivities')}</Text> : null}
        {goal.activities.map((a) => (
          <Activity key={a.id} activity={a} orgId={orgId} canEdit={canEdit} canCommit={canCommit} onOpen={onOpen} />
        ))}
      </Stack>
    </Paper>
  );
}

function Activity({
  activity: a,
  orgId,
  canEdit,
  canCommit,
  onOpen,
}: {
  activity: StrategyActivityView;
  orgId: string;
  canEdit: boolean;
  canCommit: boolean;
  onOpen: (d: Dialog) => void;
}) {
  const { t } = useTranslation('strategy');
  const format = useFormat();
  const ours = a.commitments.find((c) => c.orgId === orgId);
  const headingId = `activity-${a.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={headingId} data-testid="strategy-activity">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <Stack gap={0}>
            <Title order={4} size="h5" id={headingId}>
              {a.title}
            </Title>
            <Text size="sm" c="dimmed">
              {[a.target ? t('target', { target: a.target }) : null, a.dueOn ? t('due', { date: format.date(a.dueOn) }) : null].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          <Group gap="xs">
            {canEdit ? (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => onOpen({ kind: 'activity', goalId: a.goalId, activity: a })}
                aria-label={`${t('editActivity')}: ${a.title}`}
              >
                {t('editActivity')}
              </Button>
            ) : null}
            {canCommit && !ours ? (
              <Button size="compact-sm" onClick={() => onOpen({ kind: 'commit', activity: a })} aria-label={`${t('commit')}: ${a.title}`}>
                {t('commit')}
              </Button>
            ) : null}
            {ours?.editable ? (
              <Button size="compact-sm" onClick={() => onOpen({ kind: 'progress', activity: a, commitment: ours })} aria-label={`${t('update')}: ${a.title}`}>
                {t('update')}
              </Button>
            ) : null}
          </Group>
        </Group>
        <ProgressBar label={t('activityProgress', { title: a.title })} value={a.progress} size="md" />
        {a.commitments.length === 0 ? (
          <Text size="sm">{t('noCommitments')}</Text>
        ) : (
          <Box role="region" aria-label={`${t('commitments')}: ${a.title}`} tabIndex={0} style={{ overflowX: 'auto' }}>
            <Table striped style={{ minWidth: 640 }} aria-label={`${t('commitments')}: ${a.title}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('member')}</Table.Th>
                  <Table.Th scope="col">{t('what')}</Table.Th>
                  <Table.Th scope="col">{t('byWhen')}</Table.Th>
                  <Table.Th scope="col">{t('progress')}</Table.Th>
                  <Table.Th scope="col">{t('status')}</Table.Th>
                  <Table.Th scope="col">{t('lastNote')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {a.commitments.map((c) => {
                  const last = c.updates[c.updates.length - 1];
                  return (
                    <Table.Tr key={c.id}>
                      <Table.Th scope="row">{c.orgName}</Table.Th>
                      <Table.Td>{c.what}</Table.Td>
                      <Table.Td>{c.byWhen ? format.date(c.byWhen) : t('none')}</Table.Td>
                      <Table.Td>{t('percent', { value: c.progress })}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={c.status === 'done' ? 'teal.9' : c.status === 'withdrawn' ? 'gray.8' : 'indigo.9'}>
                          {t(`statuses.${c.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{last ? `${format.date(last.on)}${last.note ? `: ${last.note}` : ''}` : t('none')}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Box>
        )}
      </Stack>
    </Card>
  );
}
