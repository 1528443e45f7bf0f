import { describe, expect, it } from 'vitest';
import { type CourseContent, courseContent } from '../../../core/learning/course.js';
import {
  contentOf,
  draftOf,
  emptyDraft,
  emptyQuestion,
  missingCounts,
  missingTexts,
  move,
  nextId,
  numberOf,
  removeAt,
  withCorrect,
  withKind,
} from './draft.js';

const IMAGE = '6a1d0c2e-3b4f-4e5a-8c9d-0e1f2a3b4c5d';
const course: CourseContent = courseContent.parse({
  languages: ['en', 'el'],
  defaultLanguage: 'en',
  title: { en: 'Identifying presumed victims', el: 'Αναγνώριση θυμάτων' },
  summary: { en: 'The dimensions of the screening.' },
  audience: {},
  minutes: 45,
  modules: [
    {
      id: 'module-1',
      title: { en: 'Signs', el: 'Ενδείξεις' },
      lessons: [
        {
          id: 'lesson-1',
          title: { en: 'Control', el: 'Έλεγχος' },
          body: { en: 'Who keeps the documents?\n\n- employer\n- recruiter' },
          images: [{ fileId: IMAGE, alt: { en: 'A passport' } }],
          videoUrl: 'https://video.example.org/1',
        },
        {
          id: 'lesson-2',
          title: { en: 'Quiz', el: 'Κουίζ' },
          quiz: {
            passMark: 50,
            maxAttempts: 3,
            questions: [
              {
                id: 'question-1',
                kind: 'multiple',
                prompt: { en: 'Which are signs?', el: 'Ποιες είναι ενδείξεις;' },
                options: [
                  { id: 'option-1', text: { en: 'Debt', el: 'Χρέος' }, correct: true, feedback: { en: 'Yes: debt bondage.' } },
                  { id: 'option-2', text: { en: 'A holiday', el: 'Διακοπές' }, correct: false },
                ],
                feedbackCorrect: { en: 'Well done' },
              },
            ],
          },
        },
      ],
    },
  ],
});

describe('draft and content', () => {
  it('comes back to the same content', () => {
    expect(courseContent.parse(contentOf(draftOf(course)))).toEqual(course);
  });

  it('trims texts, drops blank ones and the texts of languages the course no longer has', () => {
    const draft = draftOf(course);
    draft.title = { en: '  Title  ', el: ' ', ru: 'Заголовок' };
    draft.minutes = '';
    draft.modules[0]!.lessons[0]!.videoUrl = '  ';
    const content = contentOf(draft) as CourseContent;
    expect(content.title).toEqual({ en: 'Title' });
    expect('minutes' in content).toBe(false);
    expect('videoUrl' in content.modules[0]!.lessons[0]!).toBe(false);
  });

  it('reads numbers as typed, and lets the schema refuse what is not one', () => {
    expect(numberOf('')).toBeUndefined();
    expect(numberOf(' 80 ')).toBe(80);
    expect(numberOf('8.5')).toBeNaN();
    const draft = draftOf(course);
    draft.modules[0]!.lessons[1]!.quiz!.passMark = 'eighty';
    const result = courseContent.safeParse(contentOf(draft));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['modules', 0, 'lessons', 1, 'quiz', 'passMark']);
  });

  it('starts a new course that the schema finds incomplete at the titles', () => {
    const result = courseContent.safeParse(contentOf(emptyDraft('el')));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['title.el', 'modules.0.title.el', 'modules.0.lessons.0.title.el', 'modules.0.lessons.0.body']));
  });
});

describe('texts missing per language', () => {
  it('counts required texts left blank and texts written only in another language', () => {
    const draft = draftOf(course);
    expect(missingTexts(draft, 'en')).toEqual([]);
    expect(missingTexts(draft, 'el')).toEqual([
      'summary',
      'modules.0.lessons.0.body',
      'modules.0.lessons.0.images.0.alt',
      'modules.0.lessons.1.quiz.questions.0.feedbackCorrect',
      'modules.0.lessons.1.quiz.questions.0.options.0.feedback',
    ]);
    expect(missingCounts(draft)).toEqual({ en: 0, el: 5 });
  });

  it('marks a required text missing in every language when nobody wrote it', () => {
    const draft = emptyDraft('en');
    draft.languages = ['en', 'uk'];
    expect(missingTexts(draft, 'uk')).toEqual(['title', 'modules.0.title', 'modules.0.lessons.0.title']);
    draft.title = { en: 'Course' };
    expect(missingTexts(draft, 'en')).toEqual(['modules.0.title', 'modules.0.lessons.0.title']);
    expect(missingTexts(draft, 'uk')).toContain('title');
  });
});

describe('editing parts', () => {
  it('gives the next free id', () => {
    expect(nextId('lesson', ['lesson-1', 'lesson-7', 'intro'])).toBe('lesson-8');
    expect(nextId('module', [])).toBe('module-1');
  });

  it('moves, removes, and leaves a list alone out of range', () => {
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(removeAt(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });

  it('turns a question into a true-or-false one with two options, one right', () => {
    const q = { ...emptyQuestion('question-1'), kind: 'multiple' as const };
    q.options = [...q.options, { id: 'option-3', text: { en: 'Maybe' }, correct: true, feedback: {} }];
    const tf = withKind(q, 'true-false', { true: { en: 'True' }, false: { en: 'False' } });
    expect(tf.options.map((o) => [o.text.en, o.correct])).toEqual([
      ['True', true],
      ['False', false],
    ]);
    expect(withCorrect(tf, 1, true).options.map((o) => o.correct)).toEqual([false, true]);
  });

  it('keeps one right answer for a single-choice question, several for a multiple one', () => {
    const q = emptyQuestion('question-1');
    expect(withCorrect(q, 1, true).options.map((o) => o.correct)).toEqual([false, true]);
    const multi = withKind(q, 'multiple', { true: {}, false: {} });
    expect(withCorrect(multi, 1, true).options.map((o) => o.correct)).toEqual([true, true]);
    const back = withKind(withCorrect(multi, 1, true), 'single', { true: {}, false: {} });
    expect(back.options.map((o) => o.correct)).toEqual([true, false]);
  });
});
