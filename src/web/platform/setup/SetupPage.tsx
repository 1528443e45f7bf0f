import { Button, Fieldset, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrgType, UiLanguage } from '../../../core/platform/roles.js';
import { me as meSchema, type SetupRequest, setupRequest } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { setupKey, useStoreMe } from '../../api/me.js';
import { useForm } from '../../app/form.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { changeLanguage } from '../../i18n/index.js';
import { isUiLanguage } from '../../i18n/languages.js';
import { CountrySelect } from '../fields/CountrySelect.js';
import { LanguageCheckboxes } from '../fields/LanguageCheckboxes.js';
import { LanguageSelect } from '../fields/LanguageSelect.js';
import { OrgTypeSelect } from '../fields/OrgTypeSelect.js';
import { PasswordFields } from '../fields/PasswordFields.js';

interface SetupValues {
  networkName: string;
  networkLanguages: UiLanguage[];
  orgName: string;
  orgCountry: string;
  orgType: OrgType | '';
  adminName: string;
  adminEmail: string;
  adminPassword: string;
  confirmPassword: string;
  language: UiLanguage;
}

/** First run: the network, its first organisation and its first administrator, in one form. */
export function SetupPage() {
  const { t, i18n } = useTranslation(['setup', 'common']);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const storeMe = useStoreMe();
  const language: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'en';
  const form = useForm<SetupValues>(
    {
      networkName: '',
      networkLanguages: [language],
      orgName: '',
      orgCountry: '',
      orgType: '',
      adminName: '',
      adminEmail: '',
      adminPassword: '',
      confirmPassword: '',
      language,
    },
    { choices: ['orgCountry', 'orgType'] },
  );
  const { values } = form;

  const submit = useMutation({
    mutationFn: (body: SetupRequest) => api.post('/api/setup', body, { schema: meSchema }),
    onSuccess: (me) => {
      storeMe(me);
      queryClient.setQueryData(setupKey, { needed: false });
      void navigate(me.enrolmentRequired ? '/enrol' : '/', { replace: true });
    },
    onError: form.fail,
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { confirmPassword, ...request } = values;
    const body = form.validate(setupRequest, request);
    const confirmed = form.checkConfirmation('confirmPassword', values.adminPassword, confirmPassword);
    if (body && confirmed) submit.mutate(body);
  };

  const chooseLanguage = (next: UiLanguage) => {
    form.set('language', next);
    void changeLanguage(next);
  };

  return (
    <form ref={form.ref} onSubmit={onSubmit} noValidate>
      <PageHeader title={t('setup:title')} intro={t('setup:intro')} />
      <Stack gap="lg">
        <Fieldset legend={t('setup:sections.network')}>
          <Stack>
            <TextInput label={t('setup:networkName')} description={t('setup:networkNameHint')} required {...form.text('networkName')} />
            <LanguageCheckboxes
              label={t('common:fields.networkLanguages')}
              value={values.networkLanguages}
              onChange={(next) => form.set('networkLanguages', next)}
              error={form.errors.networkLanguages}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('setup:sections.organisation')}>
          <Stack>
            <TextInput label={t('setup:orgName')} required {...form.text('orgName')} />
            <CountrySelect value={values.orgCountry} onChange={(next) => form.set('orgCountry', next)} error={form.errors.orgCountry} />
            <OrgTypeSelect value={values.orgType} onChange={(next) => form.set('orgType', next)} error={form.errors.orgType} />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('setup:sections.administrator')}>
          <Stack>
            <TextInput label={t('setup:adminName')} description={t('setup:adminHint')} autoComplete="name" required {...form.text('adminName')} />
            <TextInput label={t('common:fields.email')} type="email" autoComplete="email" required {...form.text('adminEmail')} />
            <PasswordFields
              password={values.adminPassword}
              confirmation={values.confirmPassword}
              onPassword={(next) => form.set('adminPassword', next)}
              onConfirmation={(next) => form.set('confirmPassword', next)}
              passwordError={form.errors.adminPassword}
              confirmationError={form.errors.confirmPassword}
            />
            <LanguageSelect value={values.language} onChange={chooseLanguage} error={form.errors.language} />
          </Stack>
        </Fieldset>
        <FormAlert message={form.formError} />
        <Button type="submit" loading={submit.isPending} size="md" w="fit-content">
          {t('setup:submit')}
        </Button>
      </Stack>
    </form>
  );
}
