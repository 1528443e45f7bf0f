import type pg from 'pg';
import type { CourseContent, CourseView } from '../../core/learning/course.js';
import { can } from '../../core/platform/policy.js';
import { appendAudit } from '../audit/store.js';
import { forbidden, HttpError, notFound } from '../http/errors.js';
import type { Principal } from '../http/principal.js';
import { courseById, imageIds } from './courses-store.js';

/** Who reads and who changes a course, and the audit of every change. */

export type LearningRecordType = 'course' | 'course-image' | 'enrolment' | 'quiz-attempt' | 'certificate' | 'user';

export function auditLearning(c: pg.PoolClient, p: Principal, ip: string, action: string, recordType: LearningRecordType, recordId: string): Promise<number> {
  return appendAudit(c, { orgId: p.orgId, actorId: p.id, actorEmail: p.email, action, recordType, recordId, ip, outcome: 'success' });
}

/** May the caller author courses of this organisation? */
export const editableBy = (p: Principal) => (orgId: string) => orgId === p.orgId && can(p, 'courses:write', { orgId });

export const NO_SUCH_COURSE = 'No such course.';
export const NO_SUCH_ENROLMENT = 'No such enrolment of yours.';

/** A course the caller can see (published ones of the network, drafts of their organisation), else 404. */
export async function visibleCourse(c: pg.PoolClient, p: Principal, id: string): Promise<CourseView> {
  const found = await courseById(c, id, editableBy(p));
  if (!found) throw notFound(NO_SUCH_COURSE);
  return found;
}

/** A course for a change: the caller's organisation's own (locked), else 403; 404 when they cannot see it. */
export async function changeableCourse(c: pg.PoolClient, p: Principal, id: string): Promise<CourseView> {
  // Row-level security hides another organisation's rows from SELECT ... FOR UPDATE: look first, then lock.
  const seen = await courseById(c, id, editableBy(p));
  if (!seen) throw notFound(NO_SUCH_COURSE);
  if (!seen.editable) throw forbidden();
  const found = await courseById(c, id, editableBy(p), true);
  if (!found) throw notFound(NO_SUCH_COURSE);
  return found;
}

/** Every image a lesson shows must be one uploaded to this course (400 naming the first that is not). */
export async function checkImages(c: pg.PoolClient, courseId: string | undefined, content: CourseContent): Promise<void> {
  const known = courseId ? await imageIds(c, courseId) : new Set<string>();
  for (const [mi, m] of content.modules.entries())
    for (const [li, l] of m.lessons.entries())
      for (const [ii, img] of l.images.entries()) {
        if (known.has(img.fileId)) continue;
        const field = `content.modules.${mi}.lessons.${li}.images.${ii}.fileId`;
        throw new HttpError(400, 'validation_failed', `${field}: no such image in this course: upload it first.`, field);
      }
}
