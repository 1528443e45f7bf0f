/**
 * Grading a quiz attempt (issue 9), on the server only: the learner's browser never holds the
 * answers. A question is right when exactly its correct options are chosen (no more, no fewer);
 * the score is the share of questions answered right, in whole percent rounded down, and passes
 * when it reaches the quiz's pass mark.
 */
import type { UiLanguage } from '../platform/roles.js';
import type { LocalText, Quiz } from './course.js';

/** The text in `language`, else in the course's default language, else in any language it has. */
export function localise(text: LocalText | undefined, language: UiLanguage, fallback: UiLanguage): string {
  const own = text?.[language]?.trim();
  if (own) return own;
  const other = text?.[fallback]?.trim();
  if (other) return other;
  return (
    Object.values(text ?? {})
      .find((v) => v?.trim())
      ?.trim() ?? ''
  );
}

export interface GradedQuestion {
  readonly id: string;
  readonly correct: boolean;
  /** The feedback of the chosen options, then the question's feedback for a right or wrong answer. */
  readonly feedback: string[];
}

export interface Grade {
  /** 0..100, whole percent rounded down (so that `passed` is exactly `score >= passMark`). */
  readonly score: number;
  readonly passed: boolean;
  readonly questions: GradedQuestion[];
}

export type Answers = Readonly<Record<string, readonly string[]>>;

/**
 * The options chosen for a question: its own entry only. An id such as `constructor` is a valid
 * part id, and a plain `answers[id]` would find Object.prototype's function instead of nothing.
 */
export function chosenFor(answers: Answers, questionId: string): readonly string[] {
  return Object.hasOwn(answers, questionId) ? (answers[questionId] ?? []) : [];
}

/** The first problem of an attempt's answers, naming the field; undefined when they fit the quiz. */
export function answersProblem(quiz: Quiz, answers: Answers): { field: string; message: string } | undefined {
  const questions = new Map(quiz.questions.map((q) => [q.id, q]));
  for (const [qid, chosen] of Object.entries(answers)) {
    const q = questions.get(qid);
    const field = `answers.${qid}`;
    if (!q) return { field, message: 'no such question in this quiz' };
    const options = new Set(q.options.map((o) => o.id));
    const seen = new Set<string>();
    for (const [i, oid] of chosen.entries()) {
      if (!options.has(oid)) return { field: `${field}.${i}`, message: 'no such option in this question' };
      if (seen.has(oid)) return { field: `${field}.${i}`, message: 'the option is chosen twice' };
      seen.add(oid);
    }
    if (q.kind !== 'multiple' && chosen.length > 1) return { field, message: 'choose one option' };
  }
  return undefined;
}

/**
 * Grades the answers (unanswered questions count as wrong; call `answersProblem` first to refuse
 * unknown ids). Feedback texts come in `language`, falling back to the course's default language.
 */
export function gradeQuiz(quiz: Quiz, answers: Answers, language: UiLanguage, fallback: UiLanguage = language): Grade {
  const questions = quiz.questions.map((q): GradedQuestion => {
    const chosen = new Set(chosenFor(answers, q.id));
    const correct = q.options.every((o) => o.correct === chosen.has(o.id));
    const feedback = [
      ...q.options.filter((o) => chosen.has(o.id)).map((o) => localise(o.feedback, language, fallback)),
      localise(correct ? q.feedbackCorrect : q.feedbackIncorrect, language, fallback),
    ].filter((t) => t !== '');
    return { id: q.id, correct, feedback };
  });
  const right = questions.filter((q) => q.correct).length;
  const score = questions.length === 0 ? 0 : Math.floor((right * 100) / questions.length);
  return { score, passed: score >= quiz.passMark, questions };
}
