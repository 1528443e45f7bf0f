import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import {
  COMMITMENT_STATUSES,
  type CommitmentStatus,
  type CommitmentView,
  commitmentRequest,
  commitmentUpdateRequest,
  type GoalView,
  goalRequest,
  type StrategyActivityView,
  strategyActivityRequest,
  updateGoalRequest,
  updateStrategyActivityRequest,
} from '../../../core/capacity/strategy.js';
import { isApiError } from '../../api/client.js';
import { useErrorText } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { useCommit, useReportProgress, useSaveActivity, useSaveGoal } from './api.js';

/** The strategy's dialogs: a goal, an activity, a commitment, a progress report. */

function Dialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const { t } = useTranslation('common');
  const phone = useMediaQuery('(max-width: 36em)');
  return (
    <Modal opened onClose={onClose} title={title} size="lg" fullScreen={phone ?? false} closeButtonProps={{ 'aria-label': t('actions.close') }}>
      {children}
    </Modal>
  );
}

/** Field errors of a failed parse, first per field, in the strategy's words. */
function useErrors() {
  const { t } = useTranslation(['strategy', 'common']);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const check = <T,>(schema: z.ZodType<T>, body: unknown): T | null => {
    const parsed = schema.safeParse(body);
    if (parsed.success) {
      setErrors({});
      return parsed.data;
    }
    const found: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (found[field]) continue;
      const value = (body as Record<string, unknown>)[field];
      found[field] =
        field === 'periodEnd' && value
          ? t('errors.periodEnd')
          : field === 'progress'
            ? t(issue.code === 'custom' ? 'errors.doneIs100' : 'errors.progress')
            : value === '' || value === undefined
              ? t('common:validation.required')
              : ['periodStart', 'periodEnd', 'dueOn', 'byWhen'].includes(field)
                ? t('errors.date')
                : t('common:validation.invalid');
    }
    setErrors(found);
    return null;
  };
  return { errors, check };
}

function Buttons({ onClose, pending, label }: { onClose: () => void; pending: boolean; label: string }) {
  const { t } = useTranslation('common');
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onClose} disabled={pending}>
        {t('actions.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {label}
      </Button>
    </Group>
  );
}

export function GoalModal({ existing, onClose, onSaved }: { existing: GoalView | undefined; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('strategy');
  const errorText = useErrorText();
  const save = useSaveGoal(existing?.id);
  const { errors, check } = useErrors();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [periodStart, setStart] = useState(existing?.periodStart ?? '');
  const [periodEnd, setEnd] = useState(existing?.periodEnd ?? '');
  const [indicators, setIndicators] = useState<string[]>(existing?.indicators ?? []);
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    setError(null);
    const body = { title, description, periodStart, periodEnd, indicators, ...(existing ? { version: existing.version } : {}) };
    const ok = existing ? check(updateGoalRequest, body) : check(goalRequest, body);
    if (!ok) return;
    save.mutate(ok, { onSuccess: onSaved, onError: (e) => setError(isApiError(e, 'stale_version') ? t('stale') : errorText(e)) });
  };
  return (
    <Dialog title={existing ? t('goalForm.editTitle') : t('goalForm.newTitle')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        data-testid="goal-form"
      >
        <Stack gap="sm">
          <TextInput
            label={t('goalForm.title')}
            required
            maxLength={300}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
          <Textarea
            label={t('goalForm.description')}
            autosize
            minRows={2}
            maxLength={4000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              type="date"
              label={t('goalForm.periodStart')}
              required
              value={periodStart}
              onChange={(e) => setStart(e.currentTarget.value)}
              error={errors.periodStart}
            />
            <TextInput
              type="date"
              label={t('goalForm.periodEnd')}
              required
              value={periodEnd}
              onChange={(e) => setEnd(e.currentTarget.value)}
              error={errors.periodEnd}
            />
          </SimpleGrid>
          <TagsInput
            label={t('goalForm.indicators')}
            description={t('goalForm.indicatorsHint')}
            value={indicators}
            onChange={setIndicators}
            maxTags={30}
            error={errors.indicators}
          />
          <FormAlert message={error} />
          <Buttons onClose={onClose} pending={save.isPending} label={t('goalForm.save')} />
        </Stack>
      </form>
    </Dialog>
  );
}

export function ActivityModal({
  goalId,
  existing,
  onClose,
  onSaved,
}: {
  goalId: string;
  existing: StrategyActivityView | undefined;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('strategy');
  const errorText = useErrorText();
  const save = useSaveActivity(goalId, existing?.id);
  const { errors, check } = useErrors();
  const [title, setTitle] = useState(existing?.title ?? '');
  const [target, setTarget] = useState(existing?.target ?? '');
  const [dueOn, setDueOn] = useState(existing?.dueOn ?? '');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    setError(null);
    const body = { title, target, ...(dueOn ? { dueOn } : {}), ...(existing ? { version: existing.version } : {}) };
    const ok = existing ? check(updateStrategyActivityRequest, body) : check(strategyActivityRequest, body);
    if (!ok) return;
    save.mutate(ok, { onSuccess: onSaved, onError: (e) => setError(isApiError(e, 'stale_version') ? t('stale') : errorText(e)) });
  };
  return (
    <Dialog title={existing ? t('activityForm.editTitle') : t('activityForm.newTitle')} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        data-testid="activity-form"
      >
        <Stack gap="sm">
          <TextInput
            label={t('activityForm.title')}
            required
            maxLength={300}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errors.title}
          />
          <TextInput
            label={t('activityForm.target')}
            maxLength={1000}
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            error={errors.target}
          />
          <TextInput type="date" label={t('activityForm.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} error={errors.dueOn} />
          <FormAlert message={error} />
          <Buttons onClose={onClose} pending={save.isPending} label={t('activityForm.save')} />
        </Stack>
      </form>
    </Dialog>
  );
}

export function CommitModal({ activity, onClose, onSaved }: { activity: StrategyActivityView; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation('strategy');
  const errorText = useErrorText();
  const commit = useCommit(activity.id);
  const { errors, check } = useErrors();
  const [what, setWhat] = useState('');
  const [byWhen, setByWhen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    setError(null);
    const ok = check(commitmentRequest, { what, ...(byWhen ? { byWhen } : {}) });
    if (!ok) return;
    commit.mutate(ok, { onSuccess: onSaved, onError: (e) => setError(errorText(e)) });
  };
  return (
    <Dialog title={t('commitForm.title', { activity: activity.title })} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        data-testid="commit-form"
      >
        <Stack gap="sm">
          <Textarea
            label={t('commitForm.what')}
            required
            autosize
            minRows={2}
            maxLength={2000}
            value={what}
            onChange={(e) => setWhat(e.currentTarget.value)}
            error={errors.what}
          />
          <TextInput type="date" label={t('commitForm.byWhen')} value={byWhen} onChange={(e) => setByWhen(e.currentTarget.value)} error={errors.byWhen} />
          <FormAlert message={error} />
          <Buttons onClose={onClose} pending={commit.isPending} label={t('commitForm.save')} />
        </Stack>
      </form>
    </Dialog>
  );
}

export function ProgressModal({
  activity,
  commitment,
  onClose,
  onSaved,
}: {
  activity: StrategyActivityView;
  commitment: CommitmentView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('strategy');
  const errorText = useErrorText();
  const report = useReportProgress(commitment.id);
  const { errors, check } = useErrors();
  const [progress, setProgress] = useState(String(commitment.progress));
  const [note, setNote] = useState('');
  const [status, setStatus] = useState<CommitmentStatus | ''>('');
  const [error, setError] = useState<string | null>(null);
  const submit = () => {
    setError(null);
    const value = progress.trim() === '' ? Number.NaN : Number(progress);
    const ok = check(commitmentUpdateRequest, {
      version: commitment.version,
      progress: Number.isInteger(value) ? value : progress,
      note,
      ...(status ? { status } : {}),
    });
    if (!ok) return;
    report.mutate(ok, { onSuccess: onSaved, onError: (e) => setError(isApiError(e, 'stale_version') ? t('stale') : errorText(e)) });
  };
  return (
    <Dialog title={t('progressForm.title', { activity: activity.title })} onClose={onClose}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        data-testid="progress-form"
      >
        <Stack gap="sm">
          <TextInput
            label={t('progressForm.progress')}
            description={t('progressForm.progressHint')}
            required
            inputMode="numeric"
            value={progress}
            onChange={(e) => setProgress(e.currentTarget.value)}
            error={errors.progress}
          />
          <Textarea label={t('progressForm.note')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <NativeSelect
            label={t('progressForm.status')}
            data={[{ value: '', label: t('progressForm.automatic') }, ...COMMITMENT_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))]}
            value={status}
            onChange={(e) => {
              const next = e.currentTarget.value as CommitmentStatus | '';
              setStatus(next);
              // Done is all of it.
              if (next === 'done') setProgress('100');
            }}
          />
          <FormAlert message={error} />
          <Buttons onClose={onClose} pending={report.isPending} label={t('progressForm.save')} />
        </Stack>
      </form>
    </Dialog>
  );
}
