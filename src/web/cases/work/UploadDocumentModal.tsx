import { Button, FileInput, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_CATEGORY } from '../../../core/cases/codes.js';
import type { DocumentView } from '../../../core/cases/views.js';
import { focusFirstError, useForm } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { CodeSelect } from './fields.js';
import { ACCEPT, checkFile } from './files.js';
import { useUploadDocument } from './upload.js';

interface UploadValues {
  file: File | null;
  category: string;
}

/** Choose a file and its category; the type and size are checked before anything is sent. */
export function UploadDocumentModal({ caseId, onClose, onUploaded }: { caseId: string; onClose: () => void; onUploaded: (doc: DocumentView) => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const form = useForm<UploadValues>({ file: null, category: '' }, { choices: ['category'] });
  const [progress, setProgress] = useState(0);
  const upload = useUploadDocument(caseId, setProgress);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { file, category } = form.values;
    let failed = false;
    if (!file) {
      form.setFieldError('file', t('common:validation.chooseOne'));
      failed = true;
    } else {
      const check = checkFile(file);
      if (!check.ok) {
        form.setFieldError('file', t(`caseWork:documents.problem.${check.problem}`));
        failed = true;
      }
    }
    if (!category) {
      form.setFieldError('category', t('common:validation.chooseOne'));
      failed = true;
    }
    if (failed || !file) {
      focusFirstError(form.ref.current);
      return;
    }
    const check = checkFile(file);
    if (!check.ok) return;
    setProgress(0);
    upload.mutate({ file, name: file.name, category, mediaType: check.mediaType }, { onSuccess: onUploaded, onError: form.fail });
  };

  return (
    <Modal
      opened
      onClose={upload.isPending ? () => undefined : onClose}
      title={t('caseWork:documents.upload')}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <FileInput
            label={t('caseWork:documents.file')}
            description={t('caseWork:documents.fileHint')}
            placeholder={t('caseWork:documents.chooseFile')}
            accept={ACCEPT}
            value={form.values.file}
            onChange={(file) => {
              form.set('file', file);
              // Say at once what would be refused.
              const check = file ? checkFile(file) : null;
              if (check && !check.ok) form.setFieldError('file', t(`caseWork:documents.problem.${check.problem}`));
            }}
            error={form.errors.file}
            required
            clearable
            clearButtonProps={{ 'aria-label': t('caseWork:documents.clearFile') }}
            data-testid="document-file"
          />
          <CodeSelect
            label={t('caseWork:fields.category')}
            list="document-category"
            ids={DOCUMENT_CATEGORY.ids}
            value={form.values.category}
            onChange={(x) => form.set('category', x)}
            error={form.errors.category}
            required
          />
          {upload.isPending ? (
            <Stack gap={4}>
              <Progress value={Math.round(progress * 100)} aria-label={t('caseWork:documents.progress', { percent: progress })} animated />
              <Text size="sm" role="status">
                {t('caseWork:documents.progress', { percent: progress })}
              </Text>
            </Stack>
          ) : null}
          <FormAlert message={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={upload.isPending}>
              {t('caseWork:actions.cancel')}
            </Button>
            <Button type="submit" loading={upload.isPending}>
              {t('caseWork:documents.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
