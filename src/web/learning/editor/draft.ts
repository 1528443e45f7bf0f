/**
 * The course editor's draft: the course content as the form holds it (numbers as typed, a quiz
 * that may be absent, texts per language that may be blank), the same shape as the content so
 * that a schema error's path (`modules.0.lessons.2.quiz.questions.1.prompt.en`) names the field.
 * Pure: no React.
 */
import type { CourseContent, LocalText, QuestionKind } from '../../../core/learning/course.js';
import type { UiLanguage } from '../../../core/platform/roles.js';

export type TextsDraft = Partial<Record<UiLanguage, string>>;

export interface OptionDraft {
  id: string;
  text: TextsDraft;
  correct: boolean;
  feedback: TextsDraft;
}

export interface QuestionDraft {
  id: string;
  kind: QuestionKind;
  prompt: TextsDraft;
  options: OptionDraft[];
  feedbackCorrect: TextsDraft;
  feedbackIncorrect: TextsDraft;
}

export interface QuizDraft {
  passMark: string;
  /** Blank: unlimited. */
  maxAttempts: string;
  questions: QuestionDraft[];
}

export interface ImageDraft {
  fileId: string;
  alt: TextsDraft;
}

export interface LessonDraft {
  id: string;
  title: TextsDraft;
  body: TextsDraft;
  images: ImageDraft[];
  videoUrl: string;
  quiz: QuizDraft | null;
}

export interface ModuleDraft {
  id: string;
  title: TextsDraft;
  lessons: LessonDraft[];
}

export interface CourseDraft {
  languages: UiLanguage[];
  defaultLanguage: UiLanguage;
  title: TextsDraft;
  summary: TextsDraft;
  audience: TextsDraft;
  minutes: string;
  modules: ModuleDraft[];
}

// ---------------------------------------------------------------------------------------------
// Ids

/** The next free id `<prefix>-<n>` among the used ones (ids are lower-case letters, digits and hyphens). */
export function nextId(prefix: string, used: Iterable<string>): string {
  let max = 0;
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  const taken = new Set(used);
  for (const id of taken) {
    const n = Number(pattern.exec(id)?.[1] ?? 0);
    if (n > max) max = n;
  }
  let n = max + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

export const lessonIds = (draft: CourseDraft) => draft.modules.flatMap((m) => m.lessons.map((l) => l.id));

// ---------------------------------------------------------------------------------------------
// New parts

export function emptyLesson(id: string): LessonDraft {
  return { id, title: {}, body: {}, images: [], videoUrl: '', quiz: null };
}

export function emptyModule(id: string, lessonId: string): ModuleDraft {
  return { id, title: {}, lessons: [emptyLesson(lessonId)] };
}

export function emptyOption(id: string, correct = false): OptionDraft {
  return { id, text: {}, correct, feedback: {} };
}

export function emptyQuestion(id: string): QuestionDraft {
  return { id, kind: 'single', prompt: {}, options: [emptyOption('option-1', true), emptyOption('option-2')], feedbackCorrect: {}, feedbackIncorrect: {} };
}

export function emptyQuiz(): QuizDraft {
  return { passMark: '80', maxAttempts: '', questions: [emptyQuestion('question-1')] };
}

export function emptyDraft(language: UiLanguage): CourseDraft {
  return {
    languages: [language],
    defaultLanguage: language,
    title: {},
    summary: {},
    audience: {},
    minutes: '',
    modules: [emptyModule('module-1', 'lesson-1')],
  };
}

/**
 * A question of another kind: a true-or-false one gets exactly two options (the given texts in
 * the editing language for new ones) with one marked correct; a single-choice one keeps one correct.
 */
export function withKind(q: QuestionDraft, kind: QuestionKind, labels: { true: TextsDraft; false: TextsDraft }): QuestionDraft {
  if (kind === 'true-false') {
    const [first, second] = q.options;
    const a = first ?? emptyOption('option-1');
    const b = second ?? emptyOption(nextId('option', [a.id]));
    const trueCorrect = a.correct || !b.correct;
    return {
      ...q,
      kind,
      options: [
        { ...a, text: hasText(a.text) ? a.text : labels.true, correct: trueCorrect },
        { ...b, text: hasText(b.text) ? b.text : labels.false, correct: !trueCorrect },
      ],
    };
  }
  if (kind === 'single') {
    const first = q.options.findIndex((o) => o.correct);
    return { ...q, kind, options: q.options.map((o, i) => ({ ...o, correct: i === Math.max(first, 0) })) };
  }
  return { ...q, kind };
}

/** Marks an option correct (or not): for a single-choice or true-or-false question, the only correct one. */
export function withCorrect(q: QuestionDraft, index: number, correct: boolean): QuestionDraft {
  if (q.kind === 'multiple') return { ...q, options: replaceAt(q.options, index, { ...(q.options[index] as OptionDraft), correct }) };
  return { ...q, options: q.options.map((o, i) => ({ ...o, correct: i === index })) };
}

const hasText = (t: TextsDraft) => Object.values(t).some((v) => v?.trim());

// ---------------------------------------------------------------------------------------------
// Lists

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** Moves an item up (-1) or down (+1); out of range: the list unchanged. */
export function move<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to] as T, out[index] as T];
  return out;
}

// ---------------------------------------------------------------------------------------------
// Draft <-> content

function textsOf(texts: TextsDraft, languages: readonly UiLanguage[]): LocalText {
  const out: LocalText = {};
  for (const language of languages) {
    const value = texts[language]?.trim();
    if (value) out[language] = value;
  }
  return out;
}

/** A number as typed: blank → absent; digits → the number; anything else → NaN (the schema says so). */
export function numberOf(typed: string): number | undefined {
  const value = typed.trim();
  if (value === '') return undefined;
  return /^-?\d+$/.test(value) ? Number(value) : Number.NaN;
}

/** The request's content (to be checked with the shared schema): texts of the course's languages only, trimmed. */
export function contentOf(draft: CourseDraft): unknown {
  const langs = draft.languages;
  const texts = (t: TextsDraft) => textsOf(t, langs);
  return {
    languages: draft.languages,
    defaultLanguage: draft.defaultLanguage,
    title: texts(draft.title),
    summary: texts(draft.summary),
    audience: texts(draft.audience),
    ...(numberOf(draft.minutes) === undefined ? {} : { minutes: numberOf(draft.minutes) }),
    modules: draft.modules.map((m) => ({
      id: m.id,
      title: texts(m.title),
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: texts(l.title),
        body: texts(l.body),
        images: l.images.map((i) => ({ fileId: i.fileId, alt: texts(i.alt) })),
        ...(l.videoUrl.trim() ? { videoUrl: l.videoUrl.trim() } : {}),
        ...(l.quiz
          ? {
              quiz: {
                passMark: numberOf(l.quiz.passMark),
                ...(numberOf(l.quiz.maxAttempts) === undefined ? {} : { maxAttempts: numberOf(l.quiz.maxAttempts) }),
                questions: l.quiz.questions.map((q) => ({
                  id: q.id,
                  kind: q.kind,
                  prompt: texts(q.prompt),
                  options: q.options.map((o) => ({ id: o.id, text: texts(o.text), correct: o.correct, feedback: texts(o.feedback) })),
                  feedbackCorrect: texts(q.feedbackCorrect),
                  feedbackIncorrect: texts(q.feedbackIncorrect),
                })),
              },
            }
          : {}),
      })),
    })),
  };
}

const numberText = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The form's draft of a saved course. */
export function draftOf(content: CourseContent): CourseDraft {
  return {
    languages: [...content.languages],
    defaultLanguage: content.defaultLanguage,
    title: { ...content.title },
    summary: { ...content.summary },
    audience: { ...content.audience },
    minutes: numberText(content.minutes),
    modules: content.modules.map((m) => ({
      id: m.id,
      title: { ...m.title },
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: { ...l.title },
        body: { ...l.body },
        images: l.images.map((i) => ({ fileId: i.fileId, alt: { ...i.alt } })),
        videoUrl: l.videoUrl ?? '',
        quiz: l.quiz
          ? {
              passMark: String(l.quiz.passMark),
              maxAttempts: numberText(l.quiz.maxAttempts),
              questions: l.quiz.questions.map((q) => ({
                id: q.id,
                kind: q.kind,
                prompt: { ...q.prompt },
                options: q.options.map((o) => ({ id: o.id, text: { ...o.text }, correct: o.correct, feedback: { ...o.feedback } })),
                feedbackCorrect: { ...q.feedbackCorrect },
                feedbackIncorrect: { ...q.feedbackIncorrect },
              })),
            }
          : null,
      })),
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Completeness per language

interface TextField {
  readonly path: string;
  readonly texts: TextsDraft;
  /** Needed in every language (titles, questions, options, images' descriptions); else only where another language has it. */
  readonly required: boolean;
}

function textFields(draft: CourseDraft): TextField[] {
  const out: TextField[] = [
    { path: 'title', texts: draft.title, required: true },
    { path: 'summary', texts: draft.summary, required: false },
    { path: 'audience', texts: draft.audience, required: false },
  ];
  draft.modules.forEach((m, mi) => {
    out.push({ path: `modules.${mi}.title`, texts: m.title, required: true });
    m.lessons.forEach((l, li) => {
      const at = `modules.${mi}.lessons.${li}`;
      out.push({ path: `${at}.title`, texts: l.title, required: true }, { path: `${at}.body`, texts: l.body, required: false });
      l.images.forEach((i, ii) => {
        out.push({ path: `${at}.images.${ii}.alt`, texts: i.alt, required: true });
      });
      l.quiz?.questions.forEach((q, qi) => {
        const qt = `${at}.quiz.questions.${qi}`;
        out.push(
          { path: `${qt}.prompt`, texts: q.prompt, required: true },
          { path: `${qt}.feedbackCorrect`, texts: q.feedbackCorrect, required: false },
          { path: `${qt}.feedbackIncorrect`, texts: q.feedbackIncorrect, required: false },
        );
        q.options.forEach((o, oi) => {
          out.push(
            { path: `${qt}.options.${oi}.text`, texts: o.text, required: true },
            { path: `${qt}.options.${oi}.feedback`, texts: o.feedback, required: false },
          );
        });
      });
    });
  });
  return out;
}

/**
 * The texts (dotted paths) missing in a language of the course: a required text (a title, a
 * question, an option, an image's description) left blank, or a text written in another of the
 * course's languages but not in this one.
 */
export function missingTexts(draft: CourseDraft, language: UiLanguage): string[] {
  const filled = (texts: TextsDraft, l: UiLanguage) => Boolean(texts[l]?.trim());
  return textFields(draft)
    .filter((f) => !filled(f.texts, language) && (f.required || draft.languages.some((l) => l !== language && filled(f.texts, l))))
    .map((f) => f.path);
}

/** How many texts each of the course's languages lacks. */
export function missingCounts(draft: CourseDraft): Partial<Record<UiLanguage, number>> {
  const out: Partial<Record<UiLanguage, number>> = {};
  for (const language of draft.languages) out[language] = missingTexts(draft, language).length;
  return out;
}
