import { Text, Textarea, TextInput } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './context.js';
import type { TextsDraft } from './draft.js';

interface LocalTextProps {
  label: string;
  /** The dotted path of the text in the content (`modules.0.title`). */
  path: string;
  value: TextsDraft;
  onChange: (next: TextsDraft) => void;
  description?: ReactNode;
  multiline?: boolean;
  required?: boolean;
  testId?: string;
}

/** A text of the course in the language being written, with its error and a mark when it is missing in this language. */
export function LocalTextField({ label, path, value, onChange, description, multiline, required, testId }: LocalTextProps) {
  const { t } = useTranslation('learning');
  const editor = useEditor();
  const language = editor.language;
  const missing = editor.missing(path);
  const hint =
    description || missing ? (
      <>
        {description}
        {description && missing ? ' ' : null}
        {missing ? (
          <Text span size="xs" fw={700} c="red.9">
            {t('editor.missingHere')}
          </Text>
        ) : null}
      </>
    ) : undefined;
  const props = {
    label,
    description: hint,
    value: value[language] ?? '',
    error: editor.textError(path),
    required,
    lang: language,
    'data-testid': testId,
    onChange: (event: { currentTarget: { value: string } }) => {
      editor.clear(path);
      onChange({ ...value, [language]: event.currentTarget.value });
    },
  };
  return multiline ? <Textarea {...props} autosize minRows={3} maxRows={20} /> : <TextInput {...props} />;
}

/** A number typed as text (pass mark, minutes): the schema checks it. */
export function NumberText({
  label,
  path,
  value,
  onChange,
  description,
  testId,
}: {
  label: string;
  path: string;
  value: string;
  onChange: (next: string) => void;
  description?: string;
  testId?: string;
}) {
  const editor = useEditor();
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      inputMode="numeric"
      error={editor.error(path)}
      data-testid={testId}
      maw={260}
      onChange={(event) => {
        editor.clear(path);
        onChange(event.currentTarget.value);
      }}
    />
  );
}
