import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonHit } from '../../core/cases/views.js';
import { StatusBadge } from '../cases/StatusBadge.js';
import { useFormat } from '../i18n/format.js';
import { countryName } from '../platform/countries.js';
import { AgeSummary } from './AgeSummary.js';
import { NameList } from './NameList.js';
import { scorePercent } from './names.js';

interface PersonsTableProps {
  persons: readonly PersonHit[];
  /** Searched by name: show how well each matched. */
  scored: boolean;
}

/** Persons found: every name with its script, age (child badge), citizenships, cases. */
export function PersonsTable({ persons, scored }: PersonsTableProps) {
  const { t } = useTranslation('persons');
  const format = useFormat();

  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover aria-label={t('table.label')} data-testid="persons-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('table.names')}</Table.Th>
            <Table.Th scope="col">{t('table.age')}</Table.Th>
            <Table.Th scope="col">{t('table.citizenships')}</Table.Th>
            <Table.Th scope="col">{t('table.cases')}</Table.Th>
            {scored ? <Table.Th scope="col">{t('table.match')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {persons.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Th scope="row" fw="normal">
                <NameList
                  names={person.names}
                  renderFirst={(text) => (
                    <Anchor component={Link} to={`/persons/${person.id}`} fw={600}>
                      {text}
                    </Anchor>
                  )}
                />
              </Table.Th>
              <Table.Td>
                <AgeSummary birthDate={person.birthDate} age={person.age} child={person.child} />
              </Table.Td>
              <Table.Td>{person.citizenships.length ? format.list(person.citizenships.map((c) => countryName(c, format.locale))) : '—'}</Table.Td>
              <Table.Td>
                {person.cases.length === 0 ? (
                  <Text span size="sm" c="dimmed">
                    {t('table.noCase')}
                  </Text>
                ) : (
                  <Stack gap={4}>
                    <Text span size="sm">
                      {t('table.caseCount', { count: person.cases.length })}
                    </Text>
                    {person.cases.map((kase) => (
                      <Group key={kase.id} gap={6} wrap="nowrap">
                        <Anchor component={Link} to={`/cases/${kase.id}`} size="sm">
                          {t('table.caseNumber', { number: kase.number })}
                        </Anchor>
                        <StatusBadge status={kase.status} />
                      </Group>
                    ))}
                  </Stack>
                )}
              </Table.Td>
              {scored ? (
                <Table.Td>
                  {person.score === null ? null : (
                    <Text span size="sm" c="dimmed" data-testid="match-score">
                      {t('table.score', { score: scorePercent(person.score) })}
                    </Text>
                  )}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
