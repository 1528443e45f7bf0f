import { Anchor, Badge, Button, Card, Group, Image, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityFileView, ActivityView } from '../../../core/prevention/campaign.js';
import { useWorkFormat } from '../../cases/work/format.js';
import { useFigureFormat } from '../../hotline/figures/useFigureFormat.js';
import { fileUrl } from './api.js';
import { useCampaignLabels } from './labels.js';
import { isImage } from './logic.js';

interface ActivityCardProps {
  campaignId: string;
  activity: ActivityView;
  editable: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onUpload: () => void;
  onDeleteFile: (file: ActivityFileView) => void;
}

/** One activity: when, what, where, for whom, how many people (counted or estimated), and its files. */
export function ActivityCard({ campaignId, activity: a, editable, onEdit, onDelete, onUpload, onDeleteFile }: ActivityCardProps) {
  const { t } = useTranslation('campaigns');
  const format = useFigureFormat();
  const labels = useCampaignLabels();
  const heading = a.title || labels.type(a.type);
  return (
    <Card component="li" withBorder padding="sm" data-testid="activity-row">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={0}>
            <Title order={3} size="h5">
              {heading}
            </Title>
            <Text size="sm" c="dimmed">
              {t('activities.when', { date: format.mediumDay(a.date), type: labels.type(a.type) })}
            </Text>
          </Stack>
          {editable ? (
            <Group gap="xs">
              <Button size="xs" variant="default" onClick={onEdit} aria-label={t('activities.editLabel', { name: heading })}>
                {t('activities.edit')}
              </Button>
              <Button size="xs" variant="default" onClick={onUpload} aria-label={t('files.uploadLabel', { name: heading })}>
                {t('files.upload')}
              </Button>
              <Button size="xs" variant="outline" color="red.9" onClick={onDelete} aria-label={t('activities.deleteLabel', { name: heading })}>
                {t('activities.delete')}
              </Button>
            </Group>
          ) : null}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" verticalSpacing={4}>
          <Fact label={t('activities.place')} value={labels.place(a.country, a.city)} testId="activity-place" />
          <Fact label={t('activities.audience')} value={labels.audience(a.audience)} />
          <div>
            <Text size="sm" fw={600}>
              {t('activities.reached')}
            </Text>
            <Group gap={6}>
              <Text size="sm" data-testid="activity-reached">
                {format.number(a.reached)}
              </Text>
              <Badge
                size="sm"
                variant={a.reachKind === 'counted' ? 'filled' : 'outline'}
                color="indigo.9"
                style={{ textTransform: 'none' }}
                data-testid="activity-reach-kind"
              >
                {labels.reachKind(a.reachKind)}
              </Badge>
            </Group>
          </div>
        </SimpleGrid>
        {a.description ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {a.description}
          </Text>
        ) : null}
        {a.materials ? <Fact label={t('activities.materials')} value={a.materials} /> : null}
        {a.partners.length ? <Fact label={t('activities.partners')} value={format.list(a.partners)} /> : null}
        {a.files.length ? <FileList campaignId={campaignId} activity={a} editable={editable} onDelete={onDeleteFile} /> : null}
      </Stack>
    </Card>
  );
}

function FileList({
  campaignId,
  activity,
  editable,
  onDelete,
}: {
  campaignId: string;
  activity: ActivityView;
  editable: boolean;
  onDelete: (file: ActivityFileView) => void;
}) {
  const { t } = useTranslation('campaigns');
  const f = useWorkFormat();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {t('files.title')}
      </Text>
      <Group component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('files.listLabel')} data-testid="activity-files">
        {activity.files.map((file) => {
          const url = fileUrl(campaignId, activity.id, file.id);
          return (
            <li key={file.id} data-testid="activity-file">
              <Stack gap={4} w={160}>
                {isImage(file.mediaType) ? (
                  // Loaded from the API with the session (same origin): nothing external, no blob: address.
                  <Image
                    src={url}
                    alt={t('files.thumbnail', { name: file.name })}
                    h={100}
                    w={160}
                    fit="cover"
                    radius="sm"
                    loading="lazy"
                    data-testid="activity-thumbnail"
                  />
                ) : null}
                <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                  {file.name} · {f.size(file.size)}
                </Text>
                <Group gap={6}>
                  <Anchor href={url} download={file.name} size="xs" aria-label={t('files.downloadLabel', { name: file.name })}>
                    {t('files.download')}
                  </Anchor>
                  {editable ? (
                    <Anchor
                      component="button"
                      type="button"
                      size="xs"
                      c="red.9"
                      onClick={() => onDelete(file)}
                      aria-label={t('files.deleteLabel', { name: file.name })}
                    >
                      {t('files.delete')}
                    </Anchor>
                  ) : null}
                </Group>
              </Stack>
            </li>
          );
        })}
      </Group>
    </Stack>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} data-testid={testId}>
        {value}
      </Text>
    </div>
  );
}
