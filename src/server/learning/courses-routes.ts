import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { type CourseContent, courseRequest, courseStats, courseView, learnerCourse, updateCourseRequest } from '../../core/learning/course.js';
import { courseList, forLearner, lessonsOf } from '../../core/learning/learner-view.js';
import { can } from '../../core/platform/policy.js';
import { idParams } from '../../core/platform/schemas.js';
import { forbidden, HttpError, notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { type RouteDef, route } from '../http/route.js';
import type { Services } from '../services.js';
import { auditLearning, changeableCourse, checkImages, visibleCourse } from './access.js';
import { insertCourse, listCourses, publishCourse, setCourseStatus, updateCourse, versionContent } from './courses-store.js';
import { listEnrolments, statsRows } from './enrolments-store.js';
import { starterCourse } from './starter.js';

/**
 * Courses (issue 9): the catalogue, authoring (draft, publish a frozen version, archive) and the
 * learner's view of a published version. Authors are the owning organisation's courses:write
 * holders; every member of the network reads published courses (courses:learn, network-wide).
 */

const courseQuery = z.strictObject({
  /** A published version (the one an enrolment follows); by default the latest. */
  version: z.coerce.number().int().min(1).max(1_000_000).optional(),
  /** `learner`: the learner's view even for the course's authors (a preview). */
  view: z.enum(['learner']).optional(),
});
const versionRequest = z.strictObject({ version: z.number().int().min(0) });

function staleUnless(current: { version: number }, version: number): void {
  if (current.version !== version)
    throw new HttpError(409, 'stale_version', 'Someone else changed this course since you opened it. Nothing was saved.', 'version');
}

export function coursesRoutes(_s: Services): RouteDef[] {
  async function created(
    p: Principal,
    ip: string,
    tx: <T>(fn: (c: import('pg').PoolClient) => Promise<T>) => Promise<T>,
    content: CourseContent,
    action: string,
  ) {
    return tx(async (c) => {
      await checkImages(c, undefined, content);
      const id = randomUUID();
      await insertCourse(c, id, p.orgId, p.id, content);
      await auditLearning(c, p, ip, action, 'course', id);
      return visibleCourse(c, p, id);
    });
  }

  return [
    route({
      method: 'GET',
      url: '/api/courses',
      access: 'courses:learn',
      tag: 'learning',
      summary:
        'The catalogue: every published course of the network with your enrolment if any (and archived ones you follow); for authors (courses:write), also every course of your organisation, drafts included',
      response: courseList,
      handler: async ({ principal, tx }) => {
        const p = principal!;
        const items = await tx(async (c) => {
          const enrolments = await listEnrolments(c, p.id);
          const byCourse = new Map(enrolments.map((e) => [e.courseId, e]));
          const courses = await listCourses(c, p.orgId, can(p, 'courses:write', { orgId: p.orgId }), [...byCourse.keys()]);
          return courses.map((x) => ({ ...x, enrolment: byCourse.get(x.id) ?? null }));
        });
        return { body: { items } };
      },
    }),
    route({
      method: 'POST',
      url: '/api/courses',
      access: 'courses:write',
      tag: 'learning',
      summary: 'Write a new course of your organisation (a draft: learners see it once published)',
      body: courseRequest,
      response: courseView,
      handler: async ({ body, principal, tx, ip }) => ({ status: 201, body: await created(principal!, ip, tx, body.content, 'course.create') }),
    }),
    route({
      method: 'POST',
      url: '/api/courses/starter',
      access: 'courses:write',
      tag: 'learning',
      summary: 'Add the starter course (identifying presumed victims, with a quiz of case vignettes) to your organisation, as a draft to adapt and publish',
      response: courseView,
      handler: async ({ principal, tx, ip }) => ({ status: 201, body: await created(principal!, ip, tx, await starterCourse(), 'course.create-starter') }),
    }),
    route({
      method: 'GET',
      url: '/api/courses/:id',
      access: 'courses:learn',
      tag: 'learning',
      summary:
        'A course: for its authors the draft with the answers (courseView); for everyone else, or with view=learner, the learner’s view (learnerCourse, no answers) of the latest published version, or of `version`',
      params: idParams,
      query: courseQuery,
      response: z.union([courseView, learnerCourse]),
      handler: async ({ params, query, principal, tx }) => {
        const p = principal!;
        const body = await tx(async (c) => {
          const course = await visibleCourse(c, p, params.id);
          if (course.editable && query.view === undefined && query.version === undefined) return course;
          const number = query.version ?? course.publishedVersion;
          const content = number ? await versionContent(c, course.id, number) : undefined;
          if (!number || !content) throw notFound(query.version ? 'No such published version of this course.' : 'This course is not published yet.');
          return forLearner(course, number, content);
        });
        return { body };
      },
    }),
    route({
      method: 'PUT',
      url: '/api/courses/:id',
      access: 'courses:write',
      tag: 'learning',
      summary: 'Change the draft of a course of your organisation (send the version you read: a newer one is refused with 409); learners see it once published',
      params: idParams,
      body: updateCourseRequest,
      response: courseView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const changed = await tx(async (c) => {
          const current = await changeableCourse(c, p, params.id);
          staleUnless(current, body.version);
          await checkImages(c, params.id, body.content);
          if (!(await updateCourse(c, params.id, p.orgId, body.version, body.content)))
            throw new HttpError(409, 'stale_version', 'The course changed meanwhile.', 'version');
          await auditLearning(c, p, ip, 'course.update', 'course', params.id);
          return visibleCourse(c, p, params.id);
        });
        return { body: changed };
      },
    }),
    route({
      method: 'POST',
      url: '/api/courses/:id/publish',
      access: 'courses:write',
      tag: 'learning',
      summary:
        'Publish the draft as a new numbered version (learners enrolled before keep theirs); an archived course with an unchanged draft is offered again. Send the version you read',
      params: idParams,
      body: versionRequest,
      response: courseView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const published = await tx(async (c) => {
          const current = await changeableCourse(c, p, params.id);
          staleUnless(current, body.version);
          if (current.changedSincePublished) {
            await checkImages(c, params.id, current.content);
            await publishCourse(c, current, p.id);
          } else if (current.status === 'archived') await setCourseStatus(c, params.id, 'published');
          else throw new HttpError(409, 'conflict', 'Nothing to publish: the draft is the published version.');
          await auditLearning(c, p, ip, 'course.publish', 'course', params.id);
          return visibleCourse(c, p, params.id);
        });
        return { body: published };
      },
    }),
    route({
      method: 'POST',
      url: '/api/courses/:id/archive',
      access: 'courses:write',
      tag: 'learning',
      summary: 'Archive a published course: no new enrolments; learners who follow it go on and get their certificates. Send the version you read',
      params: idParams,
      body: versionRequest,
      response: courseView,
      handler: async ({ params, body, principal, tx, ip }) => {
        const p = principal!;
        const archived = await tx(async (c) => {
          const current = await changeableCourse(c, p, params.id);
          staleUnless(current, body.version);
          if (current.status !== 'published') throw new HttpError(409, 'conflict', 'Only a published course is archived.');
          await setCourseStatus(c, params.id, 'archived');
          await auditLearning(c, p, ip, 'course.archive', 'course', params.id);
          return visibleCourse(c, p, params.id);
        });
        return { body: archived };
      },
    }),
    route({
      method: 'GET',
      url: '/api/courses/:id/stats',
      access: 'courses:stats',
      tag: 'learning',
      summary: 'Completion and quiz scores of a course of your organisation, per learner organisation (counts and means; never learners’ names)',
      params: idParams,
      response: courseStats,
      handler: async ({ params, principal, tx }) => {
        const p = principal!;
        const stats = await tx(async (c) => {
          const course = await visibleCourse(c, p, params.id);
          if (course.orgId !== p.orgId || !can(p, 'courses:stats', { orgId: course.orgId })) throw forbidden();
          const rows = await statsRows(c, course.id);
          // Every quiz of the latest version, and any other one attempted on an older version.
          const latest = course.publishedVersion ? await versionContent(c, course.id, course.publishedVersion) : undefined;
          const quizLessons = [
            ...new Set([
              ...(latest
                ? lessonsOf(latest)
                    .filter((l) => l.quiz)
                    .map((l) => l.id)
                : []),
              ...rows.quizzes.map((q) => q.lesson_id),
            ]),
          ];
          return {
            courseId: course.id,
            version: course.publishedVersion,
            organisations: rows.organisations.map((o) => ({
              orgId: o.org_id,
              orgName: o.org_name,
              enrolled: o.enrolled,
              completed: o.completed,
              quizzes: quizLessons.map((lessonId) => {
                const q = rows.quizzes.find((x) => x.org_id === o.org_id && x.lesson_id === lessonId);
                return {
                  lessonId,
                  attempts: q?.attempts ?? 0,
                  meanBestScore: q?.mean_best_score == null ? null : Math.round(q.mean_best_score * 10) / 10,
                  passed: q?.passed ?? 0,
                };
              }),
            })),
          };
        });
        return { body: stats };
      },
    }),
  ];
}
