/**
 * What a learner receives of a course (issue 9): the published version's texts, images, video links
 * and quiz questions with their options, and never which options are correct nor any feedback
 * (feedback comes with a graded attempt: grading.ts). Also the catalogue's summary of a course.
 */
import { z } from 'zod';
import { uiLanguage, uuid } from '../platform/schemas.js';
import { COURSE_STATUSES, type CourseContent, enrolmentView, type LearnerCourse, type LocalText } from './course.js';

/** The texts that are there (no empty ones), as a plain record. */
function texts(t: LocalText | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(t ?? {})) if (text) out[lang] = text;
  return out;
}

/** The learner's view of one published version of a course. */
export function forLearner(course: { readonly id: string; readonly orgName: string }, version: number, content: CourseContent): LearnerCourse {
  return {
    id: course.id,
    orgName: course.orgName,
    version,
    languages: [...content.languages],
    defaultLanguage: content.defaultLanguage,
    title: texts(content.title),
    summary: texts(content.summary),
    audience: texts(content.audience),
    minutes: content.minutes ?? null,
    modules: content.modules.map((m) => ({
      id: m.id,
      title: texts(m.title),
      lessons: m.lessons.map((l) => ({
        id: l.id,
        title: texts(l.title),
        body: texts(l.body),
        images: (l.images ?? []).map((i) => ({ fileId: i.fileId, alt: texts(i.alt) })),
        videoUrl: l.videoUrl ?? null,
        quiz: l.quiz
          ? {
              passMark: l.quiz.passMark,
              maxAttempts: l.quiz.maxAttempts ?? null,
              questions: l.quiz.questions.map((q) => ({
                id: q.id,
                kind: q.kind,
                prompt: texts(q.prompt),
                options: q.options.map((o) => ({ id: o.id, text: texts(o.text) })),
              })),
            }
          : null,
      })),
    })),
  };
}

/** Every lesson of a course, in order, with whether it has a quiz. */
export function lessonsOf(content: CourseContent): { id: string; quiz: boolean }[] {
  return content.modules.flatMap((m) => m.lessons.map((l) => ({ id: l.id, quiz: l.quiz !== undefined })));
}

/** A course in the catalogue (`GET /api/courses`). */
export const courseSummary = z.object({
  id: uuid,
  orgId: uuid,
  orgName: z.string(),
  status: z.enum(COURSE_STATUSES),
  /** From the latest published version; for its own authors (editable), from the draft. */
  title: z.record(z.string(), z.string()),
  summary: z.record(z.string(), z.string()),
  audience: z.record(z.string(), z.string()),
  languages: z.array(uiLanguage),
  defaultLanguage: uiLanguage,
  minutes: z.number().nullable(),
  lessons: z.number(),
  /** The latest published version (null: never published, a draft of the caller's organisation). */
  version: z.number().nullable(),
  /** Whether the caller authors it (courses:write in the owning organisation). */
  editable: z.boolean(),
  changedSincePublished: z.boolean(),
  /** The caller's own enrolment, if any (it may be on an older version). */
  enrolment: enrolmentView.nullable(),
  updatedAt: z.string(),
});
export type CourseSummary = z.infer<typeof courseSummary>;
export const courseList = z.object({ items: z.array(courseSummary) });
export type CourseList = z.infer<typeof courseList>;
