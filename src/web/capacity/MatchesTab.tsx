import { Alert, Badge, Button, Card, Group, List, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CAPACITY_AREAS,
  type CapacityArea,
  type ExchangeView,
  exchangeRequest,
  type MatchView,
  OFFER_KINDS,
  type OfferKind,
} from '../../core/capacity/capacity.js';
import { useErrorText, useForm } from '../app/form.js';
import { FormAlert, SuccessNote } from '../app/ui/FormAlert.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useMatches, useProposeExchange } from './api.js';
import { useCapacityLabels } from './labels.js';

/** Matches for our needs (others' offers) and for our offers (others' needs), each with its reasons and a way to propose an exchange. */
export function MatchesTab({ orgId, canWrite }: { orgId: string; canWrite: boolean }) {
  const { t } = useTranslation('capacity');
  const labels = useCapacityLabels();
  const [area, setArea] = useState<CapacityArea | ''>('');
  const [proposing, setProposing] = useState<{ match: MatchView; side: 'needs' | 'offers' } | null>(null);
  const [proposed, setProposed] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <NativeSelect
        label={t('matches.area')}
        data={[{ value: '', label: t('matches.anyArea') }, ...CAPACITY_AREAS.map((a) => ({ value: a, label: labels.area(a) }))]}
        value={area}
        onChange={(event) => setArea(event.currentTarget.value as CapacityArea | '')}
        w={{ base: '100%', xs: 280 }}
      />
      <SuccessNote message={proposed ? t('matches.proposed', { org: proposed }) : null} />
      <MatchList side="needs" area={area || undefined} canWrite={canWrite} onPropose={(match) => setProposing({ match, side: 'needs' })} />
      <MatchList side="offers" area={area || undefined} canWrite={canWrite} onPropose={(match) => setProposing({ match, side: 'offers' })} />
      {proposing ? (
        <ProposeModal
          orgId={orgId}
          match={proposing.match}
          side={proposing.side}
          onClose={() => setProposing(null)}
          onSent={(x) => {
            setProposing(null);
            setProposed(x.providerOrgId === orgId ? x.receiverOrgName : x.providerOrgName);
          }}
        />
      ) : null}
    </Stack>
  );
}

function MatchList({
  side,
  area,
  canWrite,
  onPropose,
}: {
  side: 'needs' | 'offers';
  area: CapacityArea | undefined;
  canWrite: boolean;
  onPropose: (m: MatchView) => void;
}) {
  const { t } = useTranslation('capacity');
  const errorText = useErrorText();
  const labels = useCapacityLabels();
  const matches = useMatches(side, area);
  const titleId = `matches-${side}`;
  const items = matches.data?.items ?? [];
  return (
    <section aria-labelledby={titleId}>
      <Title order={2} size="h3" id={titleId}>
        {side === 'needs' ? t('matches.forNeeds') : t('matches.forOffers')}
      </Title>
      <Text c="dimmed" size="sm" mb="sm">
        {side === 'needs' ? t('matches.forNeedsIntro') : t('matches.forOffersIntro')}
      </Text>
      {matches.isPending ? <PageLoader /> : null}
      {matches.error ? (
        <Alert color="red" role="alert">
          {errorText(matches.error)}
        </Alert>
      ) : null}
      {matches.data && items.length === 0 ? (
        <Text data-testid={`matches-${side}-empty`}>{side === 'needs' ? t('matches.noNeeds') : t('matches.noOffers')}</Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid={`matches-${side}`}>
        {items.map((m) => {
          const heading =
            side === 'needs'
              ? `${labels.area(m.area)}: ${t('matches.offeredBy', { kind: labels.kind(m.offer.kind), org: m.offer.orgName })}`
              : t('matches.neededBy', { org: m.needOrgName, area: labels.area(m.area) });
          return (
            <Card withBorder key={`${m.needOrgId}/${m.offer.id}`} component="article" aria-label={heading} data-testid="match">
              <Stack gap={6}>
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Title order={3} size="h5">
                    {heading}
                  </Title>
                  <Badge variant="light" color="indigo.9" style={{ flexShrink: 0 }}>
                    {t('matches.score', { score: m.score })}
                  </Badge>
                </Group>
                <Text size="sm">
                  {labels.country(side === 'needs' ? m.offer.orgCountry : m.needOrgCountry)}
                  {m.offer.languages.length ? ` · ${t('matches.languages', { languages: m.offer.languages.join(', ') })}` : ''}
                  {m.offer.capacityPerYear ? ` · ${t('matches.capacity', { count: m.offer.capacityPerYear })}` : ''}
                </Text>
                <Text size="sm">{m.offer.description}</Text>
                <Text size="sm" c="dimmed">
                  {m.needRating !== null ? t('matches.needRating', { rating: m.needRating }) : null}
                  {m.needRating !== null && m.offerRating !== null ? ' · ' : null}
                  {m.offerRating !== null ? t('matches.offerRating', { org: m.offer.orgName, rating: m.offerRating }) : null}
                </Text>
                <Text size="sm" fw={600} id={`reasons-${m.needOrgId}-${m.offer.id}`}>
                  {t('matches.reasonsLabel')}
                </Text>
                <List size="sm" aria-labelledby={`reasons-${m.needOrgId}-${m.offer.id}`} data-testid="match-reasons">
                  {m.reasons.map((r) => (
                    <List.Item key={r.code}>{labels.reason(r)}</List.Item>
                  ))}
                </List>
                {canWrite ? (
                  <Group justify="flex-end">
                    <Button size="compact-md" onClick={() => onPropose(m)}>
                      {t('matches.propose')}
                    </Button>
                  </Group>
                ) : null}
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </section>
  );
}

interface ProposeFields {
  kind: OfferKind;
  description: string;
  startsOn: string;
  endsOn: string;
  participants: string;
}

function ProposeModal({
  orgId,
  match,
  side,
  onClose,
  onSent,
}: {
  orgId: string;
  match: MatchView;
  side: 'needs' | 'offers';
  onClose: () => void;
  onSent: (x: ExchangeView) => void;
}) {
  const { t } = useTranslation(['capacity', 'common']);
  const labels = useCapacityLabels();
  const phone = useMediaQuery('(max-width: 36em)');
  const propose = useProposeExchange();
  const form = useForm<ProposeFields>({ kind: match.offer.kind, description: '', startsOn: '', endsOn: '', participants: '' });
  const { values } = form;
  const other = side === 'needs' ? match.offer.orgName : match.needOrgName;

  const submit = () => {
    const participants = values.participants.trim();
    const body = {
      offerId: match.offer.id,
      providerOrgId: match.offer.orgId,
      receiverOrgId: side === 'needs' ? orgId : match.needOrgId,
      area: match.area,
      kind: values.kind,
      description: values.description,
      ...(values.startsOn ? { startsOn: values.startsOn } : {}),
      ...(values.endsOn ? { endsOn: values.endsOn } : {}),
      ...(participants ? { participants: /^\d+$/.test(participants) ? Number(participants) : Number.NaN } : {}),
    };
    const parsed = form.validate(exchangeRequest, body);
    if (!parsed) {
      // Clearer words than the generic ones for the two mistakes a person makes here.
      if (participants && !exchangeRequest.shape.participants.safeParse(body.participants).success) form.setFieldError('participants', t('offers.wholeNumber'));
      if (values.startsOn && values.endsOn && values.endsOn < values.startsOn) form.setFieldError('endsOn', t('propose.endsBeforeStart'));
      return;
    }
    propose.mutate(parsed, { onSuccess: onSent, onError: form.fail });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('propose.title')}
      size="lg"
      fullScreen={phone ?? false}
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <form
        ref={form.ref}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text fw={600}>{t('propose.with', { org: other, area: labels.area(match.area) })}</Text>
          <NativeSelect label={t('propose.kind')} data={OFFER_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))} {...form.text('kind')} />
          <Textarea
            label={t('propose.description')}
            autosize
            minRows={2}
            maxLength={4000}
            value={values.description}
            error={form.errors.description}
            onChange={(e) => form.set('description', e.currentTarget.value)}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <TextInput type="date" label={t('propose.startsOn')} {...form.text('startsOn')} />
            <TextInput type="date" label={t('propose.endsOn')} {...form.text('endsOn')} />
            <TextInput label={t('propose.participants')} inputMode="numeric" {...form.text('participants')} />
          </SimpleGrid>
          <FormAlert message={form.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={propose.isPending}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={propose.isPending}>
              {t('propose.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
