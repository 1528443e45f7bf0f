import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber } from '../../../core/cases/dates.js';
import { endOfWeek, groupTasks, isOverdue, localToday, TASK_GROUPS, taskGroup } from './taskGroups.js';

describe('task groups', () => {
  it('ends the week on Sunday', () => {
    expect(endOfWeek('2025-03-05')).toBe('2025-03-09'); // Wednesday
    expect(endOfWeek('2025-03-03')).toBe('2025-03-09'); // Monday
    expect(endOfWeek('2025-03-09')).toBe('2025-03-09'); // Sunday
    expect(endOfWeek('2024-12-31')).toBe('2025-01-05'); // across the year
    expect(endOfWeek('1969-12-31')).toBe('1970-01-04'); // before day 0
  });

  it('puts a due date in its group', () => {
    const today = '2025-03-05'; // a Wednesday
    expect(taskGroup('2025-03-04', today)).toBe('overdue');
    expect(taskGroup('2024-12-01', today)).toBe('overdue');
    expect(taskGroup('2025-03-05', today)).toBe('today');
    expect(taskGroup('2025-03-06', today)).toBe('week');
    expect(taskGroup('2025-03-09', today)).toBe('week');
    expect(taskGroup('2025-03-10', today)).toBe('later');
    expect(taskGroup(undefined, today)).toBe('undated');
    expect(taskGroup(null, today)).toBe('undated');
    expect(isOverdue('2025-03-04', today)).toBe(true);
    expect(isOverdue('2025-03-05', today)).toBe(false);
  });

  it('on a Sunday, nothing is "later this week"', () => {
    expect(taskGroup('2025-03-10', '2025-03-09')).toBe('later');
  });

  it('groups in a fixed order, soonest first, then by time', () => {
    const items = [
      { id: 'a', due: '2025-04-01' },
      { id: 'b', due: '2025-03-05', time: '14:00' },
      { id: 'c' },
      { id: 'd', due: '2025-03-01' },
      { id: 'e', due: '2025-03-05', time: '09:30' },
      { id: 'f', due: '2025-03-05' },
      { id: 'g', due: '2025-02-01' },
    ];
    const grouped = groupTasks(items, (i) => i, '2025-03-05');
    expect(grouped.map((g) => [g.group, g.items.map((i) => i.id)])).toEqual([
      ['overdue', ['g', 'd']],
      ['today', ['f', 'e', 'b']],
      ['later', ['a']],
      ['undated', ['c']],
    ]);
  });

  it('keeps every item exactly once, each in the group of its date', () => {
    const day = fc.integer({ min: 18_000, max: 22_000 }).map(fromDayNumber);
    fc.assert(
      fc.property(fc.array(fc.option(day, { nil: undefined })), day, (dues, today) => {
        const items = dues.map((due, id) => ({ id, due }));
        const grouped = groupTasks(items, (i) => i, today);
        expect(grouped.flatMap((g) => g.items.map((i) => i.id)).sort((a, b) => a - b)).toEqual(items.map((i) => i.id));
        for (const g of grouped) {
          expect(g.items.length).toBeGreaterThan(0);
          for (const i of g.items) expect(taskGroup(i.due, today)).toBe(g.group);
        }
        const order = grouped.map((g) => TASK_GROUPS.indexOf(g.group));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        // "This week" never reaches more than six days ahead.
        for (const i of grouped.find((g) => g.group === 'week')?.items ?? []) expect(i.due! <= addDays(today, 6)).toBe(true);
      }),
    );
  });

  it("reads today from the browser's clock in its own time zone", () => {
    expect(localToday(new Date(2025, 2, 5, 23, 59))).toBe('2025-03-05');
    expect(localToday(new Date(2025, 0, 1, 0, 0))).toBe('2025-01-01');
  });
});
