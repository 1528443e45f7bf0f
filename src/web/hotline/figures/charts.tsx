/** The charts of the figures, drawn with recharts: named as images, their numbers in a table beside them. */
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { barsHeight } from './series.js';

/** Indigo 8 on white: 6:1, well above the 3:1 that graphics need. */
export const BAR_COLOUR = '#3b5bdb';
/** Axis and label text: gray 7 on white, 7:1. */
export const TEXT_COLOUR = '#495057';
export const GRID_COLOUR = '#dee2e6';
const TICK = { fill: TEXT_COLOUR, fontSize: 12 };

/** The props every chart's svg gets: an image with a name (its parts are not read out one by one). */
export function imageProps(name: string) {
  return { role: 'img', 'aria-label': name, title: name, accessibilityLayer: false } as const;
}

export interface CountPoint {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

interface CountBarsProps {
  name: string;
  data: readonly CountPoint[];
  /** `columns`: upright bars along a time or category axis; `rows`: one horizontal bar per category, labels on the left. */
  shape: 'columns' | 'rows';
  /** What a bar counts, for the tooltip. */
  valueName: string;
  formatNumber: (value: number) => string;
  /** Short label of a category on the axis (defaults to its label). */
  tick?: (label: string) => string;
  /** The category as the tooltip names it (defaults to its label). */
  tooltipLabel?: (label: string) => string;
  height?: number;
}

/** One series of counts as bars. */
export function CountBars({ name, data, shape, valueName, formatNumber, tick, tooltipLabel, height }: CountBarsProps) {
  const rows = shape === 'rows';
  const longest = Math.max(0, ...data.map((d) => (tick ? tick(d.label) : d.label).length));
  const labelWidth = Math.min(180, Math.max(60, longest * 7));
  const chartHeight = height ?? (rows ? barsHeight(data.length, 34) : 240);
  return (
    <BarChart
      {...imageProps(name)}
      data={[...data]}
      layout={rows ? 'vertical' : 'horizontal'}
      responsive
      style={{ width: '100%', height: chartHeight }}
      margin={{ top: 8, right: 16, bottom: 4, left: rows ? 4 : 0 }}
    >
      <CartesianGrid stroke={GRID_COLOUR} horizontal={!rows} vertical={rows} />
      {rows ? (
        <>
          <XAxis type="number" allowDecimals={false} tick={TICK} tickFormatter={(v: number) => formatNumber(v)} />
          <YAxis type="category" dataKey="label" width={labelWidth} tick={TICK} tickFormatter={tick} interval={0} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" tick={TICK} tickFormatter={tick} minTickGap={8} />
          <YAxis allowDecimals={false} width={40} tick={TICK} tickFormatter={(v: number) => formatNumber(v)} />
        </>
      )}
      <Tooltip
        formatter={(value) => [formatNumber(Number(value)), valueName]}
        labelFormatter={(label) => (tooltipLabel ? tooltipLabel(String(label)) : String(label))}
      />
      <Bar dataKey="count" name={valueName} fill={BAR_COLOUR} isAnimationActive={false} maxBarSize={rows ? 24 : 48} />
    </BarChart>
  );
}
