import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from './ui/PageHeader.js';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <>
      <PageHeader title={t('app.notFound.title')} intro={t('app.notFound.text')} />
      <Anchor component={Link} to="/">
        {t('app.notFound.home')}
      </Anchor>
    </>
  );
}
