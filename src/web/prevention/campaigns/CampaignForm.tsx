import { Alert, Button, Fieldset, Group, MultiSelect, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { AUDIENCES, type Audience, type CampaignView, campaignRequest, updateCampaignRequest } from '../../../core/prevention/campaign.js';
import { isApiError } from '../../api/client.js';
import { useErrorText } from '../../app/form.js';
import { ConfirmModal } from '../../app/ui/ConfirmModal.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { useOrganisations } from '../../platform/organisations/api.js';
import { useCampaign, useDeleteCampaign, useSaveCampaign } from './api.js';
import type { CampaignPageState } from './CampaignPage.js';
import type { CampaignsPageState } from './CampaignsPage.js';
import { CityFields } from './CityFields.js';
import { useCampaignLabels } from './labels.js';
import { type CampaignFormValues, campaignFormValues, campaignRequestOf, cityRowOf, emptyCampaign } from './logic.js';
import { useFieldErrors } from './useFieldErrors.js';

interface CampaignFormProps {
  existing: CampaignView | undefined;
  ownOrgId: string;
  ownCountry: string;
}

/**
 * A campaign's form, checked with the shared schema before it is sent; the server's errors are
 * shown at their fields. A campaign changed by someone else meanwhile (409) is said so, with a
 * button that loads their version.
 */
export function CampaignForm({ existing, ownOrgId, ownCountry }: CampaignFormProps) {
  const { t } = useTranslation(['campaigns', 'common']);
  const errorText = useErrorText();
  const labels = useCampaignLabels();
  const navigate = useNavigate();
  const organisations = useOrganisations();
  const save = useSaveCampaign(existing?.id);
  const remove = useDeleteCampaign(existing?.id ?? '');
  const fresh = useCampaign(existing?.id);
  const fields = useFieldErrors(['country', 'audiences', 'organisationIds']);
  const [values, setValues] = useState<CampaignFormValues>(() => (existing ? campaignFormValues(existing) : emptyCampaign()));
  const [formError, setFormError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const staleRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);

  const change = (patch: Partial<CampaignFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    for (const key of Object.keys(patch)) fields.clear(key);
  };
  const text = (key: 'name' | 'goal' | 'message' | 'startsOn' | 'endsOn' | 'budget' | 'currency') => ({
    value: values[key],
    error: fields.errors[key],
    onChange: (event: { currentTarget: { value: string } }) => change({ [key]: event.currentTarget.value }),
  });

  const partnerOptions = useMemo(() => {
    const list = (organisations.data?.organisations ?? []).filter((o) => o.id !== ownOrgId).map((o) => ({ value: o.id, label: o.name }));
    // A partner no longer listed still shows (by its id) rather than vanishing from the campaign.
    for (const id of values.organisationIds) if (!list.some((o) => o.value === id)) list.push({ value: id, label: id });
    return list;
  }, [organisations.data, ownOrgId, values.organisationIds]);

  const submit = () => {
    if (save.isPending) return;
    setFormError(null);
    const body = campaignRequestOf(values);
    const rename = cityRowOf(values);
    const checked = existing
      ? fields.check(updateCampaignRequest, { ...body, version: existing.version }, rename)
      : fields.check(campaignRequest, body, rename);
    if (!checked) return;
    save.mutate(checked, {
      onSuccess: (saved) => navigate(`/campaigns/${saved.id}`, { state: { saved: existing ? 'updated' : 'created' } satisfies CampaignPageState }),
      onError: (error) => {
        if (isApiError(error, 'stale_version')) setStale(true);
        else setFormError(fields.fail(error, rename));
      },
    });
  };

  return (
    <>
      <form
        ref={fields.ref}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        data-testid="campaign-form"
      >
        <Stack gap="lg" maw={960}>
          {stale ? (
            <Alert ref={staleRef} tabIndex={-1} color="red" variant="light" role="alert" title={t('form.staleTitle')} data-testid="campaign-stale">
              <Text size="sm">{t('form.stale')}</Text>
              <Button mt="sm" size="compact-sm" variant="default" loading={fresh.isFetching} onClick={() => void fresh.refetch()}>
                {t('form.reload')}
              </Button>
            </Alert>
          ) : null}
          <Fieldset legend={t('form.about')}>
            <Stack gap="md">
              <TextInput label={t('fields.name')} required maxLength={200} {...text('name')} />
              <Textarea label={t('fields.goal')} description={t('fields.goalHint')} autosize minRows={2} maxLength={2000} {...text('goal')} />
              <Textarea label={t('fields.message')} description={t('fields.messageHint')} autosize minRows={2} maxLength={2000} {...text('message')} />
              <SimpleGrid cols={{ base: 1, xs: 2 }} maw={420}>
                <TextInput type="date" label={t('fields.startsOn')} required {...text('startsOn')} />
                <TextInput type="date" label={t('fields.endsOn')} description={t('fields.endsOnHint')} {...text('endsOn')} />
              </SimpleGrid>
              <MultiSelect
                label={t('fields.audiences')}
                data={AUDIENCES.map((a) => ({ value: a, label: labels.audience(a) }))}
                value={values.audiences}
                onChange={(next) => change({ audiences: next as Audience[] })}
                error={fields.errors.audiences}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': t('form.clearAudiences') }}
                data-testid="campaign-audiences"
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t('form.partnersLegend')}>
            <Stack gap="md">
              <MultiSelect
                label={t('fields.organisations')}
                description={t('fields.organisationsHint')}
                data={partnerOptions}
                value={values.organisationIds}
                onChange={(organisationIds) => change({ organisationIds })}
                error={fields.errors.organisationIds ?? (organisations.error ? errorText(organisations.error) : undefined)}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': t('form.clearOrganisations') }}
                nothingFoundMessage={t('form.noOrganisation')}
                data-testid="campaign-organisations"
              />
              <TagsInput
                label={t('fields.partners')}
                description={t('fields.partnersHint')}
                value={values.partners}
                onChange={(partners) => change({ partners })}
                error={fields.errors.partners}
                maxTags={50}
                clearable
                clearButtonProps={{ 'aria-label': t('form.clearPartners') }}
                data-testid="campaign-partners"
              />
            </Stack>
          </Fieldset>
          <CityFields
            cities={values.cities}
            onChange={(cities) => change({ cities })}
            errors={fields.errors}
            clearError={fields.clear}
            defaultCountry={ownCountry}
          />
          <Fieldset legend={t('form.budgetLegend')}>
            <Group align="flex-start" gap="sm">
              <TextInput
                label={t('fields.budget')}
                description={t('fields.budgetHint')}
                inputMode="numeric"
                w={{ base: '100%', xs: 220 }}
                {...text('budget')}
              />
              <TextInput
                label={t('fields.currency')}
                description={t('fields.currencyHint')}
                maxLength={3}
                w={{ base: '100%', xs: 160 }}
                {...text('currency')}
                onChange={(event) => change({ currency: event.currentTarget.value.toUpperCase() })}
              />
            </Group>
          </Fieldset>
          <FormAlert message={formError} />
          <Group justify="space-between">
            <Group>
              <Button type="submit" loading={save.isPending}>
                {existing ? t('form.save') : t('form.create')}
              </Button>
              <Button component={Link} to={existing ? `/campaigns/${existing.id}` : '/campaigns'} variant="default">
                {t('common:actions.cancel')}
              </Button>
            </Group>
            {existing ? (
              <Button color="red.9" variant="outline" onClick={() => setConfirmDelete(true)}>
                {t('delete.open')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
      {existing ? (
        <ConfirmModal
          opened={confirmDelete}
          title={t('delete.title', { name: existing.name })}
          text={t('delete.text')}
          confirmLabel={t('delete.confirm')}
          destructive
          pending={remove.isPending}
          error={remove.error ? errorText(remove.error) : null}
          onClose={() => {
            setConfirmDelete(false);
            remove.reset();
          }}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => navigate('/campaigns', { state: { deleted: existing.name } satisfies CampaignsPageState }),
            })
          }
        />
      ) : null}
    </>
  );
}
