import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../app/ui/ConfirmModal.js';
import { useFormat } from '../i18n/format.js';
import { deviceStore } from '../offline/device.js';
import { useOnline } from '../offline/online.js';
import { outboxChanged, useEncounterOutbox, useZones } from './api.js';
import { useWhere } from './labels.js';
import { type OutboxItem, removeItem, retryItem } from './outbox.js';

/** Encounters saved on this device: waiting, sent and saved, or refused (with the server's message). */
export function EncounterOutbox({ onSend }: { onSend: () => void }) {
  const { t } = useTranslation('outreach');
  const items = useEncounterOutbox();
  const online = useOnline();
  const [discarding, setDiscarding] = useState<OutboxItem | null>(null);
  const where = useWhere(useZones().zones);
  if (items.length === 0) return null;
  const remove = (id: string) => {
    removeItem(deviceStore, id);
    outboxChanged();
  };

  return (
    <section aria-labelledby="outbox-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="outbox-title">
          {t('outbox.title')}
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
            where={where(item.summary)}
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

function OutboxRow({ item, where, onRetry, onRemove }: { item: OutboxItem; where: string; onRetry: () => void; onRemove: () => void }) {
  const { t } = useTranslation('outreach');
  const format = useFormat();
  const { summary } = item;
  return (
    <Card withBorder padding="sm" data-testid="encounter-outbox-item" data-status={item.status}>
      <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
        <Stack gap={2} miw={0}>
          <Text fw={600}>{format.dateTime(summary.occurredAt)}</Text>
          <Text size="sm">{t('outbox.summary', { where, count: summary.peopleCount, team: summary.team })}</Text>
          <Text size="sm">{t('outbox.queuedAt', { date: format.dateTime(item.queuedAt) })}</Text>
          {item.status === 'failed' ? (
            <Text size="sm" c="red.9" data-testid="outbox-error">
              {t('outbox.failed', { message: item.error })}
            </Text>
          ) : null}
        </Stack>
        <Badge color={item.status === 'saved' ? 'teal.9' : item.status === 'failed' ? 'red.9' : 'blue.9'} variant="filled" style={{ flexShrink: 0 }}>
          {item.status === 'saved' ? t('outbox.sent') : item.status === 'failed' ? t('outbox.notSaved') : t('outbox.waiting')}
        </Badge>
      </Group>
      {item.status !== 'waiting' ? (
        <Group gap="sm" mt="xs">
          {item.status === 'failed' ? (
            <Button size="sm" variant="default" onClick={onRetry}>
              {t('outbox.retry')}
            </Button>
          ) : null}
          <Button size="sm" variant="default" onClick={onRemove}>
            {t('outbox.remove')}
          </Button>
        </Group>
      ) : null}
    </Card>
  );
}
