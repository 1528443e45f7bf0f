import { Alert, Button, Loader, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { Pager } from '../app/ui/Pager.js';
import { useSearchParamsNow } from '../app/useSearchParamsNow.js';
import { ExportButton } from '../data/exports/ExportButton.js';
import { useFormat } from '../i18n/format.js';
import { useServiceSearch } from './api.js';
import { DirectoryFilters } from './DirectoryFilters.js';
import { type DirectoryFilters as Filters, filtersFromParams, hasFilters, pageCount, withFilters } from './filters.js';
import { useLabels } from './labels.js';
import { useNow } from './OpenBadge.js';
import { ServiceList } from './ServiceList.js';
import { useUrlText } from './useUrlText.js';

/** What the directory page may be told when it opens (after a service was deleted). */
export interface DirectoryPageState {
  deleted?: string;
}

/**
 * `/directory`: the services of the whole network, searched by words and filtered by type,
 * language, place, age, gender and opening hours. Everything is in the address: a search can be
 * shared, and Back finds the list as it was.
 */
export function DirectoryPage() {
  const { t } = useTranslation('directory');
  const errorText = useErrorText();
  const format = useFormat();
  const labels = useLabels();
  const now = useNow();
  const permissions = useMe().data?.permissions ?? [];
  const canWrite = permissions.includes('directory:write');
  const deleted = (useLocation().state as DirectoryPageState | null)?.deleted;
  const [params, setParams] = useSearchParamsNow();
  const filters = filtersFromParams(params);

  const choose = (change: Partial<Filters>) => setParams((current) => withFilters(current, change));
  const type = (change: Partial<Filters>) => setParams((current) => withFilters(current, change), { replace: true });
  const words = useUrlText(params.get('q') ?? '', (q) => type({ q }));

  const search = useServiceSearch(filters);
  const answer = search.data;
  const items = answer?.items ?? [];
  const pages = answer ? pageCount(answer.total, answer.perPage) : 1;
  const settled = !search.isFetching && words.settled;
  const searching = Boolean(filters.q) || hasFilters(filters) || filters.mine;

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            {canWrite ? (
              <>
                <Button component={Link} to="/directory/transfer" variant="default">
                  {t('list.transfer')}
                </Button>
                <Button component={Link} to="/directory?mine=true" variant="default">
                  {t('list.manage')}
                </Button>
                <Button component={Link} to="/directory/services/new">
                  {t('list.add')}
                </Button>
              </>
            ) : null}
            <ExportButton kind="directory" />
          </>
        }
      />
      <SuccessNote message={deleted ? t('list.deleted', { name: deleted }) : null} mb="md" />
      <Stack gap="md">
        <search aria-label={t('search.region')}>
          <Stack gap="sm">
            <TextInput
              type="search"
              label={t('search.text')}
              description={t('search.textHint')}
              value={words.text}
              onChange={(event) => words.setText(event.currentTarget.value)}
              rightSection={search.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
              autoComplete="off"
              maxLength={200}
              size="md"
            />
            <DirectoryFilters
              value={filters}
              rawCity={params.get('city') ?? ''}
              rawAge={params.get('age') ?? ''}
              labels={labels}
              onChange={choose}
              onType={type}
            />
            {canWrite ? (
              <Switch
                label={t('search.mine')}
                description={t('search.mineHint')}
                checked={filters.mine}
                onChange={(event) => choose({ mine: event.currentTarget.checked })}
                data-testid="filter-mine"
              />
            ) : null}
          </Stack>
        </search>
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="services-count">
          {answer && settled ? t('list.found', { count: answer.total }) : ''}
        </Text>
        {search.isPending ? <PageLoader /> : null}
        {search.error ? (
          <Alert color="red" role="alert">
            {errorText(search.error)}
          </Alert>
        ) : null}
        {answer && items.length === 0 && settled ? (
          <Text data-testid="services-empty">{searching ? t('list.noMatch') : canWrite ? t('list.emptyWriter') : t('list.empty')}</Text>
        ) : null}
        {items.length > 0 ? <ServiceList items={items} labels={labels} now={now} /> : null}
        {answer ? (
          <Pager
            page={filters.page}
            pages={pages}
            searchOf={(page) => withFilters(params, { page }).toString()}
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
