import { Alert, Badge, Button, Card, Group, NativeSelect, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExchangeStatus, type ExchangeView, statusChangeAllowed } from '../../core/capacity/capacity.js';
import { todayUtc } from '../../core/cases/dates.js';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { useExchanges, useUpdateExchange } from './api.js';
import { useCapacityLabels } from './labels.js';

const STATUS_COLOURS: Record<ExchangeStatus, string> = {
  proposed: 'yellow.9',
  agreed: 'indigo.9',
  'in-progress': 'blue.9',
  done: 'teal.9',
  cancelled: 'gray.8',
};

/** Exchanges of our organisation (or the whole network), each with its status actions and follow-up. */
export function ExchangesTab({ orgId, canWrite }: { orgId: string; canWrite: boolean }) {
  const { t } = useTranslation('capacity');
  const errorText = useErrorText();
  const [scope, setScope] = useState<'own' | 'network'>('own');
  const list = useExchanges(scope);
  const items = list.data?.items ?? [];
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('exchanges.scope')}
        value={scope}
        onChange={(v) => setScope(v === 'network' ? 'network' : 'own')}
        data={[
          { value: 'own', label: t('exchanges.ours') },
          { value: 'network', label: t('exchanges.network') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {list.isPending ? <PageLoader /> : null}
      {list.error ? (
        <Alert color="red" role="alert">
          {errorText(list.error)}
        </Alert>
      ) : null}
      {list.data && items.length === 0 ? <Text>{t('exchanges.empty')}</Text> : null}
      {items.map((x) => (
        <ExchangeCard key={x.id} exchange={x} orgId={orgId} canWrite={canWrite} />
      ))}
    </Stack>
  );
}

function ExchangeCard({ exchange: x, orgId, canWrite }: { exchange: ExchangeView; orgId: string; canWrite: boolean }) {
  const { t } = useTranslation('capacity');
  const errorText = useErrorText();
  const format = useFormat();
  const labels = useCapacityLabels();
  const update = useUpdateExchange(x.id);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [noteOn, setNoteOn] = useState(todayUtc());
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState(x.outcomeRating ? String(x.outcomeRating) : '');
  const [after, setAfter] = useState(x.ratingAfter ? String(x.ratingAfter) : '');
  const mayChange = canWrite && x.party;
  const receiver = x.receiverOrgId === orgId;
  const proposer = x.proposedByOrgId === orgId;
  const title = t('exchanges.title', { area: labels.area(x.area), provider: x.providerOrgName, receiver: x.receiverOrgName });
  const headingId = `exchange-${x.id}`;

  const send = (body: Parameters<typeof update.mutate>[0]) => {
    setError(null);
    setDone(false);
    update.mutate(body, {
      onSuccess: () => {
        setDone(true);
        setNote('');
      },
      onError: (e) => setError(isApiError(e, 'stale_version') ? t('exchanges.stale') : errorText(e)),
    });
  };
  const move = (status: ExchangeStatus) => send({ version: x.version, status });
  const actions: { status: ExchangeStatus; label: string }[] = [
    { status: 'agreed', label: t('exchanges.agree') },
    { status: 'in-progress', label: t('exchanges.start') },
    { status: 'done', label: t('exchanges.finish') },
    { status: 'cancelled', label: t('exchanges.cancel') },
  ];
  const allowed = actions.filter((a) => statusChangeAllowed(x.status, a.status, proposer) && a.status !== x.status);
  const other = x.providerOrgId === orgId ? x.receiverOrgName : x.providerOrgName;

  const saveFollowUp = () => {
    if (!note.trim() && !outcome && !after) return setError(t('exchanges.noNote'));
    send({
      version: x.version,
      ...(note.trim() ? { note: { on: noteOn, text: note.trim() } } : {}),
      ...(receiver && outcome ? { outcomeRating: Number(outcome) } : {}),
      ...(receiver && after ? { ratingAfter: Number(after) } : {}),
    });
  };

  return (
    <Card withBorder component="article" aria-labelledby={headingId} data-testid="exchange">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h5" id={headingId}>
            {title}
          </Title>
          <Badge variant="light" color={STATUS_COLOURS[x.status]} style={{ flexShrink: 0 }} data-testid="exchange-status">
            {labels.status(x.status)}
          </Badge>
        </Group>
        <Text size="sm">
          {labels.kind(x.kind)}
          {x.startsOn ? ` · ${format.date(x.startsOn)}${x.endsOn ? ` – ${format.date(x.endsOn)}` : ''}` : ''}
          {x.participants ? ` · ${t('exchanges.participants')}: ${x.participants}` : ''}
        </Text>
        {x.description ? <Text size="sm">{x.description}</Text> : null}
        {x.status === 'proposed' && proposer ? (
          <Text size="sm" c="dimmed">
            {t('exchanges.waiting', { org: other })}
          </Text>
        ) : null}
        {x.outcomeRating ? <Text size="sm">{t('exchanges.outcome', { rating: x.outcomeRating })}</Text> : null}
        {x.ratingAfter ? (
          <Text size="sm">
            {t('exchanges.ratingChange', {
              org: x.receiverOrgName,
              before: x.ratingBefore ?? t('exchanges.notRated'),
              after: x.ratingAfter,
            })}
          </Text>
        ) : null}
        <SuccessNote message={done ? t('exchanges.changed') : null} />
        <FormAlert message={error} />
        <Group gap="xs">
          {mayChange
            ? allowed.map((a) => (
                <Button
                  key={a.status}
                  size="compact-md"
                  variant={a.status === 'cancelled' ? 'default' : 'filled'}
                  onClick={() => move(a.status)}
                  loading={update.isPending}
                >
                  {a.label}
                </Button>
              ))
            : null}
          <Button size="compact-md" variant="default" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={`${headingId}-details`}>
            {t('exchanges.open')}
          </Button>
        </Group>
        <div id={`${headingId}-details`}>
          {open ? (
            <Stack gap="xs" mt="xs">
              <Title order={4} size="h6">
                {t('exchanges.notesTitle')}
              </Title>
              {x.notes.length === 0 ? <Text size="sm">{t('exchanges.noNotes')}</Text> : null}
              {x.notes.map((n) => (
                <div key={n.id}>
                  <Text size="xs" c="dimmed">
                    {t('exchanges.noteBy', { org: n.orgName, date: format.date(n.on) })}
                  </Text>
                  <Text size="sm">{n.text}</Text>
                </div>
              ))}
              {mayChange ? (
                <form
                  noValidate
                  onSubmit={(event) => {
                    event.preventDefault();
                    saveFollowUp();
                  }}
                >
                  <Stack gap="xs">
                    <Title order={4} size="h6">
                      {t('exchanges.followUp')}
                    </Title>
                    <SimpleGrid cols={{ base: 1, xs: 3 }}>
                      <TextInput type="date" label={t('exchanges.noteOn')} value={noteOn} onChange={(e) => setNoteOn(e.currentTarget.value)} />
                      {receiver ? (
                        <>
                          <NativeSelect
                            label={t('exchanges.outcomeRating')}
                            data={['', '1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v || '–' }))}
                            value={outcome}
                            onChange={(e) => setOutcome(e.currentTarget.value)}
                          />
                          <NativeSelect
                            label={t('exchanges.ratingAfter')}
                            data={[{ value: '', label: '–' }, ...[1, 2, 3, 4].map((r) => ({ value: String(r), label: labels.rating(r) }))]}
                            value={after}
                            onChange={(e) => setAfter(e.currentTarget.value)}
                          />
                        </>
                      ) : null}
                    </SimpleGrid>
                    <Textarea label={t('exchanges.note')} autosize minRows={2} maxLength={4000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
                    <Group justify="flex-end">
                      <Button type="submit" size="compact-md" loading={update.isPending}>
                        {t('exchanges.saveFollowUp')}
                      </Button>
                    </Group>
                  </Stack>
                </form>
              ) : null}
            </Stack>
          ) : null}
        </div>
      </Stack>
    </Card>
  );
}
