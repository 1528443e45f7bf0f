import { Button, FileInput, Group, Progress, Stack, Text } from '@mantine/core';
import type { Ref } from 'react';
import { FormAlert } from './FormAlert.js';

/** The words of an import form, in the caller's namespace. */
export interface FileImportLabels {
  readonly file: string;
  readonly placeholder: string;
  readonly clear: string;
  /** Shown when the chosen file is not of an accepted type. */
  readonly wrongType: string;
  /** "Sending: 40 %" for a fraction sent. */
  readonly progress: (fraction: number) => string;
  /** Once everything is sent, while the server checks the file. */
  readonly checking: string;
  readonly submit: string;
}

/**
 * The fields of a form that uploads one file (an import): the file chooser, the progress of the
 * upload while it runs, the form's error, and the button. The form itself, its state and what the
 * answer shows belong to the caller.
 */
export function FileImportFields(props: {
  readonly labels: FileImportLabels;
  readonly accept: string;
  readonly file: File | null;
  readonly onFile: (file: File | null) => void;
  /** Whether a chosen file is of an accepted type. */
  readonly accepted: (file: File) => boolean;
  readonly fileError: string | null;
  readonly onFileError: (error: string | null) => void;
  readonly fileRef: Ref<HTMLButtonElement>;
  readonly pending: boolean;
  readonly progress: number;
  readonly formError: string | null;
  readonly testId: string;
}) {
  const { labels, progress } = props;
  return (
    <>
      <FileInput
        ref={props.fileRef}
        label={labels.file}
        placeholder={labels.placeholder}
        accept={props.accept}
        value={props.file}
        onChange={(next) => {
          props.onFile(next);
          props.onFileError(next && !props.accepted(next) ? labels.wrongType : null);
        }}
        error={props.fileError}
        clearable
        clearButtonProps={{ 'aria-label': labels.clear }}
        required
        w={420}
        maw="100%"
        data-testid={props.testId}
      />
      {props.pending ? (
        <Stack gap={4}>
          <Progress value={Math.round(progress * 100)} aria-label={labels.progress(progress)} animated />
          <Text size="sm" role="status">
            {progress < 1 ? labels.progress(progress) : labels.checking}
          </Text>
        </Stack>
      ) : null}
      <FormAlert message={props.formError} />
      <Group>
        <Button type="submit" loading={props.pending}>
          {labels.submit}
        </Button>
      </Group>
    </>
  );
}
