import { Button, Checkbox, Fieldset, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { type ChangeEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WEEKDAYS, type Weekday } from '../../../core/referrals/directory.js';
import { RemoveButton, removeAt, replaceAt } from '../../persons/form/fields.js';
import { countryOptions } from '../../platform/countries.js';
import { emptyLocation, emptyPhone, emptySchedule, type LocationDraft, type PhoneDraft, type ScheduleDraft } from '../draft.js';
import { timeZones, weekdayName } from '../hours.js';
import type { DraftProps } from './ServiceFields.js';

const ROW_ALIGN = { paddingTop: 'calc(var(--mantine-font-size-sm) * 1.55 + 4px)' };
const MAX_LOCATIONS = 50;
const MAX_PHONES = 20;
const MAX_SCHEDULES = 30;

interface RowProps extends DraftProps {
  clearError: (path: string) => void;
  /** The country a new location starts with. */
  defaultCountry?: string;
}

/** The addresses where the service is given: a group per location. */
export function LocationsFieldset({ draft, onChange, errors, clearError, labels, defaultCountry }: RowProps) {
  const { t } = useTranslation('directory');
  const countries = useMemo(() => countryOptions(labels.locale), [labels.locale]);
  const set = (index: number, location: LocationDraft, change: Partial<LocationDraft>) => {
    onChange({ locations: replaceAt(draft.locations, index, { ...location, ...change }) });
    for (const key of Object.keys(change)) clearError(`locations.${index}.${key}`);
  };
  return (
    <Fieldset legend={t('form.locations')} data-testid="locations">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('form.locationsHint')}
        </Text>
        {draft.locations.map((location, index) => {
          const n = index + 1;
          const field = (key: 'name' | 'address1' | 'postalCode' | 'city' | 'region') => ({
            value: location[key],
            error: errors[`locations.${index}.${key}`],
            onChange: (event: ChangeEvent<HTMLInputElement>) => set(index, location, { [key]: event.currentTarget.value }),
          });
          return (
            <Fieldset key={location.key} legend={t('form.location', { n })} variant="filled" data-testid="location-row">
              <Stack gap="sm">
                <Group align="flex-start" gap="sm">
                  <TextInput label={t('form.locationName')} description={t('form.locationNameHint')} {...field('name')} maxLength={300} w={300} maw="100%" />
                  <TextInput label={t('form.address1')} {...field('address1')} maxLength={300} w={340} maw="100%" autoComplete="off" />
                </Group>
                <Group align="flex-start" gap="sm">
                  <TextInput label={t('form.postalCode')} {...field('postalCode')} maxLength={40} w={130} autoComplete="off" />
                  <TextInput label={t('form.city')} {...field('city')} required maxLength={200} w={220} autoComplete="off" />
                  <TextInput label={t('form.region')} {...field('region')} maxLength={200} w={200} autoComplete="off" />
                  <Select
                    label={t('form.country')}
                    data={countries}
                    value={location.country || null}
                    onChange={(next) => set(index, location, { country: next ?? '' })}
                    error={errors[`locations.${index}.country`]}
                    searchable
                    selectFirstOptionOnChange
                    nothingFoundMessage={t('search.noCountry')}
                    limit={300}
                    maxDropdownHeight={280}
                    required
                    w={240}
                  />
                  <div style={ROW_ALIGN}>
                    <RemoveButton label={t('form.removeLocation', { n })} onClick={() => onChange({ locations: removeAt(draft.locations, index) })} />
                  </div>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        {draft.locations.length < MAX_LOCATIONS ? (
          <Button variant="default" w="fit-content" onClick={() => onChange({ locations: [...draft.locations, emptyLocation(defaultCountry)] })}>
            {t('form.addLocation')}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

/** The service's phone numbers, each with what it is for. */
export function PhonesFieldset({ draft, onChange, errors, clearError }: RowProps) {
  const { t } = useTranslation('directory');
  const set = (index: number, phone: PhoneDraft, change: Partial<PhoneDraft>) => {
    onChange({ phones: replaceAt(draft.phones, index, { ...phone, ...change }) });
    for (const key of Object.keys(change)) clearError(`phones.${index}.${key}`);
  };
  return (
    <Fieldset legend={t('form.phones')} data-testid="phones">
      <Stack gap="xs">
        {draft.phones.map((phone, index) => {
          const n = index + 1;
          return (
            <Group key={phone.key} role="group" aria-label={t('form.phone', { n })} align="flex-start" gap="sm" data-testid="phone-row">
              <TextInput
                type="tel"
                label={t('form.phoneNumber')}
                value={phone.number}
                onChange={(event) => set(index, phone, { number: event.currentTarget.value })}
                error={errors[`phones.${index}.number`]}
                placeholder="+30 210 123 4567"
                maxLength={40}
                autoComplete="off"
                w={220}
              />
              <TextInput
                label={t('form.phoneDescription')}
                description={t('form.phoneDescriptionHint')}
                value={phone.description}
                onChange={(event) => set(index, phone, { description: event.currentTarget.value })}
                error={errors[`phones.${index}.description`]}
                maxLength={200}
                w={320}
                maw="100%"
              />
              <div style={ROW_ALIGN}>
                <RemoveButton label={t('form.removePhone', { n })} onClick={() => onChange({ phones: removeAt(draft.phones, index) })} />
              </div>
            </Group>
          );
        })}
        {draft.phones.length < MAX_PHONES ? (
          <Button variant="default" w="fit-content" onClick={() => onChange({ phones: [...draft.phones, emptyPhone()] })}>
            {t('form.addPhone')}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

/** Open around the clock, or on schedules (days and times) in the service's time zone. */
export function HoursFieldset({ draft, onChange, errors, clearError, labels }: RowProps) {
  const { t } = useTranslation('directory');
  const zones = useMemo(() => timeZones(draft.timeZone), [draft.timeZone]);
  const set = (index: number, schedule: ScheduleDraft, change: Partial<ScheduleDraft>) => {
    onChange({ schedules: replaceAt(draft.schedules, index, { ...schedule, ...change }) });
    for (const key of Object.keys(change)) clearError(`schedules.${index}.${key}`);
  };
  return (
    <Fieldset legend={t('form.hours')} data-testid="hours">
      <Stack gap="sm">
        <Switch
          label={t('form.alwaysOpen')}
          description={t('form.alwaysOpenHint')}
          checked={draft.alwaysOpen}
          onChange={(event) => onChange({ alwaysOpen: event.currentTarget.checked })}
        />
        <Select
          label={t('form.timeZone')}
          description={t('form.timeZoneHint')}
          data={zones}
          value={draft.timeZone || null}
          onChange={(next) => {
            onChange({ timeZone: next ?? '' });
            clearError('timeZone');
          }}
          error={errors.timeZone}
          searchable
          nothingFoundMessage={t('form.noTimeZone')}
          limit={500}
          maxDropdownHeight={280}
          required
          w={320}
          maw="100%"
        />
        {draft.alwaysOpen
          ? null
          : draft.schedules.map((schedule, index) => {
              const n = index + 1;
              return (
                <Fieldset key={schedule.key} legend={t('form.schedule', { n })} variant="filled" data-testid="schedule-row">
                  <Stack gap="sm">
                    <Checkbox.Group
                      label={t('form.days')}
                      value={schedule.byday}
                      onChange={(value) => set(index, schedule, { byday: WEEKDAYS.filter((d) => value.includes(d)) as Weekday[] })}
                      error={errors[`schedules.${index}.byday`]}
                      withAsterisk
                    >
                      <Group gap="md" mt="xs">
                        {WEEKDAYS.map((day) => (
                          <Checkbox
                            key={day}
                            value={day}
                            label={weekdayName(day, labels.locale)}
                            aria-invalid={errors[`schedules.${index}.byday`] ? true : undefined}
                          />
                        ))}
                      </Group>
                    </Checkbox.Group>
                    <Group align="flex-start" gap="sm">
                      <TextInput
                        type="time"
                        label={t('form.opensAt')}
                        value={schedule.opensAt}
                        onChange={(event) => set(index, schedule, { opensAt: event.currentTarget.value.slice(0, 5) })}
                        error={errors[`schedules.${index}.opensAt`]}
                        required
                        w={140}
                      />
                      <TextInput
                        type="time"
                        label={t('form.closesAt')}
                        description={t('form.closesAtHint')}
                        value={schedule.closesAt}
                        onChange={(event) => set(index, schedule, { closesAt: event.currentTarget.value.slice(0, 5) })}
                        error={errors[`schedules.${index}.closesAt`]}
                        required
                        w={220}
                      />
                      <TextInput
                        label={t('form.scheduleDescription')}
                        description={t('form.scheduleDescriptionHint')}
                        value={schedule.description}
                        onChange={(event) => set(index, schedule, { description: event.currentTarget.value })}
                        error={errors[`schedules.${index}.description`]}
                        maxLength={500}
                        w={300}
                        maw="100%"
                      />
                      <div style={ROW_ALIGN}>
                        <RemoveButton label={t('form.removeSchedule', { n })} onClick={() => onChange({ schedules: removeAt(draft.schedules, index) })} />
                      </div>
                    </Group>
                  </Stack>
                </Fieldset>
              );
            })}
        {draft.alwaysOpen ? null : draft.schedules.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('form.noSchedules')}
          </Text>
        ) : null}
        {!draft.alwaysOpen && draft.schedules.length < MAX_SCHEDULES ? (
          <Button variant="default" w="fit-content" onClick={() => onChange({ schedules: [...draft.schedules, emptySchedule()] })}>
            {t('form.addSchedule')}
          </Button>
        ) : null}
      </Stack>
    </Fieldset>
  );
}
