import { Alert, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_REASONS } from '../../../core/hotline/contact.js';
import type { HotlineStats } from '../../../core/hotline/stats.js';
import { ChartFigure, FigureTable } from './ChartFigure.js';
import { CountBars } from './charts.js';
import { busiestDay, channelBars, dayPoints, hasContacts, operatorRows, reasonBars, reasonLabeller } from './series.js';
import { useFigureFormat } from './useFigureFormat.js';

const NUMBER = { ta: 'right' } as const;

/** The contacts of the period: per day, channel, reason and operator; a clear sentence when there are none. */
export function ContactFigures({ stats, customReasons }: { stats: HotlineStats; customReasons: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('hotlineFigures');
  return (
    <section aria-labelledby="figures-contacts">
      <Title order={2} size="h3" id="figures-contacts" mb="xs">
        {t('contacts.title')}
      </Title>
      {hasContacts(stats) ? (
        <Stack gap="xl">
          <PerDay stats={stats} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <PerChannel stats={stats} />
            <PerReason stats={stats} customReasons={customReasons} />
          </SimpleGrid>
          <PerOperator stats={stats} />
        </Stack>
      ) : (
        <Alert color="gray" variant="light" data-testid="no-contacts">
          {t('contacts.empty')}
        </Alert>
      )}
    </section>
  );
}

function PerDay({ stats }: { stats: HotlineStats }) {
  const { t } = useTranslation('hotlineFigures');
  const format = useFigureFormat();
  const points = dayPoints(stats);
  const busiest = busiestDay(points);
  return (
    <ChartFigure
      testId="figure-per-day"
      title={t('perDay.title')}
      note={busiest ? t('perDay.busiest', { day: format.mediumDay(busiest.day), count: busiest.count }) : undefined}
      chart={(name) => (
        <CountBars
          name={name}
          shape="columns"
          data={points.map((p) => ({ key: p.day, label: p.day, count: p.count }))}
          valueName={t('perDay.count')}
          formatNumber={format.number}
          tick={format.shortDay}
          tooltipLabel={format.longDay}
        />
      )}
      table={
        <FigureTable
          caption={t('perDay.title')}
          head={
            <Table.Tr>
              <Table.Th scope="col">{t('perDay.day')}</Table.Th>
              <Table.Th scope="col" {...NUMBER}>
                {t('perDay.count')}
              </Table.Th>
            </Table.Tr>
          }
        >
          {points.map((p) => (
            <Table.Tr key={p.day}>
              <Table.Th scope="row" fw={400}>
                {format.mediumDay(p.day)}
              </Table.Th>
              <Table.Td {...NUMBER}>{format.number(p.count)}</Table.Td>
            </Table.Tr>
          ))}
        </FigureTable>
      }
    />
  );
}

function PerChannel({ stats }: { stats: HotlineStats }) {
  const { t } = useTranslation('hotlineFigures');
  const format = useFigureFormat();
  const bars = channelBars(stats, (c) => t(`channels.${c}`));
  return (
    <ChartFigure
      testId="figure-per-channel"
      title={t('perChannel.title')}
      chart={(name) => <CountBars name={name} shape="rows" data={bars} valueName={t('perChannel.count')} formatNumber={format.number} />}
      table={<CountTable caption={t('perChannel.title')} category={t('perChannel.channel')} count={t('perChannel.count')} bars={bars} />}
    />
  );
}

function PerReason({ stats, customReasons }: { stats: HotlineStats; customReasons: ReadonlyMap<string, string> }) {
  const { t } = useTranslation('hotlineFigures');
  const format = useFigureFormat();
  const defaults = useMemo(() => new Map<string, string>(DEFAULT_REASONS.map((r) => [r, t(`reasons.${r}`)])), [t]);
  const bars = reasonBars(stats, reasonLabeller(defaults, customReasons));
  if (bars.length === 0) {
    return (
      <section aria-labelledby="figures-no-reason" data-testid="figure-per-reason">
        <Title order={3} size="h4" id="figures-no-reason" mb="xs">
          {t('perReason.title')}
        </Title>
        <Alert color="gray" variant="light">
          {t('perReason.none')}
        </Alert>
      </section>
    );
  }
  return (
    <ChartFigure
      testId="figure-per-reason"
      title={t('perReason.title')}
      note={t('perReason.note')}
      chart={(name) => <CountBars name={name} shape="rows" data={bars} valueName={t('perReason.count')} formatNumber={format.number} />}
      table={<CountTable caption={t('perReason.title')} category={t('perReason.reason')} count={t('perReason.count')} bars={bars} />}
    />
  );
}

function PerOperator({ stats }: { stats: HotlineStats }) {
  const { t } = useTranslation('hotlineFigures');
  const format = useFigureFormat();
  const rows = operatorRows(stats, t('perOperator.unknown'));
  return (
    <ChartFigure
      testId="figure-per-operator"
      tableAlways
      title={t('perOperator.title')}
      chart={(name) => <CountBars name={name} shape="rows" data={rows} valueName={t('perOperator.count')} formatNumber={format.number} />}
      table={
        <FigureTable
          caption={t('perOperator.title')}
          head={
            <Table.Tr>
              <Table.Th scope="col">{t('perOperator.operator')}</Table.Th>
              <Table.Th scope="col" {...NUMBER}>
                {t('perOperator.count')}
              </Table.Th>
              <Table.Th scope="col" {...NUMBER}>
                {t('perOperator.average')}
              </Table.Th>
            </Table.Tr>
          }
        >
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row" fw={400}>
                {r.label}
              </Table.Th>
              <Table.Td {...NUMBER}>{format.number(r.count)}</Table.Td>
              <Table.Td {...NUMBER}>{r.averageSeconds === null ? t('perOperator.notTimed') : format.clock(r.averageSeconds)}</Table.Td>
            </Table.Tr>
          ))}
        </FigureTable>
      }
    />
  );
}

function CountTable({
  caption,
  category,
  count,
  bars,
}: {
  caption: string;
  category: string;
  count: string;
  bars: readonly { key: string; label: string; count: number }[];
}) {
  const format = useFigureFormat();
  return (
    <FigureTable
      caption={caption}
      head={
        <Table.Tr>
          <Table.Th scope="col">{category}</Table.Th>
          <Table.Th scope="col" {...NUMBER}>
            {count}
          </Table.Th>
        </Table.Tr>
      }
    >
      {bars.map((b) => (
        <Table.Tr key={b.key}>
          <Table.Th scope="row" fw={400}>
            {b.label}
          </Table.Th>
          <Table.Td {...NUMBER}>{format.number(b.count)}</Table.Td>
        </Table.Tr>
      ))}
    </FigureTable>
  );
}
