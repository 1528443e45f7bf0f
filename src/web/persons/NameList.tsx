import { Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonNameEntry } from '../../core/cases/person.js';
import { useCodeLabel } from './codeLabels.js';
import { fullName, nameScript, primaryName } from './names.js';

/**
 * Every name of a person, the main one first, each with its script (and its kind, when not the
 * legal name), so that a caseworker who cannot read a script still sees what it is.
 */
export function NameList({ names, renderFirst }: { names: readonly PersonNameEntry[]; renderFirst?: (text: string) => ReactNode }) {
  const { t } = useTranslation('persons');
  const label = useCodeLabel();
  const first = primaryName(names);
  const ordered = first ? [first, ...names.filter((n) => n !== first)] : [];
  if (ordered.length === 0) return <Text c="dimmed">{t('names.none')}</Text>;
  return (
    <Stack gap={2}>
      {ordered.map((name, index) => {
        const script = nameScript(name);
        const details = [script ? label('name-script', script) : null, name.kind !== 'legal' ? label('name-kind', name.kind) : null]
          .filter(Boolean)
          .join(' · ');
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: names have no id and may repeat.
          <Group key={index} gap={6} wrap="nowrap" align="baseline">
            {index === 0 && renderFirst ? (
              renderFirst(fullName(name))
            ) : (
              <Text span fw={index === 0 ? 600 : undefined}>
                {fullName(name)}
              </Text>
            )}
            {details ? (
              <Text span size="xs" c="dimmed">
                {details}
              </Text>
            ) : null}
          </Group>
        );
      })}
    </Stack>
  );
}
