import { ActionIcon, Alert, Badge, Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPLOITATION_FORM } from '../../core/cases/codes.js';
import { SERVICE_TYPES, type ServiceType } from '../../core/referrals/directory.js';
import { AGE_GROUPS, type Pathway, pathwayRequest } from '../../core/referrals/pathway.js';
import { isApiError } from '../api/client.js';
import { useMe } from '../api/me.js';
import { focusFirstError, useErrorText } from '../app/form.js';
import { ConfirmModal } from '../app/ui/ConfirmModal.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { useCodeLabel } from '../persons/codeLabels.js';
import { useArchivePathway, usePathways, useSavePathway } from './api.js';
import { moveItem } from './logic.js';

type AgeGroup = (typeof AGE_GROUPS)[number];

interface StepRow {
  key: number;
  serviceType: ServiceType;
  label: string;
}

interface Draft {
  id: string | null;
  version?: number | undefined;
  name: string;
  description: string;
  ageGroup: AgeGroup;
  exploitationForms: string[];
  steps: StepRow[];
}

let nextKey = 1;
const newStep = (serviceType: ServiceType = 'shelter', label = ''): StepRow => ({ key: nextKey++, serviceType, label });

function draftOf(p: Pathway | null): Draft {
  if (!p) return { id: null, name: '', description: '', ageGroup: 'any', exploitationForms: [], steps: [newStep()] };
  return {
    id: p.id,
    version: p.version,
    name: p.name,
    description: p.description,
    ageGroup: p.ageGroup,
    exploitationForms: [...p.exploitationForms],
    steps: p.steps.map((s) => newStep(s.serviceType, s.label)),
  };
}

/** `/pathways`: the network's referral pathways: what to offer a presumed victim, step by step (network administrators). */
export function PathwaysPage() {
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  const canWrite = useMe().data?.permissions.includes('pathways:write') ?? false;
  const pathways = usePathways();
  const archive = useArchivePathway();
  const [editing, setEditing] = useState<Draft | null>(null);
  const [archiving, setArchiving] = useState<Pathway | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const items = pathways.data?.items ?? [];

  return (
    <>
      <PageHeader
        title={t('pathways.title')}
        intro={t('pathways.intro')}
        actions={
          canWrite && !editing ? (
            <Button
              onClick={() => {
                setNote(null);
                setEditing(draftOf(null));
              }}
            >
              {t('pathways.new')}
            </Button>
          ) : null
        }
      />
      <SuccessNote message={note} mb="md" />
      <Stack gap="md" maw={1000}>
        {editing ? (
          <PathwayForm
            key={editing.id ?? 'new'}
            initial={editing}
            onCancel={() => setEditing(null)}
            onSaved={(name) => {
              setEditing(null);
              setNote(t('pathways.saved', { name }));
            }}
          />
        ) : null}
        {pathways.isPending ? (
          <PageLoader />
        ) : pathways.error ? (
          <Alert color="red" role="alert">
            {errorText(pathways.error)}
          </Alert>
        ) : items.length === 0 ? (
          <Text data-testid="pathways-empty">{t('pathways.none')}</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('pathways.listLabel')}>
            {items.map((p) => (
              <PathwayCard
                key={p.id}
                p={p}
                canWrite={canWrite}
                onEdit={() => {
                  setNote(null);
                  setEditing(draftOf(p));
                }}
                onArchive={() => {
                  setNote(null);
                  archive.reset();
                  setArchiving(p);
                }}
              />
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmModal
        opened={archiving !== null}
        title={t('pathways.archiveTitle', { name: archiving?.name ?? '' })}
        text={t('pathways.archiveText')}
        confirmLabel={t('pathways.archive')}
        destructive
        pending={archive.isPending}
        error={archive.error ? errorText(archive.error) : null}
        onClose={() => setArchiving(null)}
        onConfirm={() =>
          archiving &&
          archive.mutate(archiving.id, {
            onSuccess: () => {
              setNote(t('pathways.archived', { name: archiving.name }));
              setArchiving(null);
            },
          })
        }
      />
    </>
  );
}

function PathwayCard({ p, canWrite, onEdit, onArchive }: { p: Pathway; canWrite: boolean; onEdit: () => void; onArchive: () => void }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const code = useCodeLabel();
  return (
    <Card component="li" withBorder padding="md" data-testid="pathway">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} miw={0}>
          <Title order={2} size="h4">
            {p.name}
          </Title>
          {p.description ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {p.description}
            </Text>
          ) : null}
          <Group gap="xs">
            <Badge variant="outline" color="gray.8" style={{ textTransform: 'none' }}>
              {t(`ageGroups.${p.ageGroup}`)}
            </Badge>
            <Text size="sm" c="dimmed">
              {p.exploitationForms.length ? format.list(p.exploitationForms.map((f) => code('exploitation-form', f))) : t('pathways.allForms')}
            </Text>
          </Group>
          <Stack component="ol" gap={2} mt={4} pl="lg" m={0} aria-label={t('pathways.stepsOf', { name: p.name })}>
            {p.steps.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are in their order and may repeat.
              <Text component="li" key={i} size="sm">
                {s.label}{' '}
                <Text span size="xs" c="dimmed">
                  ({t(`serviceTypes.${s.serviceType}`)})
                </Text>
              </Text>
            ))}
          </Stack>
        </Stack>
        {canWrite ? (
          <Group gap="xs">
            <Button variant="default" size="xs" onClick={onEdit} aria-label={t('pathways.editNamed', { name: p.name })}>
              {t('pathways.edit')}
            </Button>
            <Button variant="default" color="red.9" size="xs" onClick={onArchive} aria-label={t('pathways.archiveNamed', { name: p.name })}>
              {t('pathways.archive')}
            </Button>
          </Group>
        ) : null}
      </Group>
    </Card>
  );
}

type Errors = Record<string, string>;

function PathwayForm({ initial, onCancel, onSaved }: { initial: Draft; onCancel: () => void; onSaved: (name: string) => void }) {
  const { t } = useTranslation(['referrals', 'common']);
  const errorText = useErrorText();
  const code = useCodeLabel();
  const save = useSavePathway();
  const ref = useRef<HTMLFormElement>(null);
  const [d, setD] = useState<Draft>(initial);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const change = (next: Partial<Draft>) => setD((current) => ({ ...current, ...next }));
  const changeStep = (key: number, next: Partial<StepRow>) => change({ steps: d.steps.map((s) => (s.key === key ? { ...s, ...next } : s)) });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFormError(null);
    const input = {
      name: d.name,
      description: d.description,
      ageGroup: d.ageGroup,
      exploitationForms: d.exploitationForms,
      steps: d.steps.map((s) => ({ serviceType: s.serviceType, label: s.label })),
    };
    const result = pathwayRequest.safeParse(input);
    if (!result.success) {
      const next: Errors = {};
      for (const issue of result.error.issues) {
        const key = issue.path.join('.');
        const value = issue.path.reduce<unknown>((node, part) => (node as Record<PropertyKey, unknown> | undefined)?.[part as string], input);
        if (!next[key]) next[key] = typeof value === 'string' && value.trim() === '' ? t('common:validation.required') : t('common:validation.invalid');
      }
      setErrors(next);
      focusFirstError(ref.current);
      return;
    }
    setErrors({});
    save.mutate(
      { id: d.id, version: d.version, body: result.data },
      {
        onSuccess: (saved) => onSaved(saved.name),
        onError: (error) => setFormError(isApiError(error, 'stale_version') ? t('pathways.stale') : errorText(error)),
      },
    );
  };

  return (
    <Card withBorder component="section" aria-labelledby="pathway-form" data-testid="pathway-form">
      <Title order={2} size="h3" id="pathway-form" mb="sm">
        {d.id ? t('pathways.editTitle', { name: initial.name }) : t('pathways.newTitle')}
      </Title>
      <form ref={ref} onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('pathways.name')}
            value={d.name}
            onChange={(e) => change({ name: e.currentTarget.value })}
            error={errors.name}
            maxLength={200}
            required
          />
          <Textarea
            label={t('pathways.description')}
            value={d.description}
            onChange={(e) => change({ description: e.currentTarget.value })}
            error={errors.description}
            maxLength={2000}
            autosize
            minRows={2}
          />
          <NativeSelect
            label={t('pathways.ageGroup')}
            data={AGE_GROUPS.map((a) => ({ value: a, label: t(`ageGroups.${a}`) }))}
            value={d.ageGroup}
            onChange={(e) => change({ ageGroup: e.currentTarget.value as AgeGroup })}
            w={240}
          />
          <Checkbox.Group
            label={t('pathways.forms')}
            description={t('pathways.formsHint')}
            value={d.exploitationForms}
            onChange={(value) => change({ exploitationForms: EXPLOITATION_FORM.ids.filter((f) => value.includes(f)) })}
            error={errors.exploitationForms}
          >
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing={6} mt={6}>
              {EXPLOITATION_FORM.ids.map((f) => (
                <Checkbox key={f} value={f} label={code('exploitation-form', f)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={500} size="sm">
              {t('pathways.steps')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('pathways.stepsHint')}
            </Text>
            {errors.steps ? (
              <Text size="sm" c="var(--mantine-color-error)" role="alert">
                {t('pathways.oneStep')}
              </Text>
            ) : null}
            <Stack component="ol" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {d.steps.map((s, i) => (
                <Card component="li" key={s.key} withBorder padding="xs" data-testid="pathway-step-row">
                  <Group align="flex-end" gap="sm" wrap="wrap">
                    <Text fw={600} size="sm" w={24} mb={8} aria-hidden="true">
                      {i + 1}.
                    </Text>
                    <NativeSelect
                      label={t('pathways.stepType', { n: i + 1 })}
                      data={SERVICE_TYPES.map((x) => ({ value: x, label: t(`serviceTypes.${x}`) }))}
                      value={s.serviceType}
                      onChange={(e) => changeStep(s.key, { serviceType: e.currentTarget.value as ServiceType })}
                      w={200}
                    />
                    <TextInput
                      label={t('pathways.stepLabel', { n: i + 1 })}
                      value={s.label}
                      onChange={(e) => changeStep(s.key, { label: e.currentTarget.value })}
                      error={errors[`steps.${i}.label`]}
                      maxLength={300}
                      required
                      style={{ flex: 1, minWidth: 220 }}
                    />
                    <Group gap={4} mb={4}>
                      <ActionIcon
                        variant="default"
                        size="lg"
                        disabled={i === 0}
                        aria-label={t('pathways.moveUp', { n: i + 1 })}
                        onClick={() => change({ steps: moveItem(d.steps, i, -1) })}
                      >
                        <span aria-hidden="true">↑</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="default"
                        size="lg"
                        disabled={i === d.steps.length - 1}
                        aria-label={t('pathways.moveDown', { n: i + 1 })}
                        onClick={() => change({ steps: moveItem(d.steps, i, 1) })}
                      >
                        <span aria-hidden="true">↓</span>
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="gray.8"
                        size="lg"
                        disabled={d.steps.length === 1}
                        aria-label={t('pathways.removeStep', { n: i + 1 })}
                        onClick={() => change({ steps: d.steps.filter((x) => x.key !== s.key) })}
                      >
                        <span aria-hidden="true">×</span>
                      </ActionIcon>
                    </Group>
                  </Group>
                </Card>
              ))}
            </Stack>
            {d.steps.length < 30 ? (
              <Group>
                <Button variant="light" onClick={() => change({ steps: [...d.steps, newStep()] })}>
                  {t('pathways.addStep')}
                </Button>
              </Group>
            ) : null}
          </Stack>
          <FormAlert message={formError} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('pathways.save')}
            </Button>
            <Button variant="default" onClick={onCancel}>
              {t('common:actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
