import { ActionIcon, Alert, Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REASONS, type HotlineSettings, hotlineSettings } from '../../core/hotline/contact.js';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { Section } from '../persons/Facts.js';
import { useValidation } from '../persons/useValidation.js';
import { useHotlineSettings, useSaveHotlineSettings } from './api.js';
import { customReasonId } from './reasons.js';

/** `/hotline/settings`: the organisation's own reasons for contact, and the default reasons it does not use. */
export function HotlineSettingsPage() {
  const { t } = useTranslation('hotline');
  const errorText = useErrorText();
  const settings = useHotlineSettings();
  if (settings.isPending) return <PageLoader />;
  if (settings.error) {
    return (
      <>
        <PageHeader title={t('settings.title')} />
        <Alert color="red" role="alert">
          {errorText(settings.error)}
        </Alert>
      </>
    );
  }
  return <SettingsForm saved={settings.data} />;
}

function SettingsForm({ saved }: { saved: HotlineSettings }) {
  const { t } = useTranslation('hotline');
  const errorText = useErrorText();
  const validation = useValidation();
  const save = useSaveHotlineSettings();
  const [value, setValue] = useState<HotlineSettings>(saved);
  const [label, setLabel] = useState('');
  const [labelError, setLabelError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const change = (next: HotlineSettings) => {
    setValue(next);
    setNote(null);
    validation.clearAll();
  };

  const addReason = () => {
    const text = label.trim();
    if (!text) {
      setLabelError(t('settings.labelRequired'));
      return;
    }
    if (value.customReasons.some((r) => r.label.trim().toLocaleLowerCase() === text.toLocaleLowerCase())) {
      setLabelError(t('settings.labelTaken'));
      return;
    }
    const id = customReasonId(
      text,
      value.customReasons.map((r) => r.id),
    );
    change({ ...value, customReasons: [...value.customReasons, { id, label: text }] });
    setLabel('');
    setLabelError(undefined);
  };

  const submit = () => {
    setFormError(null);
    const body = validation.check(hotlineSettings, value);
    if (!body) return;
    save.mutate(body, {
      onSuccess: (next) => {
        setValue(next);
        setNote(t('settings.saved'));
      },
      onError: (error) => {
        if (isApiError(error) && error.field) validation.setError(error.field, errorText(error));
        else setFormError(errorText(error));
      },
    });
  };

  return (
    <>
      <PageHeader title={t('settings.title')} intro={t('settings.intro')} />
      <form
        ref={validation.ref}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md" maw={760}>
          <Section id="own-reasons" title={t('settings.own')} testId="own-reasons">
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('settings.ownHint')}
              </Text>
              {value.customReasons.length === 0 ? <Text size="sm">{t('settings.noOwn')}</Text> : null}
              {value.customReasons.map((r, i) => (
                <Group key={r.id} align="flex-end" gap="xs" wrap="nowrap" data-testid="own-reason">
                  <TextInput
                    id={`reason-${r.id}`}
                    label={t('settings.reasonLabel', { n: i + 1 })}
                    description={t('settings.reasonId', { id: r.id })}
                    value={r.label}
                    maxLength={120}
                    onChange={(event) => {
                      const next = event.currentTarget.value;
                      change({ ...value, customReasons: value.customReasons.map((x) => (x.id === r.id ? { ...x, label: next } : x)) });
                    }}
                    error={validation.errors[`customReasons.${i}.label`] ?? validation.errors[`customReasons.${i}.id`]}
                    style={{ flex: 1 }}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray.8"
                    size="lg"
                    mb={4}
                    aria-label={t('settings.remove', { label: r.label })}
                    onClick={() => {
                      change({ ...value, customReasons: value.customReasons.filter((x) => x.id !== r.id) });
                      // The button is gone: the focus goes to the field that adds a reason.
                      requestAnimationFrame(() => document.getElementById('new-reason')?.focus());
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </ActionIcon>
                </Group>
              ))}
              <Group align="flex-end" gap="xs">
                <TextInput
                  id="new-reason"
                  label={t('settings.newReason')}
                  value={label}
                  maxLength={120}
                  onChange={(event) => {
                    setLabel(event.currentTarget.value);
                    setLabelError(undefined);
                  }}
                  onKeyDown={(event) => {
                    if (event.key === 'Enter') {
                      event.preventDefault();
                      addReason();
                    }
                  }}
                  error={labelError}
                  style={{ flex: 1 }}
                />
                <Button variant="light" onClick={addReason}>
                  {t('settings.add')}
                </Button>
              </Group>
              {validation.errors.customReasons ? (
                <Text size="sm" c="var(--mantine-color-error)" role="alert">
                  {validation.errors.customReasons}
                </Text>
              ) : null}
            </Stack>
          </Section>
          <Section id="default-reasons" title={t('settings.defaults')} testId="default-reasons">
            <Checkbox.Group
              label={t('settings.defaultsLabel')}
              description={t('settings.defaultsHint')}
              value={DEFAULT_REASONS.filter((r) => !value.hiddenReasons.includes(r))}
              onChange={(shown) => change({ ...value, hiddenReasons: DEFAULT_REASONS.filter((r) => !shown.includes(r)) })}
            >
              <Stack gap="xs" mt={6}>
                {DEFAULT_REASONS.map((r) => (
                  <Checkbox key={r} value={r} label={t(`reasons.${r}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Section>
          <FormAlert message={formError} />
          <SuccessNote message={note} />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
