import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type CourseView, courseContent } from '../../../core/learning/course.js';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { isApiError } from '../../api/client.js';
import { focusFirstError, useErrorText } from '../../app/form.js';
import { ConfirmModal } from '../../app/ui/ConfirmModal.js';
import { FormAlert, SuccessNote } from '../../app/ui/FormAlert.js';
import { LANGUAGE_NAMES } from '../../i18n/languages.js';
import { useCourseAction, useSaveCourse } from '../api.js';
import { EditorContext, type EditorState } from './context.js';
import {
  type CourseDraft,
  contentOf,
  draftOf,
  emptyDraft,
  emptyModule,
  lessonIds,
  missingCounts,
  missingTexts,
  move,
  nextId,
  removeAt,
  replaceAt,
} from './draft.js';
import { editorErrors, errorsElsewhere, formPathOf, serverFieldError, textError } from './errors.js';
import { LanguageFields } from './LanguageFields.js';
import { ModuleFields } from './ModuleFields.js';
import { LocalTextField, NumberText } from './TextFields.js';

/** After a course is created, the editor opens at its address with this state. */
export interface EditorLocationState {
  created?: boolean;
  language?: UiLanguage;
}

const same = (a: CourseDraft, b: CourseDraft) => JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));

/** The whole course in one form: languages, description, modules, lessons, quizzes; save, publish, archive. */
export function CourseForm({
  existing,
  uiLanguage,
  state,
  onReload,
}: {
  existing: CourseView | undefined;
  uiLanguage: UiLanguage;
  state: EditorLocationState | null;
  onReload: () => void;
}) {
  const { t } = useTranslation(['learning', 'common']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement | null>(null);
  const initial = useMemo(() => (existing ? draftOf(existing.content) : emptyDraft(uiLanguage)), [existing, uiLanguage]);
  const [draft, setDraft] = useState<CourseDraft>(initial);
  const [saved, setSaved] = useState<CourseDraft>(initial);
  const [view, setView] = useState<CourseView | undefined>(existing);
  const [language, setLanguage] = useState<UiLanguage>(() => {
    const wanted = state?.language ?? initial.defaultLanguage;
    return initial.languages.includes(wanted) ? wanted : initial.defaultLanguage;
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [note, setNote] = useState<string | null>(state?.created ? t('editor.created') : null);
  const [confirm, setConfirm] = useState<'publish' | 'archive' | null>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);

  const id = view?.id;
  const save = useSaveCourse(id);
  const publish = useCourseAction(id ?? '', 'publish');
  const archive = useCourseAction(id ?? '', 'archive');
  const dirty = !same(draft, saved);

  const missing = useMemo(() => missingCounts(draft), [draft]);
  const missingHere = useMemo(() => new Set(missingTexts(draft, language)), [draft, language]);

  const clear = useCallback((path: string) => {
    setErrors((current) => {
      const keys = Object.keys(current).filter((k) => k === path || k.startsWith(`${path}.`));
      if (keys.length === 0) return current;
      const next = { ...current };
      for (const k of keys) delete next[k];
      return next;
    });
  }, []);

  const editor: EditorState = {
    language,
    courseId: id,
    error: (path) => errors[path],
    textError: (path) => textError(errors, path, language),
    missing: (path) => missingHere.has(path),
    clear,
  };

  const elsewhereText = (found: Record<string, string>) => {
    const others = errorsElsewhere(found, language) as UiLanguage[];
    return others.length ? t('editor.problemsElsewhere', { languages: others.map((l) => LANGUAGE_NAMES[l]).join(', ') }) : null;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setNote(null);
    setFormError(null);
    setStale(false);
    const parsed = courseContent.safeParse(contentOf(draft));
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const [path, m] of Object.entries(editorErrors(parsed.error.issues))) found[path] = t(`editor.errors.${m.key}`, m.values ?? {});
      setErrors(found);
      setFormError([t('editor.problems'), elsewhereText(found)].filter(Boolean).join(' '));
      focusFirstError(formRef.current);
      return;
    }
    const sent = draft;
    save.mutate(view ? { content: parsed.data, version: view.version } : { content: parsed.data }, {
      onSuccess: (answer) => {
        setView(answer);
        setSaved(sent);
        setErrors({});
        if (!view) {
          const next: EditorLocationState = { created: true, language };
          navigate(`/learning/courses/${answer.id}/edit`, { replace: true, state: next });
        } else setNote(t('editor.saved'));
      },
      onError: (cause) => {
        if (isApiError(cause, 'stale_version')) setStale(true);
        else if (isApiError(cause) && cause.field) {
          const path = formPathOf(cause.field);
          const m = serverFieldError(path);
          setErrors({ [path]: t(`editor.errors.${m.key}`, m.values ?? {}) });
          focusFirstError(formRef.current);
        }
        setFormError(errorText(cause));
      },
    });
  };

  const runConfirmed = () => {
    const action = confirm === 'publish' ? publish : archive;
    setConfirmError(null);
    if (!view) return;
    action.mutate(view.version, {
      onSuccess: (answer) => {
        setView(answer);
        setConfirm(null);
        setNote(confirm === 'publish' ? t('editor.published', { version: answer.publishedVersion ?? '' }) : t('editor.archived'));
      },
      onError: (cause) => {
        setConfirmError(errorText(cause));
        if (isApiError(cause, 'stale_version')) setStale(true);
      },
    });
  };

  const setModules = (modules: CourseDraft['modules']) => setDraft((d) => ({ ...d, modules }));
  const newLessonId = nextId('lesson', lessonIds(draft));

  return (
    <EditorContext.Provider value={editor}>
      <form ref={formRef} onSubmit={onSubmit} noValidate data-testid="course-form">
        <Stack gap="lg">
          <SuccessNote message={note} />
          <Paper withBorder p="md">
            <LanguageFields draft={draft} missing={missing} onDraft={setDraft} onEditing={setLanguage} />
          </Paper>
          <Paper withBorder p="md" component="section" aria-labelledby="course-about">
            <Stack gap="sm">
              <Title order={2} size="h3" id="course-about">
                {t('editor.aboutTitle')}
              </Title>
              <LocalTextField
                label={t('editor.courseTitle')}
                path="title"
                value={draft.title}
                onChange={(title) => setDraft((d) => ({ ...d, title }))}
                required
              />
              <LocalTextField
                label={t('editor.summary')}
                path="summary"
                value={draft.summary}
                onChange={(summary) => setDraft((d) => ({ ...d, summary }))}
                multiline
              />
              <LocalTextField
                label={t('editor.audience')}
                description={t('editor.audienceHint')}
                path="audience"
                value={draft.audience}
                onChange={(audience) => setDraft((d) => ({ ...d, audience }))}
              />
              <NumberText label={t('editor.minutesLabel')} path="minutes" value={draft.minutes} onChange={(minutes) => setDraft((d) => ({ ...d, minutes }))} />
            </Stack>
          </Paper>
          <Stack gap="md" component="section" aria-labelledby="course-modules">
            <Title order={2} size="h3" id="course-modules">
              {t('editor.modulesTitle')}
            </Title>
            {draft.modules.map((m, mi) => (
              <ModuleFields
                key={m.id}
                path={`modules.${mi}`}
                index={mi}
                count={draft.modules.length}
                module={m}
                newLessonId={newLessonId}
                onChange={(next) => setModules(replaceAt(draft.modules, mi, next))}
                onMove={(delta) => {
                  clear('modules');
                  setModules(move(draft.modules, mi, delta));
                }}
                onRemove={() => {
                  clear('modules');
                  setModules(removeAt(draft.modules, mi));
                }}
              />
            ))}
            <Button
              variant="light"
              w="fit-content"
              disabled={draft.modules.length >= 30}
              onClick={() =>
                setModules([
                  ...draft.modules,
                  emptyModule(
                    nextId(
                      'module',
                      draft.modules.map((m) => m.id),
                    ),
                    newLessonId,
                  ),
                ])
              }
            >
              {t('editor.addModule')}
            </Button>
          </Stack>
          <Paper withBorder p="md" pos="sticky" bottom={0} style={{ zIndex: 5 }} data-testid="editor-actions">
            <Stack gap="xs">
              <FormAlert message={formError} />
              {stale ? (
                <Button variant="default" w="fit-content" onClick={onReload}>
                  {t('editor.reload')}
                </Button>
              ) : null}
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Text size="sm" c="dimmed" data-testid="course-state">
                  {view ? t('editor.state', { status: t(`status.${view.status}`) }) : t('status.draft')}
                  {view?.publishedVersion ? ` · ${t('editor.stateVersion', { version: view.publishedVersion })}` : ''}
                  {dirty ? ` · ${t('editor.unsaved')}` : view?.changedSincePublished && view.publishedVersion ? ` · ${t('editor.changedSincePublished')}` : ''}
                </Text>
                <Group gap="xs">
                  <Button type="submit" loading={save.isPending}>
                    {t('editor.save')}
                  </Button>
                  {view ? (
                    <>
                      <Button
                        variant="default"
                        disabled={dirty || (view.publishedVersion !== null && !view.changedSincePublished && view.status !== 'archived')}
                        title={dirty ? t('editor.publishNeedsSave') : undefined}
                        onClick={() => {
                          setConfirmError(null);
                          setConfirm('publish');
                        }}
                      >
                        {t('editor.publish')}
                      </Button>
                      {view.status !== 'published' ? null : (
                        <Button
                          variant="default"
                          color="red.9"
                          onClick={() => {
                            setConfirmError(null);
                            setConfirm('archive');
                          }}
                        >
                          {t('editor.archive')}
                        </Button>
                      )}
                    </>
                  ) : null}
                </Group>
              </Group>
              {view && dirty ? (
                <Text size="xs" c="dimmed">
                  {t('editor.publishNeedsSave')}
                </Text>
              ) : null}
            </Stack>
          </Paper>
        </Stack>
      </form>
      <ConfirmModal
        opened={confirm !== null}
        title={confirm === 'archive' ? t('editor.archiveTitle') : t('editor.publishTitle')}
        text={confirm === 'archive' ? t('editor.archiveText') : t('editor.publishText')}
        confirmLabel={confirm === 'archive' ? t('editor.archive') : t('editor.publish')}
        destructive={confirm === 'archive'}
        pending={publish.isPending || archive.isPending}
        error={confirmError}
        onConfirm={runConfirmed}
        onClose={() => setConfirm(null)}
      />
    </EditorContext.Provider>
  );
}
