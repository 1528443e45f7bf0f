import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../api/me.js';
import { useErrorText, useForm } from '../../app/form.js';
import { FormAlert, SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { type CaseSettings, caseSettingsSchema, useCaseSettings, useSaveCaseSettings } from './api.js';
import { RetentionSection } from './RetentionSection.js';

interface SettingsValues {
  reflectionDays: string;
  reminderDaysBefore: string;
  retentionMonths: string;
}

const toValues = (s: CaseSettings): SettingsValues => ({
  reflectionDays: String(s.reflectionDays),
  reminderDaysBefore: String(s.reminderDaysBefore),
  retentionMonths: s.retentionMonths === null ? '' : String(s.retentionMonths),
});

const num = (value: string): number | undefined => (value.trim() === '' ? undefined : Number(value));

function SettingsForm({ settings, canEdit, onSaved }: { settings: CaseSettings; canEdit: boolean; onSaved: (message: string | null) => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const form = useForm<SettingsValues>(toValues(settings));
  const save = useSaveCaseSettings();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSaved(null);
    const body = form.validate(caseSettingsSchema, {
      reflectionDays: num(form.values.reflectionDays),
      reminderDaysBefore: num(form.values.reminderDaysBefore),
      retentionMonths: num(form.values.retentionMonths) ?? null,
    });
    if (body)
      save.mutate(body, {
        onSuccess: () => onSaved(t('caseWork:settings.saved')),
        onError: form.fail,
      });
  };

  const numberField = (key: keyof SettingsValues, min: number, max: number) => ({
    value: form.values[key],
    onChange: (value: number | string) => form.set(key, String(value)),
    error: form.errors[key],
    min,
    max,
    allowDecimal: false,
    allowNegative: false,
    readOnly: !canEdit,
    maw: 360,
  });

  return (
    <form ref={form.ref} onSubmit={onSubmit} noValidate>
      <Stack>
        {canEdit ? null : <Text c="dimmed">{t('caseWork:settings.readOnly')}</Text>}
        <NumberInput
          label={t('caseWork:settings.reflectionDays')}
          description={t('caseWork:settings.reflectionDaysHint')}
          required
          {...numberField('reflectionDays', 1, 365)}
        />
        <NumberInput
          label={t('caseWork:settings.reminderDaysBefore')}
          description={t('caseWork:settings.reminderDaysBeforeHint')}
          required
          {...numberField('reminderDaysBefore', 0, 60)}
        />
        <NumberInput
          label={t('caseWork:settings.retentionMonths')}
          description={t('caseWork:settings.retentionMonthsHint')}
          {...numberField('retentionMonths', 1, 1200)}
        />
        <FormAlert message={form.formError} />
        {canEdit ? (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('caseWork:settings.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}

/** The organisation's rules for cases: the reflection period, its reminder, retention; and the purge of what retention says is due. */
export function CaseSettingsPage() {
  const { t } = useTranslation('caseWork');
  const errorText = useErrorText();
  const me = useMe().data;
  const settings = useCaseSettings();
  const canEdit = me?.permissions.includes('cases:settings') ?? false;
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <>
      <PageHeader title={t('settings.title')} intro={t('settings.intro')} />
      {settings.isPending ? (
        <PageLoader />
      ) : settings.error ? (
        <Alert color="red" role="alert">
          {errorText(settings.error)}
        </Alert>
      ) : (
        <Stack gap="xl">
          <Paper withBorder p="lg" component="section" aria-labelledby="case-settings-rules">
            <Title order={2} size="h3" id="case-settings-rules" mb="md">
              {t('settings.title')}
            </Title>
            <SuccessNote message={saved} mb="md" />
            {/* A fresh form whenever the stored settings change (saved here or by another administrator). */}
            <SettingsForm key={JSON.stringify(settings.data)} settings={settings.data} canEdit={canEdit} onSaved={setSaved} />
          </Paper>
          {canEdit ? <RetentionSection /> : null}
        </Stack>
      )}
    </>
  );
}
