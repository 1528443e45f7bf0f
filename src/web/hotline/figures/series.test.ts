import { describe, expect, it } from 'vitest';
import type { FunnelRow } from '../../../core/outreach/funnel.js';
import {
  barsHeight,
  busiestDay,
  channelBars,
  dayPoints,
  funnelSteps,
  funnelTotal,
  groupBars,
  operatorRows,
  ratio,
  reasonBars,
  reasonLabeller,
} from './series.js';

const row = (over: Partial<FunnelRow> = {}): FunnelRow => ({
  key: 'all',
  identified: 10,
  engaged: 5,
  visited: 2,
  caseOpened: 1,
  medianDays: { engaged: 0, visited: 3.5, caseOpened: 12 },
  stepDays: { engaged: 0, visited: 3, caseOpened: 8 },
  ...over,
});

describe('the series of the charts', () => {
  it('label channels and reasons, leaving out what has no contact', () => {
    const stats = {
      perChannel: [
        { channel: 'phone' as const, count: 4 },
        { channel: 'chat' as const, count: 0 },
      ],
      perReason: [
        { reason: 'seeking-help', count: 3 },
        { reason: 'org-labour-rights', count: 2 },
        { reason: 'org-gone', count: 1 },
      ],
    };
    expect(channelBars(stats, (c) => c.toUpperCase())).toEqual([{ key: 'phone', label: 'PHONE', count: 4 }]);
    const label = reasonLabeller(new Map([['seeking-help', 'Seeking help']]), new Map([['org-labour-rights', 'Labour rights']]));
    expect(reasonBars(stats, label).map((b) => b.label)).toEqual(['Seeking help', 'Labour rights', 'org-gone']);
  });

  it('name operators, and one without a name (a deleted account) by the word given', () => {
    const rows = operatorRows(
      {
        perOperator: [
          { operatorId: '6f1c1c39-3b9f-4c37-9a6a-0d9f7f3f0a01', name: 'Eleni', count: 4, averageSeconds: 200 },
          { operatorId: null, name: null, count: 1, averageSeconds: null },
          { operatorId: null, name: '  ', count: 1, averageSeconds: 30 },
        ],
      },
      'Unknown',
    );
    expect(rows.map((r) => r.label)).toEqual(['Eleni', 'Unknown', 'Unknown']);
    expect(new Set(rows.map((r) => r.key)).size).toBe(3);
    expect(rows[0]).toMatchObject({ count: 4, averageSeconds: 200 });
  });

  it('put days in order and find the busiest, none when every day is empty', () => {
    const points = dayPoints({
      perDay: [
        { day: '2025-01-02', count: 3 },
        { day: '2025-01-01', count: 3 },
        { day: '2025-01-03', count: 1 },
      ],
    });
    expect(points.map((p) => p.day)).toEqual(['2025-01-01', '2025-01-02', '2025-01-03']);
    expect(busiestDay(points)).toEqual({ day: '2025-01-01', count: 3 });
    expect(busiestDay([{ day: '2025-01-01', count: 0 }])).toBeNull();
  });

  it('give each funnel stage its conversion from the stage before and from the start, and the median days', () => {
    const steps = funnelSteps(row());
    expect(steps.map((s) => s.stage)).toEqual(['identified', 'engaged', 'visited', 'caseOpened']);
    expect(steps.map((s) => s.count)).toEqual([10, 5, 2, 1]);
    expect(steps.map((s) => s.ofPrevious)).toEqual([null, 0.5, 0.4, 0.5]);
    expect(steps.map((s) => s.ofIdentified)).toEqual([null, 0.5, 0.2, 0.1]);
    expect(steps.map((s) => s.medianDays)).toEqual([0, 0, 3.5, 12]);
    expect(steps.map((s) => s.stepDays)).toEqual([null, 0, 3, 8]);
  });

  it('do not divide by nobody', () => {
    expect(ratio(0, 0)).toBeNull();
    const steps = funnelSteps(row({ identified: 3, engaged: 0, visited: 0, caseOpened: 0, medianDays: { engaged: null, visited: null, caseOpened: null } }));
    expect(steps.map((s) => s.ofPrevious)).toEqual([null, 0, null, null]);
    expect(steps.map((s) => s.medianDays)).toEqual([0, null, null, null]);
  });

  it('take the total row only when someone was identified, and label groups', () => {
    const funnel = { all: [row()], byMonth: [row({ key: '2025-03' })], byZone: [], byTeam: [] };
    expect(funnelTotal({ funnel })?.identified).toBe(10);
    expect(funnelTotal({ funnel: { ...funnel, all: [] } })).toBeNull();
    expect(groupBars(funnel.byMonth, (k) => `month ${k}`)).toEqual([
      { key: '2025-03', label: 'month 2025-03', identified: 10, engaged: 5, visited: 2, caseOpened: 1 },
    ]);
  });

  it('make a chart tall enough for its bars', () => {
    expect(barsHeight(1, 36)).toBe(160);
    expect(barsHeight(10, 36)).toBe(408);
  });
});
