/** Courses, enrolments, attempts, certificates and stats through the API, as TanStack queries. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type AttemptRequest,
  type AttemptView,
  attemptView,
  type CourseView,
  certificateCheck,
  courseStats,
  courseView,
  type EnrolmentView,
  enrolmentView,
  type LearnerCourse,
  learnerCourse,
} from '../../core/learning/course.js';
import { courseList, forLearner } from '../../core/learning/learner-view.js';
import type { UiLanguage } from '../../core/platform/roles.js';
import { ApiRequestError, api, request } from '../api/client.js';
import { uploadRaw } from '../api/upload.js';

/** Every learning query starts with `learning`. */
export const learningKey = ['learning'] as const;
const courseKey = (id: string) => ['learning', 'course', id] as const;
const enrolmentsKey = ['learning', 'enrolments'] as const;

export const courseUrl = (id: string) => `/api/courses/${encodeURIComponent(id)}`;
export const imageUrl = (courseId: string, fileId: string) => `${courseUrl(courseId)}/images/${encodeURIComponent(fileId)}`;
export const certificateUrl = (enrolmentId: string) => `/api/enrolments/${encodeURIComponent(enrolmentId)}/certificate`;
/** The public page that confirms a certificate, as printed on it. */
export const verificationUrl = (code: string) => `${window.location.origin}/certificates/${encodeURIComponent(code)}`;

export function useCourses() {
  return useQuery({ queryKey: [...learningKey, 'list'], queryFn: ({ signal }) => api.get('/api/courses', { schema: courseList, signal }) });
}

/** A course as its authors see it (`courseView`) or as a learner does (`learnerCourse`): the server decides. */
export type CourseAnswer = { kind: 'author'; course: CourseView } | { kind: 'learner'; course: LearnerCourse };

const anyCourse = z.union([courseView, learnerCourse]);

async function fetchCourse(id: string, signal?: AbortSignal): Promise<CourseAnswer> {
  const body = await api.get<unknown>(courseUrl(id), { signal });
  if (body && typeof body === 'object' && 'content' in body) {
    const parsed = courseView.safeParse(body);
    if (!parsed.success) console.warn('Unexpected course', parsed.error.issues);
    return { kind: 'author', course: (parsed.success ? parsed.data : body) as CourseView };
  }
  const parsed = anyCourse.safeParse(body);
  if (!parsed.success) console.warn('Unexpected course', parsed.error.issues);
  return { kind: 'learner', course: body as LearnerCourse };
}

export function useCourse(id: string | undefined) {
  return useQuery({ queryKey: courseKey(id ?? ''), queryFn: ({ signal }) => fetchCourse(id ?? '', signal), enabled: Boolean(id) });
}

/** The learner's view of a course (no answers): of the version an enrolment follows, else of the latest published one. */
export function useLearnerCourse(id: string, version: number | undefined, enabled = true) {
  return useQuery({
    queryKey: [...courseKey(id), 'learner', version ?? 'latest'],
    queryFn: ({ signal }) => api.get(courseUrl(id), { query: { view: 'learner', version }, schema: learnerCourse, signal }),
    enabled,
  });
}

/** What the learner pages show of a course: the learner's view; an author sees their draft's texts as a learner would. */
export function learnerViewOf(answer: CourseAnswer): LearnerCourse {
  if (answer.kind === 'learner') return answer.course;
  const c = answer.course;
  return forLearner({ id: c.id, orgName: c.orgName }, c.publishedVersion ?? 0, c.content);
}

function useLearningChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: learningKey });
}

/** Saves the course (creates it without an id); the answer is kept as the course's data. */
export function useSaveCourse(id: string | undefined) {
  const queryClient = useQueryClient();
  const changed = useLearningChanged();
  return useMutation({
    mutationFn: (body: { content: unknown; version?: number }) =>
      id ? request<CourseView>('PUT', courseUrl(id), { body, schema: courseView }) : api.post<CourseView>('/api/courses', body, { schema: courseView }),
    onSuccess: (saved) => {
      changed();
      queryClient.setQueryData<CourseAnswer>(courseKey(saved.id), { kind: 'author', course: saved });
    },
  });
}

/** Publish or archive. */
export function useCourseAction(id: string, action: 'publish' | 'archive') {
  const queryClient = useQueryClient();
  const changed = useLearningChanged();
  return useMutation({
    mutationFn: (version: number) => api.post<CourseView>(`${courseUrl(id)}/${action}`, { version }, { schema: courseView }),
    onSuccess: (saved) => {
      changed();
      if (saved && typeof saved === 'object' && 'content' in saved) queryClient.setQueryData<CourseAnswer>(courseKey(id), { kind: 'author', course: saved });
    },
  });
}

export function useAddStarter() {
  const changed = useLearningChanged();
  return useMutation({ mutationFn: () => api.post<CourseView>('/api/courses/starter', {}, { schema: courseView }), onSuccess: changed });
}

const uploaded = z.object({ fileId: z.string() });

/** Uploads an image of the course; answers its file id. */
export function useUploadImage(courseId: string, onProgress: (fraction: number) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const answer = await uploadRaw(queryClient, { url: `${courseUrl(courseId)}/images`, file, mediaType: file.type }, onProgress);
      if (answer.status >= 200 && answer.status < 300) return uploaded.parse(answer.body).fileId;
      const error = (answer.body as { error?: { code?: string; message?: string; field?: string } } | null)?.error;
      throw new ApiRequestError(
        answer.status,
        (error?.code ?? 'bad_request') as ApiRequestError['code'],
        error?.message ?? `HTTP ${answer.status}`,
        error?.field,
      );
    },
  });
}

const enrolmentList = z.object({ items: z.array(enrolmentView) });

export function useEnrolments() {
  return useQuery({ queryKey: enrolmentsKey, queryFn: ({ signal }) => api.get('/api/enrolments', { schema: enrolmentList, signal }) });
}

export function useEnrol(courseId: string) {
  const changed = useLearningChanged();
  return useMutation({
    mutationFn: (language: UiLanguage) => api.post<EnrolmentView>(`${courseUrl(courseId)}/enrolments`, { language }, { schema: enrolmentView }),
    onSuccess: changed,
  });
}

/** Keeps the enrolment the server answers in the list of enrolments. */
function useKeepEnrolment() {
  const queryClient = useQueryClient();
  return (e: EnrolmentView) => {
    queryClient.setQueryData<{ items: EnrolmentView[] }>(enrolmentsKey, (old) =>
      old ? { items: old.items.some((x) => x.id === e.id) ? old.items.map((x) => (x.id === e.id ? e : x)) : [...old.items, e] } : { items: [e] },
    );
    void queryClient.invalidateQueries({ queryKey: [...learningKey, 'list'] });
  };
}

export function useProgress(enrolmentId: string) {
  const keep = useKeepEnrolment();
  return useMutation({
    mutationFn: (body: { lessonId: string; completed: boolean }) =>
      request<EnrolmentView>('PUT', `/api/enrolments/${encodeURIComponent(enrolmentId)}/progress`, { body, schema: enrolmentView }),
    onSuccess: keep,
  });
}

export function useAttempt(enrolmentId: string) {
  const keep = useKeepEnrolment();
  return useMutation({
    mutationFn: (body: AttemptRequest) => api.post<AttemptView>(`/api/enrolments/${encodeURIComponent(enrolmentId)}/attempts`, body, { schema: attemptView }),
    onSuccess: (a) => keep(a.enrolment),
  });
}

export function useCourseStats(id: string) {
  return useQuery({ queryKey: [...learningKey, 'stats', id], queryFn: ({ signal }) => api.get(`${courseUrl(id)}/stats`, { schema: courseStats, signal }) });
}

export function useCertificateCheck(code: string) {
  return useQuery({
    queryKey: ['certificate', code],
    queryFn: ({ signal }) => api.get(`/api/public/certificates/${encodeURIComponent(code)}`, { schema: certificateCheck, signal }),
    retry: false,
  });
}

const invitationAnswer = z.object({ inviteUrl: z.string().optional(), emailed: z.boolean().optional() }).passthrough();

export function useInviteLearner() {
  return useMutation({
    mutationFn: (body: { name: string; email: string; language?: UiLanguage }) => api.post('/api/learners/invitations', body, { schema: invitationAnswer }),
  });
}
