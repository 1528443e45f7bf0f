import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCertificateCode } from '../../core/learning/certificate-code.js';
import type { AttemptView, CertificateCheck, CourseStats, CourseView, EnrolmentView, LearnerCourse } from '../../core/learning/course.js';
import type { CourseList } from '../../core/learning/learner-view.js';
import { testCourse } from '../../core/learning/test-course.js';
import { pdfContent } from '../rights/pdf-text.js';
import { ApiClient, PASSWORD, type SignedInUser } from '../testing/client.js';
import type { TestPlatform } from '../testing/harness.js';
import { samplePdf, samplePng } from '../testing/sample-files.js';
import { createCourse, type ErrorBody, enrolIn, inviteLearner, learningWorld, publish } from './test-learning.js';

/**
 * E-learning through the real HTTP server: an organisation authors and publishes a course, a user
 * of another organisation follows it to a certificate that the public address confirms.
 */

let p: TestPlatform;
let admin: SignedInUser;
let trainer: SignedInUser;
let other: SignedInUser;

beforeAll(async () => {
  ({ p, admin, trainer, other } = await learningWorld());
});

afterAll(async () => {
  await p?.close();
});

const audited = async (action: string, recordId: string) =>
  (await p.db.owner.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND record_id = $2', [action, recordId])).rows[0]?.n;

/** Every key of a JSON value, at any depth. */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  return out;
}

describe('a course followed to its certificate', () => {
  it('is authored, published, followed by another organisation’s user, passed, certified and confirmed in public', async () => {
    const draft = await createCourse(trainer);
    expect(draft).toMatchObject({ orgId: admin.orgId, orgName: 'La Strada Moldova', status: 'draft', publishedVersion: null, editable: true, version: 0 });
    expect(await audited('course.create', draft.id)).toBe(1);

    // A draft is the organisation's own.
    expect((await other.client.get(`/api/courses/${draft.id}`)).status).toBe(404);
    expect((await other.client.get<CourseList>('/api/courses')).body.items.map((c) => c.id)).not.toContain(draft.id);
    expect((await other.client.post<ErrorBody>(`/api/courses/${draft.id}/enrolments`, {})).status).toBe(404);
    expect((await trainer.client.get<CourseList>('/api/courses')).body.items.find((c) => c.id === draft.id)).toMatchObject({
      status: 'draft',
      editable: true,
      version: null,
      lessons: 2,
      enrolment: null,
    });

    // An image, named by a lesson.
    const upload = await trainer.client.request<{ fileId: string }>('POST', `/api/courses/${draft.id}/images`, samplePng(), { 'content-type': 'image/png' });
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const pretend = await trainer.client.request<ErrorBody>('POST', `/api/courses/${draft.id}/images`, samplePdf(), { 'content-type': 'image/png' });
    expect([pretend.status, pretend.body.error.code]).toEqual([415, 'unsupported_file_type']);
    const content = testCourse();
    const intro = content.modules[0]!.lessons[0]!;
    intro.images = [{ fileId: upload.body.fileId, alt: { en: 'A chart of the indicators' } }];
    const edited = await trainer.client.put<CourseView>(`/api/courses/${draft.id}`, { content, version: draft.version });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const stale = await trainer.client.put<ErrorBody>(`/api/courses/${draft.id}`, { content, version: draft.version });
    expect([stale.status, stale.body.error.code]).toEqual([409, 'stale_version']);

    const published = await publish(trainer, edited.body);
    expect(published).toMatchObject({ status: 'published', publishedVersion: 1, changedSincePublished: false });
    expect(await audited('course.publish', draft.id)).toBe(1);
    const again = await trainer.client.post<ErrorBody>(`/api/courses/${draft.id}/publish`, { version: published.version });
    expect([again.status, again.body.error.code]).toEqual([409, 'conflict']);

    // The other organisation's user sees it, without the answers.
    const list = await other.client.get<CourseList>('/api/courses');
    expect(list.body.items.find((c) => c.id === draft.id)).toMatchObject({ orgName: 'La Strada Moldova', version: 1, editable: false, enrolment: null });
    const view = await other.client.get<LearnerCourse>(`/api/courses/${draft.id}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ version: 1, title: { el: 'Αναγνώριση πιθανών θυμάτων' } });
    for (const k of ['correct', 'feedback', 'feedbackCorrect', 'feedbackIncorrect', 'content']) expect(keysOf(view.body).has(k)).toBe(false);
    expect(JSON.stringify(view.body)).not.toContain('Look again at the vignette');
    // Authors get the draft with its answers, and the learner's view when they ask for it.
    expect(
      (await trainer.client.get<CourseView>(`/api/courses/${draft.id}`)).body.content.modules[0]?.lessons[1]?.quiz?.questions[0]?.options[1]?.correct,
    ).toBe(true);
    expect(keysOf((await trainer.client.get(`/api/courses/${draft.id}?view=learner`)).body).has('correct')).toBe(false);
    const image = await other.client.get(`/api/courses/${draft.id}/images/${upload.body.fileId}`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(image.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await new ApiClient(p.url).get(`/api/courses/${draft.id}/images/${upload.body.fileId}`)).status).toBe(401);

    // Enrol (once), resume.
    const enrolment = await enrolIn(other, draft.id, { language: 'el' });
    expect(enrolment).toMatchObject({ courseId: draft.id, courseVersion: 1, language: 'el', status: 'in-progress', completedLessons: [], lastLessonId: null });
    const twice = await other.client.post<EnrolmentView>(`/api/courses/${draft.id}/enrolments`, {});
    expect([twice.status, twice.body.id]).toEqual([200, enrolment.id]);
    const progressed = await other.client.put<EnrolmentView>(`/api/enrolments/${enrolment.id}/progress`, { lessonId: 'intro' });
    expect(progressed.body).toMatchObject({ completedLessons: ['intro'], lastLessonId: 'intro', status: 'in-progress' });
    const atQuiz = await other.client.put<EnrolmentView>(`/api/enrolments/${enrolment.id}/progress`, { lessonId: 'check' });
    // A quiz lesson is completed by passing its quiz, not by visiting it.
    expect(atQuiz.body).toMatchObject({ completedLessons: ['intro'], lastLessonId: 'check' });
    expect((await other.client.get<EnrolmentView>(`/api/enrolments/${enrolment.id}`)).body.lastLessonId).toBe('check');
    expect((await other.client.get<{ items: EnrolmentView[] }>('/api/enrolments')).body.items.map((e) => e.id)).toEqual([enrolment.id]);
    expect((await other.client.get<CourseList>('/api/courses')).body.items.find((c) => c.id === draft.id)?.enrolment?.id).toBe(enrolment.id);

    // Fail, then pass.
    const failed = await other.client.post<AttemptView>(`/api/enrolments/${enrolment.id}/attempts`, {
      lessonId: 'check',
      answers: { q1: ['a'], q2: ['a', 'c'] },
    });
    expect(failed.status, JSON.stringify(failed.body)).toBe(201);
    expect(failed.body).toMatchObject({ lessonId: 'check', score: 50, passed: false, attemptsLeft: 2 });
    expect(failed.body.questions).toEqual([
      { id: 'q1', correct: false, feedback: ['Look again at the vignette.', 'Not quite.'] },
      { id: 'q2', correct: true, feedback: [] },
    ]);
    expect(failed.body.enrolment).toMatchObject({ status: 'in-progress', bestScores: { check: 50 }, certificateCode: null });
    expect((await other.client.get(`/api/enrolments/${enrolment.id}/certificate`)).status).toBe(404);

    const passed = await other.client.post<AttemptView>(`/api/enrolments/${enrolment.id}/attempts`, {
      lessonId: 'check',
      answers: { q1: ['b'], q2: ['c', 'a'] },
    });
    expect(passed.body).toMatchObject({ score: 100, passed: true, attemptsLeft: 1 });
    // In the enrolment's language (Greek) where the course has it.
    expect(passed.body.questions[0]).toEqual({ id: 'q1', correct: true, feedback: ['Ναι.', 'Right.'] });
    const done = passed.body.enrolment;
    expect(done).toMatchObject({ status: 'completed', completedLessons: ['intro', 'check'], bestScores: { check: 100 } });
    expect(done.completedAt).not.toBeNull();
    const code = done.certificateCode!;
    expect(code).toMatch(/^HVN-\w{4}-\w{4}-\w{4}$/);
    expect(await audited('certificate.issue', code)).toBe(1);

    // The last attempt; the certificate stays the one issued.
    const third = await other.client.post<AttemptView>(`/api/enrolments/${enrolment.id}/attempts`, { lessonId: 'check', answers: { q1: ['a'] } });
    expect(third.body).toMatchObject({ score: 0, passed: false, attemptsLeft: 0 });
    expect(third.body.enrolment).toMatchObject({ status: 'completed', certificateCode: code, bestScores: { check: 100 } });
    const fourth = await other.client.post<ErrorBody>(`/api/enrolments/${enrolment.id}/attempts`, { lessonId: 'check', answers: { q1: ['b'] } });
    expect([fourth.status, fourth.body.error.code]).toEqual([409, 'no_attempts_left']);
    expect((await p.db.owner.query('SELECT 1 FROM certificates WHERE enrolment_id = $1', [enrolment.id])).rowCount).toBe(1);

    // The PDF.
    const pdf = await fetch(`${p.url}/api/enrolments/${enrolment.id}/certificate`, { headers: { cookie: other.client.cookie } });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfContent(bytes).text;
    expect(text).toContain(code);
    expect(text).toContain('Admin of Partner Romania');
    expect(text).toContain('Αναγνώριση πιθανών θυμάτων');
    expect(text).toContain('La Strada Moldova');
    expect(text.replace(/\s+/g, '')).toContain(`/certificates/${code}`);
    expect(pdfContent(bytes).embeddedFonts.some((f) => f.includes('DejaVuSans'))).toBe(true);
    expect(await audited('certificate.download', code)).toBe(1);
    // Someone else's: 404, like any enrolment not theirs.
    expect((await trainer.client.get(`/api/enrolments/${enrolment.id}/certificate`)).status).toBe(404);
    expect((await trainer.client.get(`/api/enrolments/${enrolment.id}`)).status).toBe(404);

    // The public check, without signing in.
    const anyone = new ApiClient(p.url);
    const check = await anyone.get<CertificateCheck>(`/api/public/certificates/${code}`);
    expect(check.status).toBe(200);
    expect(check.body).toEqual({
      code,
      learnerName: 'Admin of Partner Romania',
      courseTitle: 'Αναγνώριση πιθανών θυμάτων',
      organisation: 'La Strada Moldova',
      issuedOn: new Date().toISOString().slice(0, 10),
    });
    expect((await anyone.get<CertificateCheck>(`/api/public/certificates/${code.toLowerCase()}`)).body.code).toBe(code);
    for (const bad of [newCertificateCode(), 'HVN-AAAA-AAAA-AAAA', 'nonsense', encodeURIComponent("' OR 1=1 --")]) {
      const res = await anyone.get<ErrorBody>(`/api/public/certificates/${bad}`);
      expect([res.status, res.body.error.code, res.body.error.message]).toEqual([404, 'not_found', 'No certificate has this code.']);
    }

    // A later edit and publication leaves the enrolment on its version.
    const current = (await trainer.client.get<CourseView>(`/api/courses/${draft.id}`)).body;
    const changed = structuredClone(current.content);
    changed.title.en = 'Identifying presumed victims (2nd edition)';
    changed.modules[0]!.lessons.push({ id: 'more', title: { en: 'More' }, body: { en: 'A new lesson.' }, images: [] });
    const saved = await trainer.client.put<CourseView>(`/api/courses/${draft.id}`, { content: changed, version: current.version });
    expect(saved.body.changedSincePublished).toBe(true);
    expect((await publish(trainer, saved.body)).publishedVersion).toBe(2);
    expect((await other.client.get<EnrolmentView>(`/api/enrolments/${enrolment.id}`)).body).toMatchObject({ courseVersion: 1, status: 'completed' });
    expect((await other.client.get<LearnerCourse>(`/api/courses/${draft.id}?version=1`)).body.title.en).toBe('Identifying presumed victims');
    expect((await other.client.get<LearnerCourse>(`/api/courses/${draft.id}`)).body).toMatchObject({
      version: 2,
      title: { en: 'Identifying presumed victims (2nd edition)' },
    });
    expect((await other.client.get(`/api/courses/${draft.id}?version=3`)).status).toBe(404);
    expect((await anyone.get<CertificateCheck>(`/api/public/certificates/${code}`)).body.courseTitle).toBe('Αναγνώριση πιθανών θυμάτων');

    // Stats: per learner organisation, counts only.
    const colleague = await trainer.client.post<EnrolmentView>(`/api/courses/${draft.id}/enrolments`, {});
    expect(colleague.body.courseVersion).toBe(2);
    const stats = await trainer.client.get<CourseStats>(`/api/courses/${draft.id}/stats`);
    expect(stats.status).toBe(200);
    expect(stats.body).toEqual({
      courseId: draft.id,
      version: 2,
      organisations: [
        {
          orgId: admin.orgId,
          orgName: 'La Strada Moldova',
          enrolled: 1,
          completed: 0,
          quizzes: [{ lessonId: 'check', attempts: 0, meanBestScore: null, passed: 0 }],
        },
        {
          orgId: other.orgId,
          orgName: 'Partner Romania',
          enrolled: 1,
          completed: 1,
          quizzes: [{ lessonId: 'check', attempts: 3, meanBestScore: 100, passed: 1 }],
        },
      ],
    });
    expect(JSON.stringify(stats.body)).not.toContain('Admin of');
    expect((await other.client.get<ErrorBody>(`/api/courses/${draft.id}/stats`)).status).toBe(403);

    // Archived: no new learners; those enrolled go on.
    const latest = (await trainer.client.get<CourseView>(`/api/courses/${draft.id}`)).body;
    const archived = await trainer.client.post<CourseView>(`/api/courses/${draft.id}/archive`, { version: latest.version });
    expect(archived.body.status).toBe('archived');
    expect((await admin.client.post<ErrorBody>(`/api/courses/${draft.id}/enrolments`, {})).body.error.code).toBe('conflict');
    expect((await other.client.get<CourseList>('/api/courses')).body.items.find((c) => c.id === draft.id)?.status).toBe('archived');
    expect((await trainer.client.post<CourseView>(`/api/courses/${draft.id}/publish`, { version: archived.body.version })).body.status).toBe('published');
  });
});

describe('courses of another organisation', () => {
  it('are read but not changed (403), and row-level security refuses a direct write', async () => {
    const course = await publish(trainer, await createCourse(trainer));
    const attempts = [
      await other.client.put<ErrorBody>(`/api/courses/${course.id}`, { content: testCourse(), version: course.version }),
      await other.client.post<ErrorBody>(`/api/courses/${course.id}/publish`, { version: course.version }),
      await other.client.post<ErrorBody>(`/api/courses/${course.id}/archive`, { version: course.version }),
      await other.client.request<ErrorBody>('POST', `/api/courses/${course.id}/images`, samplePng(), { 'content-type': 'image/png' }),
    ];
    expect(attempts.map((a) => [a.status, a.body.error.code])).toEqual(attempts.map(() => [403, 'forbidden']));
    await p.db.tenant({ orgId: other.orgId }, async (c) => {
      expect((await c.query('SELECT id FROM courses WHERE id = $1', [course.id])).rowCount).toBe(1);
      expect((await c.query("UPDATE courses SET status = 'archived' WHERE id = $1", [course.id])).rowCount).toBe(0);
      expect((await c.query('DELETE FROM course_versions WHERE course_id = $1', [course.id])).rowCount).toBe(0);
    });
    await expect(
      p.db.tenant({ orgId: other.orgId }, (c) =>
        c.query("INSERT INTO course_versions (course_id, org_id, number, content) VALUES ($1, $2, 99, '{}')", [course.id, admin.orgId]),
      ),
    ).rejects.toThrow(/row-level security/);
    // Learners' records are their organisation's: the course's owner reads none of another's.
    await enrolIn(other, course.id);
    await p.db.tenant({ orgId: admin.orgId }, async (c) => {
      expect((await c.query('SELECT 1 FROM enrolments WHERE course_id = $1 AND org_id = $2', [course.id, other.orgId])).rowCount).toBe(0);
      expect((await c.query('SELECT 1 FROM certificates WHERE org_id = $1', [other.orgId])).rowCount).toBe(0);
    });
    expect((await p.db.anonymous((c) => c.query('SELECT id FROM courses'))).rowCount).toBe(0);
  });
});

describe('bad input', () => {
  it('is refused with 400 naming the field, and nothing is written', async () => {
    const before = (await p.db.owner.query('SELECT count(*)::int AS n FROM courses')).rows[0]?.n;
    const noTitle = testCourse({ title: { el: 'Μόνο ελληνικά' } });
    const cases: [unknown, string][] = [
      [{ content: noTitle }, 'content.title.en'],
      [{ content: { ...testCourse(), defaultLanguage: 'ru' } }, 'content.defaultLanguage'],
      [{ content: { ...testCourse(), modules: [] } }, 'content.modules'],
      [{ content: testCourse(), extra: 1 }, 'extra'],
      [
        { content: { ...testCourse(), modules: [{ ...testCourse().modules[0], lessons: [{ id: 'Bad Id', title: { en: 'x' } }] }] } },
        'content.modules.0.lessons.0.id',
      ],
      [
        {
          content: testCourse({
            modules: [
              {
                id: 'm',
                title: { en: 'M' },
                lessons: [{ id: 'l', title: { en: 'L' }, body: {}, images: [{ fileId: '00000000-0000-4000-8000-000000000000', alt: {} }] }],
              },
            ],
          }),
        },
        'content.modules.0.lessons.0.images.0.fileId',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await trainer.client.post<ErrorBody>('/api/courses', body);
      expect([res.status, res.body.error.field], JSON.stringify(res.body)).toEqual([400, field]);
    }
    expect((await p.db.owner.query('SELECT count(*)::int AS n FROM courses')).rows[0]?.n).toBe(before);

    const course = await publish(trainer, await createCourse(trainer));
    const e = await enrolIn(other, course.id);
    const wrong: [string, unknown, string][] = [
      ['attempts', { lessonId: 'nope', answers: {} }, 'lessonId'],
      ['attempts', { lessonId: 'intro', answers: {} }, 'lessonId'],
      ['attempts', { lessonId: 'check', answers: { q9: ['a'] } }, 'answers.q9'],
      ['attempts', { lessonId: 'check', answers: { q2: ['a', 'z'] } }, 'answers.q2.1'],
      ['attempts', { lessonId: 'check', answers: { q1: ['a', 'b'] } }, 'answers.q1'],
      ['attempts', { lessonId: 'check', answers: { Q1: ['a'] } }, 'answers.Q1'],
      ['progress', { lessonId: 'nope' }, 'lessonId'],
    ];
    for (const [what, body, field] of wrong) {
      const res = await other.client.request<ErrorBody>(what === 'progress' ? 'PUT' : 'POST', `/api/enrolments/${e.id}/${what}`, body);
      expect([res.status, res.body.error.field], JSON.stringify(res.body)).toEqual([400, field]);
    }
    expect((await p.db.owner.query('SELECT 1 FROM quiz_attempts WHERE enrolment_id = $1', [e.id])).rowCount).toBe(0);
    const lang = await admin.client.post<ErrorBody>(`/api/courses/${course.id}/enrolments`, { language: 'kk' });
    expect([lang.status, lang.body.error.field]).toEqual([400, 'language']);
  });
});

describe('a guest learner', () => {
  it('is invited, signs in without a second factor, follows a course, and reads no case data', async () => {
    const course = await publish(trainer, await createCourse(trainer));
    const { client, me } = await inviteLearner(trainer, 'lawyer@example.org', 'Олена Коваленко');
    expect(me.enrolmentRequired).toBe(false);
    expect(me.user.roles).toEqual(['learner']);
    expect(await audited('learner.invite', me.user.id)).toBe(1);
    // Signs in again with the password alone.
    const again = new ApiClient(p.url);
    const signIn = await again.post('/api/auth/sign-in', { email: 'lawyer@example.org', password: PASSWORD });
    expect(signIn.status, JSON.stringify(signIn.body)).toBe(200);
    for (const path of ['/api/cases', '/api/persons', '/api/contacts', '/api/users', '/api/organisations']) {
      const res = await again.get<ErrorBody>(path);
      expect([path, res.status]).toEqual([path, 403]);
    }
    expect((await again.post('/api/courses', { content: testCourse() })).status).toBe(403);

    const e = await enrolIn(client, course.id);
    expect(e.language).toBe('en');
    await client.put(`/api/enrolments/${e.id}/progress`, { lessonId: 'intro' });
    const pass = await client.post<AttemptView>(`/api/enrolments/${e.id}/attempts`, { lessonId: 'check', answers: { q1: ['b'], q2: ['a', 'c'] } });
    expect(pass.body.enrolment.status).toBe('completed');
    const pdf = await fetch(`${p.url}/api/enrolments/${e.id}/certificate`, { headers: { cookie: client.cookie } });
    const text = pdfContent(Buffer.from(await pdf.arrayBuffer())).text;
    expect(text).toContain('Олена Коваленко');
    // Another learner's enrolment is not there for them.
    const stranger = await inviteLearner(trainer, 'officer@example.org', 'Officer');
    expect((await stranger.client.get(`/api/enrolments/${e.id}`)).status).toBe(404);
    expect((await stranger.client.put(`/api/enrolments/${e.id}/progress`, { lessonId: 'intro' })).status).toBe(404);
    expect((await stranger.client.get<{ items: unknown[] }>('/api/enrolments')).body.items).toEqual([]);
  });
});

describe('the starter course', () => {
  it('is added as a draft of the caller’s organisation, ready to publish', async () => {
    const res = await trainer.client.post<CourseView>('/api/courses/starter');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ orgId: admin.orgId, status: 'draft', editable: true, publishedVersion: null });
    expect(res.body.content.modules.flatMap((m) => m.lessons).some((l) => l.quiz)).toBe(true);
    expect(await audited('course.create-starter', res.body.id)).toBe(1);
    const published = await publish(trainer, res.body);
    const view = await other.client.get<LearnerCourse>(`/api/courses/${published.id}`);
    expect(view.status).toBe(200);
    expect(keysOf(view.body).has('correct')).toBe(false);
    // Every organisation's authors add it to their own; a guest learner may not.
    expect((await other.client.post('/api/courses/starter')).status).toBe(201);
    const { client } = await inviteLearner(trainer, 'starter-learner@example.org', 'Learner');
    expect((await client.post<ErrorBody>('/api/courses/starter')).status).toBe(403);
  });
});
