import { Button, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntryView } from '../../../core/cases/views.js';
import { createNoteRequest, MAX_NOTE_LENGTH } from '../../../core/cases/work.js';
import { useMe } from '../../api/me.js';
import { useForm } from '../../app/form.js';
import { useColleagueNames, useEntries } from './api.js';
import { EntryModal, useEntryEditor } from './EntryModal.js';
import { area, opt, str } from './fields.js';
import { useWorkFormat } from './format.js';
import { EditButton, EntryCard, EntryList, LoadState, PanelActions } from './ui.js';

const NOTE_TEXT = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function NoteForm({ caseId, entry, onClose }: { caseId: string; entry?: EntryView | undefined; onClose: () => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const toValues = (d: Record<string, unknown>) => ({ text: str(d.text) });
  const form = useForm(toValues(entry?.data ?? {}));
  const editor = useEntryEditor(caseId, 'notes', entry, form, toValues);
  const onSubmit = () => {
    const body = form.validate(createNoteRequest, { text: opt(form.values.text) });
    if (body) editor.submit(body, onClose);
  };
  return (
    <EntryModal
      title={entry ? t('caseWork:edit.note') : t('caseWork:add.note')}
      form={form}
      onSubmit={onSubmit}
      onClose={onClose}
      pending={editor.pending}
      theirs={editor.theirs}
      renderTheirs={(e) => (
        <Text size="sm" style={NOTE_TEXT}>
          {str(e.data.text)}
        </Text>
      )}
      onStartFromTheirs={editor.startFromTheirs}
      size="xl"
    >
      <Textarea
        label={t('caseWork:fields.text')}
        required
        autosize
        minRows={6}
        maxRows={20}
        maxLength={MAX_NOTE_LENGTH}
        data-autofocus
        {...area(form, 'text')}
      />
    </EntryModal>
  );
}

/** Notes on the case: the text as written, who wrote it and when. */
export function NotesPanel({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t } = useTranslation('caseWork');
  const f = useWorkFormat();
  const me = useMe().data;
  const names = useColleagueNames().data;
  const entries = useEntries(caseId, 'notes');
  const [editing, setEditing] = useState<{ entry?: EntryView } | null>(null);
  const items = entries.data ?? [];
  const author = (id: string | null) => (id ? (id === me?.user.id ? me.user.name : names?.get(id)) : undefined) ?? t('notes.unknownAuthor');

  return (
    <>
      {canWrite ? (
        <PanelActions>
          <Button onClick={() => setEditing({})}>{t('add.note')}</Button>
        </PanelActions>
      ) : null}
      <LoadState isPending={entries.isPending} error={entries.error} empty={items.length === 0} emptyText={t('empty.notes')}>
        <EntryList label={t('tabs.notes')}>
          {items.map((entry) => {
            const heading = `${author(entry.createdBy)} · ${f.dateTime(entry.createdAt)}`;
            return (
              <EntryCard
                key={entry.id}
                testId="note"
                title={heading}
                actions={canWrite ? <EditButton what={`${t('kinds.note')}: ${heading}`} onClick={() => setEditing({ entry })} /> : null}
              >
                <Stack gap={4}>
                  <Text style={NOTE_TEXT}>{str(entry.data.text)}</Text>
                  {entry.updatedAt !== entry.createdAt ? (
                    <Text size="xs" c="dimmed">
                      {t('fields.editedAt', { when: f.dateTime(entry.updatedAt) })}
                    </Text>
                  ) : null}
                </Stack>
              </EntryCard>
            );
          })}
        </EntryList>
      </LoadState>
      {editing ? <NoteForm caseId={caseId} entry={editing.entry} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
