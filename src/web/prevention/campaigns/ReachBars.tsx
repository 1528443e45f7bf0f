/** Reach as stacked bars: counted below, estimated on top; months upright along time, breakdowns as horizontal bars. */
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { BAR_COLOUR, GRID_COLOUR, imageProps, TEXT_COLOUR } from '../../hotline/figures/charts.js';
import { barsHeight } from '../../hotline/figures/series.js';
import type { ReachChartRow } from './reach-rows.js';

/** Teal 9 on white: 5:1, well apart from the indigo of the counted part. */
export const ESTIMATED_COLOUR = '#0b7285';
const TICK = { fill: TEXT_COLOUR, fontSize: 12 };

interface ReachBarsProps {
  name: string;
  rows: readonly ReachChartRow[];
  shape: 'columns' | 'rows';
  countedName: string;
  estimatedName: string;
  formatNumber: (value: number) => string;
  /** A short label on the axis (months are long). */
  tick?: (row: ReachChartRow) => string;
}

export function ReachBars({ name, rows, shape, countedName, estimatedName, formatNumber, tick }: ReachBarsProps) {
  const vertical = shape === 'rows';
  const data = rows.map((r) => ({ key: r.key, label: tick ? tick(r) : r.label, full: r.label, counted: r.counted, estimated: r.estimated }));
  const longest = Math.max(0, ...data.map((d) => d.label.length));
  const labelWidth = Math.min(200, Math.max(60, longest * 7));
  const height = vertical ? barsHeight(data.length, 32) + 24 : 280;
  return (
    <BarChart
      {...imageProps(name)}
      data={data}
      layout={vertical ? 'vertical' : 'horizontal'}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: 16, bottom: 4, left: vertical ? 4 : 0 }}
    >
      <CartesianGrid stroke={GRID_COLOUR} horizontal={!vertical} vertical={vertical} />
      {vertical ? (
        <>
          <XAxis type="number" allowDecimals={false} tick={TICK} tickFormatter={(v: number) => formatNumber(v)} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={TICK} interval={0} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" tick={TICK} minTickGap={8} />
          <YAxis allowDecimals={false} width={56} tick={TICK} tickFormatter={(v: number) => formatNumber(v)} />
        </>
      )}
      <Tooltip
        formatter={(value, series) => [formatNumber(Number(value)), String(series)]}
        labelFormatter={(_, payload) => String(payload?.[0]?.payload?.full ?? '')}
      />
      <Legend wrapperStyle={{ color: TEXT_COLOUR, fontSize: 13 }} />
      <Bar dataKey="counted" name={countedName} stackId="reach" fill={BAR_COLOUR} isAnimationActive={false} maxBarSize={vertical ? 24 : 48} />
      <Bar dataKey="estimated" name={estimatedName} stackId="reach" fill={ESTIMATED_COLOUR} isAnimationActive={false} maxBarSize={vertical ? 24 : 48} />
    </BarChart>
  );
}
