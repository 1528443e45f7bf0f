import { Group, Kbd, Radio, Stack } from '@mantine/core';

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
  /** A shortcut that picks this choice from anywhere in the form (shown, and named for assistive technology). */
  shortcut?: { keys: string; aria: string };
}

interface ChoiceGroupProps<T extends string> {
  name: string;
  label: string;
  description?: string;
  choices: readonly Choice<T>[];
  value: T;
  onChange: (value: T) => void;
  error?: string | undefined;
  /** Side by side (short labels), or one under the other (with descriptions). */
  vertical?: boolean;
  testId?: string;
}

/**
 * One choice of a few, as radio buttons: Tab reaches the chosen one, the arrow keys move the
 * choice, as every browser does for a radio group.
 */
export function ChoiceGroup<T extends string>({ name, label, description, choices, value, onChange, error, vertical, testId }: ChoiceGroupProps<T>) {
  const Layout = vertical ? Stack : Group;
  return (
    <Radio.Group name={name} label={label} description={description} value={value} onChange={(next) => onChange(next as T)} error={error} data-testid={testId}>
      <Layout gap={vertical ? 'xs' : 'md'} mt={6}>
        {choices.map((c) => (
          <Radio
            key={c.value}
            value={c.value}
            description={c.description}
            aria-keyshortcuts={c.shortcut?.aria}
            label={
              c.shortcut ? (
                <>
                  {c.label}{' '}
                  <Kbd size="xs" aria-hidden="true" visibleFrom="sm">
                    {c.shortcut.keys}
                  </Kbd>
                </>
              ) : (
                c.label
              )
            }
          />
        ))}
      </Layout>
    </Radio.Group>
  );
}
