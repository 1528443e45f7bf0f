/** Progress over time: recommendations by status at the end of each month, as stacked bars, with the same numbers as a table. */
import { Box, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { type ProgressSeries, STATUSES } from '../../core/advocacy/recommendation.js';
import { TableView } from '../app/ui/TableView.js';
import { FigureTable } from '../hotline/figures/ChartFigure.js';
import { GRID_COLOUR, imageProps, TEXT_COLOUR } from '../hotline/figures/charts.js';
import { useAdvocacyLabels } from './labels.js';
import { progressRows, STATUS_FILLS } from './logic.js';

const TICK = { fill: TEXT_COLOUR, fontSize: 12 };
const NUMBER = { ta: 'right' } as const;

export function ProgressChart({ series, title }: { series: ProgressSeries; title: string }) {
  const { t } = useTranslation('advocacy');
  const labels = useAdvocacyLabels();
  const htmlId = useId();
  const [shown, setShown] = useState(false);
  const rows = progressRows(series, labels.month);
  const any = rows.some((r) => r.total > 0);
  const table = (
    <FigureTable
      caption={title}
      head={
        <Table.Tr>
          <Table.Th scope="col">{t('progress.month')}</Table.Th>
          {STATUSES.map((s) => (
            <Table.Th key={s} scope="col" {...NUMBER}>
              {labels.status(s)}
            </Table.Th>
          ))}
          <Table.Th scope="col" {...NUMBER}>
            {t('progress.total')}
          </Table.Th>
        </Table.Tr>
      }
    >
      {rows.map((r) => (
        <Table.Tr key={r.month}>
          <Table.Th scope="row" fw={400}>
            {r.label}
          </Table.Th>
          {STATUSES.map((s) => (
            <Table.Td key={s} {...NUMBER}>
              {labels.number(r[s])}
            </Table.Td>
          ))}
          <Table.Td {...NUMBER}>{labels.number(r.total)}</Table.Td>
        </Table.Tr>
      ))}
    </FigureTable>
  );
  return (
    <Paper component="section" withBorder p="md" radius="md" aria-labelledby={`${htmlId}-title`} data-testid="progress">
      <Stack gap="xs">
        <Title order={2} size="h4" id={`${htmlId}-title`}>
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('progress.hint')}
        </Text>
        <Box w="100%">
          {any ? (
            <BarChart
              {...imageProps(t('progress.chartLabel', { title }))}
              data={rows}
              responsive
              style={{ width: '100%', height: 280 }}
              margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
            >
              <CartesianGrid stroke={GRID_COLOUR} vertical={false} />
              <XAxis dataKey="label" tick={TICK} minTickGap={8} />
              <YAxis allowDecimals={false} width={48} tick={TICK} tickFormatter={(v: number) => labels.number(v)} />
              <Tooltip formatter={(value, name) => [labels.number(Number(value)), String(name)]} />
              <Legend wrapperStyle={{ color: TEXT_COLOUR, fontSize: 13 }} />
              {STATUSES.map((s) => (
                <Bar key={s} dataKey={s} name={labels.status(s)} stackId="status" fill={STATUS_FILLS[s]} isAnimationActive={false} maxBarSize={48} />
              ))}
            </BarChart>
          ) : (
            <Text c="dimmed">{t('progress.nothing')}</Text>
          )}
        </Box>
        <TableView
          id={htmlId}
          title={title}
          table={table}
          shown={shown}
          onToggle={() => setShown((v) => !v)}
          showLabel={t('progress.showTable')}
          hideLabel={t('progress.hideTable')}
        />
      </Stack>
    </Paper>
  );
}
