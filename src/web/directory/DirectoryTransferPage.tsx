import { Alert, Anchor, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ErrorDetail } from '../../core/platform/schemas.js';
import { useErrorText } from '../app/form.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { FileImportFields } from '../app/ui/FileImportFields.js';
import { ProblemTable } from '../app/ui/ProblemTable.js';
import { type ExportFormat, exportUrl, IMPORT_ACCEPT, type ImportResult, ImportRefused, importFormat, useImportDirectory } from './api.js';

/** The kinds of records an import counts, in the order they are shown. */
export const COUNT_KINDS = ['organizations', 'services', 'locations', 'phones', 'schedules'] as const;
type CountKind = (typeof COUNT_KINDS)[number];

/** A refused import: the file, every problem listed, and why when it is not the file's content (e.g. entries of another organisation). */
interface Refusal {
  name: string;
  details: readonly ErrorDetail[];
  reason: string | null;
}

/** `/directory/transfer`: import an HSDS file (all or nothing), and export the directory as HSDS. */
export function DirectoryTransferPage() {
  const { t } = useTranslation('directory');
  return (
    <>
      <Anchor component={Link} to="/directory" size="sm" mb="xs" display="inline-block">
        {t('service.back')}
      </Anchor>
      <PageHeader title={t('transfer.title')} intro={t('transfer.intro')} />
      <Stack gap="lg" maw={960}>
        <ImportSection />
        <ExportSection />
      </Stack>
    </>
  );
}

function ImportSection() {
  const { t } = useTranslation(['directory', 'common']);
  const errorText = useErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const upload = useImportDirectory(setProgress);
  const fileRef = useRef<HTMLButtonElement>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    setFormError(null);
    const format = file ? importFormat(file) : null;
    if (!file || !format) {
      setFileError(file ? t('transfer.wrongType') : t('transfer.chooseFile'));
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
            setRefused({ name: file.name, details: error.details, reason: error.code === 'hsds_invalid' ? null : errorText(error) });
          else setFormError(errorText(error));
        },
      },
    );
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="import-title">
      <Title order={2} size="h3" id="import-title" mb="sm">
        {t('transfer.importTitle')}
      </Title>
      <form onSubmit={submit} noValidate data-testid="import-form">
        <Stack gap="sm">
          <Text size="sm">{t('transfer.importIntro')}</Text>
          <List size="sm" spacing={2}>
            <List.Item>{t('transfer.formatJson')}</List.Item>
            <List.Item>{t('transfer.formatZip')}</List.Item>
          </List>
          <FileImportFields
            labels={{
              file: t('transfer.file'),
              placeholder: t('transfer.chooseFilePlaceholder'),
              clear: t('transfer.clearFile'),
              wrongType: t('transfer.wrongType'),
              progress: (percent) => t('transfer.progress', { percent }),
              checking: t('transfer.checking'),
              submit: t('transfer.import'),
            }}
            accept={IMPORT_ACCEPT}
            file={file}
            onFile={setFile}
            accepted={(f) => importFormat(f) !== null}
            fileError={fileError}
            onFileError={setFileError}
            fileRef={fileRef}
            pending={upload.isPending}
            progress={progress}
            formError={formError}
            testId="import-file"
          />
        </Stack>
      </form>
      <ImportOutcome result={result} refused={refused} />
    </Card>
  );
}

/** The counts of a successful import (and what it left out), or every problem of a refused one (nothing was imported). */
function ImportOutcome({ result, refused }: { result: ImportResult | null; refused: Refusal | null }) {
  const { t } = useTranslation('directory');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result || refused) ref.current?.focus();
  }, [result, refused]);

  if (result) {
    const { counts, skipped } = result;
    const known = COUNT_KINDS.filter((k) => typeof counts[k] === 'number');
    return (
      <Stack gap="sm" mt="md" data-testid="import-done">
        <Alert ref={ref} tabIndex={-1} color="teal" variant="light" title={t('transfer.doneTitle')} role="status">
          <List size="sm" spacing={2}>
            {known.map((k: CountKind) => (
              <List.Item key={k}>{t(`transfer.counts.${k}`, { count: counts[k] ?? 0 })}</List.Item>
            ))}
          </List>
          {typeof counts.created === 'number' && typeof counts.updated === 'number' ? (
            <Text size="sm" mt={4}>
              {t('transfer.createdUpdated', { created: counts.created, updated: counts.updated })}
            </Text>
          ) : null}
        </Alert>
        {skipped.length > 0 ? <Problems caption={t('transfer.skippedCaption', { count: skipped.length })} details={skipped} testId="import-skipped" /> : null}
      </Stack>
    );
  }
  if (refused) {
    return (
      <Stack gap="sm" mt="md" data-testid="import-refused">
        <Alert ref={ref} tabIndex={-1} color="red" variant="light" role="alert" title={t('transfer.refusedTitle')}>
          {refused.reason ? (
            <Text size="sm" mb={4}>
              {refused.reason}
            </Text>
          ) : null}
          <Text size="sm">{t('transfer.refused', { count: refused.details.length, file: refused.name })}</Text>
        </Alert>
        <Problems caption={t('transfer.errorsCaption', { count: refused.details.length })} details={refused.details} testId="import-errors" />
      </Stack>
    );
  }
  return null;
}

/** Problems (or things left out) of a file, in the directory's words. */
function Problems({ caption, details, testId }: { caption: string; details: readonly ErrorDetail[]; testId: string }) {
  const { t } = useTranslation('directory');
  const labels = { caption, file: t('transfer.errorFile'), row: t('transfer.errorRow'), field: t('transfer.errorField'), message: t('transfer.errorMessage') };
  return <ProblemTable details={details} labels={labels} testId={testId} rowTestId="problem-row" />;
}

function ExportSection() {
  const { t } = useTranslation('directory');
  const link = (format: ExportFormat, mine: boolean) => (
    <Button component="a" href={exportUrl(format, mine)} download variant="default" data-testid={`export-${format}-${mine ? 'mine' : 'all'}`}>
      {t(`transfer.export.${format}.${mine ? 'mine' : 'all'}`)}
    </Button>
  );
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="export-title">
      <Title order={2} size="h3" id="export-title" mb="sm">
        {t('transfer.exportTitle')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('transfer.exportIntro')}</Text>
        <Group>
          {link('json', false)}
          {link('tabular', false)}
        </Group>
        <Group>
          {link('json', true)}
          {link('tabular', true)}
        </Group>
      </Stack>
    </Card>
  );
}
