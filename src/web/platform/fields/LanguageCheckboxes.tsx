import { Checkbox, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { LANGUAGE_OPTIONS } from '../../i18n/languages.js';

interface LanguageCheckboxesProps {
  value: UiLanguage[];
  onChange: (value: UiLanguage[]) => void;
  label: string;
  description?: string;
  error?: string | undefined;
}

/** Several interface languages: a group of checkboxes, each language named in itself. */
export function LanguageCheckboxes({ value, onChange, label, description, error }: LanguageCheckboxesProps) {
  const { t } = useTranslation('common');
  return (
    <Checkbox.Group
      label={label}
      description={description ?? t('fields.networkLanguagesHint')}
      value={value}
      onChange={(next) => onChange(next as UiLanguage[])}
      error={error}
      withAsterisk
    >
      <SimpleGrid cols={{ base: 2, xs: 3 }} mt="xs" spacing="xs">
        {LANGUAGE_OPTIONS.map((option) => (
          <Checkbox key={option.value} value={option.value} label={<span lang={option.value}>{option.label}</span>} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
