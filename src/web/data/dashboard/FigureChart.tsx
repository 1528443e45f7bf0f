/** A figure's chart: months as upright bars, breakdowns as horizontal bars; a suppressed cell has no bar. */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { BAR_COLOUR, GRID_COLOUR, imageProps, TEXT_COLOUR } from '../../hotline/figures/charts.js';
import { barsHeight } from '../../hotline/figures/series.js';
import type { ChartPoint } from './logic.js';

const TICK = { fill: TEXT_COLOUR, fontSize: 12 };

interface FigureChartProps {
  name: string;
  points: readonly ChartPoint[];
  shape: 'columns' | 'rows';
  valueName: string;
  formatValue: (value: number) => string;
  /** A category's label on the axis: suppressed ones say so there too. */
  tick: (point: ChartPoint) => string;
  /** Whole numbers only (counts); days can have decimals. */
  whole: boolean;
}

export function FigureChart({ name, points, shape, valueName, formatValue, tick, whole }: FigureChartProps) {
  const rows = shape === 'rows';
  const data = points.map((p) => ({ key: p.key, label: tick(p), value: p.value }));
  const longest = Math.max(0, ...data.map((d) => d.label.length));
  const labelWidth = Math.min(200, Math.max(60, longest * 7));
  const height = rows ? barsHeight(data.length, 30) : 240;
  return (
    <BarChart
      {...imageProps(name)}
      data={data}
      layout={rows ? 'vertical' : 'horizontal'}
      responsive
      style={{ width: '100%', height }}
      margin={{ top: 8, right: 16, bottom: 4, left: rows ? 4 : 0 }}
    >
      <CartesianGrid stroke={GRID_COLOUR} horizontal={!rows} vertical={rows} />
      {rows ? (
        <>
          <XAxis type="number" allowDecimals={!whole} tick={TICK} tickFormatter={(v: number) => formatValue(v)} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={TICK} interval={0} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" tick={TICK} minTickGap={8} />
          <YAxis allowDecimals={!whole} width={48} tick={TICK} tickFormatter={(v: number) => formatValue(v)} />
        </>
      )}
      <Tooltip formatter={(value) => [value === null || value === undefined ? '—' : formatValue(Number(value)), valueName]} />
      <Bar dataKey="value" name={valueName} fill={BAR_COLOUR} isAnimationActive={false} maxBarSize={rows ? 24 : 48} />
    </BarChart>
  );
}
