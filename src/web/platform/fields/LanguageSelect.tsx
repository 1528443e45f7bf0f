import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { LANGUAGE_OPTIONS } from '../../i18n/languages.js';

interface LanguageSelectProps {
  value: UiLanguage;
  onChange: (value: UiLanguage) => void;
  label?: string;
  error?: string | undefined;
}

/** One interface language, each offered by its own name. */
export function LanguageSelect({ value, onChange, label, error }: LanguageSelectProps) {
  const { t } = useTranslation('common');
  return (
    <NativeSelect
      label={label ?? t('fields.language')}
      data={LANGUAGE_OPTIONS}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as UiLanguage)}
      error={error}
    />
  );
}
