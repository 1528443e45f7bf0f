import { Anchor, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { CaseSummary } from '../../core/cases/views.js';
import { useErrorText } from '../app/form.js';
import { FormAlert } from '../app/ui/FormAlert.js';
import { useCreateCase } from '../cases/api.js';
import { useColleagueName } from '../cases/colleagueNames.js';
import { StatusBadge } from '../cases/StatusBadge.js';
import { useFormat } from '../i18n/format.js';
import { Section } from './Facts.js';

/** The person's cases the reader may see, and "Open a case". */
export function PersonCases({ personId, cases, canOpen }: { personId: string; cases: readonly CaseSummary[]; canOpen: boolean }) {
  const { t } = useTranslation('persons');
  const format = useFormat();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const colleague = useColleagueName();
  const open = useCreateCase();

  return (
    <Section
      id="person-cases"
      title={t('cases.title')}
      testId="person-cases"
      actions={
        canOpen ? (
          <Button size="sm" loading={open.isPending} onClick={() => open.mutate({ personId }, { onSuccess: (kase) => navigate(`/cases/${kase.id}`) })}>
            {t('cases.open')}
          </Button>
        ) : null
      }
    >
      <FormAlert message={open.error ? errorText(open.error) : null} />
      {cases.length === 0 ? (
        <Text c="dimmed">{canOpen ? t('cases.noneCanOpen') : t('cases.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table aria-labelledby="person-cases">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('cases.number')}</Table.Th>
                <Table.Th scope="col">{t('cases.status')}</Table.Th>
                <Table.Th scope="col">{t('cases.openedOn')}</Table.Th>
                <Table.Th scope="col">{t('cases.caseworker')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {cases.map((kase) => (
                <Table.Tr key={kase.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/cases/${kase.id}`}>
                      {t('table.caseNumber', { number: kase.number })}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    <StatusBadge status={kase.status} />
                  </Table.Td>
                  <Table.Td>{format.date(kase.openedOn)}</Table.Td>
                  <Table.Td>{colleague(kase.caseworkerId) ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Section>
  );
}
