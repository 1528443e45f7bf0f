import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { z } from 'zod';
import { newCertificateCode } from '../../core/learning/certificate-code.js';
import {
  attemptRequest,
  attemptView,
  type CourseContent,
  type EnrolmentView,
  enrolmentView,
  enrolRequest,
  progressRequest,
} from '../../core/learning/course.js';
import { answersProblem, gradeQuiz, localise } from '../../core/learning/grading.js';
import { lessonsOf } from '../../core/learning/learner-view.js';
import { idParams } from '../../core/platform/schemas.js';
import { HttpError, notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { type RouteDef, route } from '../http/route.js';
import type { Services } from '../services.js';
import { auditLearning, NO_SUCH_ENROLMENT, visibleCourse } from './access.js';
import { versionContent } from './courses-store.js';
import {
  countAttempts,
  enrolmentById,
  enrolmentForCourse,
  insertAttempt,
  insertCertificate,
  insertEnrolment,
  listEnrolments,
  markCompleted,
  saveProgress,
} from './enrolments-store.js';

/**
 * Following a course (issue 9): enrolling on its latest published version (kept for good), the
 * place to resume, quiz attempts graded on the server, and, once every lesson is done and every
 * quiz passed, completion with a certificate (issued once). An enrolment is its learner's alone:
 * anyone else's answers 404.
 */

/** The learner's enrolment, locked, with the content of the version it follows. */
async function mine(c: pg.PoolClient, p: Principal, id: string): Promise<{ enrolment: EnrolmentView; content: CourseContent }> {
  const enrolment = await enrolmentById(c, p.id, id, true);
  if (!enrolment) throw notFound(NO_SUCH_ENROLMENT);
  const content = await versionContent(c, enrolment.courseId, enrolment.courseVersion);
  if (!content) throw notFound('The course of this enrolment is no longer available.');
  return { enrolment, content };
}

function lessonOf(content: CourseContent, lessonId: string) {
  const lesson = content.modules.flatMap((m) => m.lessons).find((l) => l.id === lessonId);
  if (!lesson) throw new HttpError(400, 'validation_failed', 'lessonId: no such lesson in this course.', 'lessonId');
  return lesson;
}

/**
 * When every lesson is complete (a quiz lesson: its quiz passed), completes the enrolment and issues
 * its certificate: the learner's name, the course's title in the enrolment's language and the
 * organisation giving it, as they are now.
 */
async function completeIfDone(c: pg.PoolClient, p: Principal, ip: string, e: EnrolmentView, completed: readonly string[], content: CourseContent) {
  if (e.status === 'completed') return;
  const done = new Set(completed);
  if (!lessonsOf(content).every((l) => done.has(l.id))) return;
  await markCompleted(c, e.id, p.id);
  const { rows } = await c.query<{ name: string }>('SELECT o.name FROM courses x JOIN organisations o ON o.id = x.org_id WHERE x.id = $1', [e.courseId]);
  const certificate = {
    enrolmentId: e.id,
    orgId: p.orgId,
    learnerName: p.name,
    courseTitle: localise(content.title, e.language, content.defaultLanguage),
    organisation: rows[0]?.name ?? '',
  };
  let code = newCertificateCode();
  // 29^11 codes: a collision is next to impossible, yet the key decides.
  while (!(await insertCertificate(c, { ...certificate, code }))) code = newCertificateCode();
  await auditLearning(c, p, ip, 'learning.complete', 'enrolment', e.id);
  await auditLearning(c, p, ip, 'certificate.issue', 'certificate', code);
}

export function enrolmentsRoutes(_s: Services): RouteDef[] {
  return [
    route({
      method: 'POST',
      url: '/api/courses/:id/enrolments',
      access: 'courses:learn',
      tag: 'learning',
      summary:
        'Follow a published course: enrols you on its latest version (201), or returns your enrolment if you have one (200, whatever version it follows); language: one of the course’s (by default yours, else the course’s)',
      params: idParams,
      body: enrolRequest,
      response: enrolmentView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const out = await tx(async (c) => {
          const existing = await enrolmentForCourse(c, p.id, params.id);
          if (existing) return { status: 200, enrolment: existing };
          const course = await visibleCourse(c, p, params.id);
          if (!course.publishedVersion) throw notFound('This course is not published yet.');
          if (course.status === 'archived') throw new HttpError(409, 'conflict', 'This course is archived: it takes no new learners.');
          const content = await versionContent(c, course.id, course.publishedVersion);
          if (!content) throw notFound('This course is not published yet.');
          if (body.language && !content.languages.includes(body.language))
            throw new HttpError(400, 'validation_failed', `language: the course is in ${content.languages.join(', ')}.`, 'language');
          const language = body.language ?? (content.languages.includes(p.language) ? p.language : content.defaultLanguage);
          const id = randomUUID();
          if (!(await insertEnrolment(c, { id, orgId: p.orgId, userId: p.id, courseId: course.id, version: course.publishedVersion, language }))) {
            // Enrolled meanwhile by another request of the same learner.
            const now = await enrolmentForCourse(c, p.id, params.id);
            if (now) return { status: 200, enrolment: now };
          }
          await auditLearning(c, p, ip, 'learning.enrol', 'enrolment', id);
          return { status: 201, enrolment: (await enrolmentById(c, p.id, id))! };
        });
        return { status: out.status, body: out.enrolment };
      },
    }),
    route({
      method: 'GET',
      url: '/api/enrolments',
      access: 'courses:learn',
      tag: 'learning',
      summary: 'The courses you follow: your enrolments, the latest active first',
      response: z.object({ items: z.array(enrolmentView) }),
      handler: async ({ principal, tx }) => {
        const p = principal!;
        return { body: { items: await tx((c) => listEnrolments(c, p.id)) } };
      },
    }),
    route({
      method: 'GET',
      url: '/api/enrolments/:id',
      access: 'courses:learn',
      tag: 'learning',
      summary: 'One of your enrolments (anyone else’s: 404)',
      params: idParams,
      response: enrolmentView,
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        const found = await tx((c) => enrolmentById(c, p.id, params.id));
        if (!found) throw notFound(NO_SUCH_ENROLMENT);
        return { body: found };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/enrolments/:id/progress',
      access: 'courses:learn',
      tag: 'learning',
      summary:
        'Record where you are (lastLessonId, to resume there); completed=true (the default) also completes a lesson without a quiz (a quiz lesson is completed by passing its quiz)',
      params: idParams,
      body: progressRequest,
      response: enrolmentView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const updated = await tx(async (c) => {
          const { enrolment, content } = await mine(c, p, params.id);
          const lesson = lessonOf(content, body.lessonId);
          const completed = new Set(enrolment.completedLessons);
          if (body.completed && !lesson.quiz) completed.add(lesson.id);
          await saveProgress(c, enrolment.id, p.id, lesson.id, [...completed]);
          await auditLearning(c, p, ip, 'learning.progress', 'enrolment', enrolment.id);
          await completeIfDone(c, p, ip, enrolment, [...completed], content);
          return (await enrolmentById(c, p.id, enrolment.id))!;
        });
        return { body: updated };
      },
    }),
    route({
      method: 'POST',
      url: '/api/enrolments/:id/attempts',
      access: 'courses:learn',
      tag: 'learning',
      summary:
        'Answer a lesson’s quiz: graded on the server (a question is right when exactly its correct options are chosen); the feedback comes in the enrolment’s language. Past the quiz’s maxAttempts: 409 no_attempts_left',
      params: idParams,
      body: attemptRequest,
      response: attemptView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const view = await tx(async (c) => {
          const { enrolment, content } = await mine(c, p, params.id);
          const lesson = lessonOf(content, body.lessonId);
          if (!lesson.quiz) throw new HttpError(400, 'validation_failed', 'lessonId: this lesson has no quiz.', 'lessonId');
          const problem = answersProblem(lesson.quiz, body.answers);
          if (problem) throw new HttpError(400, 'validation_failed', `${problem.field}: ${problem.message}.`, problem.field);
          const before = await countAttempts(c, enrolment.id, lesson.id);
          const max = lesson.quiz.maxAttempts;
          if (max !== undefined && before >= max) throw new HttpError(409, 'no_attempts_left', `This quiz allows ${max} attempts, and you have used them all.`);
          const grade = gradeQuiz(lesson.quiz, body.answers, enrolment.language, content.defaultLanguage);
          const id = randomUUID();
          const createdAt = await insertAttempt(c, {
            id,
            enrolmentId: enrolment.id,
            orgId: p.orgId,
            lessonId: lesson.id,
            answers: body.answers,
            score: grade.score,
            passed: grade.passed,
          });
          const completed = new Set(enrolment.completedLessons);
          if (grade.passed) completed.add(lesson.id);
          await saveProgress(c, enrolment.id, p.id, lesson.id, [...completed]);
          await auditLearning(c, p, ip, 'learning.attempt', 'quiz-attempt', id);
          await completeIfDone(c, p, ip, enrolment, [...completed], content);
          return {
            id,
            lessonId: lesson.id,
            score: grade.score,
            passed: grade.passed,
            questions: grade.questions,
            attemptsLeft: max === undefined ? null : max - before - 1,
            createdAt: createdAt.toISOString(),
            enrolment: (await enrolmentById(c, p.id, enrolment.id))!,
          };
        });
        return { status: 201, body: view };
      },
    }),
  ];
}
