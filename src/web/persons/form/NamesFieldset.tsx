import { Button, Fieldset, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type NameDraft, emptyName, withTypedName } from '../draft.js';
import { useCodeOptions } from '../codeLabels.js';
import type { NameScript } from '../names.js';
import { type FieldErrorsProps, RemoveButton, removeAt, replaceAt } from './fields.js';

interface NamesFieldsetProps extends FieldErrorsProps {
  names: NameDraft[];
  onChange: (names: NameDraft[]) => void;
}

/**
 * Every name the person uses, as they write it: legal names, aliases, nicknames, in any script.
 * The script follows the letters typed until the user chooses another.
 */
export function NamesFieldset({ names, onChange, errors, clearError }: NamesFieldsetProps) {
  const { t } = useTranslation('persons');
  const kinds = useCodeOptions('name-kind');
  const scripts = useCodeOptions('name-script');
  const set = (index: number, name: NameDraft, ...paths: string[]) => {
    onChange(replaceAt(names, index, name));
    for (const path of paths) clearError(`names.${index}.${path}`);
  };

  return (
    <Fieldset legend={t('form.names.legend')}>
      <Stack gap="md">
        {names.map((name, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; they are edited in place.
            <Group key={index} role="group" aria-label={t('form.names.row', { n })} align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label={t('form.names.given')}
                value={name.given}
                onChange={(event) => set(index, withTypedName(name, { given: event.currentTarget.value }), 'given')}
                error={errors[`names.${index}.given`]}
                autoComplete="off"
                spellCheck={false}
                withAsterisk={index === 0}
                data-autofocus={index === 0 ? true : undefined}
                w={220}
              />
              <TextInput
                label={t('form.names.family')}
                value={name.family}
                onChange={(event) => set(index, withTypedName(name, { family: event.currentTarget.value }), 'given', 'family')}
                error={errors[`names.${index}.family`]}
                autoComplete="off"
                spellCheck={false}
                w={220}
              />
              <NativeSelect
                label={t('form.names.kind')}
                data={kinds}
                value={name.kind}
                onChange={(event) => set(index, { ...name, kind: event.currentTarget.value as NameDraft['kind'] })}
                w={160}
              />
              <NativeSelect
                label={t('form.names.script')}
                description={name.scriptChosen ? undefined : t('form.names.scriptDetected')}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                data={[{ value: '', label: t('form.names.scriptNone') }, ...scripts]}
                value={name.script}
                onChange={(event) => set(index, { ...name, script: event.currentTarget.value as NameScript | '', scriptChosen: true })}
                w={160}
                data-testid={`name-script-${index}`}
              />
              {names.length > 1 ? (
                <div style={{ paddingTop: 'calc(var(--mantine-font-size-sm) * 1.55 + 4px)' }}>
                  <RemoveButton label={t('form.names.remove', { n })} onClick={() => onChange(removeAt(names, index))} />
                </div>
              ) : null}
            </Group>
          );
        })}
        <Button variant="light" onClick={() => onChange([...names, { ...emptyName(), kind: 'alias' }])} w="fit-content">
          {t('form.names.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
