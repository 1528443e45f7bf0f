import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HotlineStats } from '../../../core/hotline/stats.js';
import { useFigureFormat } from './useFigureFormat.js';

interface FigureProps {
  label: ReactNode;
  value: string;
  note?: ReactNode;
  alert?: boolean;
  testId: string;
}

/** One number of the headline: a term and its value (the grid is a description list). */
function Figure({ label, value, note, alert = false, testId }: FigureProps) {
  return (
    <Paper
      withBorder
      p="sm"
      data-testid={testId}
      data-alert={alert ? 'true' : undefined}
      style={alert ? { borderColor: 'var(--mantine-color-red-9)', borderWidth: 2, background: 'var(--mantine-color-red-0)' } : undefined}
    >
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} fz={28} fw={700} lh={1.2} c={alert ? 'red.9' : undefined} data-testid="value">
        {value}
      </Text>
      {note ? (
        <Text component="dd" m={0} size="xs" c={alert ? 'red.9' : 'dimmed'} fw={alert ? 600 : undefined}>
          {note}
        </Text>
      ) : null}
    </Paper>
  );
}

/** Contacts, average handling time, open and overdue follow-ups, contacts in immediate danger. */
export function Headline({ stats }: { stats: HotlineStats }) {
  const { t } = useTranslation('hotlineFigures');
  const format = useFigureFormat();
  const overdue = stats.followUps.overdue;
  return (
    <section aria-labelledby="figures-headline">
      <Title order={2} size="h3" id="figures-headline" mb="xs">
        {t('headline.title')}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" m={0}>
        <Figure label={t('headline.contacts')} value={format.number(stats.contacts)} testId="headline-contacts" />
        <Figure
          label={t('headline.averageHandling')}
          value={stats.averageHandlingSeconds === null ? '—' : format.clock(stats.averageHandlingSeconds)}
          note={stats.averageHandlingSeconds === null ? t('headline.notTimed') : t('headline.averageHandlingUnit')}
          testId="headline-handling"
        />
        <Figure label={t('headline.openFollowUps')} value={format.number(stats.followUps.open)} note={t('headline.followUpsNote')} testId="headline-open" />
        <Figure
          label={t('headline.overdueFollowUps')}
          value={format.number(overdue)}
          note={overdue > 0 ? t('headline.overdueAttention') : t('headline.followUpsNote')}
          alert={overdue > 0}
          testId="headline-overdue"
        />
        <Figure label={t('headline.immediateDanger')} value={format.number(stats.immediateDanger)} testId="headline-danger" />
      </SimpleGrid>
    </section>
  );
}
