import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { me as meSchema, updateMeRequest } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { useStoreMe } from '../../api/me.js';
import type { Me } from '../../api/types.js';
import { useForm } from '../../app/form.js';
import { FormAlert, SuccessNote } from '../../app/ui/FormAlert.js';
import { LanguageSelect } from '../fields/LanguageSelect.js';
import { Section } from './Section.js';

/** Name and interface language. */
export function DetailsSection({ me }: { me: Me }) {
  const { t } = useTranslation(['profile', 'common']);
  const storeMe = useStoreMe();
  const form = useForm<{ name: string; language: UiLanguage }>({ name: me.user.name, language: me.user.language });
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: { name: string; language: UiLanguage }) => api.patch('/api/me', body, { schema: meSchema }),
    onSuccess: (answer) => {
      storeMe(answer);
      setSaved(true);
    },
    onError: form.fail,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const body = form.validate(updateMeRequest, form.values);
    if (body) save.mutate({ name: form.values.name.trim(), language: form.values.language });
  };

  return (
    <Section id="profile-details" title={t('profile:details.title')}>
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>{t('profile:details.email', { email: me.user.email })}</Text>
          <TextInput label={t('common:fields.name')} autoComplete="name" required {...form.text('name')} />
          <LanguageSelect value={form.values.language} onChange={(language) => form.set('language', language)} />
          <FormAlert message={form.formError} />
          <SuccessNote message={saved ? t('profile:details.saved') : null} />
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('profile:details.submit')}
          </Button>
        </Stack>
      </form>
    </Section>
  );
}
