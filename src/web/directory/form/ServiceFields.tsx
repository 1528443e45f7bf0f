import { Checkbox, Fieldset, Group, MultiSelect, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { type ChangeEvent, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ELIGIBLE_GENDERS, SERVICE_STATUSES, SERVICE_TYPES, type ServiceStatus, type ServiceType } from '../../../core/referrals/directory.js';
import { languageOptions } from '../../persons/languages.js';
import type { ServiceDraft } from '../draft.js';
import type { EligibleGender } from '../filters.js';
import type { Labels } from '../labels.js';

export interface DraftProps {
  draft: ServiceDraft;
  onChange: (patch: Partial<ServiceDraft>) => void;
  errors: Readonly<Record<string, string>>;
  labels: Labels;
}

/** Name, types, description, status, web site and e-mail of the service. */
export function AboutFields({ draft, onChange, errors, labels }: DraftProps) {
  const { t } = useTranslation('directory');
  const text = (key: 'name' | 'alternateName' | 'url' | 'email') => ({
    value: draft[key],
    error: errors[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => onChange({ [key]: event.currentTarget.value }),
  });
  return (
    <Stack gap="md">
      <TextInput label={t('form.name')} {...text('name')} required maxLength={300} autoComplete="off" />
      <TextInput label={t('form.alternateName')} description={t('form.alternateNameHint')} {...text('alternateName')} maxLength={300} autoComplete="off" />
      <Checkbox.Group
        label={t('form.types')}
        description={t('form.typesHint')}
        value={draft.types}
        onChange={(value) => onChange({ types: SERVICE_TYPES.filter((type) => value.includes(type)) as ServiceType[] })}
        error={errors.types}
        withAsterisk
      >
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xs" mt="xs">
          {SERVICE_TYPES.map((type) => (
            <Checkbox key={type} value={type} label={labels.type(type)} aria-invalid={errors.types ? true : undefined} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Textarea
        label={t('form.description')}
        description={t('form.descriptionHint')}
        value={draft.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
        error={errors.description}
        autosize
        minRows={3}
        maxLength={4000}
      />
      <Group align="flex-start" gap="sm">
        <NativeSelect
          label={t('form.status')}
          data={SERVICE_STATUSES.map((s) => ({ value: s, label: labels.status(s) }))}
          value={draft.status}
          onChange={(event) => onChange({ status: event.currentTarget.value as ServiceStatus })}
          error={errors.status}
          w={220}
        />
        <TextInput type="url" label={t('form.url')} placeholder="https://" {...text('url')} maxLength={500} w={320} maw="100%" autoComplete="off" />
        <TextInput type="email" label={t('form.email')} {...text('email')} maxLength={254} w={280} maw="100%" autoComplete="off" />
      </Group>
    </Stack>
  );
}

/** Ages, genders, languages, fees and how to apply. */
export function EligibilityFields({ draft, onChange, errors, labels }: DraftProps) {
  const { t } = useTranslation('directory');
  const languages = useMemo(() => languageOptions(labels.locale), [labels.locale]);
  return (
    <Fieldset legend={t('form.eligibility')}>
      <Stack gap="md">
        <Group align="flex-start" gap="sm">
          <TextInput
            label={t('form.minimumAge')}
            value={draft.minimumAge}
            onChange={(event) => onChange({ minimumAge: event.currentTarget.value })}
            error={errors.minimumAge}
            inputMode="numeric"
            autoComplete="off"
            w={160}
          />
          <TextInput
            label={t('form.maximumAge')}
            value={draft.maximumAge}
            onChange={(event) => onChange({ maximumAge: event.currentTarget.value })}
            error={errors.maximumAge}
            inputMode="numeric"
            autoComplete="off"
            w={160}
          />
        </Group>
        <Checkbox.Group
          label={t('form.genders')}
          description={t('form.gendersHint')}
          value={draft.genders}
          onChange={(value) => onChange({ genders: ELIGIBLE_GENDERS.filter((g) => value.includes(g)) as EligibleGender[] })}
          error={errors.genders}
        >
          <Group gap="md" mt="xs">
            {ELIGIBLE_GENDERS.map((g) => (
              <Checkbox key={g} value={g} label={labels.gender(g)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label={t('form.eligibilityDescription')}
          description={t('form.eligibilityDescriptionHint')}
          value={draft.eligibilityDescription}
          onChange={(event) => onChange({ eligibilityDescription: event.currentTarget.value })}
          error={errors.eligibilityDescription}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <MultiSelect
          label={t('form.languages')}
          description={t('form.languagesHint')}
          data={languages}
          value={draft.languages}
          onChange={(value) => onChange({ languages: value })}
          error={errors.languages}
          searchable
          hidePickedOptions
          nothingFoundMessage={t('search.noLanguage')}
          limit={300}
          maxDropdownHeight={280}
        />
        <Checkbox label={t('form.free')} checked={draft.free} onChange={(event) => onChange({ free: event.currentTarget.checked })} />
        {draft.free ? null : (
          <Textarea
            label={t('form.feesDescription')}
            value={draft.feesDescription}
            onChange={(event) => onChange({ feesDescription: event.currentTarget.value })}
            error={errors.feesDescription}
            autosize
            minRows={2}
            maxLength={1000}
          />
        )}
        <Textarea
          label={t('form.applicationProcess')}
          description={t('form.applicationProcessHint')}
          value={draft.applicationProcess}
          onChange={(event) => onChange({ applicationProcess: event.currentTarget.value })}
          error={errors.applicationProcess}
          autosize
          minRows={2}
          maxLength={2000}
        />
      </Stack>
    </Fieldset>
  );
}
