import { Button, CopyButton, Group, TextInput, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CopyFieldProps {
  label: string;
  value: string;
  /** What the button copies, when it differs from what is shown (e.g. a key shown in groups). */
  copyValue?: string;
  copyLabel: string;
  monospace?: boolean;
  testId?: string;
}

/** A read-only value (link, key, token) with a button that copies it. */
export function CopyField({ label, value, copyValue, copyLabel, monospace, testId }: CopyFieldProps) {
  const { t } = useTranslation('common');
  return (
    <CopyButton value={copyValue ?? value} timeout={2000}>
      {({ copied, copy }) => (
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label={label}
            value={value}
            readOnly
            flex={1}
            onFocus={(event) => event.currentTarget.select()}
            classNames={monospace ? { input: 'haven-code' } : undefined}
            data-testid={testId}
          />
          <Button variant="default" onClick={copy}>
            {copied ? t('actions.copied') : copyLabel}
          </Button>
          <VisuallyHidden role="status">{copied ? t('actions.copied') : ''}</VisuallyHidden>
        </Group>
      )}
    </CopyButton>
  );
}
