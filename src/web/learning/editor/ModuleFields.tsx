import { Button, Fieldset, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEditor } from './context.js';
import { emptyLesson, type ModuleDraft, move, removeAt, replaceAt } from './draft.js';
import { LessonFields } from './LessonFields.js';
import { PartControls } from './PartControls.js';
import { LocalTextField } from './TextFields.js';

/** One module: its title and its lessons (added, removed, reordered). */
export function ModuleFields({
  path,
  index,
  count,
  module: m,
  newLessonId,
  onChange,
  onMove,
  onRemove,
}: {
  path: string;
  index: number;
  count: number;
  module: ModuleDraft;
  /** A lesson id not used anywhere in the course. */
  newLessonId: string;
  onChange: (next: ModuleDraft) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('learning');
  const editor = useEditor();
  const name = t('editor.module', { n: index + 1 });
  const lessons = `${path}.lessons`;
  return (
    <Fieldset legend={name} data-testid="module">
      <Stack gap="md">
        <PartControls name={name} index={index} count={count} onMove={onMove} onRemove={onRemove} />
        <LocalTextField label={t('editor.moduleTitle')} path={`${path}.title`} value={m.title} onChange={(title) => onChange({ ...m, title })} required />
        {m.lessons.map((l, li) => (
          <LessonFields
            key={l.id}
            path={`${lessons}.${li}`}
            name={t('editor.lessonIn', { module: name, n: li + 1 })}
            index={li}
            count={m.lessons.length}
            lesson={l}
            onChange={(next) => onChange({ ...m, lessons: replaceAt(m.lessons, li, next) })}
            onMove={(delta) => {
              editor.clear(lessons);
              onChange({ ...m, lessons: move(m.lessons, li, delta) });
            }}
            onRemove={() => {
              editor.clear(lessons);
              onChange({ ...m, lessons: removeAt(m.lessons, li) });
            }}
          />
        ))}
        <Button
          variant="light"
          w="fit-content"
          disabled={m.lessons.length >= 50}
          onClick={() => onChange({ ...m, lessons: [...m.lessons, emptyLesson(newLessonId)] })}
        >
          {t('editor.addLesson')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
