import { Alert, Button, Card, Group, List, PasswordInput, Progress, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ErrorDetail } from '../../../core/platform/schemas.js';
import { useErrorText } from '../../app/form.js';
import { FormAlert, SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { ProblemTable } from '../../app/ui/ProblemTable.js';
import { useFormat } from '../../i18n/format.js';
import { KeysRefused, fetchLinkagePeople, useLinkageStatus, useUploadKeys, useWithdrawKeys } from './api.js';
import { MIN_SECRET_LENGTH, computeKeys } from './encode.js';

/** `/linkage`: the organisation computes its linkage keys here, with the network's secret, and uploads only the keys. */
export function LinkagePage() {
  const { t } = useTranslation('linkage');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <Stack gap="lg" maw={880}>
        <NetworkSection />
        <ComputeSection />
      </Stack>
    </>
  );
}

function NetworkSection() {
  const { t } = useTranslation('linkage');
  const format = useFormat();
  const errorText = useErrorText();
  const status = useLinkageStatus();
  const withdraw = useWithdrawKeys();
  const [confirming, setConfirming] = useState(false);
  if (status.isPending) return <PageLoader />;
  if (status.error) return <FormAlert message={errorText(status.error)} />;
  const { upload, network } = status.data;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="linkage-status">
      <Title order={2} size="h3" id="linkage-status" mb="sm">
        {t('status.title')}
      </Title>
      <Stack gap="xs">
        <Text data-testid="linkage-upload">
          {upload
            ? t('status.uploaded', { keys: upload.keys, when: format.dateTime(upload.uploadedAt), who: upload.uploadedBy ?? t('status.someone') })
            : t('status.none')}
        </Text>
        <Text size="sm" c="dimmed" data-testid="linkage-network">
          {t('status.network', { withKeys: network.organisationsWithKeys, organisations: network.organisations })}
          {network.computedAt ? ` ${t('status.computed', { when: format.dateTime(network.computedAt) })}` : ''}
        </Text>
        {network.sameSecretAsMost === false ? (
          <Alert color="red" variant="light" role="alert" title={t('status.otherSecretTitle')}>
            {t('status.otherSecretMine')}
          </Alert>
        ) : network.otherSecret > 0 ? (
          <Alert color="yellow" variant="light">
            {t('status.otherSecret', { count: network.otherSecret })}
          </Alert>
        ) : null}
        <Text size="sm">
          {t('status.whereCount')} <Link to="/network-dashboard">{t('status.dashboardLink')}</Link>
        </Text>
        {upload ? (
          <Group>
            {confirming ? (
              <>
                <Text size="sm">{t('withdraw.confirm')}</Text>
                <Button
                  color="red"
                  size="xs"
                  loading={withdraw.isPending}
                  onClick={() => withdraw.mutate(undefined, { onSettled: () => setConfirming(false) })}
                >
                  {t('withdraw.yes')}
                </Button>
                <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                  {t('withdraw.no')}
                </Button>
              </>
            ) : (
              <Button variant="subtle" color="red" size="xs" onClick={() => setConfirming(true)}>
                {t('withdraw.button')}
              </Button>
            )}
          </Group>
        ) : null}
        <FormAlert message={withdraw.error ? errorText(withdraw.error) : null} />
      </Stack>
    </Card>
  );
}

type Stage = { kind: 'idle' } | { kind: 'reading' } | { kind: 'encoding'; done: number; total: number } | { kind: 'uploading'; fraction: number };

function ComputeSection() {
  const { t } = useTranslation('linkage');
  const errorText = useErrorText();
  const [secret, setSecret] = useState('');
  const [secretError, setSecretError] = useState<string | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [formError, setFormError] = useState<string | null>(null);
  const [refused, setRefused] = useState<readonly ErrorDetail[] | null>(null);
  const [done, setDone] = useState<{ keys: number; unreadable: number } | null>(null);
  const upload = useUploadKeys((fraction) => setStage({ kind: 'uploading', fraction }));
  const secretRef = useRef<HTMLInputElement>(null);
  const busy = stage.kind !== 'idle';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    setRefused(null);
    setDone(null);
    if (secret.length < MIN_SECRET_LENGTH) {
      setSecretError(t('compute.secretTooShort', { min: MIN_SECRET_LENGTH }));
      secretRef.current?.focus();
      return;
    }
    setSecretError(null);
    try {
      setStage({ kind: 'reading' });
      const people = await fetchLinkagePeople();
      setStage({ kind: 'encoding', done: 0, total: people.people.length });
      const file = await computeKeys(people.people, secret, (d, total) => setStage({ kind: 'encoding', done: d, total }));
      // The secret is not needed any more: forget it before anything is sent.
      setSecret('');
      setStage({ kind: 'uploading', fraction: 0 });
      await upload.mutateAsync(file);
      setDone({ keys: file.keys.length, unreadable: people.unreadable });
    } catch (error) {
      if (error instanceof KeysRefused && error.details.length > 0) setRefused(error.details);
      else setFormError(errorText(error));
    } finally {
      setStage({ kind: 'idle' });
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="linkage-compute">
      <Title order={2} size="h3" id="linkage-compute" mb="sm">
        {t('compute.title')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('compute.intro')}</Text>
          <List size="sm" spacing={2}>
            <List.Item>{t('compute.pointSecret')}</List.Item>
            <List.Item>{t('compute.pointKeys')}</List.Item>
            <List.Item>{t('compute.pointSame')}</List.Item>
          </List>
          <PasswordInput
            ref={secretRef}
            label={t('compute.secret')}
            description={t('compute.secretHelp')}
            value={secret}
            onChange={(e) => setSecret(e.currentTarget.value)}
            error={secretError}
            autoComplete="off"
            required
            w={420}
            maw="100%"
            data-testid="linkage-secret"
          />
          {stage.kind !== 'idle' ? (
            <Stack gap={4}>
              <Progress
                value={stage.kind === 'encoding' && stage.total > 0 ? (100 * stage.done) / stage.total : stage.kind === 'uploading' ? 100 * stage.fraction : 0}
                animated
                aria-label={t('compute.progressLabel')}
              />
              <Text size="sm" role="status">
                {stage.kind === 'reading'
                  ? t('compute.reading')
                  : stage.kind === 'encoding'
                    ? t('compute.encoding', { done: stage.done, total: stage.total })
                    : t('compute.uploading')}
              </Text>
            </Stack>
          ) : null}
          <FormAlert message={formError} />
          <SuccessNote message={done ? t('compute.done', { count: done.keys }) : null} />
          {done && done.unreadable > 0 ? <Text size="sm">{t('compute.unreadable', { count: done.unreadable })}</Text> : null}
          <Group>
            <Button type="submit" loading={busy} data-testid="linkage-submit">
              {t('compute.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
      {refused ? (
        <Stack gap="xs" mt="md">
          <Alert color="red" variant="light" role="alert">
            {t('refused.title', { count: refused.length })}
          </Alert>
          <ProblemTable
            details={refused}
            labels={{ caption: t('refused.title', { count: refused.length }), row: t('refused.row'), field: t('refused.field'), message: t('refused.problem') }}
            testId="linkage-problems"
            rowTestId="linkage-problem-row"
          />
        </Stack>
      ) : null}
    </Card>
  );
}
