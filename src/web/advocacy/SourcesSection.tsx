import { Anchor, Button, Group, Modal, NativeSelect, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCE_KINDS, type SourceKind, type SourceView, sourceRequest, updateSourceRequest } from '../../core/advocacy/recommendation.js';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { ConfirmModal } from '../app/ui/ConfirmModal.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { countryOptions } from '../platform/countries.js';
import { useDeleteSource, useSaveSource } from './api.js';
import { useAdvocacyLabels } from './labels.js';
import { useFieldErrors } from './useFieldErrors.js';

/** The dialog open over the list: a new source, one being edited, or one about to be deleted (by id: the list's latest copy is shown). */
type Open = { kind: 'new' } | { kind: 'edit'; id: string } | { kind: 'delete'; id: string } | null;

/** The sources of recommendations (monitoring bodies' evaluations, national action plans): a new one, and the editable ones corrected or deleted. */
export function SourcesSection({ sources, canWrite }: { sources: readonly SourceView[]; canWrite: boolean }) {
  const { t } = useTranslation('advocacy');
  const errorText = useErrorText();
  const labels = useAdvocacyLabels();
  const htmlId = useId();
  const remove = useDeleteSource();
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string | null>(null);
  const anyEditable = sources.some((s) => s.editable);
  const start = (next: Open) => {
    setDone(null);
    remove.reset();
    setOpen(next);
  };
  const close = () => {
    setOpen(null);
    remove.reset();
  };
  const editing = open?.kind === 'edit' ? sources.find((s) => s.id === open.id) : undefined;
  const deleting = open?.kind === 'delete' ? sources.find((s) => s.id === open.id) : undefined;
  // Refused because recommendations use it: said with the count (the list is fetched again meanwhile).
  const deleteError = remove.error
    ? isApiError(remove.error, 'conflict')
      ? t('sources.inUse', { count: Math.max(deleting?.recommendations ?? 1, 1) })
      : errorText(remove.error)
    : null;
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`${htmlId}-title`} data-testid="sources">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id={`${htmlId}-title`}>
            {t('sources.title')}
          </Title>
          {canWrite ? (
            <Button variant="default" size="compact-sm" onClick={() => start({ kind: 'new' })}>
              {t('sources.new')}
            </Button>
          ) : null}
        </Group>
        <SuccessNote message={done} />
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
                  {anyEditable ? <Table.Th scope="col">{t('sources.actions')}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sources.map((s) => (
                  <Table.Tr key={s.id} data-testid="source-row">
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
                    {anyEditable ? (
                      <Table.Td>
                        {s.editable ? (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="compact-sm"
                              variant="default"
                              onClick={() => start({ kind: 'edit', id: s.id })}
                              aria-label={t('sources.editLabel', { name: s.name })}
                            >
                              {t('sources.edit')}
                            </Button>
                            <Button
                              size="compact-sm"
                              variant="outline"
                              color="red.9"
                              onClick={() => start({ kind: 'delete', id: s.id })}
                              aria-label={t('sources.deleteLabel', { name: s.name })}
                            >
                              {t('sources.delete')}
                            </Button>
                          </Group>
                        ) : null}
                      </Table.Td>
                    ) : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      {open?.kind === 'new' || editing ? (
        <SourceModal
          existing={editing}
          onClose={close}
          onSaved={(saved) => {
            close();
            // A new source shows in the list; a corrected one is said (its row may not have moved).
            if (editing) setDone(t('sources.saved', { name: saved.name }));
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmModal
          opened
          title={t('sources.deleteTitle', { name: deleting.name })}
          text={t('sources.deleteText')}
          confirmLabel={t('sources.deleteConfirm')}
          destructive
          pending={remove.isPending}
          error={deleteError}
          onClose={close}
          onConfirm={() => {
            if (remove.isPending) return;
            const name = deleting.name;
            remove.mutate(deleting.id, {
              onSuccess: () => {
                close();
                setDone(t('sources.deleted', { name }));
              },
            });
          }}
        />
      ) : null}
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

const valuesOf = (s: SourceView | undefined): SourceValues => ({
  kind: s?.kind ?? '',
  name: s?.name ?? '',
  country: s?.country ?? '',
  date: s?.date ?? '',
  link: s?.link ?? '',
  periodStart: s?.periodStart ?? '',
  periodEnd: s?.periodEnd ?? '',
  adoptedBy: s?.adoptedBy ?? '',
});

/** A source's form, new or (with `existing`) filled in for a correction, in a dialog (the whole screen on a phone). */
function SourceModal({ existing, onClose, onSaved }: { existing?: SourceView | undefined; onClose: () => void; onSaved: (saved: SourceView) => void }) {
  const { t } = useTranslation(['advocacy', 'common']);
  const labels = useAdvocacyLabels();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveSource(existing?.id);
  const fields = useFieldErrors(['kind']);
  // Filled in once, when the dialog opens: a refetch of the list does not overwrite what is being typed.
  const [v, setV] = useState<SourceValues>(() => valuesOf(existing));
  const [version] = useState(existing?.version);
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
    const checked = version !== undefined ? fields.check(updateSourceRequest, { ...body, version }) : fields.check(sourceRequest, body);
    if (!checked) return;
    save.mutate(checked, {
      onSuccess: onSaved,
      onError: (error) => {
        setFormError(isApiError(error, 'stale_version') ? t('sources.stale') : fields.fail(error));
      },
    });
  };
  return (
    <Modal
      opened
      onClose={save.isPending ? () => undefined : onClose}
      title={existing ? t('sources.editTitle') : t('sources.newTitle')}
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
              {existing ? t('sources.save') : t('sources.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
