import { Alert, Button, Group, Kbd, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSearchParamsNow } from '../app/useSearchParamsNow.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { ExportButton } from '../data/exports/ExportButton.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useContactLog } from './api.js';
import { ContactFilters } from './ContactFilters.js';
import { ContactList } from './ContactList.js';
import { type ContactFilters as Filters, filtersFromParams, hasFilters, withFilters } from './filters.js';
import { useLabels } from './labels.js';
import { hotkey, NEW_CONTACT } from './shortcuts.js';

/** `/hotline`: the contact log, newest first; words, filters, more on demand; Alt+N starts a new contact. */
export function ContactsPage() {
  const { t } = useTranslation('hotline');
  const errorText = useErrorText();
  const navigate = useNavigate();
  const permissions = useMe().data?.permissions ?? [];
  const canCreate = permissions.includes('contacts:create');
  const labels = useLabels();
  const [params, setParams] = useSearchParamsNow();
  const [text, setText] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const filters: Filters = { ...filtersFromParams(params), q: debounced };
  const log = useContactLog(filters);

  useHotkeys(canCreate ? [hotkey(NEW_CONTACT, () => navigate('/hotline/new'))] : [], []);

  // The address keeps the words, so that going back finds the list as it was.
  useEffect(() => {
    setParams((current) => withFilters(current, { q: debounced }), { replace: true });
  }, [debounced, setParams]);

  const items = log.data?.pages.flatMap((p) => p.items) ?? [];
  const settled = !log.isFetching && debounced === text.trim();
  const searching = Boolean(filters.q) || hasFilters(filters);

  return (
    <>
      <PageHeader
        title={t('title')}
        intro={t('intro')}
        actions={
          <>
            {permissions.includes('hotline:settings') ? (
              <Button component={Link} to="/hotline/settings" variant="default">
                {t('list.settings')}
              </Button>
            ) : null}
            {canCreate ? (
              <Button
                component={Link}
                to="/hotline/new"
                aria-keyshortcuts={NEW_CONTACT.aria}
                rightSection={
                  <Kbd size="xs" aria-hidden="true">
                    {NEW_CONTACT.keys}
                  </Kbd>
                }
              >
                {t('list.new')}
              </Button>
            ) : null}
            <ExportButton kind="contacts" />
          </>
        }
      />
      <Stack gap="md">
        <search aria-label={t('list.searchRegion')}>
          <Stack gap="sm">
            <TextInput
              type="search"
              label={t('list.search')}
              description={t('list.searchHint')}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              rightSection={log.isFetching ? <Loader size="xs" aria-hidden="true" /> : null}
              autoComplete="off"
              maxLength={200}
              size="md"
            />
            <ContactFilters value={filters} labels={labels} onChange={(change) => setParams((current) => withFilters(current, change), { replace: true })} />
          </Stack>
        </search>
        <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="contacts-count">
          {log.data && settled ? (searching ? t('list.found', { count: items.length }) : t('list.shown', { count: items.length })) : ''}
        </Text>
        {log.isPending ? <PageLoader /> : null}
        {log.error ? (
          <Alert color="red" role="alert">
            {errorText(log.error)}
          </Alert>
        ) : null}
        {log.data && items.length === 0 && settled ? <Text data-testid="contacts-empty">{searching ? t('list.noMatch') : t('list.empty')}</Text> : null}
        {items.length > 0 ? <ContactList items={items} labels={labels} /> : null}
        {log.hasNextPage ? (
          <Group>
            <Button variant="default" loading={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
              {t('list.more')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </>
  );
}
