import { useTranslation } from 'react-i18next';
import { PageHeader } from '../app/ui/PageHeader.js';

/** `/advocacy`: recommendations and action plans, by country and theme, with progress. */
export function RecommendationsPage() {
  const { t } = useTranslation('advocacy');
  return <PageHeader title={t('title')} />;
}

/** `/advocacy/recommendations/:id`: one recommendation and its status history. */
export function RecommendationPage() {
  const { t } = useTranslation('advocacy');
  return <PageHeader title={t('title')} />;
}
