/**
 * The contact timer: starts when the form opens, can be paused and resumed, and stopped when the
 * contact ends (the notes typed afterwards do not count). Pure: the component passes the clock.
 */

/** At most what the server accepts as a contact's duration (24 hours). */
export const MAX_SECONDS = 24 * 3600;

export type TimerStatus = 'running' | 'paused' | 'stopped';

export interface TimerState {
  /** When the contact started (milliseconds since the epoch). */
  readonly startedAt: number;
  /** Time counted before the current run. */
  readonly countedMs: number;
  /** When the current run began; null while paused or stopped. */
  readonly runningSince: number | null;
  readonly status: TimerStatus;
}

export function startTimer(now: number): TimerState {
  return { startedAt: now, countedMs: 0, runningSince: now, status: 'running' };
}

export function elapsedMs(state: TimerState, now: number): number {
  const running = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  return state.countedMs + running;
}

/** Whole seconds counted, within what the server accepts. */
export function elapsedSeconds(state: TimerState, now: number): number {
  return Math.min(MAX_SECONDS, Math.floor(elapsedMs(state, now) / 1000));
}

function halt(state: TimerState, now: number, status: 'paused' | 'stopped'): TimerState {
  if (state.status === status) return state;
  return { ...state, countedMs: elapsedMs(state, now), runningSince: null, status };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.status === 'running' ? halt(state, now, 'paused') : state;
}

export function stopTimer(state: TimerState, now: number): TimerState {
  return halt(state, now, 'stopped');
}

/** Counts again after a pause or a stop. */
export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.status === 'running') return state;
  return { ...state, runningSince: now, status: 'running' };
}

/** Pause when running, resume otherwise. */
export function toggleTimer(state: TimerState, now: number): TimerState {
  return state.status === 'running' ? pauseTimer(state, now) : resumeTimer(state, now);
}

const two = (n: number) => String(n).padStart(2, '0');

/** `mm:ss`, or `h:mm:ss` from one hour on. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = s % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

/** Hours, minutes and seconds of a duration, for a sentence ("4 min 5 s"). */
export function durationParts(totalSeconds: number): { hours: number; minutes: number; seconds: number } {
  const s = Math.max(0, Math.floor(totalSeconds));
  return { hours: Math.floor(s / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 };
}
