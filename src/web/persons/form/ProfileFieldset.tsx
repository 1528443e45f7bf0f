import { Fieldset, NativeSelect, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeOptions } from '../codeLabels.js';
import type { Gender, PersonDraft, Vulnerability } from '../draft.js';
import { CodesField, CountriesField, type FieldErrorsProps, LanguagesField } from './fields.js';

interface ProfileFieldsetProps extends FieldErrorsProps {
  draft: PersonDraft;
  onChange: (change: Partial<PersonDraft>) => void;
}

/** Gender, citizenships, languages and vulnerabilities. */
export function ProfileFieldset({ draft, onChange, errors, clearError }: ProfileFieldsetProps) {
  const { t } = useTranslation('persons');
  const genders = useCodeOptions('gender');
  return (
    <Fieldset legend={t('form.profile.legend')}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={t('form.profile.gender')}
          data={[{ value: '', label: t('form.notRecorded') }, ...genders]}
          value={draft.gender}
          onChange={(event) => onChange({ gender: event.currentTarget.value as Gender | '' })}
        />
        <CountriesField
          label={t('form.profile.citizenships')}
          value={draft.citizenships}
          onChange={(citizenships) => {
            onChange({ citizenships });
            clearError('citizenships');
          }}
          error={errors.citizenships}
        />
        <LanguagesField
          label={t('form.profile.languages')}
          description={t('form.profile.languagesHint')}
          value={draft.languages}
          onChange={(languages) => {
            onChange({ languages });
            clearError('languages');
          }}
          error={errors.languages}
        />
        <CodesField<Vulnerability>
          list="vulnerability"
          label={t('form.profile.vulnerabilities')}
          value={draft.vulnerabilities}
          onChange={(vulnerabilities) => onChange({ vulnerabilities })}
          error={errors.vulnerabilities}
        />
      </SimpleGrid>
    </Fieldset>
  );
}
