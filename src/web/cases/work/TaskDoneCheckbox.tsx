import { Checkbox, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../core/cases/views.js';
import { useErrorText } from '../../app/form.js';
import { useSetTaskDone } from './api.js';
import { str } from './fields.js';

/** Ticks a task done (or open again) and saves at once; a failure is announced beside it. */
export function TaskDoneCheckbox({ entry, onSaved, disabled }: { entry: EntryView; onSaved?: (entry: EntryView) => void; disabled?: boolean }) {
  const { t } = useTranslation('caseWork');
  const errorText = useErrorText();
  const save = useSetTaskDone();
  // What the user ticked, shown until the entry comes back in a newer version (or the save fails).
  const [ticked, setTicked] = useState<{ done: boolean; version: number } | null>(null);
  const done = ticked && ticked.version === entry.version ? ticked.done : entry.data.done === true;
  return (
    <div>
      <Checkbox
        checked={done}
        disabled={disabled || save.isPending}
        onChange={(event) => {
          const next = event.currentTarget.checked;
          setTicked({ done: next, version: entry.version });
          save.mutate({ entry, done: next }, { onSuccess: (saved) => onSaved?.(saved), onError: () => setTicked(null) });
        }}
        aria-label={t('tasks.doneLabel', { title: str(entry.data.title) })}
        label={t('fields.done')}
      />
      <div role="status">
        {save.error ? (
          <Text size="sm" c="red.9" mt={4}>
            {t('tasks.saveFailed', { error: errorText(save.error) })}
          </Text>
        ) : null}
      </div>
    </div>
  );
}
