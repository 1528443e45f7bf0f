/**
 * Grouping of open tasks and appointments by when they are due, as seen from one day (the user's
 * own today). Pure: calendar dates as 'YYYY-MM-DD' strings, no clock reading except `localToday`.
 */
import { addDays, type CalendarDate, formatDate, toDayNumber } from '../../../core/cases/dates.js';

export const TASK_GROUPS = ['overdue', 'today', 'week', 'later', 'undated'] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];

/** Today in the browser's time zone: a caseworker's "today" is theirs, not UTC's. */
export function localToday(now: Date = new Date()): CalendarDate {
  return formatDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** The Sunday that ends the (ISO, Monday-first) week of `date`: every language of Haven counts weeks from Monday. */
export function endOfWeek(date: CalendarDate): CalendarDate {
  // 1970-01-01 was a Thursday: day number 0 → ISO weekday 4.
  const isoWeekday = ((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1;
  return addDays(date, 7 - isoWeekday);
}

/** Which group a due date falls in on `today`: before today, today, later this week, after this week, or none. */
export function taskGroup(due: CalendarDate | null | undefined, today: CalendarDate): TaskGroup {
  if (!due) return 'undated';
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  if (due <= endOfWeek(today)) return 'week';
  return 'later';
}

/** Whether an open task is past its due date on `today`. */
export function isOverdue(due: CalendarDate | null | undefined, today: CalendarDate): boolean {
  return taskGroup(due, today) === 'overdue';
}

export interface Grouped<T> {
  readonly group: TaskGroup;
  readonly items: readonly T[];
}

/**
 * The items in their groups, in the order of TASK_GROUPS, leaving out empty groups. Within a group
 * the soonest comes first (then by time, items without a time first within a day), stable otherwise.
 */
export function groupTasks<T>(items: readonly T[], dueOf: (item: T) => { due?: string | null; time?: string | null }, today: CalendarDate): Grouped<T>[] {
  const keyed = items.map((item, index) => ({ item, index, ...dueOf(item) }));
  keyed.sort((a, b) => (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff') || (a.time ?? '').localeCompare(b.time ?? '') || a.index - b.index);
  const groups = new Map<TaskGroup, T[]>();
  for (const k of keyed) {
    const g = taskGroup(k.due, today);
    const list = groups.get(g) ?? [];
    list.push(k.item);
    groups.set(g, list);
  }
  return TASK_GROUPS.filter((g) => groups.has(g)).map((group) => ({ group, items: groups.get(group) ?? [] }));
}
