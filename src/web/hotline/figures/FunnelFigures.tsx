import { Alert, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HotlineStats } from '../../../core/hotline/stats.js';
import type { FunnelRow } from '../../../core/outreach/funnel.js';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFigure, FigureTable } from './ChartFigure.js';
import { GRID_COLOUR, imageProps, TEXT_COLOUR } from './charts.js';
import { FunnelGroups } from './FunnelGroups.js';
import { FUNNEL_VIEWS, type FunnelView, funnelSteps, funnelTotal } from './series.js';
import { STAGE_COLOURS, StagePatterns, stageFill, usePatternPrefix } from './stages.js';
import { useFigureFormat } from './useFigureFormat.js';

const TICK = { fill: TEXT_COLOUR, fontSize: 12 };
const NUMBER = { ta: 'right' } as const;

/** The outreach funnel of the period: all together, or by month, zone or team. */
export function FunnelFigures({ stats }: { stats: HotlineStats }) {
  const { t } = useTranslation('hotlineFigures');
  const [view, setView] = useState<FunnelView>('all');
  const total = funnelTotal(stats);
  return (
    <section aria-labelledby="figures-funnel" data-testid="funnel">
      <Title order={2} size="h3" id="figures-funnel" mb={4}>
        {t('funnel.title')}
      </Title>
      <Text c="dimmed" size="sm" mb="sm">
        {t('funnel.intro')}
      </Text>
      {total ? (
        <Tabs
          value={view}
          onChange={(next) => setView((FUNNEL_VIEWS as readonly string[]).includes(next ?? '') ? (next as FunnelView) : 'all')}
          keepMounted={false}
        >
          <Tabs.List aria-label={t('funnel.views.label')} mb="md">
            {FUNNEL_VIEWS.map((v) => (
              <Tabs.Tab key={v} value={v}>
                {t(`funnel.views.${v}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="all">
            <FunnelAll row={total} />
          </Tabs.Panel>
          {FUNNEL_VIEWS.filter((v) => v !== 'all').map((v) => (
            <Tabs.Panel key={v} value={v}>
              <FunnelGroups view={v} rows={stats.funnel[v]} />
            </Tabs.Panel>
          ))}
          <Text size="sm" c="dimmed" mt="sm">
            {t('funnel.medianNote')}
          </Text>
        </Tabs>
      ) : (
        <Alert color="gray" variant="light" data-testid="no-funnel">
          {t('funnel.empty')}
        </Alert>
      )}
    </section>
  );
}

/** Identified → engaged → visited the centre → case opened, for everyone identified in the period. */
function FunnelAll({ row }: { row: FunnelRow }) {
  const { t } = useTranslation('hotlineFigures');
  const format = useFigureFormat();
  const prefix = usePatternPrefix();
  const steps = funnelSteps(row);
  const median = (value: number | null) => (value === null ? '—' : t('funnel.days', { count: value }));
  const data = steps.map((s) => ({
    stage: s.stage,
    label: t(`funnel.stages.${s.stage}`),
    count: s.count,
    text: s.ofIdentified === null ? format.number(s.count) : t('funnel.barLabel', { count: format.number(s.count), percent: format.percent(s.ofIdentified) }),
  }));
  return (
    <Stack gap="xs">
      <StagePatterns prefix={prefix} />
      <ChartFigure
        testId="figure-funnel-all"
        tableAlways
        title={t('funnel.chartTitle')}
        chart={(name) => (
          <BarChart
            {...imageProps(name)}
            data={data}
            layout="vertical"
            responsive
            style={{ width: '100%', height: 220 }}
            margin={{ top: 8, right: 72, bottom: 4, left: 4 }}
          >
            <CartesianGrid stroke={GRID_COLOUR} horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={TICK} tickFormatter={(v: number) => format.number(v)} />
            <YAxis type="category" dataKey="label" width={130} tick={TICK} interval={0} />
            <Tooltip formatter={(value) => [format.number(Number(value)), t('funnel.people')]} />
            <Bar dataKey="count" name={t('funnel.people')} isAnimationActive={false} maxBarSize={36}>
              {data.map((d) => (
                <Cell key={d.stage} fill={stageFill(prefix, d.stage)} stroke={STAGE_COLOURS[d.stage]} strokeWidth={1.5} />
              ))}
              <LabelList dataKey="text" position="right" fill={TEXT_COLOUR} fontSize={12} />
            </Bar>
          </BarChart>
        )}
        table={
          <FigureTable
            caption={t('funnel.chartTitle')}
            head={
              <Table.Tr>
                <Table.Th scope="col">{t('funnel.stage')}</Table.Th>
                <Table.Th scope="col" {...NUMBER}>
                  {t('funnel.people')}
                </Table.Th>
                <Table.Th scope="col" {...NUMBER}>
                  {t('funnel.ofPrevious')}
                </Table.Th>
                <Table.Th scope="col" {...NUMBER}>
                  {t('funnel.ofIdentified')}
                </Table.Th>
                <Table.Th scope="col" {...NUMBER}>
                  {t('funnel.stepDays')}
                </Table.Th>
                <Table.Th scope="col" {...NUMBER}>
                  {t('funnel.medianDays')}
                </Table.Th>
              </Table.Tr>
            }
          >
            {steps.map((s) => (
              <Table.Tr key={s.stage} data-testid={`funnel-${s.stage}`}>
                <Table.Th scope="row" fw={400}>
                  {t(`funnel.stages.${s.stage}`)}
                </Table.Th>
                <Table.Td {...NUMBER}>{format.number(s.count)}</Table.Td>
                <Table.Td {...NUMBER}>{format.percent(s.ofPrevious)}</Table.Td>
                <Table.Td {...NUMBER}>{format.percent(s.ofIdentified)}</Table.Td>
                <Table.Td {...NUMBER}>{s.stage === 'identified' ? '—' : median(s.stepDays)}</Table.Td>
                <Table.Td {...NUMBER}>{s.stage === 'identified' ? '—' : median(s.medianDays)}</Table.Td>
              </Table.Tr>
            ))}
          </FigureTable>
        }
      />
    </Stack>
  );
}
