import type pg from 'pg';
import { type CourseContent, type CourseView, courseContent } from '../../core/learning/course.js';
import type { CourseSummary } from '../../core/learning/learner-view.js';
import { lessonsOf } from '../../core/learning/learner-view.js';

/**
 * Courses, their published versions and images, in the caller's transaction (row-level security:
 * members read published courses, the owning organisation its drafts too, and changes its own).
 */

interface CourseRow {
  id: string;
  org_id: string;
  org_name: string;
  status: CourseView['status'];
  content: unknown;
  published_version: number | null;
  changed: boolean;
  version: number;
  updated_at: Date;
}

const SELECT_COURSE = `
  SELECT c.id, c.org_id, o.name AS org_name, c.status, c.content, c.published_version, c.version, c.updated_at,
         (c.published_version IS NULL OR c.content IS DISTINCT FROM
           (SELECT v.content FROM course_versions v WHERE v.course_id = c.id AND v.number = c.published_version)) AS changed
    FROM courses c JOIN organisations o ON o.id = c.org_id`;

/** Stored content passed the schema when it was written; parsing again fills its defaults. */
export const contentOf = (raw: unknown): CourseContent => courseContent.parse(raw);

function viewOf(r: CourseRow, editable: (orgId: string) => boolean): CourseView {
  return {
    id: r.id,
    orgId: r.org_id,
    orgName: r.org_name,
    status: r.status,
    content: contentOf(r.content),
    publishedVersion: r.published_version,
    changedSincePublished: r.changed,
    editable: editable(r.org_id),
    version: r.version,
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function courseById(c: pg.PoolClient, id: string, editable: (orgId: string) => boolean, lock = false): Promise<CourseView | undefined> {
  // FOR UPDATE cannot lock the organisation row the app role may not update: lock the course only.
  const { rows } = await c.query<CourseRow>(`${SELECT_COURSE} WHERE c.id = $1${lock ? ' FOR UPDATE OF c' : ''}`, [id]);
  const r = rows[0];
  return r ? viewOf(r, editable) : undefined;
}

export async function insertCourse(c: pg.PoolClient, id: string, orgId: string, userId: string, content: CourseContent): Promise<void> {
  await c.query('INSERT INTO courses (id, org_id, content, created_by) VALUES ($1, $2, $3, $4)', [id, orgId, JSON.stringify(content), userId]);
}

export async function updateCourse(c: pg.PoolClient, id: string, orgId: string, version: number, content: CourseContent): Promise<boolean> {
  const res = await c.query('UPDATE courses SET content = $4, version = version + 1, updated_at = now() WHERE id = $1 AND org_id = $2 AND version = $3', [
    id,
    orgId,
    version,
    JSON.stringify(content),
  ]);
  return res.rowCount === 1;
}

/** Freezes the draft as version n+1 and offers it. Returns the new number. */
export async function publishCourse(c: pg.PoolClient, course: CourseView, userId: string): Promise<number> {
  const number = (course.publishedVersion ?? 0) + 1;
  await c.query(
    'INSERT INTO course_versions (course_id, org_id, number, content, published_by) SELECT id, org_id, $2, content, $3 FROM courses WHERE id = $1',
    [course.id, number, userId],
  );
  await c.query("UPDATE courses SET status = 'published', published_version = $2, version = version + 1, updated_at = now() WHERE id = $1", [
    course.id,
    number,
  ]);
  return number;
}

export async function setCourseStatus(c: pg.PoolClient, id: string, status: 'published' | 'archived'): Promise<void> {
  await c.query('UPDATE courses SET status = $2, version = version + 1, updated_at = now() WHERE id = $1', [id, status]);
}

/** A published version's content (any member may read it; undefined when there is none). */
export async function versionContent(c: pg.PoolClient, courseId: string, number: number): Promise<CourseContent | undefined> {
  const { rows } = await c.query<{ content: unknown }>('SELECT content FROM course_versions WHERE course_id = $1 AND number = $2', [courseId, number]);
  return rows[0] ? contentOf(rows[0].content) : undefined;
}

interface ListRow extends CourseRow {
  published_content: unknown;
}

/**
 * The catalogue: every published course of the network, archived ones the caller is enrolled in,
 * and every course of the caller's organisation when they author it. The texts come from the
 * latest published version, or from the draft for its authors.
 */
export async function listCourses(
  c: pg.PoolClient,
  orgId: string,
  author: boolean,
  enrolledCourseIds: readonly string[],
): Promise<Omit<CourseSummary, 'enrolment'>[]> {
  const { rows } = await c.query<ListRow>(
    `SELECT * FROM (${SELECT_COURSE}) x
       LEFT JOIN LATERAL (SELECT v.content AS published_content FROM course_versions v WHERE v.course_id = x.id AND v.number = x.published_version) pv ON true
      WHERE x.status = 'published' OR x.id = ANY($2::uuid[]) OR ($3 AND x.org_id = $1)
      ORDER BY x.updated_at DESC, x.id`,
    [orgId, enrolledCourseIds, author],
  );
  return rows.map((r) => {
    const editable = author && r.org_id === orgId;
    const content = contentOf(editable || r.published_content === null ? r.content : r.published_content);
    const text = (t: Partial<Record<string, string>>) => Object.fromEntries(Object.entries(t).filter((e): e is [string, string] => !!e[1]));
    return {
      id: r.id,
      orgId: r.org_id,
      orgName: r.org_name,
      status: r.status,
      title: text(content.title),
      summary: text(content.summary),
      audience: text(content.audience),
      languages: content.languages,
      defaultLanguage: content.defaultLanguage,
      minutes: content.minutes ?? null,
      lessons: lessonsOf(content).length,
      version: r.published_version,
      editable,
      changedSincePublished: r.changed,
      updatedAt: r.updated_at.toISOString(),
    };
  });
}

/** The image ids of a course (to check the ids its lessons name). */
export async function imageIds(c: pg.PoolClient, courseId: string): Promise<Set<string>> {
  const { rows } = await c.query<{ id: string }>('SELECT id FROM course_images WHERE course_id = $1', [courseId]);
  return new Set(rows.map((r) => r.id));
}

export async function countImages(c: pg.PoolClient, courseId: string): Promise<number> {
  const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM course_images WHERE course_id = $1', [courseId]);
  return rows[0]?.n ?? 0;
}

export async function insertImage(
  c: pg.PoolClient,
  img: { id: string; courseId: string; orgId: string; mediaType: string; content: Buffer; userId: string },
): Promise<void> {
  await c.query('INSERT INTO course_images (id, course_id, org_id, media_type, size, content, uploaded_by) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    img.id,
    img.courseId,
    img.orgId,
    img.mediaType,
    img.content.length,
    img.content,
    img.userId,
  ]);
}

export async function imageById(c: pg.PoolClient, courseId: string, id: string): Promise<{ mediaType: string; content: Buffer } | undefined> {
  const { rows } = await c.query<{ media_type: string; content: Buffer }>('SELECT media_type, content FROM course_images WHERE course_id = $1 AND id = $2', [
    courseId,
    id,
  ]);
  const r = rows[0];
  return r ? { mediaType: r.media_type, content: r.content } : undefined;
}
