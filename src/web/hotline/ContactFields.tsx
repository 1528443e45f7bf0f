import { MultiSelect, Select, Stack, Textarea } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CALLERS, type CHANNELS, DANGER_LEVELS, DIRECTIONS, OPERATOR_CHANNELS } from '../../core/hotline/contact.js';
import { useFormat } from '../i18n/format.js';
import { languageOptions } from '../persons/languages.js';
import { type Choice, ChoiceGroup } from './ChoiceGroup.js';
import type { ContactFieldsDraft } from './draft.js';
import { EmergencyChecklist } from './EmergencyChecklist.js';
import { languageFilter } from './language.js';
import { useLabels } from './labels.js';
import { reasonOptions } from './reasons.js';
import { CHANNEL_SHORTCUTS } from './shortcuts.js';

/** The message at a field, or at the first of its parts (`reasons.2` shows at the reasons). */
export function errorAt(errors: Readonly<Record<string, string>>, key: string): string | undefined {
  return errors[key] ?? Object.entries(errors).find(([path]) => path.startsWith(`${key}.`))?.[1];
}

const KEEP_NONE: readonly string[] = [];

interface ContactFieldsProps {
  value: ContactFieldsDraft;
  onChange: (patch: Partial<ContactFieldsDraft>) => void;
  errors: Readonly<Record<string, string>>;
  /** Show Alt+1 … Alt+6 beside the channels (where those keys work). */
  shortcuts?: boolean;
  /** Reasons chosen before that the organisation no longer offers: kept as choices. */
  keepReasons?: readonly string[];
}

/** What a contact was: channel, direction, who, language, reasons, what was said and advised, and the danger. */
export function ContactFields({ value, onChange, errors, shortcuts, keepReasons = KEEP_NONE }: ContactFieldsProps) {
  const { t } = useTranslation('hotline');
  const { locale } = useFormat();
  const labels = useLabels();
  const languages = useMemo(() => languageOptions(locale), [locale]);
  const reasons = useMemo(() => reasonOptions(labels.settings, labels.reason, keepReasons), [labels, keepReasons]);
  const firstStep = useRef<HTMLInputElement>(null);
  const toChecklist = useRef(false);

  // Choosing immediate danger moves the focus to the checklist that appears.
  useEffect(() => {
    if (value.danger !== 'immediate' || !toChecklist.current) return;
    toChecklist.current = false;
    firstStep.current?.focus();
  }, [value.danger]);

  const channels: Choice<(typeof CHANNELS)[number]>[] = OPERATOR_CHANNELS.map((c, i) => ({
    value: c,
    label: labels.channel(c),
    ...(shortcuts ? { shortcut: CHANNEL_SHORTCUTS[i] } : {}),
  }));

  return (
    <Stack gap="md">
      <ChoiceGroup
        name="channel"
        label={t('fields.channel')}
        choices={channels}
        value={value.channel}
        onChange={(channel) => onChange({ channel })}
        error={errorAt(errors, 'channel')}
        testId="field-channel"
      />
      <ChoiceGroup
        name="direction"
        label={t('fields.direction')}
        choices={DIRECTIONS.map((d) => ({ value: d, label: labels.direction(d) }))}
        value={value.direction}
        onChange={(direction) => onChange({ direction })}
        error={errorAt(errors, 'direction')}
      />
      <ChoiceGroup
        name="caller"
        label={t('fields.caller')}
        choices={CALLERS.map((c) => ({ value: c, label: labels.caller(c) }))}
        value={value.caller}
        onChange={(caller) => onChange({ caller })}
        error={errorAt(errors, 'caller')}
        testId="field-caller"
      />
      <Select
        label={t('fields.language')}
        description={t('fields.languageHint')}
        data={languages}
        value={value.language}
        onChange={(language) => onChange({ language })}
        filter={languageFilter}
        searchable
        selectFirstOptionOnChange
        allowDeselect={false}
        clearable
        clearButtonProps={{ 'aria-label': t('fields.clearLanguage') }}
        nothingFoundMessage={t('fields.noLanguage')}
        limit={50}
        maxDropdownHeight={260}
        error={errorAt(errors, 'language')}
        maw={360}
        data-testid="field-language"
      />
      <MultiSelect
        label={t('fields.reasons')}
        description={t('fields.reasonsHint')}
        data={reasons}
        value={value.reasons}
        onChange={(next) => onChange({ reasons: next })}
        searchable
        selectFirstOptionOnChange
        hidePickedOptions
        nothingFoundMessage={t('fields.noReason')}
        maxValues={20}
        error={errorAt(errors, 'reasons')}
        data-testid="field-reasons"
      />
      <Textarea
        label={t('fields.summary')}
        description={t('fields.summaryHint')}
        value={value.summary}
        onChange={(event) => onChange({ summary: event.currentTarget.value })}
        autosize
        minRows={3}
        maxLength={20_000}
        withAsterisk
        error={errorAt(errors, 'summary')}
      />
      <Textarea
        label={t('fields.advice')}
        value={value.advice}
        onChange={(event) => onChange({ advice: event.currentTarget.value })}
        autosize
        minRows={2}
        maxLength={20_000}
        error={errorAt(errors, 'advice')}
      />
      <Textarea
        label={t('fields.servicesSuggested')}
        description={t('fields.servicesHint')}
        value={value.servicesSuggested}
        onChange={(event) => onChange({ servicesSuggested: event.currentTarget.value })}
        autosize
        minRows={1}
        maxLength={5_000}
        error={errorAt(errors, 'servicesSuggested')}
      />
      <ChoiceGroup
        name="danger"
        label={t('fields.danger')}
        description={t('fields.dangerHint')}
        choices={DANGER_LEVELS.map((d) => ({ value: d, label: labels.danger(d), description: t(`dangerHints.${d}`) }))}
        value={value.danger}
        onChange={(danger) => {
          toChecklist.current = danger === 'immediate' && value.danger !== 'immediate';
          onChange({ danger });
        }}
        error={errorAt(errors, 'danger')}
        vertical
        testId="field-danger"
      />
      {value.danger === 'immediate' ? (
        <EmergencyChecklist
          value={value.emergencySteps}
          onChange={(emergencySteps) => onChange({ emergencySteps })}
          error={errorAt(errors, 'emergencySteps')}
          firstRef={firstStep}
        />
      ) : null}
    </Stack>
  );
}
