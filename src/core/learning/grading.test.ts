import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { courseContent, type Quiz } from './course.js';
import { answersProblem, gradeQuiz, localise } from './grading.js';
import { arbQuiz, testCourse } from './test-course.js';

const quizOf = () => testCourse().modules[0]?.lessons[1]?.quiz as Quiz;

const correctAnswers = (q: Quiz) => Object.fromEntries(q.questions.map((x) => [x.id, x.options.filter((o) => o.correct).map((o) => o.id)]));

describe('gradeQuiz', () => {
  it('is 100 and passes when exactly the correct options are chosen', () => {
    fc.assert(
      fc.property(arbQuiz, (q) => {
        const g = gradeQuiz(q, correctAnswers(q), 'en');
        expect(g.score).toBe(100);
        expect(g.passed).toBe(true);
        expect(g.questions.every((x) => x.correct)).toBe(true);
      }),
    );
  });

  it('is 0 when nothing is chosen', () => {
    fc.assert(
      fc.property(arbQuiz, (q) => {
        const g = gradeQuiz(q, {}, 'en');
        expect(g.score).toBe(0);
        expect(g.passed).toBe(false);
        expect(gradeQuiz(q, Object.fromEntries(q.questions.map((x) => [x.id, []])), 'en').score).toBe(0);
      }),
    );
  });

  it('stays within 0..100, passes exactly at the pass mark, and counts right questions', () => {
    fc.assert(
      fc.property(
        arbQuiz.chain((q) =>
          fc.tuple(
            fc.constant(q),
            fc.record(Object.fromEntries(q.questions.map((x) => [x.id, fc.subarray(x.options.map((o) => o.id))]))) as fc.Arbitrary<Record<string, string[]>>,
          ),
        ),
        ([q, answers]) => {
          const g = gradeQuiz(q, answers, 'el', 'en');
          expect(g.score).toBeGreaterThanOrEqual(0);
          expect(g.score).toBeLessThanOrEqual(100);
          expect(Number.isInteger(g.score)).toBe(true);
          expect(g.passed).toBe(g.score >= q.passMark);
          const right = g.questions.filter((x) => x.correct).length;
          expect(g.score).toBe(Math.floor((right * 100) / q.questions.length));
          for (const x of g.questions) expect(x.feedback.at(-1)).toBe(x.correct ? 'Right.' : 'Λάθος.');
        },
      ),
    );
  });

  it('gives the chosen options’ feedback and the question’s, in the language or the default one', () => {
    const g = gradeQuiz(quizOf(), { q1: ['b'], q2: ['a'] }, 'el', 'en');
    expect(g.questions).toEqual([
      { id: 'q1', correct: true, feedback: ['Ναι.', 'Right.'] },
      { id: 'q2', correct: false, feedback: [] },
    ]);
    expect(g.score).toBe(50);
    expect(g.passed).toBe(false);
    const wrong = gradeQuiz(quizOf(), { q1: ['a'], q2: ['a', 'c'] }, 'en');
    expect(wrong.questions[0]).toEqual({ id: 'q1', correct: false, feedback: ['Look again at the vignette.', 'Not quite.'] });
    expect(wrong.questions[1]?.correct).toBe(true);
  });

  it('refuses unknown questions and options, repeated options and two answers to a single-choice question', () => {
    const q = quizOf();
    expect(answersProblem(q, { q1: ['b'], q2: ['a', 'c'] })).toBeUndefined();
    expect(answersProblem(q, { nope: ['a'] })?.field).toBe('answers.nope');
    expect(answersProblem(q, { q2: ['a', 'zz'] })?.field).toBe('answers.q2.1');
    expect(answersProblem(q, { q2: ['a', 'a'] })?.field).toBe('answers.q2.1');
    expect(answersProblem(q, { q1: ['a', 'b'] })?.field).toBe('answers.q1');
  });

  it('reads only the answers’ own entries: a question named like an Object property left unanswered is wrong, not a crash', () => {
    const q = structuredClone(quizOf());
    q.questions[0]!.id = 'constructor';
    const g = gradeQuiz(q, { q2: ['a', 'c'] }, 'en');
    expect(g.questions.map((x) => [x.id, x.correct])).toEqual([
      ['constructor', false],
      ['q2', true],
    ]);
    expect(g.score).toBe(50);
    expect(gradeQuiz(q, { constructor: ['b'], q2: ['a', 'c'] }, 'en').score).toBe(100);
  });
});

describe('localise', () => {
  it('falls back to the default language, then to any text', () => {
    expect(localise({ en: 'Hello', el: 'Γεια' }, 'el', 'en')).toBe('Γεια');
    expect(localise({ en: 'Hello', el: ' ' }, 'el', 'en')).toBe('Hello');
    expect(localise({ ru: 'Привет' }, 'el', 'en')).toBe('Привет');
    expect(localise(undefined, 'el', 'en')).toBe('');
  });

  it('the test course is a valid course', () => {
    expect(courseContent.safeParse(testCourse()).success).toBe(true);
  });
});
