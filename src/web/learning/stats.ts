/** A course's statistics as rows of a chart and a table. Pure. */
import type { CourseStats } from '../../core/learning/course.js';

export interface StatsRow {
  readonly orgId: string;
  readonly orgName: string;
  readonly enrolled: number;
  readonly completed: number;
  /** Completed of enrolled, in whole percent (null: no learner). */
  readonly rate: number | null;
  /** Mean best score per quiz lesson, rounded (null: no attempt). */
  readonly scores: Readonly<Record<string, number | null>>;
}

export function statsRows(stats: CourseStats): StatsRow[] {
  return stats.organisations
    .map((o) => ({
      orgId: o.orgId,
      orgName: o.orgName,
      enrolled: o.enrolled,
      completed: o.completed,
      rate: o.enrolled > 0 ? Math.round((100 * o.completed) / o.enrolled) : null,
      scores: Object.fromEntries(o.quizzes.map((q) => [q.lessonId, q.meanBestScore === null ? null : Math.round(q.meanBestScore)])),
    }))
    .sort((a, b) => b.enrolled - a.enrolled || a.orgName.localeCompare(b.orgName));
}

/** The quiz lessons that appear in the statistics, in the course's order (unknown ones last). */
export function quizLessons(stats: CourseStats, order: readonly string[]): string[] {
  const seen = new Set(stats.organisations.flatMap((o) => o.quizzes.map((q) => q.lessonId)));
  const known = order.filter((id) => seen.has(id));
  return [...known, ...[...seen].filter((id) => !order.includes(id))];
}
