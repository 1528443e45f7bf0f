import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ORG_TYPES, type OrgType } from '../../../core/platform/roles.js';

interface OrgTypeSelectProps {
  value: OrgType | '';
  onChange: (value: OrgType) => void;
  error?: string | undefined;
}

export function OrgTypeSelect({ value, onChange, error }: OrgTypeSelectProps) {
  const { t } = useTranslation('common');
  const data = [{ value: '', label: '—', disabled: true }, ...ORG_TYPES.map((type) => ({ value: type, label: t(`orgTypes.${type}`) }))];
  return (
    <NativeSelect
      label={t('fields.orgType')}
      data={data}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as OrgType)}
      error={error}
      required
    />
  );
}
