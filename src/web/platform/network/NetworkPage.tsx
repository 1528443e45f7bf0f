import { Alert, Button, NumberInput, Paper, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../../../core/platform/roles.js';
import { MAX_STATS_THRESHOLD, MIN_STATS_THRESHOLD, network as networkSchema, updateNetworkRequest } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { meKey } from '../../api/me.js';
import type { Network } from '../../api/types.js';
import { useErrorText, useForm } from '../../app/form.js';
import { FormAlert, SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { LanguageCheckboxes } from '../fields/LanguageCheckboxes.js';

const networkKey = ['network'] as const;

/** The network's name, default languages and threshold for small cells in statistics (network administrators). */
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

interface NetworkValues {
  name: string;
  languages: UiLanguage[];
  /** As typed: the number input's text. */
  statsThreshold: string;
}

function NetworkForm({ network }: { network: Network }) {
  const { t } = useTranslation(['network', 'common']);
  const queryClient = useQueryClient();
  const form = useForm<NetworkValues>({ name: network.name, languages: network.languages, statsThreshold: String(network.statsThreshold) });
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: { name: string; languages: UiLanguage[]; statsThreshold: number }) => api.patch('/api/network', body, { schema: networkSchema }),
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
    const typed = form.values.statsThreshold.trim();
    const statsThreshold = typed === '' ? undefined : Number(typed);
    const body = form.validate(updateNetworkRequest, { name: form.values.name, languages: form.values.languages, statsThreshold });
    // The shared messages speak of characters: a number out of range gets its own.
    if (statsThreshold === undefined) form.setFieldError('statsThreshold', t('common:validation.required'));
    else if (!Number.isInteger(statsThreshold) || statsThreshold < MIN_STATS_THRESHOLD || statsThreshold > MAX_STATS_THRESHOLD)
      form.setFieldError('statsThreshold', t('network:statsThresholdRange', { min: MIN_STATS_THRESHOLD, max: MAX_STATS_THRESHOLD }));
    else if (body) save.mutate({ name: form.values.name.trim(), languages: form.values.languages, statsThreshold });
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
          <NumberInput
            label={t('network:statsThresholdLabel')}
            description={t('network:statsThresholdHint', { min: MIN_STATS_THRESHOLD, max: MAX_STATS_THRESHOLD })}
            required
            value={form.values.statsThreshold}
            onChange={(value) => form.set('statsThreshold', String(value))}
            error={form.errors.statsThreshold}
            min={MIN_STATS_THRESHOLD}
            max={MAX_STATS_THRESHOLD}
            allowDecimal={false}
            allowNegative={false}
            maw={360}
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
