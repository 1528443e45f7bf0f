import { expect } from 'vitest';
import type { CourseContent, CourseView, EnrolmentView } from '../../core/learning/course.js';
import { testCourse } from '../../core/learning/test-course.js';
import type { Me } from '../../core/platform/schemas.js';
import { ApiClient, addOrganisation, addUser, PASSWORD, type SignedInUser, setUp } from '../testing/client.js';
import { startTestPlatform, type TestPlatform } from '../testing/harness.js';

/** What the e-learning integration tests share: a network of two organisations, shortcuts. */

export interface LearningWorld {
  p: TestPlatform;
  admin: SignedInUser;
  trainer: SignedInUser;
  /** The administrator of another organisation: a learner of the first one's courses. */
  other: SignedInUser;
}

export async function learningWorld(): Promise<LearningWorld> {
  const p = await startTestPlatform();
  const admin = await setUp(p.url, 'admin@example.org', 'La Strada Moldova');
  const trainer = await addUser(admin.client, 'trainer@example.org', ['trainer']);
  const other = await addOrganisation(admin.client, 'Partner Romania', 'ROU', 'admin@partner.example.org');
  return { p, admin, trainer, other };
}

export type ErrorBody = { error: { code: string; field?: string; message: string } };

export async function createCourse(who: SignedInUser, content: CourseContent = testCourse()): Promise<CourseView> {
  const res = await who.client.post<CourseView>('/api/courses', { content });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

export async function publish(who: SignedInUser, course: CourseView): Promise<CourseView> {
  const res = await who.client.post<CourseView>(`/api/courses/${course.id}/publish`, { version: course.version });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

export async function enrolIn(who: SignedInUser | ApiClient, courseId: string, body: Record<string, unknown> = {}): Promise<EnrolmentView> {
  const client = who instanceof ApiClient ? who : who.client;
  const res = await client.post<EnrolmentView>(`/api/courses/${courseId}/enrolments`, body);
  expect([200, 201], JSON.stringify(res.body)).toContain(res.status);
  return res.body;
}

/** A trainer invites a guest learner, who accepts (no second factor) and is signed in. */
export async function inviteLearner(trainer: SignedInUser, email: string, name: string): Promise<{ client: ApiClient; me: Me }> {
  const inv = await trainer.client.post<{ inviteUrl: string; user: { roles: string[] } }>('/api/learners/invitations', { email, name, language: 'uk' });
  expect(inv.status, JSON.stringify(inv.body)).toBe(201);
  expect(inv.body.user.roles).toEqual(['learner']);
  const client = new ApiClient(trainer.client.base);
  const token = inv.body.inviteUrl.split('/invite/')[1];
  const acc = await client.post<Me>(`/api/invitations/${token}/accept`, { password: PASSWORD });
  expect(acc.status, JSON.stringify(acc.body)).toBe(200);
  return { client, me: acc.body };
}
