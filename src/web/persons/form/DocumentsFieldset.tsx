import { Button, Checkbox, Fieldset, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCodeOptions } from '../codeLabels.js';
import { type DocumentDraft, type DocumentType, emptyDocument } from '../draft.js';
import { CountryField, type FieldErrorsProps, RemoveButton, removeAt, replaceAt } from './fields.js';

interface DocumentsFieldsetProps extends FieldErrorsProps {
  documents: DocumentDraft[];
  onChange: (documents: DocumentDraft[]) => void;
}

/** Identity documents: type, number, issuing country, expiry, and whether someone else holds it. */
export function DocumentsFieldset({ documents, onChange, errors, clearError }: DocumentsFieldsetProps) {
  const { t } = useTranslation('persons');
  const types = useCodeOptions('identity-document-type');
  const set = (index: number, change: Partial<DocumentDraft>) => {
    const doc = documents[index];
    if (doc) onChange(replaceAt(documents, index, { ...doc, ...change }));
    for (const key of Object.keys(change)) clearError(`documents.${index}.${key}`);
  };

  return (
    <Fieldset legend={t('form.documents.legend')}>
      <Stack gap="sm">
        {documents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('form.documents.none')}
          </Text>
        ) : null}
        {documents.map((doc, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id; they are edited in place.
          <Fieldset key={index} legend={t('form.documents.row', { n: index + 1 })} variant="filled">
            <Group align="flex-start" gap="sm">
              <NativeSelect
                label={t('form.documents.type')}
                data={[{ value: '', label: t('form.choose') }, ...types]}
                value={doc.type}
                onChange={(event) => set(index, { type: event.currentTarget.value as DocumentType | '' })}
                error={errors[`documents.${index}.type`]}
                withAsterisk
                w={200}
              />
              <TextInput
                label={t('form.documents.number')}
                value={doc.number}
                onChange={(event) => set(index, { number: event.currentTarget.value })}
                error={errors[`documents.${index}.number`]}
                autoComplete="off"
                w={180}
              />
              <div style={{ width: 240 }}>
                <CountryField
                  label={t('form.documents.issuingCountry')}
                  value={doc.issuingCountry}
                  onChange={(issuingCountry) => set(index, { issuingCountry })}
                  error={errors[`documents.${index}.issuingCountry`]}
                />
              </div>
              <TextInput
                type="date"
                label={t('form.documents.expiresOn')}
                value={doc.expiresOn}
                onChange={(event) => set(index, { expiresOn: event.currentTarget.value })}
                error={errors[`documents.${index}.expiresOn`]}
                w={180}
              />
              <div style={{ paddingTop: 'calc(var(--mantine-font-size-sm) * 1.55 + 4px)' }}>
                <RemoveButton label={t('form.documents.remove', { n: index + 1 })} onClick={() => onChange(removeAt(documents, index))} />
              </div>
            </Group>
            <Checkbox
              mt="sm"
              label={t('form.documents.heldBySomeoneElse')}
              description={t('form.documents.heldHint')}
              checked={doc.heldBySomeoneElse}
              onChange={(event) => set(index, { heldBySomeoneElse: event.currentTarget.checked })}
            />
          </Fieldset>
        ))}
        <Button variant="light" size="sm" onClick={() => onChange([...documents, emptyDocument()])} w="fit-content">
          {t('form.documents.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
