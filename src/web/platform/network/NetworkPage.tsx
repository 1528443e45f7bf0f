import { Alert, Button, Paper, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { network as networkSchema, updateNetworkRequest } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { meKey } from '../../api/me.js';
import type { Network } from '../../api/types.js';
import { useErrorText, useForm } from '../../app/form.js';
import { FormAlert, SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { LanguageCheckboxes } from '../fields/LanguageCheckboxes.js';

const networkKey = ['network'] as const;

/** The network's name and default languages (network administrators). */
export function NetworkPage() {
  const { t } = useTranslation(['network', 'common']);
  const errorText = useErrorText();
  const network = useQuery({ queryKey: networkKey, queryFn: () => api.get('/api/network', { schema: networkSchema }) });
  const header = <PageHeader title={t('network:title')} intro={t('network:intro')} />;

  if (network.isPending)
    return (
      <>
        {header}
        <PageLoader />
      </>
    );
  if (network.error) {
    return (
      <>
        {header}
        <Alert color="red" role="alert">
          {errorText(network.error)}
        </Alert>
      </>
    );
  }
  return (
    <>
      {header}
      <NetworkForm network={network.data} />
    </>
  );
}

function NetworkForm({ network }: { network: Network }) {
  const { t } = useTranslation(['network', 'common']);
  const queryClient = useQueryClient();
  const form = useForm<{ name: string; languages: UiLanguage[] }>({ name: network.name, languages: network.languages });
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: { name: string; languages: UiLanguage[] }) => api.patch('/api/network', body, { schema: networkSchema }),
    onSuccess: (answer) => {
      queryClient.setQueryData(networkKey, answer);
      void queryClient.invalidateQueries({ queryKey: meKey });
      setSaved(true);
    },
    onError: form.fail,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const body = form.validate(updateNetworkRequest, form.values);
    if (body) save.mutate({ name: form.values.name.trim(), languages: form.values.languages });
  };

  return (
    <Paper withBorder p="lg" maw={720}>
      <form ref={form.ref} onSubmit={onSubmit} noValidate>
        <Stack>
          <TextInput label={t('network:nameLabel')} required {...form.text('name')} />
          <LanguageCheckboxes
            label={t('network:languagesLabel')}
            description={t('network:languagesHint')}
            value={form.values.languages}
            onChange={(languages) => form.set('languages', languages)}
            error={form.errors.languages}
          />
          <FormAlert message={form.formError} />
          <SuccessNote message={saved ? t('network:saved') : null} />
          <Button type="submit" loading={save.isPending} w="fit-content">
            {t('network:submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
