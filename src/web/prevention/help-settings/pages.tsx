import { Alert, Anchor, Button, Fieldset, Group, Select, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type HelpSettings, helpSettingsRequest } from '../../../core/prevention/help.js';
import { UI_LANGUAGES, type UiLanguage } from '../../../core/platform/roles.js';
import { isApiError } from '../../api/client.js';
import { focusFirstError, useErrorText } from '../../app/form.js';
import { FormAlert, SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { LANGUAGE_NAMES } from '../../i18n/languages.js';
import { useFormat } from '../../i18n/format.js';
import { countryOptions } from '../../platform/countries.js';
import { useOrganisations } from '../../platform/organisations/api.js';
import { useHelpSettings, useSaveHelpSettings } from './api.js';
import { CountryFields } from './CountryFields.js';
import { type ContactDraft, type CountryDraft, type HelpDraft, draftOf, emptyCountry, fieldOf, languageOfField, previewUrl, requestOf } from './draft.js';

/** `/help-settings`: what the public safe-migration page says and lists (network administrators). */
export function HelpSettingsPage() {
  const { t } = useTranslation('helpSettings');
  const errorText = useErrorText();
  const settings = useHelpSettings();
  if (settings.isPending) return <PageLoader />;
  if (settings.error) {
    return (
      <>
        <PageHeader title={t('title')} />
        <Alert color="red" role="alert">
          {errorText(settings.error)}
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <HelpSettingsForm saved={settings.data} reload={async () => (await settings.refetch()).data} />
    </>
  );
}

type Errors = Record<string, string>;

interface FormProps {
  saved: HelpSettings;
  reload: () => Promise<HelpSettings | undefined>;
}

function HelpSettingsForm({ saved, reload }: FormProps) {
  const { t, i18n } = useTranslation(['helpSettings', 'common']);
  const errorText = useErrorText();
  const { locale } = useFormat();
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const organisations = useOrganisations();
  const save = useSaveHelpSettings();
  const formRef = useRef<HTMLFormElement | null>(null);
  const [draft, setDraft] = useState<HelpDraft>(() => draftOf(saved));
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [lang, setLang] = useState<UiLanguage>(() => ((UI_LANGUAGES as readonly string[]).includes(i18n.language) ? (i18n.language as UiLanguage) : 'en'));

  const orgOptions = (organisations.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name }));
  const err = (path: string) => errors[path];

  const change = (next: (d: HelpDraft) => HelpDraft, ...paths: string[]) => {
    setDraft(next);
    setDone(null);
    if (paths.some((p) => errors[p])) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !paths.includes(k))));
  };
  const changeCountry = (i: number, f: (c: CountryDraft) => CountryDraft, ...paths: string[]) =>
    change((d) => ({ ...d, countries: d.countries.map((c, j) => (j === i ? f(c) : c)) }), ...paths.map((p) => `countries.${i}.${p}`));
  const changeContact = (i: number, k: number, key: Exclude<keyof ContactDraft, 'key'>, value: string | boolean) =>
    changeCountry(i, (c) => ({ ...c, contacts: c.contacts.map((x, j) => (j === k ? { ...x, [key]: value } : x)) }), `contacts.${k}.${key}`);

  const showErrors = (found: Errors) => {
    setErrors(found);
    const first = Object.keys(found)[0];
    const textLang = first ? languageOfField(first) : undefined;
    if (textLang) setLang(textLang);
    focusFirstError(formRef.current);
  };

  const issueText = (code: string, value: unknown): string => {
    if (value === undefined || value === '' || value === null) return t('common:validation.required');
    if (code === 'invalid_format' && typeof value === 'string' && value.includes('@')) return t('common:validation.email');
    return t('common:validation.invalid');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setStale(false);
    setDone(null);
    const input = requestOf(draft);
    const checked = helpSettingsRequest.safeParse(input);
    if (!checked.success) {
      const found: Errors = {};
      for (const issue of checked.error.issues) {
        const field = fieldOf(issue.path);
        const value = issue.path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), input);
        const message = field === 'countries' ? t('countries.duplicate') : issueText(issue.code, value);
        found[field] ??= message;
      }
      showErrors(found);
      return;
    }
    try {
      const stored = await save.mutateAsync(checked.data);
      setDraft((d) => ({ ...d, version: stored.version }));
      setErrors({});
      setDone(t('saved'));
    } catch (error) {
      if (isApiError(error, 'stale_version')) {
        setStale(true);
        return;
      }
      if (isApiError(error) && error.field && error.field !== 'version') {
        showErrors({ [fieldOf(error.field.split('.'))]: errorText(error) });
        return;
      }
      setFormError(errorText(error));
    }
  };

  const reloadSaved = async () => {
    const fresh = await reload();
    if (fresh) {
      setDraft(draftOf(fresh));
      setErrors({});
      setStale(false);
    }
  };

  const languageSelect = (
    <Select
      label={t('texts.language')}
      description={t('texts.languageHint')}
      data={UI_LANGUAGES.map((l) => ({
        value: l,
        label: draft.intro[l].trim() || draft.advice[l].trim() ? t('texts.languageFilled', { language: LANGUAGE_NAMES[l] }) : LANGUAGE_NAMES[l],
      }))}
      value={lang}
      onChange={(v) => v && setLang(v as UiLanguage)}
      allowDeselect={false}
      data-testid="text-language"
    />
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={t('title')}>
      <Stack gap="lg">
        <Fieldset legend={t('general.legend')}>
          <Stack>
            <Select
              label={t('general.defaultCountry')}
              description={t('general.defaultCountryHint')}
              data={countries}
              value={draft.defaultCountry || null}
              onChange={(v) => change((d) => ({ ...d, defaultCountry: v ?? '' }), 'defaultCountry')}
              error={err('defaultCountry')}
              searchable
              clearable
              limit={300}
              data-testid="default-country"
            />
            <TextInput
              label={t('general.exitUrl')}
              description={t('general.exitUrlHint')}
              value={draft.exitUrl}
              onChange={(e) => {
                const v = e.currentTarget.value;
                change((d) => ({ ...d, exitUrl: v }), 'exitUrl');
              }}
              error={err('exitUrl')}
              type="url"
              required
              data-testid="exit-url"
            />
            <Select
              label={t('general.hotline')}
              description={t('general.hotlineHint')}
              placeholder={t('general.noHotline')}
              data={orgOptions}
              value={draft.hotlineOrgId || null}
              onChange={(v) => change((d) => ({ ...d, hotlineOrgId: v ?? '' }), 'hotlineOrgId')}
              error={err('hotlineOrgId')}
              clearable
              searchable
              data-testid="hotline-org"
            />
            <Switch
              label={t('general.useDirectory')}
              description={t('general.useDirectoryHint')}
              checked={draft.useDirectory}
              onChange={(e) => {
                const v = e.currentTarget.checked;
                change((d) => ({ ...d, useDirectory: v }));
              }}
              data-testid="use-directory"
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('texts.legend')}>
          <Stack>
            {languageSelect}
            <Textarea
              label={t('texts.intro', { language: LANGUAGE_NAMES[lang] })}
              description={t('texts.introHint')}
              lang={lang}
              autosize
              minRows={3}
              value={draft.intro[lang]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                change((d) => ({ ...d, intro: { ...d.intro, [lang]: v } }), `intro.${lang}`);
              }}
              error={err(`intro.${lang}`)}
              data-testid="intro"
            />
            <Textarea
              label={t('texts.advice', { language: LANGUAGE_NAMES[lang] })}
              description={t('texts.adviceHint')}
              lang={lang}
              autosize
              minRows={3}
              value={draft.advice[lang]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                change((d) => ({ ...d, advice: { ...d.advice, [lang]: v } }), `advice.${lang}`);
              }}
              error={err(`advice.${lang}`)}
              data-testid="advice"
            />
          </Stack>
        </Fieldset>

        <section aria-labelledby="help-countries">
          <Title order={2} size="h3" id="help-countries" mb="xs">
            {t('countries.title')}
          </Title>
          <Text c="dimmed" size="sm" mb="sm">
            {t('countries.intro')}
          </Text>
          {err('countries') ? (
            <Text c="red" size="sm" role="alert" mb="sm">
              {err('countries')}
            </Text>
          ) : null}
          <Stack>
            {draft.countries.map((c, i) => (
              <CountryFields
                key={c.key}
                index={i}
                country={c}
                lang={lang}
                countries={countries}
                orgOptions={orgOptions}
                err={err}
                changeCountry={changeCountry}
                changeContact={changeContact}
                remove={() => change((d) => ({ ...d, countries: d.countries.filter((_, j) => j !== i) }))}
              />
            ))}
            <Group>
              <Button variant="default" onClick={() => change((d) => ({ ...d, countries: [...d.countries, emptyCountry()] }))} data-testid="add-country">
                {t('countries.add')}
              </Button>
            </Group>
          </Stack>
        </section>

        {stale ? (
          <Alert color="orange" role="alert" title={t('stale.title')} data-testid="stale">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('stale.body')}</Text>
              <Button size="xs" variant="default" onClick={reloadSaved}>
                {t('stale.reload')}
              </Button>
            </Stack>
          </Alert>
        ) : null}
        <FormAlert message={formError} />
        <SuccessNote message={done} />
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="save-help-settings">
            {t('save')}
          </Button>
          <Anchor href={previewUrl(draft.defaultCountry, lang)} target="_blank" rel="noopener" data-testid="preview">
            {t('preview')}
          </Anchor>
        </Group>
      </Stack>
    </form>
  );
}
