import { Alert, Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { ConfirmModal } from '../app/ui/ConfirmModal.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { deviceStore, useOnline, useOutboxSync, useScreenings } from './api.js';
import { answeredCount, deleteDraft, listDrafts, type ScreeningDraft } from './drafts.js';
import { OutboxList } from './OutboxList.js';
import { VerdictBadge, verdictOf } from './ResultView.js';
import { useInstrumentTexts } from './texts.js';

/** `/screening`: the drafts on this device, the screenings waiting to be sent, and those saved. */
export function ScreeningsPage() {
  const { t } = useTranslation('identification');
  const online = useOnline();
  const flush = useOutboxSync();
  const queued = (useLocation().state as { queued?: string } | null)?.queued;
  const canRead = (useMe().data?.permissions ?? []).includes('screenings:read');

  return (
    <>
      <PageHeader
        title={t('list.title')}
        intro={t('list.intro')}
        actions={
          <Button component={Link} to="/screening/new" size="md">
            {t('list.new')}
          </Button>
        }
      />
      <Stack gap="xl">
        {!online ? (
          <Alert color="yellow" variant="light" data-testid="offline-note">
            {t('offline')}
          </Alert>
        ) : null}
        {queued ? <SuccessNote message={t('new.queued')} /> : null}
        <OutboxList onSend={flush} />
        <Drafts />
        {canRead ? <Saved online={online} /> : null}
      </Stack>
    </>
  );
}

function Drafts() {
  const { t } = useTranslation('identification');
  const format = useFormat();
  const texts = useInstrumentTexts();
  const [drafts, setDrafts] = useState(() => listDrafts(deviceStore));
  const [discarding, setDiscarding] = useState<ScreeningDraft | null>(null);
  return (
    <section aria-labelledby="drafts-title">
      <Title order={2} size="h3" id="drafts-title">
        {t('list.drafts')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('list.draftsNote')}
      </Text>
      {drafts.length === 0 ? <Text data-testid="drafts-empty">{t('list.draftsEmpty')}</Text> : null}
      <Stack gap="xs">
        {drafts.map((d) => (
          <Card key={d.id} withBorder padding="sm" data-testid="draft">
            <Group justify="space-between" gap="xs">
              <Stack gap={2}>
                <Text fw={600}>{d.instrumentId ? texts.instruments[d.instrumentId].title : t('list.noSet')}</Text>
                <Text size="sm">{t('list.draftLine', { count: answeredCount(d), date: format.dateTime(d.updatedAt) })}</Text>
              </Stack>
              <Group gap="xs">
                <Button component={Link} to={`/screening/new?draft=${d.id}`} size="sm">
                  {t('list.continue')}
                </Button>
                <Button size="sm" variant="default" onClick={() => setDiscarding(d)}>
                  {t('list.discard')}
                </Button>
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
      <ConfirmModal
        opened={discarding !== null}
        title={t('list.discardTitle')}
        text={t('list.discardText')}
        confirmLabel={t('list.discard')}
        destructive
        onClose={() => setDiscarding(null)}
        onConfirm={() => {
          if (discarding) deleteDraft(deviceStore, discarding.id);
          setDrafts(listDrafts(deviceStore));
          setDiscarding(null);
        }}
      />
    </section>
  );
}

function Saved({ online }: { online: boolean }) {
  const { t } = useTranslation('identification');
  const format = useFormat();
  const texts = useInstrumentTexts();
  const errorText = useErrorText();
  const saved = useScreenings(online);
  return (
    <section aria-labelledby="saved-title">
      <Title order={2} size="h3" id="saved-title" mb="xs">
        {t('list.saved')}
      </Title>
      {!online && !saved.data ? <Text>{t('list.savedOffline')}</Text> : null}
      {online && saved.isPending ? <PageLoader /> : null}
      {saved.error ? (
        <Alert color="red" role="alert">
          {errorText(saved.error)}
        </Alert>
      ) : null}
      {saved.data?.items.length === 0 ? <Text>{t('list.savedEmpty')}</Text> : null}
      <Stack gap="xs" data-testid="saved-screenings">
        {saved.data?.items.map((s) => (
          <Card key={s.id} withBorder padding="sm" data-testid="saved-screening">
            <Group justify="space-between" gap="xs">
              <Stack gap={2}>
                <Anchor component={Link} to={`/screening/${s.id}`} fw={600}>
                  {texts.instruments[s.instrumentId].title}
                </Anchor>
                <Text size="sm">{t('list.savedLine', { date: format.dateTime(s.createdAt) })}</Text>
              </Stack>
              <VerdictBadge verdict={verdictOf(s.result)} />
            </Group>
          </Card>
        ))}
      </Stack>
    </section>
  );
}
