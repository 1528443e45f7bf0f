import { describe, expect, it } from 'vitest';
import type { LearnerCourse } from '../../../core/learning/course.js';
import { bestScoreOf, currentStep, quizPassed, stepsOf } from './flow.js';

const lesson = (id: string, quiz = false) => ({
  id,
  title: { en: id },
  body: {},
  images: [],
  videoUrl: null,
  quiz: quiz ? { passMark: 80, maxAttempts: null, questions: [] } : null,
});
const course: LearnerCourse = {
  id: '0b6f3a52-8d0c-4f3e-9a47-2f8c1d3e5a10',
  orgName: 'Astra',
  version: 1,
  languages: ['en'],
  defaultLanguage: 'en',
  title: { en: 'C' },
  summary: {},
  audience: {},
  minutes: null,
  modules: [
    { id: 'm1', title: { en: 'M1' }, lessons: [lesson('a'), lesson('b')] },
    { id: 'm2', title: { en: 'M2' }, lessons: [lesson('c', true)] },
  ],
};
const steps = stepsOf(course);

describe('the lesson to show', () => {
  it('numbers the lessons across modules', () => {
    expect(steps.map((s) => [s.lesson.id, s.moduleIndex, s.index])).toEqual([
      ['a', 0, 0],
      ['b', 0, 1],
      ['c', 1, 2],
    ]);
  });
  it('opens the asked lesson, else resumes where the learner stopped, else the first not done', () => {
    expect(currentStep(steps, 'c', { lastLessonId: 'b', completedLessons: [] })?.lesson.id).toBe('c');
    expect(currentStep(steps, 'nope', { lastLessonId: 'b', completedLessons: [] })?.lesson.id).toBe('b');
    expect(currentStep(steps, null, { lastLessonId: null, completedLessons: ['a'] })?.lesson.id).toBe('b');
    expect(currentStep(steps, null, { lastLessonId: null, completedLessons: ['a', 'b', 'c'] })?.lesson.id).toBe('a');
  });
  it('counts a quiz passed by its best score or by the server', () => {
    const c = steps[2]!.lesson;
    expect(quizPassed(c, { bestScores: { c: 79 }, completedLessons: [] })).toBe(false);
    expect(quizPassed(c, { bestScores: { c: 80 }, completedLessons: [] })).toBe(true);
    expect(quizPassed(c, { bestScores: {}, completedLessons: ['c'] })).toBe(true);
  });
  it('reads a best score of the lesson itself, never one of Object’s properties', () => {
    expect(bestScoreOf({ bestScores: {} }, 'constructor')).toBeUndefined();
    expect(bestScoreOf({ bestScores: { constructor: 40 } }, 'constructor')).toBe(40);
  });
});
