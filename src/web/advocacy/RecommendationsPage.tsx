import { Alert, Anchor, Button, Group, Loader, NativeSelect, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { type RecommendationStatus, STATUSES, THEMES, type Theme } from '../../core/advocacy/recommendation.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { Pager } from '../app/ui/Pager.js';
import { useSearchParamsNow } from '../app/useSearchParamsNow.js';
import { useUrlText } from '../directory/useUrlText.js';
import { countryOptions } from '../platform/countries.js';
import { reportUrl, useProgress, useRecommendations, useSources } from './api.js';
import { useAdvocacyLabels } from './labels.js';
import { apiFilters, type Filters, filtersOf, groupsOf, PER_PAGE, type View, withFilters } from './logic.js';
import { ProgressChart } from './ProgressChart.js';
import { RecommendationModal } from './RecommendationModal.js';
import { SourcesSection } from './SourcesSection.js';
import { StatusBadge } from './StatusBadge.js';

/**
 * `/advocacy`: the network's recommendations and action plans, grouped by country or by theme with
 * their statuses, filtered (the filters live in the address), their progress over time, the
 * sources, and the advocacy report as PDF or XLSX.
 */
export function RecommendationsPage() {
  const { t } = useTranslation('advocacy');
  const errorText = useErrorText();
  const labels = useAdvocacyLabels();
  const navigate = useNavigate();
  const canWrite = useMe().data?.permissions.includes('recommendations:write') ?? false;
  const [params, setParams] = useSearchParamsNow();
  const filters = filtersOf(params);
  const choose = (change: Partial<Filters>) => setParams((current) => withFilters(current, change));
  const words = useUrlText(filters.q, (q) => setParams((current) => withFilters(current, { q }), { replace: true }));
  const [adding, setAdding] = useState(false);

  const query = apiFilters(filters);
  const list = useRecommendations({ ...query, limit: PER_PAGE, offset: (filters.page - 1) * PER_PAGE });
  const progress = useProgress(query);
  const sources = useSources();
  const countries = useMemo(() => countryOptions(labels.locale), [labels.locale]);
  const answer = list.data;
  const groups = answer ? groupsOf(answer.items, filters.view) : [];
  const pages = answer ? Math.max(1, Math.ceil(answer.total / PER_PAGE)) : 1;
  const any = { value: '', label: t('filters.any') };
  const filtered = Object.keys(query).length > 0;

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            <Button component="a" href={reportUrl('pdf', query)} download variant="default" data-testid="report-pdf">
              {t('report.downloadPdf')}
            </Button>
            <Button component="a" href={reportUrl('xlsx', query)} download variant="default" data-testid="report-xlsx">
              {t('report.downloadXlsx')}
            </Button>
            {canWrite ? (
              <Button onClick={() => setAdding(true)} disabled={!sources.data?.items.length}>
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        {canWrite && sources.data && sources.data.items.length === 0 ? (
          <Alert color="blue" variant="light">
            {t('list.sourceFirst')}
          </Alert>
        ) : null}
        <search aria-label={t('filters.region')}>
          <Stack gap="sm">
            <TextInput
              type="search"
              label={t('filters.search')}
              description={t('filters.searchHint')}
              value={words.text}
              onChange={(event) => words.setText(event.currentTarget.value)}
              rightSection={list.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
              autoComplete="off"
              maxLength={200}
            />
            <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm">
              <Select
                label={t('filters.country')}
                placeholder={t('filters.any')}
                data={countries}
                value={filters.country || null}
                onChange={(next) => choose({ country: next ?? '' })}
                searchable
                clearable
                clearButtonProps={{ 'aria-label': t('filters.clearCountry') }}
                limit={300}
                maxDropdownHeight={280}
              />
              <NativeSelect
                label={t('filters.theme')}
                data={[any, ...THEMES.map((x) => ({ value: x, label: labels.theme(x) }))]}
                value={filters.theme}
                onChange={(event) => choose({ theme: event.currentTarget.value as Theme | '' })}
              />
              <NativeSelect
                label={t('filters.status')}
                data={[any, ...STATUSES.map((s) => ({ value: s, label: labels.status(s) }))]}
                value={filters.status}
                onChange={(event) => choose({ status: event.currentTarget.value as RecommendationStatus | '' })}
              />
              <NativeSelect
                label={t('filters.source')}
                data={[any, ...(sources.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))]}
                value={filters.sourceId}
                onChange={(event) => choose({ sourceId: event.currentTarget.value })}
              />
              <TextInput
                type="date"
                label={t('filters.deadlineBefore')}
                value={filters.deadlineBefore}
                onChange={(event) => choose({ deadlineBefore: event.currentTarget.value })}
              />
            </SimpleGrid>
            {filtered ? (
              <div>
                <Button variant="subtle" onClick={() => setParams(() => withFilters(new URLSearchParams(), { view: filters.view }))}>
                  {t('filters.clear')}
                </Button>
              </div>
            ) : null}
          </Stack>
        </search>
        {progress.data ? <ProgressChart series={progress.data.total} title={t('progress.title')} /> : null}
        {progress.error && !progress.data ? (
          <Alert color="red" role="alert">
            {errorText(progress.error)}
          </Alert>
        ) : null}
        <section aria-labelledby="recommendations-heading">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h4" id="recommendations-heading">
                {t('list.heading')}
              </Title>
              <SegmentedControl
                aria-label={t('list.view')}
                value={filters.view}
                onChange={(value) => choose({ view: value as View })}
                data={[
                  { value: 'country', label: t('list.byCountry') },
                  { value: 'theme', label: t('list.byTheme') },
                ]}
              />
            </Group>
            {answer ? (
              <Group gap="xs" data-testid="status-counts" role="status" aria-live="polite">
                <Text size="sm">{t('list.found', { count: answer.total })}</Text>
                {STATUSES.filter((s) => answer.byStatus[s] > 0).map((s) => (
                  <StatusBadge key={s} status={s} count={answer.byStatus[s]} />
                ))}
              </Group>
            ) : null}
            {list.isPending ? <PageLoader /> : null}
            {list.error ? (
              <Alert color="red" role="alert">
                {errorText(list.error)}
              </Alert>
            ) : null}
            {answer && answer.items.length === 0 ? <Text data-testid="recommendations-empty">{filtered ? t('list.noMatch') : t('list.empty')}</Text> : null}
            {groups.map((g) => (
              <Paper
                key={g.key}
                component="section"
                withBorder
                p="md"
                radius="md"
                aria-label={filters.view === 'country' ? labels.country(g.key) : labels.theme(g.key as Theme)}
              >
                <Stack gap="xs">
                  <Group justify="space-between" align="center">
                    <Title order={3} size="h5">
                      {filters.view === 'country' ? labels.country(g.key) : labels.theme(g.key as Theme)}
                    </Title>
                    <Group gap={6}>
                      {STATUSES.filter((s) => g.counts[s] > 0).map((s) => (
                        <StatusBadge key={s} status={s} count={g.counts[s]} />
                      ))}
                    </Group>
                  </Group>
                  <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {g.items.map((r) => (
                      <li key={r.id}>
                        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                          <div style={{ minWidth: 0 }}>
                            <Anchor component={Link} to={`/advocacy/recommendations/${r.id}`} lineClamp={2}>
                              {r.text}
                            </Anchor>
                            <Text size="xs" c="dimmed">
                              {[r.source.name, r.reference, r.deadline ? t('list.deadline', { date: labels.day(r.deadline) }) : ''].filter(Boolean).join(' · ')}
                              {r.overdue ? ` · ${t('detail.overdue')}` : ''}
                            </Text>
                          </div>
                          <StatusBadge status={r.status} />
                        </Group>
                      </li>
                    ))}
                  </Stack>
                </Stack>
              </Paper>
            ))}
            {answer ? (
              <Pager
                page={filters.page}
                pages={pages}
                searchOf={(page) => withFilters(params, { page }).toString()}
                labels={{
                  nav: t('list.pagination'),
                  previous: t('list.previous'),
                  next: t('list.next'),
                  current: t('list.page', { page: labels.number(filters.page), pages: labels.number(pages) }),
                }}
              />
            ) : null}
          </Stack>
        </section>
        {sources.data ? <SourcesSection sources={sources.data.items} canWrite={canWrite} /> : null}
      </Stack>
      {adding && sources.data ? (
        <RecommendationModal
          sources={sources.data.items}
          onClose={() => setAdding(false)}
          onSaved={(saved) => navigate(`/advocacy/recommendations/${saved.id}`)}
        />
      ) : null}
    </>
  );
}
