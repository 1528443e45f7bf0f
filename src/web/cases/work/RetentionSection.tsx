import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorText } from '../../app/form.js';
import { FormAlert, SuccessNote } from '../../app/ui/FormAlert.js';
import { PageLoader } from '../../app/ui/PageLoader.js';
import { type RetentionItem, usePurge, useRetentionReport } from './api.js';
import { useWorkFormat } from './format.js';

function RetentionTable({ label, items }: { label: string; items: readonly RetentionItem[] }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const f = useWorkFormat();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('caseWork:retention.columns.case')}</Table.Th>
            <Table.Th scope="col">{t('caseWork:retention.columns.closedOn')}</Table.Th>
            <Table.Th scope="col">{t('caseWork:retention.columns.purgeOn')}</Table.Th>
            <Table.Th scope="col">{t('caseWork:retention.columns.personGoes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.caseId}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/cases/${item.caseId}`}>
                  {t('caseWork:retention.caseNumber', { number: item.caseNumber })}
                </Anchor>
                {item.personName ? (
                  <Text size="sm" c="dimmed">
                    {item.personName}
                  </Text>
                ) : item.restricted ? (
                  <Text size="sm" c="dimmed">
                    {t('caseWork:retention.restricted')}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>{f.dateTime(item.closedAt)}</Table.Td>
              <Table.Td>{f.day(item.purgeOn)}</Table.Td>
              <Table.Td>{item.personGoes ? t('common:yesNo.yes') : t('common:yesNo.no')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Erasing for good asks the user to type the number of cases: a click alone cannot do it. */
function PurgeModal({ count, onClose, onPurged }: { count: number; onClose: () => void; onPurged: (cases: number) => void }) {
  const { t } = useTranslation(['caseWork', 'common']);
  const errorText = useErrorText();
  const f = useWorkFormat();
  const purge = usePurge();
  const [typed, setTyped] = useState('');
  const matches = typed.trim() === String(count) || typed.trim() === f.number(count);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (matches) purge.mutate(undefined, { onSuccess: (result) => onPurged(result.cases) });
  };
  return (
    <Modal opened onClose={onClose} title={t('caseWork:retention.purgeTitle', { count })} closeButtonProps={{ 'aria-label': t('common:actions.close') }}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text>{t('caseWork:retention.purgeText')}</Text>
          <TextInput
            label={t('caseWork:retention.purgeConfirm', { count })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
          />
          <FormAlert message={purge.error ? errorText(purge.error) : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('caseWork:actions.cancel')}
            </Button>
            <Button type="submit" color="red.9" disabled={!matches} loading={purge.isPending}>
              {t('caseWork:retention.purgeSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The retention report (closed cases due for purging and soon due) and the purge. */
export function RetentionSection() {
  const { t } = useTranslation('caseWork');
  const errorText = useErrorText();
  const report = useRetentionReport(true);
  const [purging, setPurging] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const data = report.data;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="case-settings-retention">
      <Title order={2} size="h3" id="case-settings-retention" mb="xs">
        {t('retention.title')}
      </Title>
      <Text c="dimmed" mb="md">
        {t('retention.intro')}
      </Text>
      <SuccessNote message={done} mb="md" />
      {report.isPending ? (
        <PageLoader />
      ) : report.error ? (
        <Alert color="red" role="alert">
          {`${t('retention.unavailable')} ${errorText(report.error)}`}
        </Alert>
      ) : data && data.retentionMonths === null ? (
        <Text>{t('retention.noRule')}</Text>
      ) : data ? (
        <Stack gap="lg">
          <div>
            <Title order={3} size="h4" mb="xs">
              {t('retention.due')}
            </Title>
            {data.due.length ? <RetentionTable label={t('retention.due')} items={data.due} /> : <Text c="dimmed">{t('retention.noneDue')}</Text>}
          </div>
          <div>
            <Title order={3} size="h4" mb="xs">
              {t('retention.upcoming', { days: data.upcomingDays })}
            </Title>
            {data.upcoming.length ? (
              <RetentionTable label={t('retention.upcoming', { days: data.upcomingDays })} items={data.upcoming} />
            ) : (
              <Text c="dimmed">{t('retention.noneUpcoming')}</Text>
            )}
          </div>
          {data.due.length ? (
            <Group>
              <Button
                color="red.9"
                onClick={() => {
                  setDone(null);
                  setPurging(true);
                }}
              >
                {t('retention.purge')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      ) : null}
      {purging && data ? (
        <PurgeModal
          count={data.due.length}
          onClose={() => setPurging(false)}
          onPurged={(cases) => {
            setPurging(false);
            setDone(t('retention.purged', { count: cases }));
          }}
        />
      ) : null}
    </Paper>
  );
}
