import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type RecommendationView,
  recommendationRequest,
  type SourceView,
  THEMES,
  type Theme,
  updateRecommendationRequest,
} from '../../core/advocacy/recommendation.js';
import { isApiError } from '../api/client.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { CountrySelect } from '../platform/fields/CountrySelect.js';
import { useSaveRecommendation } from './api.js';
import { useAdvocacyLabels } from './labels.js';
import { useFieldErrors } from './useFieldErrors.js';

interface Values {
  sourceId: string;
  text: string;
  reference: string;
  country: string;
  themes: Theme[];
  responsibleAuthority: string;
  deadline: string;
  issuedOn: string;
}

const valuesOf = (r: RecommendationView | undefined, sources: readonly SourceView[]): Values =>
  r
    ? {
        sourceId: r.source.id,
        text: r.text,
        reference: r.reference,
        country: r.country,
        themes: r.themes,
        responsibleAuthority: r.responsibleAuthority,
        deadline: r.deadline ?? '',
        issuedOn: r.issuedOn,
      }
    : {
        sourceId: sources.length === 1 ? (sources[0]?.id ?? '') : '',
        text: '',
        reference: '',
        country: '',
        themes: [],
        responsibleAuthority: '',
        deadline: '',
        issuedOn: '',
      };

/** A recommendation's form (new or changed), in a dialog (the whole screen on a phone). */
export function RecommendationModal({
  sources,
  existing,
  onClose,
  onSaved,
}: {
  sources: readonly SourceView[];
  existing?: RecommendationView;
  onClose: () => void;
  onSaved: (saved: RecommendationView) => void;
}) {
  const { t } = useTranslation(['advocacy', 'common']);
  const labels = useAdvocacyLabels();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveRecommendation(existing?.id);
  const fields = useFieldErrors(['sourceId', 'country', 'themes']);
  const [values, setValues] = useState<Values>(() => valuesOf(existing, sources));
  const [formError, setFormError] = useState<string | null>(null);

  const change = (patch: Partial<Values>) => {
    setValues((v) => ({ ...v, ...patch }));
    for (const key of Object.keys(patch)) fields.clear(key);
  };
  const text = (key: 'text' | 'reference' | 'responsibleAuthority' | 'deadline' | 'issuedOn') => ({
    value: values[key],
    error: fields.errors[key],
    onChange: (event: { currentTarget: { value: string } }) => change({ [key]: event.currentTarget.value }),
  });

  const submit = () => {
    if (save.isPending) return;
    setFormError(null);
    const body = {
      sourceId: values.sourceId,
      text: values.text,
      reference: values.reference,
      country: values.country,
      themes: values.themes,
      responsibleAuthority: values.responsibleAuthority,
      ...(values.deadline ? { deadline: values.deadline } : {}),
      ...(values.issuedOn ? { issuedOn: values.issuedOn } : {}),
    };
    const checked = existing ? fields.check(updateRecommendationRequest, { ...body, version: existing.version }) : fields.check(recommendationRequest, body);
    if (!checked) return;
    save.mutate(checked, {
      onSuccess: onSaved,
      onError: (error) => {
        setFormError(isApiError(error, 'stale_version') ? t('form.stale') : fields.fail(error));
      },
    });
  };

  return (
    <Modal
      opened
      onClose={save.isPending ? () => undefined : onClose}
      title={existing ? t('form.editTitle') : t('form.newTitle')}
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
        data-testid="recommendation-form"
      >
        <Stack gap="md">
          <NativeSelect
            label={t('form.source')}
            description={t('form.sourceHint')}
            required
            data={[{ value: '', label: t('form.chooseSource'), disabled: true }, ...sources.map((s) => ({ value: s.id, label: s.name }))]}
            value={values.sourceId}
            onChange={(event) => change({ sourceId: event.currentTarget.value })}
            error={fields.errors.sourceId}
          />
          <Textarea label={t('form.text')} required autosize minRows={3} maxLength={8000} {...text('text')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('form.reference')} description={t('form.referenceHint')} maxLength={100} {...text('reference')} />
            <CountrySelect label={t('form.country')} value={values.country} onChange={(country) => change({ country })} error={fields.errors.country} />
          </SimpleGrid>
          <Checkbox.Group
            label={t('form.themes')}
            required
            value={values.themes}
            onChange={(v) => change({ themes: v as Theme[] })}
            error={fields.errors.themes}
          >
            <SimpleGrid cols={{ base: 1, xs: 2, sm: 3 }} mt={6} spacing={6}>
              {THEMES.map((theme) => (
                <Checkbox key={theme} value={theme} label={labels.theme(theme)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <TextInput label={t('form.authority')} description={t('form.authorityHint')} maxLength={300} {...text('responsibleAuthority')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="date" label={t('form.deadline')} {...text('deadline')} />
            <TextInput type="date" label={t('form.issuedOn')} description={t('form.issuedOnHint')} {...text('issuedOn')} />
          </SimpleGrid>
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {existing ? t('form.save') : t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
