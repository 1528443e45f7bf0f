import { Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseProgress } from '../../core/referrals/pathway.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useFormat } from '../i18n/format.js';
import { useCasePathway, useChoosePathway, usePathways, useReferrals } from './api.js';
import { CountryText, ReferralStatusBadge } from './labels.js';

const STEP_COLOURS = { done: 'teal.9', referred: 'indigo.9', open: 'gray.7' } as const;

/** On the case page: the case's referrals and its pathway, with "Refer" for the case and for each open step. */
export function CaseReferrals({ caseId }: { caseId: string }) {
  return (
    <Suspense fallback={null}>
      <CaseReferralsPanel caseId={caseId} />
    </Suspense>
  );
}

function CaseReferralsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation('referrals');
  const permissions = useMe().data?.permissions ?? [];
  const canSend = permissions.includes('referrals:send');
  const canList = canSend || permissions.includes('referrals:receive');
  return (
    <Card withBorder component="section" aria-labelledby="case-referrals" data-testid="case-referrals">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="case-referrals">
          {t('casePanel.title')}
        </Title>
        {canSend ? (
          <Button component={Link} to={`/referrals/new?caseId=${caseId}`} variant="default" size="sm" data-testid="refer-case">
            {t('casePanel.refer')}
          </Button>
        ) : null}
      </Group>
      <Stack gap="md">
        {canList ? <CaseReferralList caseId={caseId} /> : null}
        <CasePathway caseId={caseId} canSend={canSend} canChoose={permissions.includes('cases:write')} />
      </Stack>
    </Card>
  );
}

function CaseReferralList({ caseId }: { caseId: string }) {
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  const format = useFormat();
  const referrals = useReferrals({ caseId, direction: 'outgoing', perPage: 200 });
  // A case this organisation opened from a referral it received: where it came from.
  const origin = useReferrals({ receiverCaseId: caseId, direction: 'incoming', perPage: 5 }).data?.items ?? [];
  const items = referrals.data?.items ?? [];
  return (
    <Stack gap="xs">
      {origin.map((r) => (
        <Text size="sm" key={r.id} data-testid="case-origin">
          <Anchor component={Link} to={`/referrals/${r.id}`}>
            {t('casePanel.openedFrom', { reference: r.reference, organisation: r.from.name })}
          </Anchor>
        </Text>
      ))}
      <FormAlert message={referrals.error ? errorText(referrals.error) : null} />
      {referrals.data && items.length === 0 ? <Text size="sm">{t('casePanel.none')}</Text> : null}
      {items.length ? (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('casePanel.listLabel')}>
          {items.map((r) => (
            <Group component="li" key={r.id} justify="space-between" gap="xs" wrap="wrap" data-testid="case-referral">
              <Stack gap={0}>
                <Anchor component={Link} to={`/referrals/${r.id}`} fw={600}>
                  {t('casePanel.line', { reference: r.reference, service: r.service.name })}
                </Anchor>
                <Text size="sm" c="dimmed">
                  {r.to.name} · <CountryText code={r.toCountry} /> · {format.date(r.sentAt)}
                </Text>
              </Stack>
              <ReferralStatusBadge status={r.status} />
            </Group>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}

function CasePathway({ caseId, canSend, canChoose }: { caseId: string; canSend: boolean; canChoose: boolean }) {
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  const progress = useCasePathway(caseId);
  const [choosing, setChoosing] = useState(false);
  const p = progress.data;
  return (
    <Stack gap="xs" component="section" aria-labelledby="case-pathway" data-testid="case-pathway">
      <Group justify="space-between" gap="xs">
        <Title order={3} size="h5" id="case-pathway">
          {p?.pathway ? t('casePanel.pathwayNamed', { name: p.pathway.name }) : t('casePanel.pathway')}
        </Title>
        {canChoose && p?.pathway && !choosing ? (
          <Button variant="subtle" size="xs" onClick={() => setChoosing(true)}>
            {t('casePanel.changePathway')}
          </Button>
        ) : null}
      </Group>
      {progress.error ? <FormAlert message={errorText(progress.error)} /> : null}
      {p && (!p.pathway || choosing) ? (
        canChoose ? (
          <ChoosePathway caseId={caseId} progress={p} onDone={() => setChoosing(false)} onCancel={p.pathway ? () => setChoosing(false) : undefined} />
        ) : (
          <Text size="sm">{t('casePanel.noPathway')}</Text>
        )
      ) : null}
      {p?.pathway && !choosing ? <PathwaySteps caseId={caseId} progress={p} canSend={canSend} /> : null}
    </Stack>
  );
}

function ChoosePathway({
  caseId,
  progress,
  onDone,
  onCancel,
}: {
  caseId: string;
  progress: CaseProgress;
  onDone: () => void;
  onCancel?: (() => void) | undefined;
}) {
  const { t } = useTranslation(['referrals', 'common']);
  const errorText = useErrorText();
  const all = usePathways();
  const choose = useChoosePathway(caseId);
  const suggestedIds = new Set(progress.suggested.map((s) => s.id));
  const others = (all.data?.items ?? []).filter((x) => !suggestedIds.has(x.id));
  const [value, setValue] = useState(progress.pathway?.id ?? progress.suggested[0]?.id ?? '');
  const data = [
    { value: '', label: t('casePanel.noneChosen') },
    ...(progress.suggested.length ? [{ group: t('casePanel.suggested'), items: progress.suggested.map((s) => ({ value: s.id, label: s.name })) }] : []),
    ...(others.length ? [{ group: t('casePanel.allPathways'), items: others.map((s) => ({ value: s.id, label: s.name })) }] : []),
  ];
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed">
        {progress.suggested.length ? t('casePanel.suggestedHint') : t('casePanel.noSuggestion')}
      </Text>
      <Group align="flex-end" gap="sm">
        <NativeSelect label={t('casePanel.choosePathway')} data={data} value={value} onChange={(event) => setValue(event.currentTarget.value)} w={320} />
        <Button loading={choose.isPending} onClick={() => choose.mutate(value || null, { onSuccess: onDone })}>
          {t('casePanel.savePathway')}
        </Button>
        {onCancel ? (
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
        ) : null}
      </Group>
      <FormAlert message={choose.error ? errorText(choose.error) : null} />
    </Stack>
  );
}

function PathwaySteps({ caseId, progress, canSend }: { caseId: string; progress: CaseProgress; canSend: boolean }) {
  const { t } = useTranslation('referrals');
  return (
    <Stack gap="xs">
      <Text size="sm" data-testid="pathway-done">
        {t('casePanel.stepsDone', { done: progress.done, total: progress.steps.length })}
      </Text>
      <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('casePanel.stepsLabel')}>
        {progress.steps.map((s, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: steps are in their order and may repeat a type.
          <Group component="li" key={i} justify="space-between" gap="xs" wrap="wrap" data-testid="pathway-step">
            <Stack gap={0}>
              <Text size="sm" fw={600}>
                {t('casePanel.step', { n: i + 1, label: s.label })}
              </Text>
              <Text size="xs" c="dimmed">
                {t(`serviceTypes.${s.serviceType}`)}
              </Text>
            </Stack>
            <Group gap="xs">
              <Badge variant="filled" color={STEP_COLOURS[s.state]} style={{ textTransform: 'none' }}>
                {t(`casePanel.state.${s.state}`)}
              </Badge>
              {s.referralId ? (
                <Anchor component={Link} to={`/referrals/${s.referralId}`} size="sm" aria-label={t('casePanel.viewReferralNamed', { label: s.label })}>
                  {t('casePanel.viewReferral')}
                </Anchor>
              ) : null}
              {s.state === 'open' && canSend ? (
                <Button
                  component={Link}
                  to={`/referrals/new?caseId=${caseId}&type=${s.serviceType}`}
                  variant="light"
                  size="xs"
                  aria-label={t('casePanel.referStepNamed', { label: s.label })}
                >
                  {t('casePanel.referStep')}
                </Button>
              ) : null}
            </Group>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
