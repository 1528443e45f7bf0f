import { Button, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeOptions } from '../persons/codeLabels.js';
import { CountryField, type FieldErrorsProps, RemoveButton, removeAt, replaceAt } from '../persons/form/fields.js';
import { type EventDraft, emptyEvent } from './situation.js';

interface EventsFieldsetProps extends FieldErrorsProps {
  events: EventDraft[];
  onChange: (events: EventDraft[]) => void;
}

/** What happened where and when: recruitment, transit, exploitation. */
export function EventsFieldset({ events, onChange, errors, clearError }: EventsFieldsetProps) {
  const { t } = useTranslation('cases');
  const stages = useCodeOptions('trafficking-stage');
  const set = (index: number, change: Partial<EventDraft>) => {
    const event = events[index];
    if (event) onChange(replaceAt(events, index, { ...event, ...change }));
    for (const key of Object.keys(change)) clearError(`events.${index}.${key}`);
  };
  return (
    <Fieldset legend={t('situation.events')}>
      <Stack gap="sm">
        {events.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('situation.noEvents')}
          </Text>
        ) : null}
        {events.map((event, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; they are edited in place.
          <Group key={index} role="group" aria-label={t('situation.eventRow', { n: index + 1 })} align="flex-start" gap="sm">
            <NativeSelect
              label={t('situation.stage')}
              data={[{ value: '', label: t('situation.choose') }, ...stages]}
              value={event.stage}
              onChange={(e) => set(index, { stage: e.currentTarget.value as EventDraft['stage'] })}
              error={errors[`events.${index}.stage`]}
              withAsterisk
              w={170}
            />
            <div style={{ width: 220 }}>
              <CountryField
                label={t('situation.country')}
                value={event.country}
                onChange={(country) => set(index, { country })}
                error={errors[`events.${index}.country`]}
                required
              />
            </div>
            <TextInput
              label={t('situation.place')}
              value={event.place}
              onChange={(e) => set(index, { place: e.currentTarget.value })}
              error={errors[`events.${index}.place`]}
              w={180}
            />
            <TextInput
              type="date"
              label={t('situation.from')}
              value={event.from}
              onChange={(e) => set(index, { from: e.currentTarget.value })}
              error={errors[`events.${index}.from`]}
              w={160}
            />
            <TextInput
              type="date"
              label={t('situation.to')}
              value={event.to}
              onChange={(e) => set(index, { to: e.currentTarget.value })}
              error={errors[`events.${index}.to`]}
              w={160}
            />
            <div style={{ paddingTop: 'calc(var(--mantine-font-size-sm) * 1.55 + 4px)' }}>
              <RemoveButton label={t('situation.removeEvent', { n: index + 1 })} onClick={() => onChange(removeAt(events, index))} />
            </div>
          </Group>
        ))}
        <Button variant="light" size="sm" onClick={() => onChange([...events, emptyEvent()])} w="fit-content">
          {t('situation.addEvent')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
