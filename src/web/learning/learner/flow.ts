/** The order of a course's lessons, where to resume, and what is left to do. Pure. */
import type { EnrolmentView, LearnerCourse } from '../../../core/learning/course.js';

export type LearnerLesson = LearnerCourse['modules'][number]['lessons'][number];

export interface Step {
  readonly lesson: LearnerLesson;
  readonly moduleIndex: number;
  /** Its position in the whole course, from 0. */
  readonly index: number;
}

export function stepsOf(course: LearnerCourse): Step[] {
  const out: Step[] = [];
  course.modules.forEach((m, moduleIndex) => {
    for (const lesson of m.lessons) out.push({ lesson, moduleIndex, index: out.length });
  });
  return out;
}

/**
 * The lesson to show: the one asked for (in the address) when the course has it; else where the
 * learner stopped; else the first lesson not yet done; else the first.
 */
export function currentStep(
  steps: readonly Step[],
  asked: string | null,
  enrolment: Pick<EnrolmentView, 'lastLessonId' | 'completedLessons'>,
): Step | undefined {
  const find = (id: string | null) => (id ? steps.find((s) => s.lesson.id === id) : undefined);
  return find(asked) ?? find(enrolment.lastLessonId) ?? steps.find((s) => !enrolment.completedLessons.includes(s.lesson.id)) ?? steps[0];
}

/** The learner's best score on a quiz lesson (its own entry only: a lesson id may be `constructor`). */
export function bestScoreOf(enrolment: Pick<EnrolmentView, 'bestScores'>, lessonId: string): number | undefined {
  return Object.hasOwn(enrolment.bestScores, lessonId) ? enrolment.bestScores[lessonId] : undefined;
}

/** Whether a quiz lesson was passed: its best score reaches the pass mark (or the server counts it done). */
export function quizPassed(lesson: LearnerLesson, enrolment: Pick<EnrolmentView, 'bestScores' | 'completedLessons'>): boolean {
  if (enrolment.completedLessons.includes(lesson.id)) return true;
  const best = bestScoreOf(enrolment, lesson.id);
  return lesson.quiz !== null && best !== undefined && best >= lesson.quiz.passMark;
}
