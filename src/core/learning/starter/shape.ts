/**
 * The starter course is written once per language as a whole course (en.ts, ru.ts), so that each
 * file reads as the course a learner sees. `mergeLanguages` zips them into one `CourseContent` and
 * refuses any difference of structure between them (ids, question kinds, right answers, pass marks),
 * so that a translation can never change what is graded.
 */

import type { UiLanguage } from '../../platform/roles.js';
import type { CourseContent, LocalText, QuestionKind } from '../course.js';

export interface OptionText {
  readonly id: string;
  readonly correct: boolean;
  readonly text: string;
  /** Why this option is right or wrong, tied to the dimensions and rules. */
  readonly feedback: string;
}

export interface QuestionText {
  readonly id: string;
  readonly kind: QuestionKind;
  /** A case vignette and the question about it. */
  readonly prompt: string;
  readonly options: readonly OptionText[];
  /** The point to take away, shown after the question whether it was answered right or not. */
  readonly takeaway: string;
}

export interface LessonText {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly quiz?: { readonly passMark: number; readonly questions: readonly QuestionText[] };
}

export interface ModuleText {
  readonly id: string;
  readonly title: string;
  readonly lessons: readonly LessonText[];
}

export interface CourseText {
  readonly title: string;
  readonly summary: string;
  readonly audience: string;
  readonly minutes: number;
  readonly modules: readonly ModuleText[];
}

/** Paragraphs (or list blocks) separated by blank lines. */
export const para = (...blocks: string[]): string => blocks.join('\n\n');
/** A list block: one "- " line per item. */
export const list = (...items: string[]): string => items.map((i) => `- ${i}`).join('\n');
export const option = (id: string, correct: boolean, text: string, feedback: string): OptionText => ({ id, correct, text, feedback });

function sameIds(what: string, a: readonly { id: string }[], b: readonly { id: string }[]): void {
  const x = a.map((i) => i.id).join(',');
  const y = b.map((i) => i.id).join(',');
  if (x !== y) throw new Error(`starter course: the languages differ in ${what}: [${x}] and [${y}]`);
}

/** One course from the same course written in several languages; the first is the default. */
export function mergeLanguages(texts: Readonly<Partial<Record<UiLanguage, CourseText>>>): CourseContent {
  const languages = Object.keys(texts) as UiLanguage[];
  const [defaultLanguage] = languages;
  if (!defaultLanguage) throw new Error('starter course: no language');
  const base = texts[defaultLanguage] as CourseText;
  const all = languages.map((l) => [l, texts[l] as CourseText] as const);
  const local = (pick: (c: CourseText) => string): LocalText => Object.fromEntries(all.map(([l, c]) => [l, pick(c)]));
  for (const [, c] of all) {
    if (c.minutes !== base.minutes) throw new Error('starter course: the languages differ in minutes');
    sameIds('modules', base.modules, c.modules);
    base.modules.forEach((m, mi) => {
      const other = c.modules[mi] as ModuleText;
      sameIds(`the lessons of ${m.id}`, m.lessons, other.lessons);
      m.lessons.forEach((l, li) => {
        const ol = other.lessons[li] as LessonText;
        if (!l.quiz !== !ol.quiz || l.quiz?.passMark !== ol.quiz?.passMark) throw new Error(`starter course: the languages differ in the quiz of ${l.id}`);
        if (!l.quiz || !ol.quiz) return;
        sameIds(`the questions of ${l.id}`, l.quiz.questions, ol.quiz.questions);
        l.quiz.questions.forEach((q, qi) => {
          const oq = ol.quiz?.questions[qi] as QuestionText;
          sameIds(`the options of ${q.id}`, q.options, oq.options);
          const key = (x: QuestionText) => `${x.kind}:${x.options.map((o) => o.correct).join(',')}`;
          if (key(q) !== key(oq)) throw new Error(`starter course: the languages differ in the kind or the right answers of ${q.id}`);
        });
      });
    });
  }
  const at = (c: CourseText, mi: number, li: number) => c.modules[mi]?.lessons[li] as LessonText;
  const question = (c: CourseText, mi: number, li: number, qi: number) => at(c, mi, li).quiz?.questions[qi] as QuestionText;
  return {
    languages,
    defaultLanguage,
    title: local((c) => c.title),
    summary: local((c) => c.summary),
    audience: local((c) => c.audience),
    minutes: base.minutes,
    modules: base.modules.map((m, mi) => ({
      id: m.id,
      title: local((c) => c.modules[mi]?.title ?? ''),
      lessons: m.lessons.map((l, li) => ({
        id: l.id,
        title: local((c) => at(c, mi, li).title),
        body: local((c) => at(c, mi, li).body),
        images: [],
        ...(l.quiz
          ? {
              quiz: {
                passMark: l.quiz.passMark,
                questions: l.quiz.questions.map((q, qi) => ({
                  id: q.id,
                  kind: q.kind,
                  prompt: local((c) => question(c, mi, li, qi).prompt),
                  options: q.options.map((o, oi) => ({
                    id: o.id,
                    correct: o.correct,
                    text: local((c) => question(c, mi, li, qi).options[oi]?.text ?? ''),
                    feedback: local((c) => question(c, mi, li, qi).options[oi]?.feedback ?? ''),
                  })),
                  feedbackCorrect: local((c) => question(c, mi, li, qi).takeaway),
                  feedbackIncorrect: local((c) => question(c, mi, li, qi).takeaway),
                })),
              },
            }
          : {}),
      })),
    })),
  };
}
