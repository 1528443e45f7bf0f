import { Alert, Anchor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/client.js';
import { useErrorText } from '../../app/form.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { isUiLanguage } from '../../i18n/languages.js';
import { useCourse } from '../api.js';
import { localOf } from '../local.js';
import { CourseForm, type EditorLocationState } from './CourseForm.js';

/** `/learning/courses/new`, `/learning/courses/:id/edit`: a trainer authors a course. */
export function CourseEditorPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation('learning');
  const errorText = useErrorText();
  const location = useLocation();
  const course = useCourse(id);
  const [reloads, setReloads] = useState(0);
  const uiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'en';

  const back = (
    <Anchor component={Link} to="/learning" size="sm" mb="xs" display="inline-block">
      {t('editor.back')}
    </Anchor>
  );
  if (id && course.isPending) return <PageLoader />;
  if (id && (course.error || course.data?.kind !== 'author')) {
    return (
      <>
        {back}
        <PageHeader title={t('editor.notFoundTitle')} />
        <Alert color="red" role="alert">
          {course.error && !isApiError(course.error, 'not_found') ? errorText(course.error) : t('editor.notFound')}
        </Alert>
      </>
    );
  }
  const existing = course.data?.kind === 'author' ? course.data.course : undefined;
  const title = existing ? localOf(existing.content.title, uiLanguage, existing.content.defaultLanguage) || t('editor.untitled') : '';
  if (existing && !existing.editable) {
    return (
      <>
        {back}
        <PageHeader title={t('editor.editTitle', { title })} />
        <Alert color="red" role="alert" data-testid="not-editable">
          {t('editor.notEditable', { organisation: existing.orgName })}
        </Alert>
      </>
    );
  }
  return (
    <>
      {back}
      <PageHeader title={existing ? t('editor.editTitle', { title }) : t('editor.newTitle')} />
      <CourseForm
        key={existing ? `${existing.id}/${reloads}` : 'new'}
        existing={existing}
        uiLanguage={uiLanguage}
        state={(location.state as EditorLocationState | null) ?? null}
        onReload={() => void course.refetch().then(() => setReloads((n) => n + 1))}
      />
    </>
  );
}
