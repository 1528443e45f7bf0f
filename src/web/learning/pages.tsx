import { useTranslation } from 'react-i18next';
import { PageHeader } from '../app/ui/PageHeader.js';

/** `/learning`: the courses a user may follow (and, for trainers, author). */
export function CoursesPage() {
  const { t } = useTranslation('learning');
  return <PageHeader title={t('title')} />;
}

/** `/learning/courses/:id`: a learner follows a course, resumes, takes its quizzes, gets the certificate. */
export function CoursePage() {
  const { t } = useTranslation('learning');
  return <PageHeader title={t('title')} />;
}

/** `/learning/courses/new`, `/learning/courses/:id/edit`: a trainer authors a course. */
export function CourseEditorPage() {
  const { t } = useTranslation('learning');
  return <PageHeader title={t('title')} />;
}

/** `/learning/courses/:id/stats`: completion and scores per organisation. */
export function CourseStatsPage() {
  const { t } = useTranslation('learning');
  return <PageHeader title={t('title')} />;
}
