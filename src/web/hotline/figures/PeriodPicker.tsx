import { Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPeriod, MAX_PERIOD_DAYS, PERIOD_PRESETS, type Period, type PeriodChoice, type PeriodPreset, type PeriodProblem } from './period.js';
import { useFigureFormat } from './useFigureFormat.js';

interface PeriodPickerProps {
  choice: PeriodChoice;
  period: Period;
  /** A problem with the dates in the address (typed by hand), shown until corrected. */
  problem: PeriodProblem | null;
  onPreset: (preset: PeriodPreset) => void;
  /** Called with dates the server will accept only. */
  onDates: (period: Period) => void;
}

/** A preset period, or two dates; the figures follow each valid change. */
export function PeriodPicker({ choice, period, problem, onPreset, onDates }: PeriodPickerProps) {
  const { t } = useTranslation('hotlineFigures');
  const format = useFigureFormat();
  const [draft, setDraft] = useState<Period>(period);
  const [shownFor, setShownFor] = useState<Period>(period);
  // The period changed from outside (a preset, the address): the fields follow it.
  if (shownFor.from !== period.from || shownFor.to !== period.to) {
    setShownFor(period);
    setDraft(period);
  }
  const draftProblem = choice === 'custom' ? checkPeriod(draft.from, draft.to) : null;

  const change = (next: Period) => {
    setDraft(next);
    if (!checkPeriod(next.from, next.to)) {
      setShownFor(next);
      onDates(next);
    }
  };
  const problemText = (field: 'from' | 'to') =>
    draftProblem?.field === field ? t(`period.problems.${draftProblem.problem}`, { max: format.number(MAX_PERIOD_DAYS) }) : undefined;

  return (
    <Group align="flex-start" gap="sm" role="group" aria-label={t('period.legend')} mb="md">
      <NativeSelect
        label={t('period.choice')}
        value={choice}
        data={[...PERIOD_PRESETS, 'custom' as const].map((value) => ({ value, label: t(`period.${value}`) }))}
        onChange={(event) => {
          const value = event.currentTarget.value as PeriodChoice;
          if (value === 'custom') onDates(period);
          else onPreset(value);
        }}
        w={{ base: '100%', xs: 220 }}
        data-testid="period-choice"
      />
      {choice === 'custom' ? (
        <>
          <TextInput
            type="date"
            label={t('period.from')}
            value={draft.from}
            onChange={(event) => change({ ...draft, from: event.currentTarget.value })}
            error={problemText('from')}
            errorProps={{ role: 'alert' }}
            w={{ base: '100%', xs: 180 }}
          />
          <TextInput
            type="date"
            label={t('period.to')}
            value={draft.to}
            onChange={(event) => change({ ...draft, to: event.currentTarget.value })}
            error={problemText('to')}
            errorProps={{ role: 'alert' }}
            w={{ base: '100%', xs: 180 }}
          />
        </>
      ) : null}
      <Text role="status" size="sm" c="dimmed" w="100%" data-testid="period-shown">
        {problem ? null : t('period.showing', { from: format.mediumDay(period.from), to: format.mediumDay(period.to) })}
      </Text>
    </Group>
  );
}
