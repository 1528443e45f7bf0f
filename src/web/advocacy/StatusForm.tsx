import { Button, FileInput, Group, NativeSelect, Paper, Progress, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RecommendationStatus, type RecommendationView, STATUSES, statusChangeRequest } from '../../core/advocacy/recommendation.js';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { localDate } from '../data/dashboard/filters.js';
import { useChangeStatus, useRefreshAll, useUploadDocument } from './api.js';
import { useAdvocacyLabels } from './labels.js';
import { checkEvidenceFile, FILE_ACCEPT } from './logic.js';
import { useFieldErrors } from './useFieldErrors.js';

/** "Update the status": the new status, the date it happened, the evidence and its documents. */
export function StatusForm({ recommendation, onSaved }: { recommendation: RecommendationView; onSaved: () => void }) {
  const { t } = useTranslation(['advocacy', 'common']);
  const errorText = useErrorText();
  const labels = useAdvocacyLabels();
  const fields = useFieldErrors(['status']);
  const changeStatus = useChangeStatus(recommendation.id);
  const upload = useUploadDocument(recommendation.id);
  const refresh = useRefreshAll();
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [date, setDate] = useState(() => localDate(new Date()));
  const [evidence, setEvidence] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<number | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const busy = changeStatus.isPending || progress !== null;

  const submit = async () => {
    if (busy) return;
    setFormError(null);
    const checked = fields.check(statusChangeRequest, { status, date, evidence });
    if (!checked) return;
    const problem = files.map(checkEvidenceFile).find((c) => !c.ok);
    if (problem && !problem.ok) {
      fields.set('files', t(`update.fileProblem.${problem.problem}`));
      return;
    }
    let saved: RecommendationView;
    try {
      saved = await changeStatus.mutateAsync(checked);
    } catch (error) {
      if (isApiError(error, 'validation_failed') && error.field === 'date') fields.set('date', t('update.dateRule'));
      else setFormError(fields.fail(error));
      return;
    }
    const changeId = saved.history.at(-1)?.id ?? '';
    try {
      for (const [i, file] of files.entries()) {
        const check = checkEvidenceFile(file);
        if (!check.ok) continue;
        setProgress(i / files.length);
        await upload.mutateAsync({ changeId, file, name: file.name, mediaType: check.mediaType, onProgress: (f) => setProgress((i + f) / files.length) });
      }
    } catch (error) {
      setFormError(t('update.uploadFailed', { reason: errorText(error) }));
    } finally {
      setProgress(null);
      refresh();
    }
    setStatus('');
    setEvidence('');
    setFiles([]);
    onSaved();
  };

  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby="status-form-heading">
      <form
        ref={fields.ref}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
        data-testid="status-form"
      >
        <Stack gap="md">
          <Title order={2} size="h4" id="status-form-heading">
            {t('update.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NativeSelect
              label={t('update.newStatus')}
              required
              data={[{ value: '', label: t('update.choose'), disabled: true }, ...STATUSES.map((s) => ({ value: s, label: labels.status(s) }))]}
              value={status}
              onChange={(event) => {
                setStatus(event.currentTarget.value as RecommendationStatus);
                fields.clear('status');
              }}
              error={fields.errors.status}
            />
            <TextInput
              type="date"
              label={t('update.date')}
              description={t('update.dateHint')}
              required
              value={date}
              onChange={(event) => {
                setDate(event.currentTarget.value);
                fields.clear('date');
              }}
              error={fields.errors.date}
            />
          </SimpleGrid>
          <Textarea
            label={t('update.evidence')}
            description={t('update.evidenceHint')}
            autosize
            minRows={3}
            maxLength={8000}
            value={evidence}
            onChange={(event) => setEvidence(event.currentTarget.value)}
            error={fields.errors.evidence}
          />
          <FileInput
            label={t('update.files')}
            description={t('update.filesHint')}
            placeholder={t('update.chooseFiles')}
            accept={FILE_ACCEPT}
            multiple
            clearable
            clearButtonProps={{ 'aria-label': t('update.clearFiles') }}
            value={files}
            onChange={(next) => {
              setFiles(next);
              fields.clear('files');
            }}
            error={fields.errors.files}
            data-testid="evidence-files"
          />
          {progress !== null ? (
            <Stack gap={4}>
              <Progress value={Math.round(progress * 100)} aria-label={t('update.uploading')} animated />
              <Text size="sm" role="status">
                {t('update.uploading')}
              </Text>
            </Stack>
          ) : null}
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('update.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
