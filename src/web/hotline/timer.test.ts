import { describe, expect, it } from 'vitest';
import { durationParts, elapsedSeconds, formatClock, MAX_SECONDS, pauseTimer, resumeTimer, startTimer, stopTimer, toggleTimer } from './timer.js';

describe('the contact timer', () => {
  it('counts from the start while running', () => {
    const t = startTimer(1_000);
    expect(t.status).toBe('running');
    expect(elapsedSeconds(t, 1_000)).toBe(0);
    expect(elapsedSeconds(t, 62_999)).toBe(61);
  });

  it('does not count paused time, and counts again after resuming', () => {
    let t = startTimer(0);
    t = pauseTimer(t, 10_000);
    expect(t.status).toBe('paused');
    expect(elapsedSeconds(t, 50_000)).toBe(10);
    t = resumeTimer(t, 50_000);
    expect(elapsedSeconds(t, 55_500)).toBe(15);
    expect(t.startedAt).toBe(0);
  });

  it('stops at the end of the contact; resuming continues from there', () => {
    let t = stopTimer(startTimer(0), 30_000);
    expect(t.status).toBe('stopped');
    expect(elapsedSeconds(t, 90_000)).toBe(30);
    // Stopping twice, or pausing a stopped timer, changes nothing.
    expect(stopTimer(t, 99_000)).toBe(t);
    expect(pauseTimer(t, 99_000)).toBe(t);
    t = resumeTimer(t, 100_000);
    expect(elapsedSeconds(t, 101_000)).toBe(31);
  });

  it('toggles between running and paused', () => {
    const t = toggleTimer(startTimer(0), 5_000);
    expect(t.status).toBe('paused');
    expect(toggleTimer(t, 6_000).status).toBe('running');
  });

  it('never exceeds what the server accepts, nor goes below zero when the clock moves back', () => {
    expect(elapsedSeconds(startTimer(0), (MAX_SECONDS + 100) * 1000)).toBe(MAX_SECONDS);
    expect(elapsedSeconds(startTimer(10_000), 5_000)).toBe(0);
  });

  it('shows mm:ss, and h:mm:ss past an hour', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65)).toBe('01:05');
    expect(formatClock(59 * 60 + 59)).toBe('59:59');
    expect(formatClock(3600 + 62)).toBe('1:01:02');
    expect(durationParts(3725)).toEqual({ hours: 1, minutes: 2, seconds: 5 });
  });
});
