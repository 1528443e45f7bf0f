import { describe, expect, it } from 'vitest';
import type { CourseStats } from '../../core/learning/course.js';
import { quizLessons, statsRows } from './stats.js';

const A = '6a1d0c2e-3b4f-4e5a-8c9d-0e1f2a3b4c5d';
const B = '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const stats: CourseStats = {
  courseId: '0b6f3a52-8d0c-4f3e-9a47-2f8c1d3e5a10',
  version: 2,
  organisations: [
    { orgId: A, orgName: 'Safe Harbour', enrolled: 3, completed: 1, quizzes: [{ lessonId: 'lesson-3', attempts: 4, meanBestScore: 66.666, passed: 1 }] },
    {
      orgId: B,
      orgName: 'Astra',
      enrolled: 4,
      completed: 4,
      quizzes: [
        { lessonId: 'lesson-9', attempts: 0, meanBestScore: null, passed: 0 },
        { lessonId: 'lesson-3', attempts: 5, meanBestScore: 90, passed: 4 },
      ],
    },
  ],
};

describe('statsRows', () => {
  it('gives the completion rate and the rounded mean best scores, biggest organisation first', () => {
    expect(statsRows(stats)).toEqual([
      { orgId: B, orgName: 'Astra', enrolled: 4, completed: 4, rate: 100, scores: { 'lesson-9': null, 'lesson-3': 90 } },
      { orgId: A, orgName: 'Safe Harbour', enrolled: 3, completed: 1, rate: 33, scores: { 'lesson-3': 67 } },
    ]);
  });
  it('has no rate for an organisation without learners', () => {
    const none = { ...stats, organisations: [{ orgId: A, orgName: 'X', enrolled: 0, completed: 0, quizzes: [] }] };
    expect(statsRows(none)[0]?.rate).toBeNull();
  });
  it('lists the quizzes in the course order, unknown ones last', () => {
    expect(quizLessons(stats, ['lesson-1', 'lesson-3'])).toEqual(['lesson-3', 'lesson-9']);
  });
});
