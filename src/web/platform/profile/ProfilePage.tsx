import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/me.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { DetailsSection } from './DetailsSection.js';
import { PasswordSection } from './PasswordSection.js';
import { SecondFactorSection } from './SecondFactorSection.js';
import { TokensSection } from './TokensSection.js';

/** The signed-in user's own account: details, password, second factor, API tokens. */
export function ProfilePage() {
  const { t } = useTranslation('profile');
  const me = useMe().data;
  return (
    <>
      <PageHeader title={t('title')} />
      {me ? (
        <Stack gap="lg" maw={820}>
          <DetailsSection me={me} />
          <PasswordSection />
          <SecondFactorSection me={me} />
          <TokensSection />
        </Stack>
      ) : (
        <PageLoader />
      )}
    </>
  );
}
