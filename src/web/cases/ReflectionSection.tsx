import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REFLECTION_DAYS } from '../../core/cases/dates.js';
import type { CaseView } from '../../core/cases/views.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useFormat } from '../i18n/format.js';
import { Facts, Section } from '../persons/Facts.js';
import { localToday } from '../persons/today.js';
import { useCaseSettings } from './api.js';
import { ConflictNotice } from './ConflictNotice.js';
import { proposedEnd, reflectionState } from './reflection.js';
import { useCaseSave } from './useCaseSave.js';
import { useFocusFirstField } from '../persons/useValidation.js';

/** The recovery and reflection period: its dates, the reminder, a warning when it ends soon; set or changed in place. */
export function ReflectionSection({ kase, canWrite }: { kase: CaseView; canWrite: boolean }) {
  const { t } = useTranslation(['cases', 'common']);
  const format = useFormat();
  const settings = useCaseSettings().data;
  const days = settings?.reflectionDays ?? DEFAULT_REFLECTION_DAYS;
  const reminderDays = settings?.reminderDaysBefore ?? 7;
  const saver = useCaseSave(kase, (path) => path.replace(/^reflectionPeriod\./, ''));
  const [editing, setEditing] = useState(false);
  const today = localToday();
  const period = kase.reflectionPeriod;
  const state = period ? reflectionState(period, reminderDays, today) : null;

  const start = () => {
    saver.begin();
    setEditing(true);
  };

  let notice = null;
  if (state && !editing) {
    const when = { date: format.date(state.endsOn), days: state.daysLeft };
    if (state.phase === 'ending-soon')
      notice = (
        <Alert color="red" variant="light" title={t('cases:reflection.endingSoon', when)} data-testid="reflection-warning">
          {t('cases:reflection.endingSoonHint')}
        </Alert>
      );
    else if (state.phase === 'ends-today')
      notice = (
        <Alert color="red" variant="light" title={t('cases:reflection.endsToday')} data-testid="reflection-warning">
          {t('cases:reflection.endingSoonHint')}
        </Alert>
      );
    else if (state.phase === 'ended') notice = <Text c="dimmed">{t('cases:reflection.ended', when)}</Text>;
    else if (state.phase === 'running') notice = <Text>{t('cases:reflection.running', when)}</Text>;
    else notice = <Text>{t('cases:reflection.notStarted', { date: format.date(state.startsOn) })}</Text>;
  }

  return (
    <Section
      id="case-reflection"
      title={t('cases:reflection.title')}
      testId="case-reflection"
      actions={
        canWrite && !editing && period ? (
          <Button size="sm" variant="light" onClick={start}>
            {t('cases:reflection.change')}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <ReflectionForm kase={kase} saver={saver} days={days} reminderDays={reminderDays} onDone={() => setEditing(false)} />
      ) : period && state ? (
        <Stack gap="sm">
          {notice}
          <Facts
            empty="—"
            rows={[
              { label: t('cases:reflection.startsOn'), value: format.date(period.startsOn) },
              { label: t('cases:reflection.endsOn'), value: format.date(period.endsOn) },
              { label: t('cases:reflection.reminderOn'), value: format.date(kase.reflectionReminderOn ?? state.reminderOn) },
            ]}
          />
        </Stack>
      ) : (
        <Stack gap="sm" align="flex-start">
          <Text c="dimmed">{t('cases:reflection.none', { days })}</Text>
          {canWrite ? (
            <Button size="sm" variant="light" onClick={start}>
              {t('cases:reflection.start')}
            </Button>
          ) : null}
        </Stack>
      )}
    </Section>
  );
}

interface ReflectionFormProps {
  kase: CaseView;
  saver: ReturnType<typeof useCaseSave>;
  days: number;
  reminderDays: number;
  onDone: () => void;
}

function ReflectionForm({ kase, saver, days, reminderDays, onDone }: ReflectionFormProps) {
  const { t } = useTranslation(['cases', 'common']);
  const format = useFormat();
  const today = localToday();
  const current = kase.reflectionPeriod;
  const [startsOn, setStartsOn] = useState(current?.startsOn ?? today);
  const [endsOn, setEndsOn] = useState(current?.endsOn ?? proposedEnd(today, days));
  const [endChosen, setEndChosen] = useState(Boolean(current));
  const { errors, clearError, ref } = saver.validation;
  useFocusFirstField(ref);
  const preview = startsOn && endsOn && endsOn >= startsOn ? reflectionState({ startsOn, endsOn }, reminderDays, today) : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    saver.save({ reflectionPeriod: { startsOn, endsOn } }, onDone);
  };

  return (
    <form ref={ref} onSubmit={onSubmit} noValidate aria-label={t('cases:reflection.title')}>
      <Stack gap="sm">
        <ConflictNotice fields={saver.conflict} />
        <Group align="flex-start" gap="sm">
          <TextInput
            type="date"
            label={t('cases:reflection.startsOn')}
            value={startsOn}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setStartsOn(value);
              if (!endChosen) setEndsOn(proposedEnd(value, days));
              clearError('startsOn');
            }}
            error={errors.startsOn}
            withAsterisk
            w={180}
          />
          <TextInput
            type="date"
            label={t('cases:reflection.endsOn')}
            description={t('cases:reflection.length', { days })}
            value={endsOn}
            min={startsOn}
            onChange={(e) => {
              setEndsOn(e.currentTarget.value);
              setEndChosen(true);
              clearError('endsOn');
            }}
            error={errors.endsOn}
            withAsterisk
            w={220}
          />
        </Group>
        <Text size="sm" c="dimmed" aria-live="polite">
          {preview ? t('cases:reflection.reminderPreview', { date: format.date(preview.reminderOn) }) : ''}
        </Text>
        <FormAlert message={saver.formError} />
        <Group>
          <Button type="submit" loading={saver.pending}>
            {saver.conflict ? t('cases:conflict.saveAgain') : t('cases:reflection.save')}
          </Button>
          {current ? (
            <Button variant="subtle" color="red.9" onClick={() => saver.save({ reflectionPeriod: null }, onDone)}>
              {t('cases:reflection.remove')}
            </Button>
          ) : null}
          <Button variant="default" onClick={onDone}>
            {t('common:actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
