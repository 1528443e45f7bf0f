import fc from 'fast-check';
import { type CourseContent, type Quiz, quiz as quizSchema } from './course.js';

/** A small two-language course for the tests: one text lesson, one quiz lesson. */
export function testCourse(over: Partial<CourseContent> = {}): CourseContent {
  return {
    languages: ['en', 'el'],
    defaultLanguage: 'en',
    title: { en: 'Identifying presumed victims', el: 'Αναγνώριση πιθανών θυμάτων' },
    summary: { en: 'The indicators, in practice.' },
    audience: { en: 'Reception centre staff' },
    minutes: 30,
    modules: [
      {
        id: 'module-1',
        title: { en: 'Indicators' },
        lessons: [
          { id: 'intro', title: { en: 'Introduction' }, body: { en: 'Read this first.\n\n- one\n- two' }, images: [] },
          {
            id: 'check',
            title: { en: 'Check yourself' },
            body: {},
            images: [],
            quiz: {
              passMark: 100,
              maxAttempts: 3,
              questions: [
                {
                  id: 'q1',
                  kind: 'single',
                  prompt: { en: 'Who holds her passport?' },
                  options: [
                    { id: 'a', text: { en: 'She does' }, correct: false, feedback: { en: 'Look again at the vignette.' } },
                    { id: 'b', text: { en: 'The employer' }, correct: true, feedback: { en: 'Yes: a sign of control.', el: 'Ναι.' } },
                  ],
                  feedbackCorrect: { en: 'Right.' },
                  feedbackIncorrect: { en: 'Not quite.' },
                },
                {
                  id: 'q2',
                  kind: 'multiple',
                  prompt: { en: 'Which are indicators?' },
                  options: [
                    { id: 'a', text: { en: 'Debt bondage' }, correct: true, feedback: {} },
                    { id: 'b', text: { en: 'A day off each week' }, correct: false, feedback: {} },
                    { id: 'c', text: { en: 'Locked in at night' }, correct: true, feedback: {} },
                  ],
                  feedbackCorrect: {},
                  feedbackIncorrect: {},
                },
              ],
            },
          },
        ],
      },
    ],
    ...over,
  };
}

/** Valid quizzes: 1-6 questions of every kind, each with its correct options. */
export const arbQuiz: fc.Arbitrary<Quiz> = fc
  .record({
    passMark: fc.integer({ min: 1, max: 100 }),
    maxAttempts: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
    questions: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('true-false' as const), n: fc.constant(2), correct: fc.integer({ min: 0, max: 1 }).map((i) => [i]) }),
        fc
          .integer({ min: 2, max: 8 })
          .chain((n) => fc.record({ kind: fc.constant('single' as const), n: fc.constant(n), correct: fc.integer({ min: 0, max: n - 1 }).map((i) => [i]) })),
        fc.integer({ min: 2, max: 8 }).chain((n) =>
          fc.record({
            kind: fc.constant('multiple' as const),
            n: fc.constant(n),
            correct: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 1, maxLength: n }),
          }),
        ),
      ),
      { minLength: 1, maxLength: 6 },
    ),
  })
  .map(({ passMark, maxAttempts, questions }) =>
    quizSchema.parse({
      passMark,
      ...(maxAttempts ? { maxAttempts } : {}),
      questions: questions.map((q, qi) => ({
        id: `q-${qi}`,
        kind: q.kind,
        prompt: { en: `Question ${qi}` },
        options: Array.from({ length: q.n }, (_, oi) => ({
          id: `o-${oi}`,
          text: { en: `Option ${oi}` },
          correct: q.correct.includes(oi),
          feedback: { en: `Feedback ${qi}.${oi}` },
        })),
        feedbackCorrect: { en: 'Right.' },
        feedbackIncorrect: { en: 'Wrong.', el: 'Λάθος.' },
      })),
    }),
  );
