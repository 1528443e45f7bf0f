import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityFileView, ActivityView, CampaignView } from '../../../core/prevention/campaign.js';
import { useErrorText } from '../../app/form.js';
import { ConfirmModal } from '../../app/ui/ConfirmModal.js';
import { SuccessNote } from '../../app/ui/FormAlert.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { ActivityCard } from './ActivityCard.js';
import { ActivityModal } from './ActivityModal.js';
import { useActivities, useDeleteActivity, useDeleteFile } from './api.js';
import { useCampaignLabels } from './labels.js';
import { UploadFileModal } from './UploadFileModal.js';

type Open =
  | { kind: 'new' }
  | { kind: 'edit'; activity: ActivityView }
  | { kind: 'delete'; activity: ActivityView }
  | { kind: 'upload'; activity: ActivityView }
  | { kind: 'deleteFile'; activity: ActivityView; file: ActivityFileView }
  | null;

/** The campaign's activities, newest first: recorded, changed, deleted, with their files (writers of the owner only). */
export function ActivitiesSection({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation('campaigns');
  const errorText = useErrorText();
  const labels = useCampaignLabels();
  const activities = useActivities(campaign.id);
  const removeActivity = useDeleteActivity(campaign.id);
  const removeFile = useDeleteFile(campaign.id);
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const editable = campaign.editable;
  const items = [...(activities.data?.items ?? [])].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  const start = (next: Open) => {
    setDone(null);
    setOpen(next);
  };
  const close = () => {
    setOpen(null);
    removeActivity.reset();
    removeFile.reset();
  };

  return (
    <section aria-labelledby="campaign-activities">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="campaign-activities">
          {t('activities.title')}
        </Title>
        {editable ? <Button onClick={() => start({ kind: 'new' })}>{t('activities.add')}</Button> : null}
      </Group>
      <SuccessNote message={done} mb="md" />
      {activities.isPending ? <PageLoader /> : null}
      {activities.error ? (
        <Alert color="red" role="alert">
          {errorText(activities.error)}
        </Alert>
      ) : null}
      {activities.data && items.length === 0 ? (
        <Text data-testid="activities-empty">{editable ? t('activities.emptyWriter') : t('activities.empty')}</Text>
      ) : null}
      {items.length ? (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('activities.title')} data-testid="activity-list">
          {items.map((a) => (
            <ActivityCard
              key={a.id}
              campaignId={campaign.id}
              activity={a}
              editable={editable}
              onEdit={() => start({ kind: 'edit', activity: a })}
              onDelete={() => start({ kind: 'delete', activity: a })}
              onUpload={() => start({ kind: 'upload', activity: a })}
              onDeleteFile={(file) => start({ kind: 'deleteFile', activity: a, file })}
            />
          ))}
        </Stack>
      ) : null}
      {open?.kind === 'new' || open?.kind === 'edit' ? (
        <ActivityModal
          campaign={campaign}
          existing={open.kind === 'edit' ? open.activity : undefined}
          onClose={close}
          onSaved={(saved) => {
            close();
            setDone(
              open.kind === 'edit' ? t('activities.updated', { type: labels.type(saved.type) }) : t('activities.created', { type: labels.type(saved.type) }),
            );
          }}
        />
      ) : null}
      {open?.kind === 'upload' ? (
        <UploadFileModal
          campaignId={campaign.id}
          activityId={open.activity.id}
          onClose={close}
          onUploaded={(file) => {
            close();
            setDone(t('files.uploaded', { name: file.name }));
          }}
        />
      ) : null}
      {open?.kind === 'delete' ? (
        <ConfirmModal
          opened
          title={t('activities.deleteTitle', { type: labels.type(open.activity.type), date: open.activity.date })}
          text={t('activities.deleteText')}
          confirmLabel={t('activities.deleteConfirm')}
          destructive
          pending={removeActivity.isPending}
          error={removeActivity.error ? errorText(removeActivity.error) : null}
          onClose={close}
          onConfirm={() =>
            removeActivity.mutate(open.activity.id, {
              onSuccess: () => {
                close();
                setDone(t('activities.deleted'));
              },
            })
          }
        />
      ) : null}
      {open?.kind === 'deleteFile' ? (
        <ConfirmModal
          opened
          title={t('files.deleteTitle', { name: open.file.name })}
          text={t('files.deleteText')}
          confirmLabel={t('files.deleteConfirm')}
          destructive
          pending={removeFile.isPending}
          error={removeFile.error ? errorText(removeFile.error) : null}
          onClose={close}
          onConfirm={() =>
            removeFile.mutate(
              { activityId: open.activity.id, fileId: open.file.id },
              {
                onSuccess: () => {
                  close();
                  setDone(t('files.deleted', { name: open.file.name }));
                },
              },
            )
          }
        />
      ) : null}
    </section>
  );
}
