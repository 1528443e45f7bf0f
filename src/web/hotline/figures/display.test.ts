import { describe, expect, it } from 'vitest';
import { clock, days, longDay, mediumDay, monthName, percent, shortDay } from './display.js';

describe('how the figures are written', () => {
  it('writes durations as minutes and seconds, with hours from an hour on', () => {
    expect(clock(0)).toBe('00:00');
    expect(clock(200)).toBe('03:20');
    expect(clock(59.6)).toBe('01:00');
    expect(clock(3599)).toBe('59:59');
    expect(clock(3723)).toBe('1:02:03');
    expect(clock(-5)).toBe('00:00');
  });

  it('writes percentages whole and in the language, or a dash when there is nothing to divide', () => {
    expect(percent('en-GB', 0.5)).toBe('50%');
    expect(percent('en-GB', 2 / 3)).toBe('67%');
    expect(percent('en-GB', null)).toBe('—');
    expect(percent('de-DE', 0.25)).toMatch(/^25\s%$/);
    expect(percent('en-GB', Number.NaN, 'n/a')).toBe('n/a');
  });

  it('writes days with one decimal at most', () => {
    expect(days('en-GB', 2.5)).toBe('2.5');
    expect(days('el-GR', 2.5)).toBe('2,5');
    expect(days('en-GB', 3)).toBe('3');
  });

  it('writes calendar dates and months without a time-zone shift', () => {
    expect(shortDay('en-GB', '2025-03-03')).toBe('3 Mar');
    expect(mediumDay('en-GB', '2025-03-03')).toBe('3 March 2025');
    expect(longDay('en-GB', '2025-03-03')).toMatch(/^Monday,? 3 March 2025$/);
    expect(monthName('en-GB', '2025-03')).toBe('March 2025');
    expect(monthName('en-GB', 'not a month')).toBe('not a month');
    expect(shortDay('en-GB', 'nonsense')).toBe('nonsense');
  });
});
