import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { FunnelRow } from '../../../core/outreach/funnel.js';
import { ChartFigure, FigureTable } from './ChartFigure.js';
import { GRID_COLOUR, imageProps, TEXT_COLOUR } from './charts.js';
import { barsHeight, type FunnelView, funnelSteps, groupBars, STAGES } from './series.js';
import { STAGE_COLOURS, StageLegend, StagePatterns, stageFill, usePatternPrefix } from './stages.js';
import { useFigureFormat } from './useFigureFormat.js';

const TICK = { fill: TEXT_COLOUR, fontSize: 12 };
const NUMBER = { ta: 'right' } as const;

type GroupView = Exclude<FunnelView, 'all'>;

/** The funnel side by side for each month, zone or team: a bar per stage, told apart by texture. */
export function FunnelGroups({ view, rows }: { view: GroupView; rows: readonly FunnelRow[] }) {
  const { t } = useTranslation('hotlineFigures');
  const format = useFigureFormat();
  const prefix = usePatternPrefix();
  const label = (key: string): string => {
    if (view === 'byMonth') return format.monthName(key);
    if (key.trim() === '') return view === 'byZone' ? t('funnel.noZone') : t('funnel.noTeam');
    return key;
  };
  const data = groupBars(rows, label);
  const header = view === 'byMonth' ? t('funnel.month') : view === 'byZone' ? t('funnel.zone') : t('funnel.team');
  const title = t(`funnel.groupTitles.${view}`);
  const longest = Math.max(0, ...data.map((d) => d.label.length));
  return (
    <Stack gap="xs">
      <StagePatterns prefix={prefix} />
      <ChartFigure
        testId={`figure-funnel-${view}`}
        title={title}
        chart={(name) => (
          <Stack gap="xs">
            <StageLegend prefix={prefix} />
            <BarChart
              {...imageProps(name)}
              data={data}
              layout="vertical"
              responsive
              style={{ width: '100%', height: barsHeight(data.length, 4 * 12 + 20, 160, 40) }}
              margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
              barGap={1}
            >
              <CartesianGrid stroke={GRID_COLOUR} horizontal={false} />
              <XAxis type="number" allowDecimals={false} tick={TICK} tickFormatter={(v: number) => format.number(v)} />
              <YAxis type="category" dataKey="label" width={Math.min(160, Math.max(70, longest * 7))} tick={TICK} interval={0} />
              <Tooltip formatter={(value, series) => [format.number(Number(value)), String(series)]} />
              {STAGES.map((stage) => (
                <Bar
                  key={stage}
                  dataKey={stage}
                  name={t(`funnel.stages.${stage}`)}
                  fill={stageFill(prefix, stage)}
                  stroke={STAGE_COLOURS[stage]}
                  strokeWidth={1.5}
                  isAnimationActive={false}
                  maxBarSize={12}
                />
              ))}
            </BarChart>
          </Stack>
        )}
        table={
          <FigureTable
            caption={title}
            head={
              <Table.Tr>
                <Table.Th scope="col">{header}</Table.Th>
                {STAGES.map((stage) => (
                  <Table.Th key={stage} scope="col" {...NUMBER}>
                    {t(`funnel.stages.${stage}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            }
          >
            {rows.map((row, i) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row" fw={400}>
                  {data[i]?.label}
                </Table.Th>
                {funnelSteps(row).map((s) => (
                  <Table.Td key={s.stage} {...NUMBER}>
                    {s.stage === 'identified'
                      ? format.number(s.count)
                      : t('funnel.cell', { count: format.number(s.count), percent: format.percent(s.ofIdentified) })}
                    {s.stage !== 'identified' && s.medianDays !== null ? ' ' : null}
                    {s.stage !== 'identified' && s.medianDays !== null ? (
                      <Text component="span" display="block" size="xs" c="dimmed">
                        {t('funnel.cellMedian', { days: t('funnel.days', { count: s.medianDays }) })}
                      </Text>
                    ) : null}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </FigureTable>
        }
      />
    </Stack>
  );
}
