/**
 * E-learning (issue 9): a course is a document (modules of lessons: text, images, a video link, a
 * quiz) written in one or more of the UI languages. Trainers edit a draft; publishing freezes a
 * numbered version, which enrolments keep, so that a later edit never changes what a learner
 * passed. Learners never receive the answers: see `forLearner` (learner-view.ts) and the grading
 * on the server (grading.ts).
 */
import { z } from 'zod';
import type { UiLanguage } from '../platform/roles.js';
import { uiLanguage, uuid } from '../platform/schemas.js';

/** Text in several languages; the course's default language must be there where the text is required. */
export const localText = (max: number) => z.partialRecord(uiLanguage, z.string().trim().max(max));
export type LocalText = Partial<Record<UiLanguage, string>>;

/** Ids inside a course (modules, lessons, questions, options): stable, chosen by the editor or generated. */
export const partId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'an id of lower-case letters, digits and hyphens, e.g. module-1');

export const QUESTION_KINDS = ['single', 'multiple', 'true-false'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const COURSE_STATUSES = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof COURSE_STATUSES)[number];

const webUrl = z.url({ protocol: /^https$/, error: 'a web address starting with https://' }).max(500);

export const quizOption = z.strictObject({
  id: partId,
  text: localText(500),
  correct: z.boolean(),
  /** Shown after an attempt when this option was chosen. */
  feedback: localText(1000).default({}),
});
export type QuizOption = z.infer<typeof quizOption>;

export const quizQuestion = z
  .strictObject({
    id: partId,
    kind: z.enum(QUESTION_KINDS),
    prompt: localText(3000),
    options: z.array(quizOption).min(2).max(8),
    feedbackCorrect: localText(2000).default({}),
    feedbackIncorrect: localText(2000).default({}),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (q.kind === 'true-false' && q.options.length !== 2)
      ctx.addIssue({ code: 'custom', message: 'a true-or-false question has two options', path: ['options'] });
    if ((q.kind === 'single' || q.kind === 'true-false') && correct !== 1)
      ctx.addIssue({ code: 'custom', message: 'exactly one option is correct', path: ['options'] });
    if (q.kind === 'multiple' && correct < 1) ctx.addIssue({ code: 'custom', message: 'at least one option is correct', path: ['options'] });
    uniqueIds(q.options, ctx, ['options']);
  });
export type QuizQuestion = z.infer<typeof quizQuestion>;

export const quiz = z.strictObject({
  /** The share of questions answered right, in percent, that passes. */
  passMark: z.number().int().min(1).max(100),
  questions: z.array(quizQuestion).min(1).max(50),
  /** At most this many attempts (none: unlimited). */
  maxAttempts: z.number().int().min(1).max(20).optional(),
});
export type Quiz = z.infer<typeof quiz>;

export const lessonImage = z.strictObject({ fileId: uuid, alt: localText(300) });

export const lesson = z.strictObject({
  id: partId,
  title: localText(200),
  /** Plain text; blank lines separate paragraphs, lines starting with "- " are list items. */
  body: localText(20_000).default({}),
  images: z.array(lessonImage).max(20).default([]),
  /** A link to a video (opened in a new tab: never embedded, so that no video site follows the learner). */
  videoUrl: webUrl.optional(),
  quiz: quiz.optional(),
});
export type Lesson = z.infer<typeof lesson>;

export const courseModule = z.strictObject({ id: partId, title: localText(200), lessons: z.array(lesson).min(1).max(50) });
export type CourseModule = z.infer<typeof courseModule>;

function uniqueIds(items: readonly { id: string }[], ctx: z.RefinementCtx, path: readonly (string | number)[]): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) ctx.addIssue({ code: 'custom', message: `the id ${item.id} is used twice`, path: [...path, i, 'id'] });
    seen.add(item.id);
  });
}

export const courseContent = z
  .strictObject({
    languages: z
      .array(uiLanguage)
      .min(1)
      .max(10)
      .refine((ls) => new Set(ls).size === ls.length, 'each language once'),
    defaultLanguage: uiLanguage,
    title: localText(200),
    summary: localText(2000).default({}),
    /** Who it is for, e.g. "staff of reception and identification centres". */
    audience: localText(500).default({}),
    /** About how long it takes, in minutes. */
    minutes: z.number().int().min(1).max(10_000).optional(),
    modules: z.array(courseModule).min(1).max(30),
  })
  .superRefine((c, ctx) => {
    const lang = c.defaultLanguage;
    if (!c.languages.includes(lang)) ctx.addIssue({ code: 'custom', message: 'must be one of the course languages', path: ['defaultLanguage'] });
    const need = (text: LocalText, path: (string | number)[]) => {
      if (!text[lang]) ctx.addIssue({ code: 'custom', message: `needs a text in ${lang}, the course's default language`, path: [...path, lang] });
    };
    need(c.title, ['title']);
    uniqueIds(c.modules, ctx, ['modules']);
    const lessons = new Set<string>();
    c.modules.forEach((m, mi) => {
      need(m.title, ['modules', mi, 'title']);
      m.lessons.forEach((l, li) => {
        const at = ['modules', mi, 'lessons', li];
        if (lessons.has(l.id)) ctx.addIssue({ code: 'custom', message: `the lesson id ${l.id} is used twice`, path: [...at, 'id'] });
        lessons.add(l.id);
        need(l.title, [...at, 'title']);
        if (l.quiz) {
          uniqueIds(l.quiz.questions, ctx, [...at, 'quiz', 'questions']);
          l.quiz.questions.forEach((q, qi) => {
            need(q.prompt, [...at, 'quiz', 'questions', qi, 'prompt']);
            q.options.forEach((o, oi) => need(o.text, [...at, 'quiz', 'questions', qi, 'options', oi, 'text']));
          });
        } else if (!l.body[lang] && !l.videoUrl && l.images.length === 0)
          ctx.addIssue({ code: 'custom', message: 'a lesson has a text, a video, images or a quiz', path: [...at, 'body'] });
      });
    });
  });
export type CourseContent = z.infer<typeof courseContent>;

export const courseRequest = z.strictObject({ content: courseContent });
export const updateCourseRequest = z.strictObject({ content: courseContent, version: z.number().int().min(0) });

/** A course as its authors see it (answers included). */
export const courseView = z.object({
  id: uuid,
  orgId: uuid,
  orgName: z.string(),
  status: z.enum(COURSE_STATUSES),
  content: courseContent,
  /** The latest published version's number (null: never published). */
  publishedVersion: z.number().nullable(),
  /** Whether the draft differs from the published version. */
  changedSincePublished: z.boolean(),
  editable: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});
export type CourseView = z.infer<typeof courseView>;

/** What a learner receives of a quiz: no answers, no feedback before an attempt. */
export const learnerQuestion = z.object({
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.record(z.string(), z.string()),
  options: z.array(z.object({ id: z.string(), text: z.record(z.string(), z.string()) })),
});
export const learnerLesson = z.object({
  id: z.string(),
  title: z.record(z.string(), z.string()),
  body: z.record(z.string(), z.string()),
  images: z.array(z.object({ fileId: z.string(), alt: z.record(z.string(), z.string()) })),
  videoUrl: z.string().nullable(),
  quiz: z.object({ passMark: z.number(), maxAttempts: z.number().nullable(), questions: z.array(learnerQuestion) }).nullable(),
});
export const learnerCourse = z.object({
  id: uuid,
  orgName: z.string(),
  version: z.number(),
  languages: z.array(uiLanguage),
  defaultLanguage: uiLanguage,
  title: z.record(z.string(), z.string()),
  summary: z.record(z.string(), z.string()),
  audience: z.record(z.string(), z.string()),
  minutes: z.number().nullable(),
  modules: z.array(z.object({ id: z.string(), title: z.record(z.string(), z.string()), lessons: z.array(learnerLesson) })),
});
export type LearnerCourse = z.infer<typeof learnerCourse>;

export const ENROLMENT_STATUSES = ['in-progress', 'completed'] as const;

export const enrolmentView = z.object({
  id: uuid,
  courseId: uuid,
  /** The published version the learner follows. */
  courseVersion: z.number(),
  language: uiLanguage,
  status: z.enum(ENROLMENT_STATUSES),
  completedLessons: z.array(z.string()),
  /** Where to resume. */
  lastLessonId: z.string().nullable(),
  /** Best score per quiz lesson, in percent. */
  bestScores: z.record(z.string(), z.number()),
  startedAt: z.string(),
  completedAt: z.string().nullable(),
  certificateCode: z.string().nullable(),
});
export type EnrolmentView = z.infer<typeof enrolmentView>;

export const enrolRequest = z.strictObject({ language: uiLanguage.optional() });
export const progressRequest = z.strictObject({ lessonId: partId, completed: z.boolean().default(true) });

/** The options chosen for each question (one for single and true-false). */
export const attemptRequest = z.strictObject({ lessonId: partId, answers: z.record(partId, z.array(partId).max(8)) });
export type AttemptRequest = z.infer<typeof attemptRequest>;

export const attemptView = z.object({
  id: uuid,
  lessonId: z.string(),
  score: z.number(),
  passed: z.boolean(),
  /** Per question: right or not, the feedback for the chosen options and for the question, in the learner's language. */
  questions: z.array(z.object({ id: z.string(), correct: z.boolean(), feedback: z.array(z.string()) })),
  attemptsLeft: z.number().nullable(),
  createdAt: z.string(),
  enrolment: enrolmentView,
});
export type AttemptView = z.infer<typeof attemptView>;

/** The public confirmation of a certificate: what it certifies, never more. */
export const certificateCheck = z.object({
  code: z.string(),
  learnerName: z.string(),
  courseTitle: z.string(),
  organisation: z.string(),
  issuedOn: z.string(),
});
export type CertificateCheck = z.infer<typeof certificateCheck>;

export const courseStats = z.object({
  courseId: uuid,
  version: z.number().nullable(),
  /** Per learner organisation. */
  organisations: z.array(
    z.object({
      orgId: uuid,
      orgName: z.string(),
      enrolled: z.number(),
      completed: z.number(),
      /** Mean of each learner's best score per quiz lesson (null: no attempt yet). */
      quizzes: z.array(z.object({ lessonId: z.string(), attempts: z.number(), meanBestScore: z.number().nullable(), passed: z.number() })),
    }),
  ),
});
export type CourseStats = z.infer<typeof courseStats>;

export const learnerInvitationRequest = z.strictObject({ email: z.email().max(254), name: z.string().trim().min(1).max(200), language: uiLanguage.optional() });
