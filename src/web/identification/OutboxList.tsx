import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../app/ui/ConfirmModal.js';
import { useFormat } from '../i18n/format.js';
import { deviceStore, outboxChanged, useOnline, useOutbox } from './api.js';
import { type OutboxItem, removeItem, retryItem } from './outbox.js';
import { useInstrumentTexts } from './texts.js';

/** Screenings saved on this device: waiting, saved (with a link) or failed (with the server's message). */
export function OutboxList({ onSend }: { onSend: () => void }) {
  const { t } = useTranslation('identification');
  const items = useOutbox();
  const online = useOnline();
  const [discarding, setDiscarding] = useState<OutboxItem | null>(null);
  if (items.length === 0) return null;
  const remove = (id: string) => {
    removeItem(deviceStore, id);
    outboxChanged();
  };

  return (
    <section aria-labelledby="outbox-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="outbox-title">
          {t('list.outbox')}
        </Title>
        {online && items.some((i) => i.status === 'waiting') ? (
          <Button variant="default" onClick={onSend}>
            {t('outbox.sendNow')}
          </Button>
        ) : null}
      </Group>
      <Stack gap="xs" aria-live="polite">
        {[...items].reverse().map((item) => (
          <OutboxRow
            key={item.id}
            item={item}
            onRetry={() => {
              retryItem(deviceStore, item.id);
              outboxChanged();
              if (online) onSend();
            }}
            onRemove={() => (item.status === 'saved' ? remove(item.id) : setDiscarding(item))}
          />
        ))}
      </Stack>
      <ConfirmModal
        opened={discarding !== null}
        title={t('outbox.discardTitle')}
        text={t('outbox.discardText')}
        confirmLabel={t('list.discard')}
        destructive
        onClose={() => setDiscarding(null)}
        onConfirm={() => {
          if (discarding) remove(discarding.id);
          setDiscarding(null);
        }}
      />
    </section>
  );
}

function OutboxRow({ item, onRetry, onRemove }: { item: OutboxItem; onRetry: () => void; onRemove: () => void }) {
  const { t } = useTranslation('identification');
  const format = useFormat();
  const texts = useInstrumentTexts();
  return (
    <Card withBorder padding="sm" data-testid="outbox-item" data-status={item.status}>
      <Group justify="space-between" gap="xs" align="flex-start">
        <Stack gap={2}>
          <Text fw={600}>{texts.instruments[item.instrumentId].title}</Text>
          <Text size="sm">{t('outbox.queuedAt', { date: format.dateTime(item.queuedAt) })}</Text>
          {item.status === 'failed' ? (
            <Text size="sm" c="red.9" data-testid="outbox-error">
              {t('outbox.failed', { message: item.error })}
            </Text>
          ) : null}
        </Stack>
        <Badge color={item.status === 'saved' ? 'teal.9' : item.status === 'failed' ? 'red.9' : 'blue.9'} variant="filled">
          {item.status === 'saved' ? t('outbox.sent') : item.status === 'failed' ? t('outbox.notSaved') : t('outbox.waiting')}
        </Badge>
      </Group>
      <Group gap="sm" mt="xs">
        {item.status === 'saved' ? (
          <Anchor component={Link} to={`/screening/${item.screeningId}`}>
            {t('outbox.view')}
          </Anchor>
        ) : null}
        {item.status === 'failed' ? (
          <Button size="sm" variant="default" onClick={onRetry}>
            {t('outbox.retry')}
          </Button>
        ) : null}
        {item.status !== 'waiting' ? (
          <Button size="sm" variant="default" onClick={onRemove}>
            {t('outbox.remove')}
          </Button>
        ) : null}
      </Group>
    </Card>
  );
}
