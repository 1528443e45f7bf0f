import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttemptView, CourseView, LearnerCourse } from '../../core/learning/course.js';
import type { CourseList } from '../../core/learning/learner-view.js';
import { testCourse } from '../../core/learning/test-course.js';
import type { SignedInUser } from '../testing/client.js';
import type { TestPlatform } from '../testing/harness.js';
import { createCourse, type ErrorBody, enrolIn, learningWorld, publish } from './test-learning.js';

/** E-learning under a careless or hostile learner: odd ids, requests at once, archived courses. */

let p: TestPlatform;
let trainer: SignedInUser;
let other: SignedInUser;

beforeAll(async () => {
  ({ p, trainer, other } = await learningWorld());
});

afterAll(async () => {
  await p?.close();
});

const PASS = { lessonId: 'check', answers: { q1: ['b'], q2: ['a', 'c'] } };

describe('quiz attempts', () => {
  it('grade a question whose id is an Object property name (constructor) left unanswered as wrong, not 500', async () => {
    const content = testCourse();
    content.modules[0]!.lessons[1]!.quiz!.questions[0]!.id = 'constructor';
    const course = await publish(trainer, await createCourse(trainer, content));
    const e = await enrolIn(other, course.id);
    const res = await other.client.post<AttemptView>(`/api/enrolments/${e.id}/attempts`, { lessonId: 'check', answers: { q2: ['a', 'c'] } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.questions.map((q) => [q.id, q.correct])).toEqual([
      ['constructor', false],
      ['q2', true],
    ]);
    expect(res.body.score).toBe(50);
  });

  it('keep maxAttempts when several are sent at once, and complete the course with one certificate', async () => {
    const content = testCourse();
    content.modules[0]!.lessons[1]!.quiz!.maxAttempts = 2;
    const course = await publish(trainer, await createCourse(trainer, content));
    const e = await enrolIn(other, course.id);
    await other.client.put(`/api/enrolments/${e.id}/progress`, { lessonId: 'intro' });
    const all = await Promise.all(Array.from({ length: 6 }, () => other.client.post<AttemptView & ErrorBody>(`/api/enrolments/${e.id}/attempts`, PASS)));
    expect(all.map((r) => r.status).sort()).toEqual([201, 201, 409, 409, 409, 409]);
    const codes = new Set(all.filter((r) => r.status === 201).map((r) => r.body.enrolment.certificateCode));
    expect(codes.size).toBe(1);
    expect((await p.db.owner.query('SELECT 1 FROM quiz_attempts WHERE enrolment_id = $1', [e.id])).rowCount).toBe(2);
    expect((await p.db.owner.query('SELECT 1 FROM certificates WHERE enrolment_id = $1', [e.id])).rowCount).toBe(1);
  });
});

describe('an archived course', () => {
  it('stays in the catalogue of the learner who follows it, who finishes it and gets the certificate', async () => {
    const course = await publish(trainer, await createCourse(trainer));
    const e = await enrolIn(other, course.id);
    const current = await trainer.client.get<{ version: number }>(`/api/courses/${course.id}`);
    expect((await trainer.client.post(`/api/courses/${course.id}/archive`, { version: current.body.version })).status).toBe(200);
    const listed = (await other.client.get<CourseList>('/api/courses')).body.items.find((c) => c.id === course.id);
    expect(listed).toMatchObject({ status: 'archived', version: 1, enrolment: { id: e.id } });
    await other.client.put(`/api/enrolments/${e.id}/progress`, { lessonId: 'intro' });
    const done = await other.client.post<AttemptView>(`/api/enrolments/${e.id}/attempts`, PASS);
    expect(done.body.enrolment.status).toBe('completed');
    expect((await other.client.get(`/api/enrolments/${e.id}/certificate`)).status).toBe(200);
  });
});

describe('the starter course', () => {
  it('is published and passed to its certificate by a learner of another organisation, never seeing an answer', async () => {
    const added = await trainer.client.post<CourseView>('/api/courses/starter');
    expect(added.status).toBe(201);
    const course = await publish(trainer, added.body);
    const view = await other.client.get<LearnerCourse>(`/api/courses/${course.id}`);
    expect(JSON.stringify(view.body)).not.toMatch(/"correct"|feedback/i);
    const e = await enrolIn(other, course.id, { language: 'ru' });
    let last: AttemptView | undefined;
    for (const l of course.content.modules.flatMap((m) => m.lessons)) {
      if (!l.quiz) {
        expect((await other.client.put(`/api/enrolments/${e.id}/progress`, { lessonId: l.id })).status).toBe(200);
        continue;
      }
      const answers = Object.fromEntries(l.quiz.questions.map((q) => [q.id, q.options.filter((o) => o.correct).map((o) => o.id)]));
      const res = await other.client.post<AttemptView>(`/api/enrolments/${e.id}/attempts`, { lessonId: l.id, answers });
      expect(res.body, l.id).toMatchObject({ score: 100, passed: true });
      // Feedback in Russian, for every question.
      expect(res.body.questions.every((q) => q.feedback.length > 0 && /[а-я]/i.test(q.feedback.join(' ')))).toBe(true);
      last = res.body;
    }
    expect(last?.enrolment).toMatchObject({ status: 'completed' });
    expect(last?.enrolment.certificateCode).toMatch(/^HVN-/);
  });
});
