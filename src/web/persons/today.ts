import { formatDate } from '../../core/cases/dates.js';

/** Today's date where the user is (the schemas allow a day of slack over UTC for this). */
export function localToday(now: Date = new Date()): string {
  return formatDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** A name typed in the search box, as a first name row: the last word as family name. */
export function nameFromQuery(query: string): { given: string; family: string } {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { given: words[0] ?? '', family: '' };
  return { given: words.slice(0, -1).join(' '), family: words[words.length - 1] ?? '' };
}
