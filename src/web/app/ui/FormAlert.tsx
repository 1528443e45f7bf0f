import { Alert, type MantineSpacing } from '@mantine/core';

/** A form-wide error, announced to screen readers when it appears. */
export function FormAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert" data-testid="form-error">
      {message}
    </Alert>
  );
}

/** A confirmation that something worked, announced politely. */
export function SuccessNote({ message, mb }: { message: string | null | undefined; mb?: MantineSpacing }) {
  return (
    <div role="status" aria-live="polite">
      {message ? (
        <Alert color="teal" variant="light" mb={mb}>
          {message}
        </Alert>
      ) : null}
    </div>
  );
}
