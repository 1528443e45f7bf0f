import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SharedField, SharedSnapshot } from '../../core/referrals/referral.js';
import { useFormat } from '../i18n/format.js';
import { Facts } from '../persons/Facts.js';
import { useCodeLabel } from '../persons/codeLabels.js';
import { languageName } from '../persons/languages.js';
import { useCountryName } from './labels.js';
import { presentFields } from './logic.js';

/** What a referral carries about the person: exactly the fields present, and the sender's note. */
export function SnapshotView({ snapshot, testId = 'shared-snapshot' }: { snapshot: SharedSnapshot; testId?: string }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const code = useCodeLabel();
  const country = useCountryName();
  const value = (field: SharedField): ReactNode => {
    switch (field) {
      case 'givenName':
        return snapshot.givenName;
      case 'familyName':
        return snapshot.familyName;
      case 'age':
        return snapshot.ageEstimated ? t('snapshot.ageEstimated', { age: snapshot.age ?? 0 }) : t('snapshot.age', { age: snapshot.age ?? 0 });
      case 'birthDate':
        return snapshot.birthDate ? format.date(snapshot.birthDate) : null;
      case 'gender':
        return snapshot.gender ? code('gender', snapshot.gender) : null;
      case 'languages':
        return format.list((snapshot.languages ?? []).map((l) => languageName(l, format.locale)));
      case 'citizenships':
        return format.list((snapshot.citizenships ?? []).map(country));
      case 'contact':
        return format.list([...(snapshot.contact?.phones ?? []), ...(snapshot.contact?.emails ?? [])]);
      case 'exploitationForms':
        return format.list((snapshot.exploitationForms ?? []).map((f) => code('exploitation-form', f)));
      case 'traffickingStatus':
        return snapshot.traffickingStatus ? code('trafficking-status', snapshot.traffickingStatus) : null;
    }
  };
  const fields = presentFields(snapshot);
  return (
    <Stack gap="sm" data-testid={testId}>
      {fields.length ? (
        <Facts rows={fields.map((f) => ({ label: t(`fields.${f}.label`), value: value(f) }))} empty={t('snapshot.empty')} />
      ) : (
        <Text size="sm" c="dimmed">
          {t('snapshot.noFields')}
        </Text>
      )}
      <Stack gap={2}>
        <Text fw={600} size="sm">
          {t('snapshot.note')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} data-testid="shared-note">
          {snapshot.note || t('snapshot.noNote')}
        </Text>
      </Stack>
    </Stack>
  );
}
