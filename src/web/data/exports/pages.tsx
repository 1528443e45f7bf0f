import { Alert, Anchor, Badge, Button, Card, Group, NativeSelect, NumberInput, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QUASI_IDENTIFIERS } from '../../../core/data/anonymise/ctdc.js';
import { type ExportFormat, type ExportJob, type ExportKind, FORMATS_OF } from '../../../core/data/exports/exports.js';
import { network as networkSchema } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { useFormat } from '../../i18n/format.js';
import { HtcdsImport } from '../htcds/HtcdsImport.js';
import { exportKindsFor, fileUrl, isActive, useCreateExport, useDeleteExport, useExports } from './api.js';

/** `/exports`: ask for an export, follow its progress, download it; the HTCDS import for those who exchange cases. */
export function ExportsPage() {
  const { t } = useTranslation('exports');
  const permissions = useMe().data?.permissions ?? [];
  const kinds = exportKindsFor(permissions);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Stack gap="xl">
        {kinds.length > 0 ? <NewExport kinds={kinds} permissions={permissions} /> : null}
        <Jobs />
        {permissions.includes('cases:exchange') ? (
          <section data-testid="htcds-import">
            <HtcdsImport />
          </section>
        ) : null}
      </Stack>
    </>
  );
}

function NewExport({ kinds, permissions }: { kinds: readonly ExportKind[]; permissions: readonly string[] }) {
  const { t } = useTranslation('exports');
  const errorText = useErrorText();
  const create = useCreateExport();
  const [kind, setKind] = useState<ExportKind>(kinds[0]!);
  const [format, setFormat] = useState<ExportFormat>(FORMATS_OF[kinds[0]!][0]!);
  const [k, setK] = useState<number | string>(11);
  const [share, setShare] = useState<number | string>(10);
  const formats = FORMATS_OF[kind];
  // Who may not read the cases may not ask for a k below the network's threshold for small cells (the server refuses it too).
  const limited = kind === 'ctdc' && !permissions.includes('cases:read');
  const network = useQuery({
    queryKey: ['network'],
    queryFn: () => api.get('/api/network', { schema: networkSchema }),
    enabled: limited && permissions.includes('network:read'),
  });
  const minK = limited ? Math.max(2, network.data?.statsThreshold ?? 2) : 2;
  const kTooSmall = typeof k === 'number' && k < minK;

  const chooseKind = (next: ExportKind) => {
    setKind(next);
    if (!FORMATS_OF[next].includes(format)) setFormat(FORMATS_OF[next][0]!);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      kind,
      format,
      ...(kind === 'ctdc' ? { ctdc: { k: Number(k) || 11, maxSuppression: Math.min(100, Math.max(0, Number(share) || 0)) / 100 } } : {}),
    });
  };
  return (
    <Card withBorder component="section" aria-labelledby="new-export-title">
      <Title order={2} size="h3" id="new-export-title" mb="sm">
        {t('new.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="md">
          <NativeSelect
            label={t('new.kind')}
            data={kinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
            value={kind}
            onChange={(e) => chooseKind(e.currentTarget.value as ExportKind)}
            w={260}
          />
          <NativeSelect
            label={t('new.format')}
            data={formats.map((value) => ({ value, label: t(`formats.${value}`) }))}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value as ExportFormat)}
            w={140}
          />
          {kind === 'ctdc' ? (
            <>
              <NumberInput
                label={t('new.k')}
                description={t('new.kHint')}
                min={minK}
                max={1000}
                value={k}
                onChange={setK}
                error={kTooSmall ? t('new.kMinimum', { min: minK }) : undefined}
                w={200}
              />
              <NumberInput
                label={t('new.maxSuppression')}
                description={t('new.maxSuppressionHint')}
                min={0}
                max={100}
                suffix="%"
                value={share}
                onChange={setShare}
                w={220}
              />
            </>
          ) : null}
          <Button type="submit" loading={create.isPending}>
            {t('new.submit')}
          </Button>
        </Group>
        {create.error ? (
          <Alert color="red" role="alert" mt="sm">
            {errorText(create.error)}
          </Alert>
        ) : create.isSuccess ? (
          <Text size="sm" mt="sm" role="status">
            {t('new.queued')}
          </Text>
        ) : null}
      </form>
    </Card>
  );
}

const STATUS_COLORS: Record<ExportJob['status'], string> = { queued: 'gray.7', running: 'blue.8', done: 'green.9', failed: 'red.8' };

function Jobs() {
  const { t } = useTranslation(['exports', 'common']);
  const errorText = useErrorText();
  const format = useFormat();
  const jobs = useExports();
  const remove = useDeleteExport();
  const items = jobs.data?.items ?? [];
  return (
    <section aria-labelledby="export-jobs-title">
      <Title order={2} size="h3" id="export-jobs-title" mb="sm">
        {t('jobs.title')}
      </Title>
      {jobs.isPending ? (
        <PageLoader />
      ) : jobs.error ? (
        <Alert color="red" role="alert">
          {errorText(jobs.error)}
        </Alert>
      ) : items.length === 0 ? (
        <Text data-testid="exports-empty">{t('jobs.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-labelledby="export-jobs-title" data-testid="export-jobs" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('jobs.kind')}</Table.Th>
                <Table.Th scope="col">{t('jobs.requested')}</Table.Th>
                <Table.Th scope="col">{t('jobs.status')}</Table.Th>
                <Table.Th scope="col">{t('jobs.progress')}</Table.Th>
                <Table.Th scope="col">{t('jobs.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((job) => (
                <Table.Tr key={job.id} data-testid="export-job" data-status={job.status}>
                  <Table.Th scope="row" fw={500}>
                    {t('jobs.kindFormat', { kind: t(`kinds.${job.kind}`), format: t(`formats.${job.format}`) })}
                  </Table.Th>
                  <Table.Td>{format.dateTime(job.createdAt)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLORS[job.status]}>
                      {t(`status.${job.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <JobProgress job={job} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="sm" wrap="nowrap">
                      {job.status === 'done' && job.fileName ? (
                        <Anchor href={fileUrl(job.id)} download={job.fileName} aria-label={t('jobs.downloadLabel', { name: job.fileName })}>
                          {t('jobs.download')}
                        </Anchor>
                      ) : null}
                      <Button
                        variant="default"
                        size="xs"
                        onClick={() => remove.mutate(job.id)}
                        loading={remove.isPending && remove.variables === job.id}
                        aria-label={t('jobs.deleteLabel', { kind: t(`kinds.${job.kind}`), time: format.dateTime(job.createdAt) })}
                      >
                        {isActive(job) ? t('jobs.cancel') : t('jobs.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {remove.error ? (
        <Alert color="red" role="alert" mt="sm">
          {errorText(remove.error)}
        </Alert>
      ) : null}
      <Text size="sm" c="dimmed" mt="xs">
        {t('jobs.kept')}
      </Text>
    </section>
  );
}

function JobProgress({ job }: { job: ExportJob }) {
  const { t } = useTranslation(['exports', 'common']);
  const format = useFormat();
  if (job.status === 'queued') return <Text size="sm">{t('jobs.waiting')}</Text>;
  if (job.status === 'running') {
    const value = job.total ? Math.min(100, Math.round((job.done / job.total) * 100)) : 0;
    const label =
      job.total !== null
        ? t('jobs.rowsOf', { done: format.number(job.done), total: format.number(job.total) })
        : t('jobs.rows', { done: format.number(job.done) });
    return (
      <Stack gap={4} miw={180}>
        <Progress value={value} animated aria-label={label} />
        <Text size="sm">{label}</Text>
      </Stack>
    );
  }
  if (job.status === 'failed') {
    const code = job.errorCode ?? 'internal';
    return (
      <Text size="sm" c="red.8">
        {t(`common:errors.${code}` as 'common:errors.internal', { defaultValue: t('common:errors.internal') })}
      </Text>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="sm">
        {t('jobs.rowsDone', { count: job.done })}
        {job.fileSize !== null ? ` · ${t('jobs.size', { size: format.number(Math.max(1, Math.round(job.fileSize / 1024))) })}` : ''}
      </Text>
      {job.kind === 'ctdc' && job.report ? <CtdcReport report={job.report} /> : null}
    </Stack>
  );
}

/** What the anonymised file generalised and suppressed, and why (the report of the CTDC export). */
function CtdcReport({ report }: { report: Record<string, unknown> }) {
  const { t } = useTranslation('exports');
  const format = useFormat();
  const num = (key: string) => (typeof report[key] === 'number' ? (report[key] as number) : null);
  const k = num('k');
  const records = num('records');
  const suppressed = num('suppressed');
  const share = num('suppressedShare');
  // The level each trait was generalised to (0: as recorded), named in the user's language.
  const levels = report.levels && typeof report.levels === 'object' ? (report.levels as Record<string, unknown>) : {};
  const generalised = QUASI_IDENTIFIERS.flatMap((qi) => {
    const level = levels[qi];
    return typeof level === 'number' && level > 0 ? [[qi, level] as const] : [];
  });
  const suppression = report.suppression && typeof report.suppression === 'object' ? (report.suppression as Record<string, unknown>) : {};
  return (
    <Stack gap={2} data-testid="ctdc-report">
      {k !== null ? <Text size="sm">{t('report.k', { k })}</Text> : null}
      {records !== null && suppressed !== null ? (
        <Text size="sm">
          {t('report.suppressed', {
            suppressed: format.number(suppressed),
            records: format.number(records),
            share: format.number(Math.round((share ?? 0) * 1000) / 10),
          })}
        </Text>
      ) : null}
      {suppression.reason === 'class-smaller-than-k' && suppressed ? <Text size="sm">{t('report.why')}</Text> : null}
      {report.boundMet === false ? (
        <Text size="sm" c="orange.9">
          {t('report.boundNotMet')}
        </Text>
      ) : null}
      {generalised.length > 0 ? (
        <Text size="sm">
          {t('report.generalised', {
            list: format.list(
              generalised.map(([qi, level]) =>
                t('report.level', { field: t(`report.fields.${qi}`), level: t(`report.levels.${qi}.${level}` as 'report.levels.ageBroad.1') }),
              ),
            ),
          })}
        </Text>
      ) : records !== null ? (
        <Text size="sm">{t('report.nothingGeneralised')}</Text>
      ) : null}
    </Stack>
  );
}
