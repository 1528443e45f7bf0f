import { Alert, Anchor, Badge, Group, NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { CaseStatus } from '../../core/cases/case.js';
import { useMe } from '../api/me.js';
import { useErrorText } from '../app/form.js';
import { ExportButton } from '../data/exports/ExportButton.js';
import { PageHeader } from '../app/ui/PageHeader.js';
import { PageLoader } from '../app/ui/PageLoader.js';
import { useFormat } from '../i18n/format.js';
import { ChildBadge } from '../persons/ChildBadge.js';
import { useCodeOptions } from '../persons/codeLabels.js';
import { type CaseFilters, type CaseListItem, useCases } from './api.js';
import { useColleagueName, useColleagueOptions } from './colleagueNames.js';
import { StatusBadge } from './StatusBadge.js';

/** The cases the user may see (administrators also see that restricted cases exist), filtered by status and caseworker. */
export function CasesPage() {
  const { t } = useTranslation(['cases', 'common']);
  const errorText = useErrorText();
  const [params, setParams] = useSearchParams();
  const filters: CaseFilters = { status: (params.get('status') ?? '') as CaseStatus | '', caseworkerId: params.get('caseworkerId') ?? '' };
  const cases = useCases(filters);
  const statuses = useCodeOptions('case-status');
  const caseworkers = useColleagueOptions();
  const canReadPersons = useMe().data?.permissions.includes('persons:read') ?? false;

  const setFilter = (key: keyof CaseFilters, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const items = cases.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('cases:title')}
        intro={canReadPersons ? t('cases:list.introPersons') : t('cases:list.intro')}
        actions={
          <>
            {canReadPersons ? (
              <Anchor component={Link} to="/persons">
                {t('cases:list.findPerson')}
              </Anchor>
            ) : null}
            <ExportButton kind="cases" />
          </>
        }
      />
      <Group align="flex-end" gap="sm" mb="md" role="group" aria-label={t('cases:list.filters')}>
        <NativeSelect
          label={t('cases:list.status')}
          data={[{ value: '', label: t('cases:list.anyStatus') }, ...statuses]}
          value={filters.status}
          onChange={(event) => setFilter('status', event.currentTarget.value)}
          w={200}
        />
        <NativeSelect
          label={t('cases:list.caseworker')}
          data={[{ value: '', label: t('cases:list.anyone') }, ...caseworkers]}
          value={filters.caseworkerId}
          onChange={(event) => setFilter('caseworkerId', event.currentTarget.value)}
          w={240}
        />
      </Group>
      {cases.isPending ? (
        <PageLoader />
      ) : cases.error ? (
        <Alert color="red" role="alert">
          {errorText(cases.error)}
        </Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed" mb="xs" role="status" aria-live="polite">
            {t('cases:list.count', { count: items.length })}
          </Text>
          {items.length === 0 ? (
            <Text py="md" data-testid="cases-empty">
              {filters.status || filters.caseworkerId ? t('cases:list.noMatch') : canReadPersons ? t('cases:list.noneHint') : t('cases:list.none')}
            </Text>
          ) : (
            <CasesTable items={items} />
          )}
        </>
      )}
    </>
  );
}

function CasesTable({ items }: { items: readonly CaseListItem[] }) {
  const { t } = useTranslation('cases');
  const format = useFormat();
  const colleague = useColleagueName();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label={t('title')} data-testid="cases-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.number')}</Table.Th>
            <Table.Th scope="col">{t('list.person')}</Table.Th>
            <Table.Th scope="col">{t('list.status')}</Table.Th>
            <Table.Th scope="col">{t('list.openedOn')}</Table.Th>
            <Table.Th scope="col">{t('list.caseworker')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((kase) => {
            const hidden = kase.personName === null;
            return (
              <Table.Tr key={kase.id}>
                <Table.Th scope="row">
                  {hidden ? (
                    t('case.number', { number: kase.number })
                  ) : (
                    <Anchor component={Link} to={`/cases/${kase.id}`}>
                      {t('case.number', { number: kase.number })}
                    </Anchor>
                  )}
                </Table.Th>
                <Table.Td>
                  {hidden ? (
                    <Group gap={6}>
                      <Badge variant="outline" color="gray.7">
                        {t('list.restricted')}
                      </Badge>
                      <Text span size="sm" c="dimmed">
                        {t('list.restrictedHint')}
                      </Text>
                    </Group>
                  ) : (
                    <Group gap={6}>
                      <span>{kase.personName}</span>
                      {kase.personChild ? <ChildBadge age={kase.personAge} size="sm" /> : null}
                      {kase.restricted ? (
                        <Badge variant="outline" color="gray.7">
                          {t('list.restricted')}
                        </Badge>
                      ) : null}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={kase.status} />
                </Table.Td>
                <Table.Td>{format.date(kase.openedOn)}</Table.Td>
                <Table.Td>{colleague(kase.caseworkerId) ?? '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
