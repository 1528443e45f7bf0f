import { Alert, Button, Loader, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../../api/me.js';
import { useErrorText } from '../../app/form.js';
import { SuccessNote } from '../../app/ui/FormAlert.js';
import { PageHeader } from '../../app/ui/PageHeader.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { Pager } from '../../app/ui/Pager.js';
import { useSearchParamsNow } from '../../app/useSearchParamsNow.js';
import { useUrlText } from '../../directory/useUrlText.js';
import { useFormat } from '../../i18n/format.js';
import { useCampaigns } from './api.js';
import { CampaignFilters } from './CampaignFilters.js';
import { CampaignList } from './CampaignList.js';
import { campaignQueryOf, type ListFilters, listFiltersOf, PER_PAGE, withListFilters } from './logic.js';

/** What the list may be told when it opens (after a campaign was deleted). */
export interface CampaignsPageState {
  deleted?: string;
}

/**
 * `/campaigns`: the organisation's campaigns, or the whole network's, searched and filtered; the
 * filters live in the address (a search can be shared, Back finds the list as it was).
 */
export function CampaignsPage() {
  const { t } = useTranslation('campaigns');
  const errorText = useErrorText();
  const format = useFormat();
  const canWrite = useMe().data?.permissions.includes('campaigns:write') ?? false;
  const deleted = (useLocation().state as CampaignsPageState | null)?.deleted;
  const [params, setParams] = useSearchParamsNow();
  const filters = listFiltersOf(params);
  const choose = (change: Partial<ListFilters>) => setParams((current) => withListFilters(current, change));
  const type = (change: Partial<ListFilters>) => setParams((current) => withListFilters(current, change), { replace: true });
  const words = useUrlText(filters.q, (q) => type({ q }));

  const list = useCampaigns(campaignQueryOf(filters));
  const answer = list.data;
  const items = answer?.items ?? [];
  const pages = answer ? Math.max(1, Math.ceil(answer.total / PER_PAGE)) : 1;
  const settled = !list.isFetching && words.settled;
  const filtered = Boolean(filters.q || filters.audience || filters.country || filters.from || filters.to);

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            <Button component={Link} to={filters.scope === 'network' ? '/campaigns/reach?scope=network' : '/campaigns/reach'} variant="default">
              {t('list.reach')}
            </Button>
            {canWrite ? (
              <Button component={Link} to="/campaigns/new">
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <SuccessNote message={deleted ? t('list.deleted', { name: deleted }) : null} mb="md" />
      <Stack gap="md">
        <search aria-label={t('list.searchRegion')}>
          <Stack gap="sm">
            <SegmentedControl
              aria-label={t('list.scope')}
              value={filters.scope}
              onChange={(value) => choose({ scope: value === 'network' ? 'network' : 'own' })}
              data={[
                { value: 'own', label: t('scope.own') },
                { value: 'network', label: t('scope.network') },
              ]}
              w={{ base: '100%', xs: 'auto' }}
              style={{ alignSelf: 'flex-start' }}
              data-testid="campaign-scope"
            />
            <TextInput
              type="search"
              label={t('list.search')}
              description={t('list.searchHint')}
              value={words.text}
              onChange={(event) => words.setText(event.currentTarget.value)}
              rightSection={list.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
              autoComplete="off"
              maxLength={200}
            />
            <CampaignFilters value={filters} onChange={choose} />
          </Stack>
        </search>
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="campaigns-count">
          {answer && settled ? t('list.found', { count: answer.total }) : ''}
        </Text>
        {list.isPending ? <PageLoader /> : null}
        {list.error ? (
          <Alert color="red" role="alert">
            {errorText(list.error)}
          </Alert>
        ) : null}
        {answer && items.length === 0 && settled ? (
          <Text data-testid="campaigns-empty">
            {filtered ? t('list.noMatch') : filters.scope === 'network' ? t('list.emptyNetwork') : canWrite ? t('list.emptyWriter') : t('list.empty')}
          </Text>
        ) : null}
        {items.length > 0 ? <CampaignList items={items} showOrganisation={filters.scope === 'network'} /> : null}
        {answer ? (
          <Pager
            page={filters.page}
            pages={pages}
            searchOf={(page) => withListFilters(params, { page }).toString()}
            labels={{
              nav: t('list.pagination'),
              previous: t('list.previous'),
              next: t('list.next'),
              current: t('list.page', { page: format.number(filters.page), pages: format.number(pages) }),
            }}
          />
        ) : null}
      </Stack>
    </>
  );
}
