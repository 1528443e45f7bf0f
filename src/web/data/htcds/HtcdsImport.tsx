import { Alert, Card, List, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorDetail } from '../../../core/platform/schemas.js';
import { useErrorText } from '../../app/form.js';
import { FileImportFields } from '../../app/ui/FileImportFields.js';
import { ProblemTable } from '../../app/ui/ProblemTable.js';
import { ImportRefused } from '../../directory/api.js';
import { HTCDS_ACCEPT, type HtcdsImportResult, htcdsFormat, useHtcdsImport } from './api.js';

/** A refused file: its name, every problem, and why when it is not the file's content (too large). */
interface Refusal {
  readonly name: string;
  readonly details: readonly ErrorDetail[];
  readonly reason: string | null;
}

/**
 * Import cases from an HTCDS 2.0 file (JSON or CSV, as Haven's `htcds` export writes them), all or
 * nothing: the persons and cases created, or every problem of the file. Mounted on the exports screen.
 */
export function HtcdsImport() {
  const { t } = useTranslation('htcds');
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<HtcdsImportResult | null>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const upload = useHtcdsImport(setProgress);
  const fileRef = useRef<HTMLButtonElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    setFormError(null);
    const format = file ? htcdsFormat(file) : null;
    if (!file || !format) {
      setFileError(file ? t('wrongType') : t('chooseFile'));
      fileRef.current?.focus();
      return;
    }
    setResult(null);
    setRefused(null);
    setProgress(0);
    upload.mutate(
      { file, format },
      {
        onSuccess: (answer) => {
          setResult(answer);
          setFile(null);
        },
        onError: (error) => {
          if (error instanceof ImportRefused)
            setRefused({
              name: file.name,
              details: error.details,
              // 409: this very file was imported before (the detail says when); nothing was imported again.
              reason: error.code === 'htcds_invalid' ? null : error.code === 'conflict' ? t('alreadyImported') : errorText(error),
            });
          else setFormError(errorText(error));
        },
      },
    );
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="htcds-import-title">
      <Title order={2} size="h3" id="htcds-import-title" mb="sm">
        {t('title')}
      </Title>
      <form onSubmit={submit} noValidate data-testid="htcds-import-form">
        <Stack gap="sm">
          <Text size="sm">{t('intro')}</Text>
          <List size="sm" spacing={2}>
            <List.Item>{t('formatJson')}</List.Item>
            <List.Item>{t('formatCsv')}</List.Item>
          </List>
          <Text size="sm" c="dimmed">
            {t('notCarried')}
          </Text>
          <FileImportFields
            labels={{
              file: t('file'),
              placeholder: t('chooseFilePlaceholder'),
              clear: t('clearFile'),
              wrongType: t('wrongType'),
              progress: (percent) => t('progress', { percent }),
              checking: t('checking'),
              submit: t('import'),
            }}
            accept={HTCDS_ACCEPT}
            file={file}
            onFile={setFile}
            accepted={(f) => htcdsFormat(f) !== null}
            fileError={fileError}
            onFileError={setFileError}
            fileRef={fileRef}
            pending={upload.isPending}
            progress={progress}
            formError={formError}
            testId="htcds-import-file"
          />
        </Stack>
      </form>
      <Outcome result={result} refused={refused} />
    </Card>
  );
}

/** What the import created, or every problem of a refused file (nothing was imported). */
function Outcome({ result, refused }: { result: HtcdsImportResult | null; refused: Refusal | null }) {
  const { t } = useTranslation('htcds');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result || refused) ref.current?.focus();
  }, [result, refused]);

  if (result) {
    return (
      <Alert ref={ref} tabIndex={-1} mt="md" color="teal" variant="light" title={t('doneTitle')} role="status" data-testid="htcds-import-done">
        <Text size="sm">{t('done', { persons: result.persons, cases: result.cases })}</Text>
      </Alert>
    );
  }
  if (!refused) return null;
  return (
    <Stack gap="sm" mt="md" data-testid="htcds-import-refused">
      <Alert ref={ref} tabIndex={-1} color="red" variant="light" role="alert" title={t('refusedTitle')}>
        {refused.reason ? (
          <Text size="sm" mb={4}>
            {refused.reason}
          </Text>
        ) : null}
        <Text size="sm">{t('refused', { count: refused.details.length, file: refused.name })}</Text>
      </Alert>
      <Problems details={refused.details} />
    </Stack>
  );
}

/** The problems of a file: row, field, and what is wrong. */
function Problems({ details }: { details: readonly ErrorDetail[] }) {
  const { t } = useTranslation('htcds');
  const labels = { caption: t('errorsCaption', { count: details.length }), row: t('errorRow'), field: t('errorField'), message: t('errorMessage') };
  return <ProblemTable details={details} labels={labels} testId="htcds-import-errors" rowTestId="htcds-problem-row" />;
}
