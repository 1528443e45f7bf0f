/**
 * The recovery and reflection period as the case page shows it: when it ends, when the
 * caseworker is reminded, and whether it is running, ending soon or over. Pure.
 */
import { type CalendarDate, compareDates, isCalendarDate, reflectionPeriod, reminderDate, toDayNumber } from '../../core/cases/dates.js';

export type ReflectionPhase = 'not-started' | 'running' | 'ending-soon' | 'ends-today' | 'ended';

export interface ReflectionState {
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly reminderOn: CalendarDate;
  /** Days from today to the last day (0 on the last day, negative after). */
  readonly daysLeft: number;
  readonly phase: ReflectionPhase;
}

export function reflectionState(period: { startsOn: CalendarDate; endsOn: CalendarDate }, reminderDaysBefore: number, today: CalendarDate): ReflectionState {
  const reminderOn = reminderDate(period.endsOn, reminderDaysBefore);
  const daysLeft = toDayNumber(period.endsOn) - toDayNumber(today);
  let phase: ReflectionPhase;
  if (daysLeft < 0) phase = 'ended';
  else if (daysLeft === 0) phase = 'ends-today';
  else if (compareDates(today, reminderOn) >= 0) phase = 'ending-soon';
  else if (compareDates(today, period.startsOn) < 0) phase = 'not-started';
  else phase = 'running';
  return { startsOn: period.startsOn, endsOn: period.endsOn, reminderOn, daysLeft, phase };
}

/** The last day of a period of the organisation's length starting on `start`; '' while `start` is not a date. */
export function proposedEnd(start: string, reflectionDays: number): CalendarDate | '' {
  if (!isCalendarDate(start)) return '';
  try {
    return reflectionPeriod(start, reflectionDays);
  } catch {
    return '';
  }
}
