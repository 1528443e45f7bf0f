import { Alert, Anchor, Badge, Card, Checkbox, Group, NativeSelect, Pagination, SimpleGrid, Stack, Table, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ReferralMeasures } from '../../core/referrals/measures.js';
import { REFERRAL_STATUSES, type ReferralListItem, type ReferralStatus } from '../../core/referrals/referral.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { ExportButton } from '../data/exports/ExportButton.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { useOrganisations } from '../platform/organisations/api.js';
import { useReferralStats, useReferrals } from './api.js';
import { CountryText, ReferralStatusBadge, useCountryName } from './labels.js';
import { type Direction, isUuid, percent } from './logic.js';

const PER_PAGE = 50;

/** `/referrals`: incoming and outgoing referrals, by status; emergency overrides for supervisors; measures. */
export function ReferralsPage() {
  const { t } = useTranslation('referrals');
  const permissions = useMe().data?.permissions ?? [];
  const canSend = permissions.includes('referrals:send');
  const canOversee = permissions.includes('referrals:oversee');
  const [params, setParams] = useSearchParams();
  const direction: Direction = canSend && params.get('direction') === 'outgoing' ? 'outgoing' : 'incoming';
  const status = (REFERRAL_STATUSES as readonly string[]).includes(params.get('status') ?? '') ? (params.get('status') as ReferralStatus) : undefined;
  const override = canOversee && params.get('override') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);

  const set = (changes: Record<string, string | null>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );

  return (
    <>
      <PageHeader title={t('title')} intro={t('list.intro')} actions={<ExportButton kind="referrals" />} />
      <Stack gap="md">
        {permissions.includes('referrals:stats') ? <MeasuresCard /> : null}
        <Tabs value={direction} onChange={(value) => value && set({ direction: value })} keepMounted={false}>
          <Tabs.List aria-label={t('list.directions')} mb="md">
            <Tabs.Tab value="incoming">{t('list.incoming')}</Tabs.Tab>
            {canSend ? <Tabs.Tab value="outgoing">{t('list.outgoing')}</Tabs.Tab> : null}
          </Tabs.List>
          <Group align="flex-end" gap="md" mb="md" role="group" aria-label={t('list.filters')}>
            <NativeSelect
              label={t('list.status')}
              data={[{ value: '', label: t('list.anyStatus') }, ...REFERRAL_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
              value={status ?? ''}
              onChange={(event) => set({ status: event.currentTarget.value || null })}
              w={220}
            />
            {canOversee ? (
              <Checkbox
                label={t('list.overrides')}
                description={t('list.overridesHint')}
                checked={override}
                onChange={(event) => set({ override: event.currentTarget.checked ? 'true' : null })}
                mb={4}
              />
            ) : null}
          </Group>
          <Tabs.Panel value="incoming">
            <ReferralList direction="incoming" status={status} override={override} page={page} onPage={(p) => set({ page: String(p) })} />
          </Tabs.Panel>
          {canSend ? (
            <Tabs.Panel value="outgoing">
              <ReferralList direction="outgoing" status={status} override={override} page={page} onPage={(p) => set({ page: String(p) })} />
            </Tabs.Panel>
          ) : null}
        </Tabs>
      </Stack>
    </>
  );
}

function ReferralList({
  direction,
  status,
  override,
  page,
  onPage,
}: {
  direction: Direction;
  status: ReferralStatus | undefined;
  override: boolean;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  const list = useReferrals({ direction, status, override: override || undefined, page, perPage: PER_PAGE });
  if (list.isPending) return <PageLoader />;
  if (list.error) {
    return (
      <Alert color="red" role="alert">
        {errorText(list.error)}
      </Alert>
    );
  }
  const { items, total } = list.data;
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));
  const filtered = Boolean(status) || override;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="referrals-count">
        {t('list.count', { count: total })}
      </Text>
      {items.length === 0 ? (
        <Text data-testid="referrals-empty">{filtered ? t('list.noMatch') : direction === 'incoming' ? t('list.noneIncoming') : t('list.noneOutgoing')}</Text>
      ) : (
        <ReferralTable items={items} direction={direction} />
      )}
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={page}
          onChange={onPage}
          getControlProps={(control) => ({ 'aria-label': t(`list.page.${control}`) })}
          getItemProps={(p) => ({ 'aria-label': t('list.page.number', { page: p }) })}
        />
      ) : null}
    </Stack>
  );
}

function ReferralTable({ items, direction }: { items: readonly ReferralListItem[]; direction: Direction }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover aria-label={direction === 'incoming' ? t('list.incoming') : t('list.outgoing')} data-testid="referrals-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.reference')}</Table.Th>
            <Table.Th scope="col">{t('list.givenName')}</Table.Th>
            <Table.Th scope="col">{t('list.service')}</Table.Th>
            <Table.Th scope="col">{direction === 'incoming' ? t('list.from') : t('list.to')}</Table.Th>
            <Table.Th scope="col">{t('list.status')}</Table.Th>
            <Table.Th scope="col">{t('list.sent')}</Table.Th>
            <Table.Th scope="col">{t('list.unread')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => {
            const other = direction === 'incoming' ? r.from : r.to;
            return (
              <Table.Tr key={r.id} data-testid="referral-row">
                <Table.Th scope="row">
                  <Anchor component={Link} to={`/referrals/${r.id}`} ff="monospace">
                    {r.reference}
                  </Anchor>
                  {r.basis === 'override' ? (
                    <Badge variant="outline" color="red.9" ml={6} size="sm">
                      {t('list.overrideBadge')}
                    </Badge>
                  ) : null}
                </Table.Th>
                <Table.Td>
                  {r.givenName ?? (
                    <Text span size="sm" c="dimmed">
                      {t('list.notShared')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.service.name}</Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <span>{other.name}</span>
                    <Text span size="sm" c="dimmed">
                      <CountryText code={other.country} flag />
                    </Text>
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <ReferralStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>{format.dateTime(r.sentAt)}</Table.Td>
                <Table.Td>
                  {r.unread > 0 ? (
                    <Badge variant="filled" color="red.9" aria-label={t('list.unreadCount', { count: r.unread })}>
                      {format.number(r.unread)}
                    </Badge>
                  ) : (
                    <Text span size="sm" c="dimmed">
                      {t('list.noneUnread')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Referral measures of a period: sent, accepted, how fast, and who refers to whom. */
function MeasuresCard() {
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const stats = useReferralStats({ from: from || undefined, to: to || undefined }, true);
  const setDate = (key: 'from' | 'to', value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const m = stats.data;
  const rate = m ? percent(m.acceptanceRate) : null;
  return (
    <Card withBorder component="section" aria-labelledby="referral-measures" data-testid="referral-measures">
      <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap">
        <Title order={2} size="h4" id="referral-measures">
          {t('stats.title')}
        </Title>
        <Group gap="sm" role="group" aria-label={t('stats.period')}>
          <TextInput type="date" label={t('stats.from')} value={from} onChange={(event) => setDate('from', event.currentTarget.value)} size="xs" />
          <TextInput type="date" label={t('stats.to')} value={to} onChange={(event) => setDate('to', event.currentTarget.value)} size="xs" />
        </Group>
      </Group>
      {stats.error ? (
        <Alert color="red" role="alert">
          {errorText(stats.error)}
        </Alert>
      ) : !m ? (
        <PageLoader />
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
            <Figure label={t('stats.total')} value={format.number(m.sent)} />
            <Figure label={t('stats.acceptanceRate')} value={rate === null ? t('stats.none') : t('stats.percent', { value: rate })} />
            <Figure
              label={t('stats.medianHours')}
              value={m.hoursToAcceptMedian === null ? t('stats.none') : t('stats.hours', { value: format.number(m.hoursToAcceptMedian) })}
            />
            <Figure label={t('stats.transnational')} value={format.number(m.transnational)} />
          </SimpleGrid>
          <Text size="sm" c="dimmed">
            {t('stats.breakdown', { accepted: m.accepted, declined: m.declined, waiting: m.waiting, withdrawn: m.withdrawn })}
          </Text>
          <FlowTable title={t('stats.byOrganisation')} rows={m.byOrganisation} kind="organisation" />
          <FlowTable title={t('stats.byCountry')} rows={m.byCountry} kind="country" />
        </Stack>
      )}
    </Card>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Stack>
  );
}

function FlowTable({ title, rows, kind }: { title: string; rows: ReferralMeasures['byOrganisation']; kind: 'organisation' | 'country' }) {
  const { t } = useTranslation('referrals');
  const format = useFormat();
  const organisations = useOrganisations();
  const country = useCountryName();
  const name = (value: string) =>
    kind === 'country' ? country(value) : isUuid(value) ? (organisations.data?.organisations.find((o) => o.id === value)?.name ?? value) : value;
  if (rows.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table striped aria-label={title} data-testid={`flows-${kind}`}>
        <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>{title}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('stats.flowFrom')}</Table.Th>
            <Table.Th scope="col">{t('stats.flowTo')}</Table.Th>
            <Table.Th scope="col" ta="end">
              {t('stats.sent')}
            </Table.Th>
            <Table.Th scope="col" ta="end">
              {t('stats.accepted')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.from}>${r.to}`}>
              <Table.Td>{name(r.from)}</Table.Td>
              <Table.Td>{name(r.to)}</Table.Td>
              <Table.Td ta="end">{format.number(r.sent)}</Table.Td>
              <Table.Td ta="end">{format.number(r.accepted)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
