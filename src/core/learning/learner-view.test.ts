import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CourseContent, courseContent, learnerCourse } from './course.js';
import { forLearner, lessonsOf } from './learner-view.js';
import { arbQuiz, testCourse } from './test-course.js';

const FEEDBACK = /FEEDBACK-/;

/** Courses whose lessons carry quizzes with feedback texts marked FEEDBACK-. */
const arbCourse: fc.Arbitrary<CourseContent> = fc.array(fc.option(arbQuiz, { nil: undefined }), { minLength: 1, maxLength: 5 }).map((quizzes) =>
  courseContent.parse({
    ...testCourse(),
    modules: [
      {
        id: 'm',
        title: { en: 'Module' },
        lessons: quizzes.map((q, i) => ({
          id: `lesson-${i}`,
          title: { en: `Lesson ${i}` },
          body: { en: 'Text' },
          quiz: q && {
            ...q,
            questions: q.questions.map((x) => ({
              ...x,
              feedbackCorrect: { en: 'FEEDBACK-right' },
              feedbackIncorrect: { en: 'FEEDBACK-wrong' },
              options: x.options.map((o) => ({ ...o, feedback: { en: `FEEDBACK-${o.id}` } })),
            })),
          },
        })),
      },
    ],
  }),
);

function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  return out;
}

describe('forLearner', () => {
  it('never carries which options are correct nor any feedback', () => {
    fc.assert(
      fc.property(arbCourse, (content) => {
        const view = forLearner({ id: '00000000-0000-4000-8000-000000000001', orgName: 'Org' }, 3, content);
        const keys = keysOf(view);
        for (const k of ['correct', 'feedback', 'feedbackCorrect', 'feedbackIncorrect']) expect(keys.has(k)).toBe(false);
        expect(JSON.stringify(view)).not.toMatch(FEEDBACK);
        expect(learnerCourse.safeParse(view).success).toBe(true);
        expect(view.modules.flatMap((m) => m.lessons.map((l) => l.id))).toEqual(lessonsOf(content).map((l) => l.id));
      }),
    );
  });

  it('keeps the texts, the questions and their options', () => {
    const view = forLearner({ id: '00000000-0000-4000-8000-000000000001', orgName: 'Org' }, 1, testCourse());
    expect(view).toMatchObject({ version: 1, languages: ['en', 'el'], minutes: 30, title: { el: 'Αναγνώριση πιθανών θυμάτων' } });
    const quiz = view.modules[0]?.lessons[1]?.quiz;
    expect(quiz).toMatchObject({ passMark: 100, maxAttempts: 3 });
    expect(quiz?.questions[0]).toEqual({
      id: 'q1',
      kind: 'single',
      prompt: { en: 'Who holds her passport?' },
      options: [
        { id: 'a', text: { en: 'She does' } },
        { id: 'b', text: { en: 'The employer' } },
      ],
    });
    expect(view.modules[0]?.lessons[0]).toMatchObject({ videoUrl: null, quiz: null, body: { en: 'Read this first.\n\n- one\n- two' } });
  });
});
