import { Alert, Button, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { CaseStatus } from '../../core/cases/case.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { SuccessNote } from '../app/ui/FormAlert.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { type PersonSearch, usePersonSearch } from './api.js';
import { PersonFilters } from './PersonFilters.js';
import { PersonsTable } from './PersonsTable.js';

const FILTERS = ['birthDate', 'citizenship', 'status', 'caseworkerId'] as const;

/** What a page left to say after sending the user here (e.g. a person was erased). */
export interface PersonsPageState {
  notice?: string;
}

/** Find a person by any of their names in any script, narrowed by birth date, citizenship, case status and caseworker. */
export function PersonsPage() {
  const { t } = useTranslation(['persons', 'common']);
  const errorText = useErrorText();
  const permissions = useMe().data?.permissions ?? [];
  const notice = (useLocation().state as PersonsPageState | null)?.notice ?? null;
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const search: PersonSearch = {
    q: debounced,
    birthDate: params.get('birthDate') ?? '',
    citizenship: params.get('citizenship') ?? '',
    status: (params.get('status') ?? '') as CaseStatus | '',
    caseworkerId: params.get('caseworkerId') ?? '',
  };
  const found = usePersonSearch(search);

  // The address keeps the search, so that going back to the list finds it as it was.
  useEffect(() => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debounced) next.set('q', debounced);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debounced, setParams]);

  const setFilters = (change: Partial<PersonSearch>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const key of FILTERS) {
          const value = change[key];
          if (value === undefined) continue;
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: true },
    );

  const canWrite = permissions.includes('persons:write');
  const filtered = FILTERS.some((key) => search[key]);
  const items = found.data?.items ?? [];
  const settled = !found.isFetching && debounced === text.trim();

  let results: ReactNode;
  if (found.isPending) results = <PageLoader />;
  else if (found.error)
    results = (
      <Alert color="red" role="alert">
        {errorText(found.error)}
      </Alert>
    );
  else if (items.length === 0 && settled) {
    const nobodyYet = !search.q && !filtered;
    results = (
      <Stack align="flex-start" gap="sm" py="lg" data-testid="persons-empty">
        <Text fw={600}>{nobodyYet ? t('persons:empty.none') : t('persons:empty.noMatch', { query: search.q })}</Text>
        <Text c="dimmed">{nobodyYet ? t('persons:empty.noneHint') : t('persons:empty.noMatchHint')}</Text>
        {canWrite ? (
          <Button component={Link} to={search.q ? `/persons/new?name=${encodeURIComponent(search.q)}` : '/persons/new'} variant="light">
            {t('persons:new')}
          </Button>
        ) : null}
      </Stack>
    );
  } else results = <PersonsTable persons={items} scored={Boolean(search.q)} />;

  return (
    <>
      <PageHeader
        title={t('persons:title')}
        intro={t('persons:intro')}
        actions={
          canWrite ? (
            <Button component={Link} to="/persons/new">
              {t('persons:new')}
            </Button>
          ) : null
        }
      />
      <SuccessNote message={notice} mb="md" />
      <Stack gap="md">
        <search aria-label={t('persons:search.region')}>
          <Stack gap="sm">
            <TextInput
              type="search"
              label={t('persons:search.label')}
              description={t('persons:search.hint')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              rightSection={found.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
              autoComplete="off"
              spellCheck={false}
              size="md"
              data-autofocus
            />
            <PersonFilters value={search} onChange={setFilters} />
          </Stack>
        </search>
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="persons-count">
          {found.data && settled
            ? search.q || filtered
              ? t('persons:search.found', { count: items.length })
              : t('persons:search.recent', { count: items.length })
            : ''}
        </Text>
        {results}
      </Stack>
    </>
  );
}
