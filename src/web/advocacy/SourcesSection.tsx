import { Anchor, Button, Group, Modal, NativeSelect, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, type SourceKind, type SourceView, sourceRequest } from '../../core/advocacy/recommendation.js';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { countryOptions } from '../platform/countries.js';
import { useSaveSource } from './api.js';
import { useAdvocacyLabels } from './labels.js';
import { useFieldErrors } from './useFieldErrors.js';

/** The sources of recommendations (monitoring bodies' evaluations, national action plans), and a new one. */
export function SourcesSection({ sources, canWrite }: { sources: readonly SourceView[]; canWrite: boolean }) {
  const { t } = useTranslation('advocacy');
  const labels = useAdvocacyLabels();
  const htmlId = useId();
  const [adding, setAdding] = useState(false);
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`${htmlId}-title`} data-testid="sources">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={`${htmlId}-title`}>
            {t('sources.title')}
          </Title>
          {canWrite ? (
            <Button variant="default" size="compact-sm" onClick={() => setAdding(true)}>
              {t('sources.new')}
            </Button>
          ) : null}
        </Group>
        {sources.length === 0 ? (
          <Text c="dimmed">{canWrite ? t('sources.emptyWriter') : t('sources.empty')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('sources.name')}</Table.Th>
                  <Table.Th scope="col">{t('sources.kind')}</Table.Th>
                  <Table.Th scope="col">{t('sources.country')}</Table.Th>
                  <Table.Th scope="col">{t('sources.date')}</Table.Th>
                  <Table.Th scope="col">{t('sources.count')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sources.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row" fw={500}>
                      {s.link ? (
                        <Anchor href={s.link} target="_blank" rel="noopener noreferrer">
                          {s.name}
                        </Anchor>
                      ) : (
                        s.name
                      )}
                      {s.kind === 'national-action-plan' && s.periodStart ? (
                        <Text size="xs" c="dimmed">
                          {t('sources.period', {
                            from: labels.day(s.periodStart),
                            to: s.periodEnd ? labels.day(s.periodEnd) : '…',
                            authority: s.adoptedBy ?? '—',
                          })}
                        </Text>
                      ) : null}
                    </Table.Th>
                    <Table.Td>{labels.sourceKind(s.kind)}</Table.Td>
                    <Table.Td>{s.country ? labels.country(s.country) : '—'}</Table.Td>
                    <Table.Td>{s.date ? labels.day(s.date) : '—'}</Table.Td>
                    <Table.Td>{labels.number(s.recommendations)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {adding ? <SourceModal onClose={() => setAdding(false)} /> : null}
    </Paper>
  );
}

interface SourceValues {
  kind: SourceKind | '';
  name: string;
  country: string;
  date: string;
  link: string;
  periodStart: string;
  periodEnd: string;
  adoptedBy: string;
}

function SourceModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['advocacy', 'common']);
  const errorText = useErrorText();
  const labels = useAdvocacyLabels();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveSource();
  const fields = useFieldErrors(['kind']);
  const [v, setV] = useState<SourceValues>({ kind: '', name: '', country: '', date: '', link: '', periodStart: '', periodEnd: '', adoptedBy: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const change = (patch: Partial<SourceValues>) => {
    setV((current) => ({ ...current, ...patch }));
    for (const key of Object.keys(patch)) fields.clear(key);
  };
  const text = (key: Exclude<keyof SourceValues, 'kind' | 'country'>) => ({
    value: v[key],
    error: fields.errors[key],
    onChange: (event: { currentTarget: { value: string } }) => change({ [key]: event.currentTarget.value }),
  });
  const plan = v.kind === 'national-action-plan';
  const countries = useMemo(() => countryOptions(labels.locale), [labels.locale]);
  const submit = () => {
    if (save.isPending) return;
    setFormError(null);
    const optional = (key: keyof SourceValues, value: string) => (value.trim() ? { [key]: value.trim() } : {});
    const body = {
      kind: v.kind,
      name: v.name,
      ...optional('country', v.country),
      ...optional('date', v.date),
      ...optional('link', v.link),
      ...(plan ? { ...optional('periodStart', v.periodStart), ...optional('periodEnd', v.periodEnd), ...optional('adoptedBy', v.adoptedBy) } : {}),
    };
    const checked = fields.check(sourceRequest, body);
    if (!checked) return;
    save.mutate(checked, {
      onSuccess: onClose,
      onError: (error) => {
        if (isApiError(error) && error.field) fields.set(error.field, errorText(error));
        else setFormError(errorText(error));
      },
    });
  };
  return (
    <Modal
      opened
      onClose={save.isPending ? () => undefined : onClose}
      title={t('sources.newTitle')}
      size="lg"
      fullScreen={phone ?? false}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        ref={fields.ref}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        data-testid="source-form"
      >
        <Stack gap="md">
          <NativeSelect
            label={t('sources.kind')}
            required
            data={[{ value: '', label: t('sources.chooseKind'), disabled: true }, ...SOURCE_KINDS.map((k) => ({ value: k, label: labels.sourceKind(k) }))]}
            value={v.kind}
            onChange={(event) => change({ kind: event.currentTarget.value as SourceKind })}
            error={fields.errors.kind}
          />
          <TextInput label={t('sources.name')} description={t('sources.nameHint')} required maxLength={300} {...text('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('sources.country')}
              description={t('sources.countryHint')}
              data={countries}
              value={v.country || null}
              onChange={(next) => change({ country: next ?? '' })}
              error={fields.errors.country}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('filters.clearCountry') }}
              selectFirstOptionOnChange
              limit={300}
              maxDropdownHeight={280}
            />
            <TextInput type="date" label={t('sources.date')} {...text('date')} />
          </SimpleGrid>
          <TextInput type="url" label={t('sources.link')} placeholder="https://" maxLength={2000} {...text('link')} />
          {plan ? (
            <>
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput type="date" label={t('sources.periodStart')} required {...text('periodStart')} />
                <TextInput type="date" label={t('sources.periodEnd')} {...text('periodEnd')} />
              </SimpleGrid>
              <TextInput label={t('sources.adoptedBy')} description={t('sources.adoptedByHint')} maxLength={300} {...text('adoptedBy')} />
            </>
          ) : null}
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('sources.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
