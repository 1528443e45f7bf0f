/** The stats of a period turned into what the charts and their tables show. Pure: labels come from the caller. */
import type { HotlineStats } from '../../../core/hotline/stats.js';
import type { FunnelRow } from '../../../core/outreach/funnel.js';

/** One bar: a stable key, what it is called, and its count. */
export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

export type Channel = HotlineStats['perChannel'][number]['channel'];

export function channelBars(stats: Pick<HotlineStats, 'perChannel'>, label: (channel: Channel) => string): Bar[] {
  return stats.perChannel.filter((c) => c.count > 0).map((c) => ({ key: c.channel, label: label(c.channel), count: c.count }));
}

/** Labels of reasons: the defaults translated, an organisation's own by its label, anything else by its id. */
export function reasonLabeller(defaults: ReadonlyMap<string, string>, custom: ReadonlyMap<string, string>): (id: string) => string {
  return (id) => defaults.get(id) ?? custom.get(id) ?? id;
}

export function reasonBars(stats: Pick<HotlineStats, 'perReason'>, label: (reason: string) => string): Bar[] {
  return stats.perReason.filter((r) => r.count > 0).map((r) => ({ key: r.reason, label: label(r.reason), count: r.count }));
}

export interface OperatorRow extends Bar {
  readonly averageSeconds: number | null;
}

/** Operators by their name; one whose account is gone (or none recorded) gets `unknown`. */
export function operatorRows(stats: Pick<HotlineStats, 'perOperator'>, unknown: string): OperatorRow[] {
  return stats.perOperator.map((o, i) => ({
    key: o.operatorId ?? `unknown-${i}`,
    label: o.name?.trim() || unknown,
    count: o.count,
    averageSeconds: o.averageSeconds,
  }));
}

export interface DayPoint {
  readonly day: string;
  readonly count: number;
}

export function dayPoints(stats: Pick<HotlineStats, 'perDay'>): DayPoint[] {
  return [...stats.perDay].sort((a, b) => a.day.localeCompare(b.day));
}

/** The busiest day (the first of equals), for the chart's summary; null when no day has a contact. */
export function busiestDay(points: readonly DayPoint[]): DayPoint | null {
  let best: DayPoint | null = null;
  for (const p of points) if (p.count > 0 && (!best || p.count > best.count)) best = p;
  return best;
}

/** `part / whole` as a fraction, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export const STAGES = ['identified', 'engaged', 'visited', 'caseOpened'] as const;
export type Stage = (typeof STAGES)[number];

export interface StageStep {
  readonly stage: Stage;
  readonly count: number;
  /** Of those at the stage before (null for the first stage, or when nobody reached the one before). */
  readonly ofPrevious: number | null;
  readonly ofIdentified: number | null;
  /** Median days from being identified, among those who reached the stage (0 for the first stage). */
  readonly medianDays: number | null;
  /** Median days from the stage before (null for the first stage). */
  readonly stepDays: number | null;
}

/** The four steps of one funnel row, each with its conversion from the step before and from the start. */
export function funnelSteps(row: FunnelRow): StageStep[] {
  const counts: Record<Stage, number> = { identified: row.identified, engaged: row.engaged, visited: row.visited, caseOpened: row.caseOpened };
  return STAGES.map((stage, i) => {
    const previous = i === 0 ? null : counts[STAGES[i - 1]!];
    return {
      stage,
      count: counts[stage],
      ofPrevious: previous === null ? null : ratio(counts[stage], previous),
      ofIdentified: i === 0 ? null : ratio(counts[stage], row.identified),
      medianDays: stage === 'identified' ? (row.identified > 0 ? 0 : null) : row.medianDays[stage],
      stepDays: stage === 'identified' ? null : row.stepDays[stage],
    };
  });
}

/** Every group together: the server's `all` row (one at most), or null when nobody was identified. */
export function funnelTotal(stats: Pick<HotlineStats, 'funnel'>): FunnelRow | null {
  const row = stats.funnel.all[0];
  return row && row.identified > 0 ? row : null;
}

export const FUNNEL_VIEWS = ['all', 'byMonth', 'byZone', 'byTeam'] as const;
export type FunnelView = (typeof FUNNEL_VIEWS)[number];

/** One row per group for a grouped chart: the group's label and each stage's count. */
export interface GroupBar {
  readonly key: string;
  readonly label: string;
  readonly identified: number;
  readonly engaged: number;
  readonly visited: number;
  readonly caseOpened: number;
}

export function groupBars(rows: readonly FunnelRow[], label: (key: string) => string): GroupBar[] {
  return rows.map((r) => ({ key: r.key, label: label(r.key), identified: r.identified, engaged: r.engaged, visited: r.visited, caseOpened: r.caseOpened }));
}

/** Whether the period has anything to chart about contacts. */
export function hasContacts(stats: Pick<HotlineStats, 'contacts'>): boolean {
  return stats.contacts > 0;
}

/** A chart height that gives each category room (horizontal bars), within bounds. */
export function barsHeight(categories: number, perCategory: number, min = 160, extra = 48): number {
  return Math.max(min, categories * perCategory + extra);
}
