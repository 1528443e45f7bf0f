import type pg from 'pg';
import type { EnrolmentView } from '../../core/learning/course.js';
import type { UiLanguage } from '../../core/platform/roles.js';

/**
 * Enrolments, attempts and certificates: rows of the learner's organisation (row-level security),
 * and every query here names the learner too, so that a colleague's are never read.
 */

interface EnrolmentRow {
  id: string;
  course_id: string;
  course_version: number;
  language: UiLanguage;
  status: EnrolmentView['status'];
  completed_lessons: string[];
  last_lesson_id: string | null;
  started_at: Date;
  completed_at: Date | null;
  certificate_code: string | null;
  best_scores: Record<string, number> | null;
}

const SELECT_ENROLMENT = `
  SELECT e.id, e.course_id, e.course_version, e.language, e.status, e.completed_lessons, e.last_lesson_id, e.started_at, e.completed_at,
         (SELECT k.code FROM certificates k WHERE k.enrolment_id = e.id) AS certificate_code,
         (SELECT jsonb_object_agg(b.lesson_id, b.best) FROM
            (SELECT a.lesson_id, max(a.score) AS best FROM quiz_attempts a WHERE a.enrolment_id = e.id GROUP BY a.lesson_id) b) AS best_scores
    FROM enrolments e`;

function viewOf(r: EnrolmentRow): EnrolmentView {
  return {
    id: r.id,
    courseId: r.course_id,
    courseVersion: r.course_version,
    language: r.language,
    status: r.status,
    completedLessons: r.completed_lessons,
    lastLessonId: r.last_lesson_id,
    bestScores: r.best_scores ?? {},
    startedAt: r.started_at.toISOString(),
    completedAt: r.completed_at?.toISOString() ?? null,
    certificateCode: r.certificate_code,
  };
}

/** The learner's enrolment (undefined for anyone else's). */
export async function enrolmentById(c: pg.PoolClient, userId: string, id: string, lock = false): Promise<EnrolmentView | undefined> {
  if (lock) await c.query('SELECT 1 FROM enrolments WHERE id = $1 AND user_id = $2 FOR UPDATE', [id, userId]);
  const { rows } = await c.query<EnrolmentRow>(`${SELECT_ENROLMENT} WHERE e.id = $1 AND e.user_id = $2`, [id, userId]);
  return rows[0] ? viewOf(rows[0]) : undefined;
}

export async function enrolmentForCourse(c: pg.PoolClient, userId: string, courseId: string): Promise<EnrolmentView | undefined> {
  const { rows } = await c.query<EnrolmentRow>(`${SELECT_ENROLMENT} WHERE e.course_id = $1 AND e.user_id = $2`, [courseId, userId]);
  return rows[0] ? viewOf(rows[0]) : undefined;
}

export async function listEnrolments(c: pg.PoolClient, userId: string): Promise<EnrolmentView[]> {
  const { rows } = await c.query<EnrolmentRow>(`${SELECT_ENROLMENT} WHERE e.user_id = $1 ORDER BY e.updated_at DESC, e.id`, [userId]);
  return rows.map(viewOf);
}

/** Enrols the learner; false when they already were (two requests at once: the unique key decides). */
export async function insertEnrolment(
  c: pg.PoolClient,
  e: { id: string; orgId: string; userId: string; courseId: string; version: number; language: UiLanguage },
): Promise<boolean> {
  const res = await c.query(
    `INSERT INTO enrolments (id, org_id, user_id, course_id, course_version, language) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (user_id, course_id) DO NOTHING`,
    [e.id, e.orgId, e.userId, e.courseId, e.version, e.language],
  );
  return res.rowCount === 1;
}

export async function saveProgress(c: pg.PoolClient, id: string, userId: string, lastLessonId: string, completedLessons: readonly string[]): Promise<void> {
  await c.query('UPDATE enrolments SET last_lesson_id = $3, completed_lessons = $4, updated_at = now() WHERE id = $1 AND user_id = $2', [
    id,
    userId,
    lastLessonId,
    completedLessons,
  ]);
}

export async function markCompleted(c: pg.PoolClient, id: string, userId: string): Promise<void> {
  await c.query("UPDATE enrolments SET status = 'completed', completed_at = now(), updated_at = now() WHERE id = $1 AND user_id = $2", [id, userId]);
}

export async function countAttempts(c: pg.PoolClient, enrolmentId: string, lessonId: string): Promise<number> {
  const { rows } = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM quiz_attempts WHERE enrolment_id = $1 AND lesson_id = $2', [
    enrolmentId,
    lessonId,
  ]);
  return rows[0]?.n ?? 0;
}

export async function insertAttempt(
  c: pg.PoolClient,
  a: { id: string; enrolmentId: string; orgId: string; lessonId: string; answers: unknown; score: number; passed: boolean },
): Promise<Date> {
  const { rows } = await c.query<{ created_at: Date }>(
    'INSERT INTO quiz_attempts (id, enrolment_id, org_id, lesson_id, answers, score, passed) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING created_at',
    [a.id, a.enrolmentId, a.orgId, a.lessonId, JSON.stringify(a.answers), a.score, a.passed],
  );
  return rows[0]?.created_at ?? new Date();
}

/** Issues the certificate; false when the code is taken already (draw another). */
export async function insertCertificate(
  c: pg.PoolClient,
  k: { code: string; enrolmentId: string; orgId: string; learnerName: string; courseTitle: string; organisation: string },
): Promise<boolean> {
  const res = await c.query(
    `INSERT INTO certificates (code, enrolment_id, org_id, learner_name, course_title, organisation) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (code) DO NOTHING`,
    [k.code, k.enrolmentId, k.orgId, k.learnerName, k.courseTitle, k.organisation],
  );
  return res.rowCount === 1;
}

export interface IssuedCertificate {
  readonly code: string;
  readonly learnerName: string;
  readonly courseTitle: string;
  readonly organisation: string;
  readonly issuedAt: Date;
}

/** The learner's certificate of an enrolment (their own only). */
export async function certificateOf(c: pg.PoolClient, userId: string, enrolmentId: string): Promise<IssuedCertificate | undefined> {
  const { rows } = await c.query<{ code: string; learner_name: string; course_title: string; organisation: string; issued_at: Date }>(
    `SELECT k.code, k.learner_name, k.course_title, k.organisation, k.issued_at
       FROM certificates k JOIN enrolments e ON e.id = k.enrolment_id WHERE k.enrolment_id = $1 AND e.user_id = $2`,
    [enrolmentId, userId],
  );
  const r = rows[0];
  return r ? { code: r.code, learnerName: r.learner_name, courseTitle: r.course_title, organisation: r.organisation, issuedAt: r.issued_at } : undefined;
}

/** The public check: through the database function that returns the public fields of one code. */
export async function checkCertificate(c: pg.PoolClient, code: string): Promise<IssuedCertificate | undefined> {
  const { rows } = await c.query<{ code: string; learner_name: string; course_title: string; organisation: string; issued_at: Date }>(
    'SELECT * FROM certificate_check($1)',
    [code],
  );
  const r = rows[0];
  return r ? { code: r.code, learnerName: r.learner_name, courseTitle: r.course_title, organisation: r.organisation, issuedAt: r.issued_at } : undefined;
}

export interface StatsRows {
  readonly organisations: { org_id: string; org_name: string; enrolled: number; completed: number }[];
  readonly quizzes: { org_id: string; lesson_id: string; attempts: number; mean_best_score: number | null; passed: number }[];
}

/** Counts per learner organisation of a course of the caller's organisation (database functions: counts only). */
export async function statsRows(c: pg.PoolClient, courseId: string): Promise<StatsRows> {
  const orgs = await c.query<StatsRows['organisations'][number]>('SELECT * FROM course_learning_stats($1) ORDER BY org_name, org_id', [courseId]);
  const quizzes = await c.query<StatsRows['quizzes'][number]>('SELECT * FROM course_quiz_stats($1)', [courseId]);
  return { organisations: orgs.rows, quizzes: quizzes.rows };
}
