import { Fieldset, Stack, Switch, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEditor } from './context.js';
import { emptyQuiz, type LessonDraft } from './draft.js';
import { ImagesField } from './ImagesField.js';
import { PartControls } from './PartControls.js';
import { QuizFields } from './QuizFields.js';
import { LocalTextField } from './TextFields.js';

/** One lesson: title, text, images, video link and, if it has one, its quiz. */
export function LessonFields({
  path,
  name,
  index,
  count,
  lesson,
  onChange,
  onMove,
  onRemove,
}: {
  path: string;
  name: string;
  index: number;
  count: number;
  lesson: LessonDraft;
  onChange: (next: LessonDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('learning');
  const editor = useEditor();
  const l = lesson;
  return (
    <Fieldset legend={name} data-testid="lesson">
      <Stack gap="sm">
        <PartControls name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
        <LocalTextField label={t('editor.lessonTitle')} path={`${path}.title`} value={l.title} onChange={(title) => onChange({ ...l, title })} required />
        <LocalTextField
          label={t('editor.body')}
          description={t('editor.bodyHint')}
          path={`${path}.body`}
          value={l.body}
          onChange={(body) => onChange({ ...l, body })}
          multiline
        />
        <ImagesField path={`${path}.images`} images={l.images} onChange={(images) => onChange({ ...l, images })} />
        <TextInput
          label={t('editor.videoUrl')}
          description={t('editor.videoUrlHint')}
          type="url"
          inputMode="url"
          value={l.videoUrl}
          error={editor.error(`${path}.videoUrl`)}
          onChange={(event) => {
            editor.clear(`${path}.videoUrl`);
            onChange({ ...l, videoUrl: event.currentTarget.value });
          }}
        />
        <Switch
          label={t('editor.hasQuiz')}
          checked={l.quiz !== null}
          onChange={(event) => {
            editor.clear(`${path}.quiz`);
            onChange({ ...l, quiz: event.currentTarget.checked ? emptyQuiz() : null });
          }}
        />
        {l.quiz ? <QuizFields path={`${path}.quiz`} quiz={l.quiz} onChange={(quiz) => onChange({ ...l, quiz })} /> : null}
      </Stack>
    </Fieldset>
  );
}
