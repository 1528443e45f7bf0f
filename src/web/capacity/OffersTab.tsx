import { Alert, Badge, Button, Card, Group, Modal, NativeSelect, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CAPACITY_AREAS,
  type CapacityArea,
  OFFER_KINDS,
  OFFER_STATUSES,
  type OfferKind,
  type OfferStatus,
  type OfferView,
  offerRequest,
  updateOfferRequest,
} from '../../core/capacity/capacity.js';
import { isApiError } from '../api/client.js';
import { useErrorText } from '../app/form.js';
import { ConfirmModal } from '../app/ui/ConfirmModal.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useDeleteOffer, useOffers, useSaveOffer } from './api.js';
import { useCapacityLabels } from './labels.js';

/** Our offers (edit, close, remove) and the network's open offers. */
export function OffersTab({ orgId, canWrite }: { orgId: string; canWrite: boolean }) {
  const { t } = useTranslation('capacity');
  const errorText = useErrorText();
  const ours = useOffers({ orgId });
  const network = useOffers({ status: 'active' });
  const remove = useDeleteOffer();
  const [editing, setEditing] = useState<OfferView | 'new' | null>(null);
  const [removing, setRemoving] = useState<OfferView | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const others = (network.data?.items ?? []).filter((o) => o.orgId !== orgId);

  return (
    <Stack gap="lg">
      <section aria-labelledby="offers-ours">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="offers-ours">
            {t('offers.ours')}
          </Title>
          {canWrite ? <Button onClick={() => setEditing('new')}>{t('offers.new')}</Button> : null}
        </Group>
        <SuccessNote message={note} mb="sm" />
        {ours.isPending ? <PageLoader /> : null}
        {ours.error ? (
          <Alert color="red" role="alert">
            {errorText(ours.error)}
          </Alert>
        ) : null}
        {ours.data?.items.length === 0 ? <Text>{t('offers.empty')}</Text> : null}
        <OfferCards items={ours.data?.items ?? []} onEdit={canWrite ? setEditing : undefined} onRemove={canWrite ? setRemoving : undefined} />
      </section>
      <section aria-labelledby="offers-network">
        <Title order={2} size="h3" id="offers-network" mb="sm">
          {t('offers.network')}
        </Title>
        {network.data && others.length === 0 ? <Text>{t('offers.networkEmpty')}</Text> : null}
        <OfferCards items={others} showOrganisation />
      </section>
      {editing ? (
        <OfferModal
          existing={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            setNote(t('offers.saved'));
          }}
        />
      ) : null}
      <ConfirmModal
        opened={removing !== null}
        title={t('offers.removeTitle')}
        text={t('offers.removeBody')}
        confirmLabel={t('offers.remove')}
        destructive
        pending={remove.isPending}
        error={remove.error ? errorText(remove.error) : null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.id, {
            onSuccess: () => {
              setRemoving(null);
              setNote(t('offers.removed'));
            },
          })
        }
      />
    </Stack>
  );
}

function OfferCards({
  items,
  showOrganisation = false,
  onEdit,
  onRemove,
}: {
  items: readonly OfferView[];
  showOrganisation?: boolean;
  onEdit?: ((o: OfferView) => void) | undefined;
  onRemove?: ((o: OfferView) => void) | undefined;
}) {
  const { t } = useTranslation('capacity');
  const labels = useCapacityLabels();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {items.map((o) => (
        <Card withBorder key={o.id} component="article" aria-label={`${labels.area(o.area)}: ${labels.kind(o.kind)}`} data-testid="offer">
          <Stack gap={6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <Title order={3} size="h5">
                {labels.area(o.area)}: {labels.kind(o.kind)}
              </Title>
              <Badge variant="light" color={o.status === 'active' ? 'teal.9' : 'gray.8'} style={{ flexShrink: 0 }}>
                {labels.offerStatus(o.status)}
              </Badge>
            </Group>
            {showOrganisation ? <Text size="sm">{t('offers.by', { org: o.orgName, country: labels.country(o.orgCountry) })}</Text> : null}
            <Text size="sm">{o.description}</Text>
            <Text size="sm" c="dimmed">
              {o.languages.length ? t('matches.languages', { languages: o.languages.join(', ') }) : null}
              {o.languages.length && o.capacityPerYear ? ' · ' : null}
              {o.capacityPerYear ? t('matches.capacity', { count: o.capacityPerYear }) : null}
            </Text>
            {onEdit || onRemove ? (
              <Group justify="flex-end" gap="xs">
                {onEdit ? (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onEdit(o)}
                    aria-label={`${t('offers.edit')}: ${labels.area(o.area)}, ${labels.kind(o.kind)}`}
                  >
                    {t('offers.edit')}
                  </Button>
                ) : null}
                {onRemove ? (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onRemove(o)}
                    aria-label={`${t('offers.remove')}: ${labels.area(o.area)}, ${labels.kind(o.kind)}`}
                  >
                    {t('offers.remove')}
                  </Button>
                ) : null}
              </Group>
            ) : null}
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function OfferModal({ existing, onClose, onSaved }: { existing: OfferView | undefined; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation(['capacity', 'common']);
  const errorText = useErrorText();
  const labels = useCapacityLabels();
  const phone = useMediaQuery('(max-width: 36em)');
  const save = useSaveOffer(existing?.id);
  const [area, setArea] = useState<CapacityArea | ''>(existing?.area ?? '');
  const [kind, setKind] = useState<OfferKind | ''>(existing?.kind ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [languages, setLanguages] = useState<string[]>(existing?.languages ?? []);
  const [capacity, setCapacity] = useState(existing?.capacityPerYear ? String(existing.capacityPerYear) : '');
  const [status, setStatus] = useState<OfferStatus>(existing?.status ?? 'active');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = () => {
    setFormError(null);
    const body = {
      area,
      kind,
      description,
      languages,
      ...(capacity.trim() ? { capacityPerYear: Number(capacity) } : {}),
      status,
      ...(existing ? { version: existing.version } : {}),
    };
    const parsed = (existing ? updateOfferRequest : offerRequest).safeParse(body);
    if (!parsed.success) {
      const found: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        if (found[field]) continue;
        found[field] =
          field === 'capacityPerYear'
            ? t('offers.wholeNumber')
            : field === 'languages'
              ? t('assessment.badLanguage')
              : field === 'area' || field === 'kind'
                ? t('common:validation.chooseOne')
                : t('common:validation.required');
      }
      setErrors(found);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: onSaved,
      onError: (e) => setFormError(isApiError(e, 'stale_version') ? t('offers.stale') : errorText(e)),
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={existing ? t('offers.editTitle') : t('offers.newTitle')}
      size="lg"
      fullScreen={phone ?? false}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
        data-testid="offer-form"
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NativeSelect
              label={t('offers.area')}
              required
              data={[{ value: '', label: t('offers.choose'), disabled: true }, ...CAPACITY_AREAS.map((a) => ({ value: a, label: labels.area(a) }))]}
              value={area}
              onChange={(e) => setArea(e.currentTarget.value as CapacityArea)}
              error={errors.area}
            />
            <NativeSelect
              label={t('offers.kind')}
              required
              data={[{ value: '', label: t('offers.choose'), disabled: true }, ...OFFER_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))]}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as OfferKind)}
              error={errors.kind}
            />
          </SimpleGrid>
          <Textarea
            label={t('offers.description')}
            required
            autosize
            minRows={3}
            maxLength={4000}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
          />
          <TagsInput
            label={t('offers.languages')}
            description={t('assessment.languagesHint')}
            value={languages}
            onChange={(ls) => setLanguages(ls.map((l) => l.trim().toLowerCase()))}
            error={errors.languages}
            maxTags={20}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput
              label={t('offers.capacityPerYear')}
              description={t('offers.capacityHint')}
              inputMode="numeric"
              value={capacity}
              onChange={(e) => setCapacity(e.currentTarget.value)}
              error={errors.capacityPerYear}
            />
            <NativeSelect
              label={t('offers.status')}
              data={OFFER_STATUSES.map((s) => ({ value: s, label: labels.offerStatus(s) }))}
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as OfferStatus)}
            />
          </SimpleGrid>
          <FormAlert message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('offers.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
