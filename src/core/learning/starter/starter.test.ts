import { describe, expect, it } from 'vitest';
import { evaluate } from '../../identification/engine.js';
import type { Answer, DimensionId, InstrumentId } from '../../identification/instrument.js';
import { DIMENSION_IDS } from '../../identification/instrument.js';
import { INSTRUMENTS } from '../../identification/instruments/index.js';
import { instrumentTexts } from '../../identification/texts/index.js';
import { courseContent, type LocalText, QUESTION_KINDS } from '../course.js';
import { gradeQuiz } from '../grading.js';
import { EN } from './en.js';
import { STARTER_COURSE } from './index.js';
import { RU } from './ru.js';
import { type CourseText, mergeLanguages } from './shape.js';

const LANGS = ['en', 'ru'] as const;
const course = courseContent.parse(STARTER_COURSE);
const lessons = course.modules.flatMap((m) => m.lessons);
const quizzes = lessons.flatMap((l) => (l.quiz ? [{ lesson: l.id, quiz: l.quiz }] : []));

/** Every text of the course with where it is. */
function allTexts(): { at: string; text: LocalText }[] {
  const out: { at: string; text: LocalText }[] = [
    { at: 'title', text: course.title },
    { at: 'summary', text: course.summary },
    { at: 'audience', text: course.audience },
  ];
  for (const m of course.modules) {
    out.push({ at: `${m.id}.title`, text: m.title });
    for (const l of m.lessons) {
      out.push({ at: `${l.id}.title`, text: l.title }, { at: `${l.id}.body`, text: l.body });
      for (const q of l.quiz?.questions ?? []) {
        out.push(
          { at: `${q.id}.prompt`, text: q.prompt },
          { at: `${q.id}.feedbackCorrect`, text: q.feedbackCorrect },
          { at: `${q.id}.feedbackIncorrect`, text: q.feedbackIncorrect },
        );
        for (const o of q.options) out.push({ at: `${q.id}.${o.id}.text`, text: o.text }, { at: `${q.id}.${o.id}.feedback`, text: o.feedback });
      }
    }
  }
  return out;
}

describe('the starter course', () => {
  it('parses as course content, in English (default) and Russian, about 45 minutes', () => {
    expect(course.languages).toEqual(['en', 'ru']);
    expect(course.defaultLanguage).toBe('en');
    expect(course.minutes).toBe(45);
    expect(course.modules.length).toBeGreaterThanOrEqual(4);
    expect(course.modules.length).toBeLessThanOrEqual(5);
    for (const m of course.modules) {
      expect(m.id).toMatch(/^module-[a-z0-9-]+$/);
      expect(m.lessons.length).toBeGreaterThanOrEqual(2);
      expect(m.lessons.length).toBeLessThanOrEqual(4);
      for (const l of m.lessons) expect(l.id).toMatch(/^lesson-[a-z0-9-]+$/);
      // Each module ends with its quiz, and only the last lesson is one.
      expect(m.lessons.at(-1)?.quiz).toBeDefined();
      expect(m.lessons.slice(0, -1).every((l) => !l.quiz)).toBe(true);
    }
  });

  it('has every text in both languages, and the Russian is a translation', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(300);
    for (const { at, text } of texts) {
      for (const lang of LANGS) expect(text[lang]?.trim(), `${at} in ${lang}`).toBeTruthy();
      expect(text.ru, `${at} in Russian`).toMatch(/[а-яё]/i);
      expect(text.ru, `${at} in Russian`).not.toBe(text.en);
    }
  });

  it('writes lesson bodies as plain paragraphs and "- " lists', () => {
    for (const l of lessons)
      for (const lang of LANGS) {
        const body = l.body[lang] ?? '';
        expect(body, `${l.id} in ${lang}`).not.toMatch(/\n{3,}|^\s|\s$/);
        for (const block of body.split('\n\n')) {
          const lines = block.split('\n');
          if (lines.length > 1) for (const line of lines) expect(line, `${l.id} in ${lang}`).toMatch(/^- \S/);
        }
      }
  });

  it('ends each module with a quiz of at least four vignettes using all three question kinds, pass mark 70-80', () => {
    expect(quizzes).toHaveLength(course.modules.length);
    const ids = new Set<string>();
    for (const { lesson, quiz } of quizzes) {
      expect(quiz.questions.length, lesson).toBeGreaterThanOrEqual(4);
      expect(quiz.passMark).toBeGreaterThanOrEqual(70);
      expect(quiz.passMark).toBeLessThanOrEqual(80);
      expect(new Set(quiz.questions.map((q) => q.kind)), lesson).toEqual(new Set(QUESTION_KINDS));
      for (const q of quiz.questions) {
        expect(q.id).toMatch(/^q-[a-z0-9-]+$/);
        expect(ids.has(q.id), q.id).toBe(false);
        ids.add(q.id);
      }
    }
    // The final quiz is the longer one.
    const last = quizzes.at(-1)?.quiz.questions.length ?? 0;
    expect(quizzes.slice(0, -1).every((q) => q.quiz.questions.length < last)).toBe(true);
  });

  it('gives feedback on every option in both languages, saying plainly whether it was right', () => {
    for (const { quiz } of quizzes)
      for (const q of quiz.questions)
        for (const o of q.options) {
          const where = `${q.id}.${o.id}`;
          expect(o.feedback.en, where).toMatch(o.correct ? /^Yes\. / : /^No\. /);
          expect(o.feedback.ru, where).toMatch(o.correct ? /^Да\. / : /^Нет\. /);
        }
  });

  it('names each of the six dimensions, as the instruments call them, in the lessons of both languages', () => {
    for (const lang of LANGS) {
      const text = lessons
        .map((l) => l.body[lang] ?? '')
        .join('\n')
        .toLowerCase();
      for (const d of DIMENSION_IDS) {
        const title = instrumentTexts(lang).dimensions[d].title.toLowerCase();
        expect(text, `${d} in ${lang}`).toContain(title);
      }
    }
    // The English words of each id, e.g. "deceptive recruitment".
    const en = lessons
      .map((l) => l.body.en ?? '')
      .join('\n')
      .toLowerCase();
    for (const d of DIMENSION_IDS) expect(en).toContain(d.replace('recruitment-abuse', 'recruitment-by-abuse').replaceAll('-', ' '));
  });

  it('grades a perfect attempt 100 and returns feedback in the learner’s language', () => {
    for (const { quiz } of quizzes) {
      const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));
      const grade = gradeQuiz(quiz, answers, 'ru', 'en');
      expect(grade.score).toBe(100);
      expect(grade.passed).toBe(true);
      expect(grade.questions.every((q) => q.feedback.length >= 2 && q.feedback.every((f) => /[а-яё]/i.test(f)))).toBe(true);
      // Three right out of four is the minimum that passes a four-question quiz.
      const wrongOnes = quiz.questions.length - Math.ceil((quiz.passMark * quiz.questions.length) / 100);
      expect(wrongOnes).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses a translation that changes a right answer or drops a question', () => {
    const swap = (c: CourseText): CourseText => ({
      ...c,
      modules: c.modules.map((m) => ({
        ...m,
        lessons: m.lessons.map((l) =>
          l.quiz
            ? {
                ...l,
                quiz: {
                  ...l.quiz,
                  questions: l.quiz.questions.map((q, i) => (i === 0 ? { ...q, options: q.options.map((o) => ({ ...o, correct: !o.correct })) } : q)),
                },
              }
            : l,
        ),
      })),
    });
    expect(() => mergeLanguages({ en: EN, ru: swap(RU) })).toThrow(/right answers/);
    const drop: CourseText = { ...RU, modules: RU.modules.slice(1) };
    expect(() => mergeLanguages({ en: EN, ru: drop })).toThrow(/modules/);
  });
});

/**
 * The vignettes' claims, checked with the real engine: the answers a careful interviewer would give
 * for each case, and the result the quiz says follows from them.
 */
describe('the vignettes agree with the screening engine', () => {
  const screen = (id: InstrumentId, yes: string[], rest: Answer = 'no', extra: Record<string, Answer> = {}) => {
    const def = INSTRUMENTS[id];
    const answers: Record<string, Answer> = {};
    for (const d of def.dimensions) for (const i of d.indicators) answers[i.id] = yes.includes(i.id) ? 'yes' : rest;
    for (const i of yes) expect(answers[i], `${i} is an indicator of ${id}`).toBe('yes');
    return evaluate(def, { ...answers, ...extra });
  };
  const present = (r: ReturnType<typeof evaluate>) => DIMENSION_IDS.filter((d: DimensionId) => r.dimensions[d].present);

  it('Viktor (construction): deceptive recruitment, exploitative conditions and coercion at destination; a presumed victim', () => {
    const r = screen('adult-labour', [
      'deceived-wages',
      'deceived-contract',
      'deceived-housing',
      'excessive-hours',
      'bad-living-conditions',
      'low-or-no-pay',
      'documents-confiscated',
      'debt-bondage',
    ]);
    expect(present(r)).toEqual(['deceptive-recruitment', 'exploitative-conditions', 'coercion-at-destination']);
    expect(r.presumedVictim).toBe(true);
  });

  it('Leyla: a confiscated passport and a threat of denunciation make coercion at destination present', () => {
    expect(screen('adult-labour', ['documents-confiscated', 'denunciation-threat']).dimensions['coercion-at-destination'].present).toBe(true);
  });

  it('Sanjar: two medium indicators are not enough; his irregular status would be the third', () => {
    const two = screen('adult-labour', ['dependent-on-exploiters', 'unfamiliar-place']);
    expect(two.dimensions['abuse-of-vulnerability-at-destination'].present).toBe(false);
    const three = screen('adult-labour', ['dependent-on-exploiters', 'unfamiliar-place', 'status-with-authorities-at-destination']);
    expect(three.dimensions['abuse-of-vulnerability-at-destination'].present).toBe(true);
  });

  it('the fruit picker: recruitment and exploitation without control is a settled "not a presumed victim"', () => {
    const r = screen('adult-labour', ['deceived-nature-of-job', 'deceived-wages', 'excessive-hours', 'low-or-no-pay']);
    expect(present(r)).toEqual(['deceptive-recruitment', 'exploitative-conditions']);
    expect(r.presumedVictim).toBe(false);
    expect(r.settled).toBe(true);
  });

  it('Mira (16): recruitment by abuse of vulnerability and exploitative conditions make a child a presumed victim', () => {
    const r = screen('child-labour', [
      'economic-hardship',
      'abused-lack-of-education',
      'emotional-dependency',
      'excessive-hours',
      'low-or-no-pay',
      'no-access-to-education',
    ]);
    expect(present(r)).toEqual(['recruitment-abuse-of-vulnerability', 'exploitative-conditions']);
    expect(r.presumedVictim).toBe(true);
  });

  it('the nail salon call: recruitment unknown leaves the result open, and the open indicators could change it', () => {
    const def = INSTRUMENTS['adult-labour'];
    const recruitment = def.dimensions.filter((d) => d.id.includes('recruitment')).flatMap((d) => d.indicators.map((i) => i.id));
    const unknown = Object.fromEntries(recruitment.map((i) => [i, 'unknown' as const]));
    const r = screen('adult-labour', ['excessive-hours', 'low-or-no-pay', 'documents-confiscated', 'isolation-or-surveillance'], 'no', unknown);
    expect(r.presumedVictim).toBe(false);
    expect(r.settled).toBe(false);
    expect(r.couldChange).toBeGreaterThan(0);
    expect(r.nextSteps).toContain('complete-screening');
  });

  it('Nodira: the confiscated passport and violence are two strong indicators of coercion at destination', () => {
    expect(screen('adult-labour', ['documents-confiscated', 'violence']).dimensions['coercion-at-destination'].present).toBe(true);
  });

  it('Eva: with nothing in her account, the result is settled and not a presumed victim', () => {
    const r = screen('adult-sexual', []);
    expect(r.presumedVictim).toBe(false);
    expect(r.settled).toBe(true);
    expect(r.nextSteps).toEqual(['refer-to-service', 'keep-in-contact']);
  });
});
