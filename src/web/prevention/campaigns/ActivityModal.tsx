import { Button, Group, Modal, NativeSelect, Radio, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_TYPES,
  type ActivityType,
  type ActivityView,
  AUDIENCES,
  type Audience,
  activityRequest,
  type CampaignView,
  REACH_KINDS,
  type ReachKind,
  updateActivityRequest,
} from '../../../core/prevention/campaign.js';
import { isApiError } from '../../api/client.js';
import { FormAlert } from '../../app/ui/FormAlert.js';
import { localDate } from '../../data/dashboard/filters.js';
import { CountrySelect } from '../../platform/fields/CountrySelect.js';
import { useSaveActivity } from './api.js';
import { useCampaignLabels } from './labels.js';
import { type ActivityFormValues, activityFieldOf, activityFormValues, activityRequestOf, emptyActivity, placeKey } from './logic.js';
import { useFieldErrors } from './useFieldErrors.js';

interface ActivityModalProps {
  campaign: CampaignView;
  existing: ActivityView | undefined;
  onClose: () => void;
  onSaved: (saved: ActivityView) => void;
}

/** An activity's form, in a dialog (the whole screen on a phone). */
export function ActivityModal({ campaign, existing, onClose, onSaved }: ActivityModalProps) {
  const { t } = useTranslation(['campaigns', 'common']);
  const labels = useCampaignLabels();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveActivity(campaign.id, existing?.id);
  const fields = useFieldErrors(['type', 'audience', 'place', 'reachKind']);
  const [values, setValues] = useState<ActivityFormValues>(() => (existing ? activityFormValues(existing) : emptyActivity(campaign, localDate(new Date()))));
  const [formError, setFormError] = useState<string | null>(null);

  const change = (patch: Partial<ActivityFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    for (const key of Object.keys(patch)) fields.clear(key);
  };
  const text = (key: 'date' | 'reached' | 'title' | 'description' | 'materials') => ({
    value: values[key],
    error: fields.errors[key],
    onChange: (event: { currentTarget: { value: string } }) => change({ [key]: event.currentTarget.value }),
  });

  const places = useMemo(() => {
    const options = campaign.cities.map((c) => ({ value: placeKey(c.country, c.name), label: labels.place(c.country, c.name) }));
    for (const country of [...new Set(campaign.cities.map((c) => c.country))]) {
      options.push({ value: placeKey(country, ''), label: t('activities.wholeCountry', { country: labels.country(country) }) });
    }
    if (values.place && !options.some((o) => o.value === values.place)) {
      const slash = values.place.indexOf('/');
      options.push({ value: values.place, label: labels.place(values.place.slice(0, slash), values.place.slice(slash + 1)) });
    }
    return options;
  }, [campaign.cities, labels, t, values.place]);

  const submit = () => {
    if (save.isPending) return;
    setFormError(null);
    const body = activityRequestOf(values);
    const checked = existing
      ? fields.check(updateActivityRequest, { ...body, version: existing.version }, activityFieldOf)
      : fields.check(activityRequest, body, activityFieldOf);
    if (!checked) return;
    save.mutate(checked, {
      onSuccess: onSaved,
      onError: (error) => {
        setFormError(isApiError(error, 'stale_version') ? t('activities.stale') : fields.fail(error, (field) => activityFieldOf(field.split('.')[0] ?? '')));
      },
    });
  };

  const choose = { value: '', label: t('activities.choose'), disabled: true };

  return (
    <Modal
      opened
      onClose={save.isPending ? () => undefined : onClose}
      title={existing ? t('activities.editTitle') : t('activities.newTitle')}
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
        data-testid="activity-form"
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NativeSelect
              label={t('activities.type')}
              required
              data={[choose, ...ACTIVITY_TYPES.map((type) => ({ value: type, label: labels.type(type) }))]}
              value={values.type}
              onChange={(event) => change({ type: event.currentTarget.value as ActivityType })}
              error={fields.errors.type}
            />
            <TextInput type="date" label={t('activities.date')} required {...text('date')} />
          </SimpleGrid>
          {places.length ? (
            <NativeSelect
              label={t('activities.place')}
              description={t('activities.placeHint')}
              required
              data={[choose, ...places]}
              value={values.place}
              onChange={(event) => change({ place: event.currentTarget.value })}
              error={fields.errors.place}
            />
          ) : (
            <CountrySelect
              label={t('activities.country')}
              value={values.place.split('/')[0] ?? ''}
              onChange={(country) => change({ place: country ? placeKey(country, '') : '' })}
              error={fields.errors.place}
            />
          )}
          <NativeSelect
            label={t('activities.audience')}
            required
            data={[choose, ...AUDIENCES.map((a) => ({ value: a, label: labels.audience(a) }))]}
            value={values.audience}
            onChange={(event) => change({ audience: event.currentTarget.value as Audience })}
            error={fields.errors.audience}
          />
          <Group align="flex-start" gap="lg">
            <TextInput label={t('activities.reached')} required inputMode="numeric" w={{ base: '100%', xs: 180 }} {...text('reached')} />
            <Radio.Group
              label={t('activities.reachKind')}
              description={t('activities.reachKindHint')}
              value={values.reachKind}
              onChange={(value) => change({ reachKind: value as ReachKind })}
              error={fields.errors.reachKind}
              required
            >
              <Group gap="md" mt={6}>
                {REACH_KINDS.map((kind) => (
                  <Radio key={kind} value={kind} label={labels.reachKind(kind)} />
                ))}
              </Group>
            </Radio.Group>
          </Group>
          <TextInput label={t('activities.titleField')} description={t('activities.titleHint')} maxLength={200} {...text('title')} />
          <Textarea label={t('activities.description')} autosize minRows={2} maxLength={4000} {...text('description')} />
          <Textarea
            label={t('activities.materials')}
            description={t('activities.materialsHint')}
            autosize
            minRows={2}
            maxLength={2000}
            {...text('materials')}
          />
          <TagsInput
            label={t('activities.partners')}
            description={t('fields.partnersHint')}
            value={values.partners}
            onChange={(partners) => change({ partners })}
            error={fields.errors.partners}
            maxTags={50}
          />
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {existing ? t('activities.save') : t('activities.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
