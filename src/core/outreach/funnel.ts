/**
 * The outreach funnel: of the people identified in a period (a cohort, by the day they were first
 * met), how many engaged, visited the centre and had a case opened, and how long each step took.
 * A later stage counts as having passed the earlier ones (someone who came to the centre without a
 * recorded conversation did engage). Pure: the server feeds it stage dates only.
 */
import { z } from 'zod';

export interface FunnelPerson {
  /** Calendar dates (YYYY-MM-DD). */
  readonly identified: string;
  readonly engaged: string | null;
  readonly visited: string | null;
  readonly caseOpened: string | null;
  readonly zone: string;
  readonly team: string;
}

export const FUNNEL_GROUPS = ['all', 'month', 'zone', 'team'] as const;
export type FunnelGroup = (typeof FUNNEL_GROUPS)[number];

export const funnelRow = z.object({
  key: z.string(),
  identified: z.number().int(),
  engaged: z.number().int(),
  visited: z.number().int(),
  caseOpened: z.number().int(),
  /** Median days from being identified to each stage, among those who reached it. */
  medianDays: z.object({ engaged: z.number().nullable(), visited: z.number().nullable(), caseOpened: z.number().nullable() }),
  /** Median days from the stage before to each stage (identified → engaged → visited → case opened), among those who reached it. */
  stepDays: z.object({ engaged: z.number().nullable(), visited: z.number().nullable(), caseOpened: z.number().nullable() }),
});
export type FunnelRow = z.infer<typeof funnelRow>;

const DAY = 86_400_000;

function days(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The earliest date at which the person had reached a stage, counting later stages as passing it. */
function reached(p: FunnelPerson): { engaged: string | null; visited: string | null; caseOpened: string | null } {
  const caseOpened = p.caseOpened;
  const visited = p.visited ?? caseOpened;
  const engaged = p.engaged ?? visited;
  return { engaged, visited, caseOpened };
}

function keyOf(p: FunnelPerson, group: FunnelGroup): string {
  switch (group) {
    case 'all':
      return 'all';
    case 'month':
      return p.identified.slice(0, 7);
    case 'zone':
      return p.zone;
    case 'team':
      return p.team;
  }
}

export function funnel(people: readonly FunnelPerson[], group: FunnelGroup): FunnelRow[] {
  const groups = new Map<string, FunnelPerson[]>();
  for (const p of people) {
    const key = keyOf(p, group);
    const list = groups.get(key);
    if (list) list.push(p);
    else groups.set(key, [p]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, list]) => {
      const stages = list.map((p) => ({ from: p.identified, ...reached(p) }));
      const at = (stage: 'engaged' | 'visited' | 'caseOpened') => stages.flatMap((s) => (s[stage] ? [days(s.from, s[stage])] : []));
      const step = (stage: 'engaged' | 'visited' | 'caseOpened', before: 'from' | 'engaged' | 'visited') =>
        stages.flatMap((s) => {
          const start = s[before];
          const end = s[stage];
          return end && start ? [days(start, end)] : [];
        });
      const engaged = at('engaged');
      const visited = at('visited');
      const caseOpened = at('caseOpened');
      return {
        key,
        identified: list.length,
        engaged: engaged.length,
        visited: visited.length,
        caseOpened: caseOpened.length,
        medianDays: { engaged: median(engaged), visited: median(visited), caseOpened: median(caseOpened) },
        stepDays: { engaged: median(step('engaged', 'from')), visited: median(step('visited', 'engaged')), caseOpened: median(step('caseOpened', 'visited')) },
      };
    });
}
