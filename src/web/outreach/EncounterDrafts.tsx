import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../app/ui/ConfirmModal.js';
import { useFormat } from '../i18n/format.js';
import { deviceStore } from '../offline/device.js';
import { useZones } from './api.js';
import { deleteDraft, type EncounterDraft, listDrafts } from './draft.js';
import { useWhere } from './labels.js';

/** Encounters started on this device and not saved yet: continue or discard. Shown only when there are some. */
export function EncounterDrafts() {
  const { t } = useTranslation('outreach');
  const format = useFormat();
  const where = useWhere(useZones().zones);
  const [drafts, setDrafts] = useState(() => listDrafts(deviceStore));
  const [discarding, setDiscarding] = useState<EncounterDraft | null>(null);
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="drafts-title">
      <Title order={2} size="h3" id="drafts-title">
        {t('list.drafts')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('list.draftsNote')}
      </Text>
      <Stack gap="xs">
        {drafts.map((d) => (
          <Card key={d.id} withBorder padding="sm" data-testid="encounter-draft">
            <Group justify="space-between" gap="xs">
              <Text size="sm">
                {t('list.draftLine', {
                  where: where({ zoneId: d.zoneId || null, place: d.place.trim() || null }) || t('list.noPlaceYet'),
                  date: format.dateTime(d.updatedAt),
                })}
              </Text>
              <Group gap="xs">
                <Button component={Link} to={`/outreach/new?draft=${d.id}`} size="sm">
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
