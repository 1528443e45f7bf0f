import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CALLERS, CHANNELS, DANGER_LEVELS } from '../../core/hotline/contact.js';
import { type ContactFilters as Filters, FOLLOW_UP_FILTERS, hasFilters } from './filters.js';
import type { Labels } from './labels.js';
import { filterReasonOptions } from './reasons.js';

interface ContactFiltersProps {
  value: Filters;
  labels: Labels;
  onChange: (change: Partial<Filters>) => void;
}

/** Channel, who is contacting, reason, danger, follow-ups and dates: narrow the log. */
export function ContactFilters({ value, labels, onChange }: ContactFiltersProps) {
  const { t } = useTranslation('hotline');
  const any = { value: '', label: t('filters.any') };
  return (
    <Group align="flex-end" gap="sm" role="group" aria-label={t('filters.label')}>
      <NativeSelect
        label={t('fields.channel')}
        data={[any, ...CHANNELS.map((c) => ({ value: c, label: labels.channel(c) }))]}
        value={value.channel}
        onChange={(event) => onChange({ channel: event.currentTarget.value as Filters['channel'] })}
        w={170}
      />
      <NativeSelect
        label={t('fields.caller')}
        data={[any, ...CALLERS.map((c) => ({ value: c, label: labels.caller(c) }))]}
        value={value.caller}
        onChange={(event) => onChange({ caller: event.currentTarget.value as Filters['caller'] })}
        w={200}
      />
      <NativeSelect
        label={t('filters.reason')}
        data={[any, ...filterReasonOptions(labels.settings, labels.reason)]}
        value={value.reason}
        onChange={(event) => onChange({ reason: event.currentTarget.value })}
        w={220}
      />
      <NativeSelect
        label={t('fields.danger')}
        data={[any, ...DANGER_LEVELS.map((d) => ({ value: d, label: labels.danger(d) }))]}
        value={value.danger}
        onChange={(event) => onChange({ danger: event.currentTarget.value as Filters['danger'] })}
        w={170}
      />
      <NativeSelect
        label={t('filters.followUps')}
        data={[any, ...FOLLOW_UP_FILTERS.map((f) => ({ value: f, label: t(`filters.followUp.${f}`) }))]}
        value={value.followUp}
        onChange={(event) => onChange({ followUp: event.currentTarget.value as Filters['followUp'] })}
        w={170}
      />
      <TextInput
        type="date"
        label={t('filters.from')}
        value={value.from}
        max={value.to || undefined}
        onChange={(event) => onChange({ from: event.currentTarget.value })}
        w={160}
      />
      <TextInput
        type="date"
        label={t('filters.to')}
        value={value.to}
        min={value.from || undefined}
        onChange={(event) => onChange({ to: event.currentTarget.value })}
        w={160}
      />
      {hasFilters(value) ? (
        <Button variant="subtle" onClick={() => onChange({ channel: '', caller: '', reason: '', danger: '', followUp: '', from: '', to: '' })}>
          {t('filters.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
