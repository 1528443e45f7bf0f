import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { reflectionSettings } from '../../../core/cases/dates.js';
import { ENTRY_KINDS } from '../../../core/cases/entries.js';
import { entryListAnswer, entryView, myTasksAnswer, timelineAnswer } from '../../../core/cases/view-schemas.js';
import { documentView } from '../../../core/cases/documents.js';
import type { DocumentView, EntryView, MyTask, TimelineEvent } from '../../../core/cases/views.js';
import { colleague } from '../../../core/platform/schemas.js';
import { api, isApiError, request } from '../../api/client.js';
import { useMe } from '../../api/me.js';

/** TanStack Query hooks for the work on a case, "my tasks" and the case settings. */

const entriesAnswer = entryListAnswer;
export const documentAnswer = documentView;
const documentsAnswer = z.object({ items: z.array(documentView) });
export type MyTasksAnswer = { tasks: MyTask[]; reflectionEnding: { caseId: string; caseNumber: number; endsOn: string }[] };

/** Everything on one case: invalidating it refreshes every tab and the timeline. */
export const caseWorkKey = (caseId: string) => ['case-work', caseId] as const;
export const myTasksKey = ['my-tasks'] as const;

/** The paths of the sub-resources of a case (src/core/cases/entries.ts). */
export type EntryPath = 'consents' | 'assessments' | 'plan' | 'tasks' | 'services' | 'notes' | 'proceedings';

const KIND_OF_PATH: Readonly<Record<EntryPath, string>> = Object.fromEntries(ENTRY_KINDS.map((k) => [k.path, k.kind])) as Record<EntryPath, string>;
const allEntriesKey = (caseId: string) => [...caseWorkKey(caseId), 'entries'] as const;
const fetchAllEntries = async (caseId: string, signal?: AbortSignal): Promise<EntryView[]> =>
  (await api.get(`/api/cases/${caseId}/entries`, { schema: entriesAnswer, ...(signal ? { signal } : {}) })).items;

/** The entries of one kind. Every tab shares one request for all kinds (one audit entry per case page). */
export function useEntries(caseId: string, path: EntryPath) {
  const kind = KIND_OF_PATH[path];
  return useQuery({
    queryKey: allEntriesKey(caseId),
    queryFn: ({ signal }) => fetchAllEntries(caseId, signal),
    select: (items: EntryView[]) => items.filter((e) => e.kind === kind),
  });
}

/** Fetches the entries afresh (after a 409): the one with this id as it is now. */
export function useFreshEntry(caseId: string, _path: EntryPath) {
  const queryClient = useQueryClient();
  return async (id: string): Promise<EntryView | undefined> => {
    const items = await queryClient.fetchQuery({ queryKey: allEntriesKey(caseId), queryFn: () => fetchAllEntries(caseId), staleTime: 0 });
    return items.find((e) => e.id === id);
  };
}

/** After any change on a case: its tabs, its timeline and "my tasks" change with it. */
export function useCaseChanged(caseId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: caseWorkKey(caseId) });
    void queryClient.invalidateQueries({ queryKey: myTasksKey });
  };
}

export interface SaveEntry {
  /** The entry changed, or none to add one. */
  id?: string | undefined;
  version?: number | undefined;
  body: Record<string, unknown>;
}

export function useSaveEntry(caseId: string, path: EntryPath) {
  const changed = useCaseChanged(caseId);
  return useMutation({
    mutationFn: ({ id, version, body }: SaveEntry): Promise<EntryView> =>
      id
        ? request('PUT', `/api/cases/${caseId}/${path}/${id}`, { body: { ...body, version }, schema: entryView })
        : api.post(`/api/cases/${caseId}/${path}`, body, { schema: entryView }),
    onSuccess: changed,
  });
}

export function useWithdrawConsent(caseId: string) {
  const changed = useCaseChanged(caseId);
  return useMutation({
    mutationFn: ({ id, version, withdrawnOn }: { id: string; version: number; withdrawnOn: string }) =>
      api.post(`/api/cases/${caseId}/consents/${id}/withdraw`, { withdrawnOn, version }, { schema: entryView }),
    onSuccess: changed,
    // Someone else changed the consent: show the current one.
    onError: (error) => {
      if (isApiError(error, 'stale_version') || isApiError(error, 'conflict')) changed();
    },
  });
}

export function useDocuments(caseId: string) {
  return useQuery({
    queryKey: [...caseWorkKey(caseId), 'documents'],
    queryFn: async ({ signal }): Promise<DocumentView[]> => (await api.get(`/api/cases/${caseId}/documents`, { schema: documentsAnswer, signal })).items,
  });
}

export function useDeleteDocument(caseId: string) {
  const changed = useCaseChanged(caseId);
  return useMutation({
    mutationFn: (id: string) => api.delete<unknown>(`/api/cases/${caseId}/documents/${id}`),
    onSuccess: changed,
  });
}

export function useTimeline(caseId: string) {
  return useQuery({
    queryKey: [...caseWorkKey(caseId), 'timeline'],
    queryFn: async ({ signal }): Promise<TimelineEvent[]> => (await api.get(`/api/cases/${caseId}/timeline`, { schema: timelineAnswer, signal })).items,
  });
}

export function useMyTasks() {
  return useQuery({ queryKey: myTasksKey, queryFn: ({ signal }): Promise<MyTasksAnswer> => api.get('/api/my-tasks', { schema: myTasksAnswer, signal }) });
}

/** Ticks a task done (or not): the whole task again with the version read. */
export function useSetTaskDone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ entry, done }: { entry: EntryView; done: boolean }) =>
      request('PUT', `/api/cases/${entry.caseId}/tasks/${entry.id}`, { body: { ...taskBody(entry.data), done, version: entry.version }, schema: entryView }),
    // Pending until the lists are fresh, so that the box does not flip back in between.
    onSettled: (_data, _error, { entry }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: caseWorkKey(entry.caseId) }), queryClient.invalidateQueries({ queryKey: myTasksKey })]),
  });
}

function taskBody(data: Record<string, unknown>): Record<string, unknown> {
  const keys = ['kind', 'title', 'due', 'time', 'assigneeId'];
  return Object.fromEntries(keys.filter((k) => data[k] !== undefined && data[k] !== null).map((k) => [k, data[k]]));
}

const colleaguesAnswer = z.object({ items: z.array(colleague) });
const usersAnswer = z.object({ users: z.array(z.object({ id: z.string(), name: z.string() })) });

/**
 * The names of the users of the organisation, by id: to name assignees, authors and uploaders.
 * From `/api/colleagues` (any user); failing that, `/api/users` for those who may list users.
 */
export function useColleagueNames() {
  const me = useMe().data;
  const mayListUsers = me?.permissions.includes('users:list') ?? false;
  return useQuery({
    queryKey: ['colleague-names', mayListUsers],
    enabled: Boolean(me),
    staleTime: 5 * 60_000,
    queryFn: async ({ signal }): Promise<Map<string, string>> => {
      try {
        const { items } = await api.get('/api/colleagues', { schema: colleaguesAnswer, signal });
        return new Map(items.map((c) => [c.id, c.name]));
      } catch (error) {
        if (!mayListUsers || !isApiError(error, 'not_found')) throw error;
        const { users } = await api.get('/api/users', { schema: usersAnswer, signal });
        return new Map(users.map((u) => [u.id, u.name]));
      }
    },
  });
}

/** Settings of the Cases module (the server's `caseSettings` in src/server/cases/tasks-routes.ts, same rules). */
export const caseSettingsSchema = reflectionSettings.extend({
  retentionMonths: z.number().int().min(1).max(1200).nullable(),
});
export type CaseSettings = z.infer<typeof caseSettingsSchema>;
const caseSettingsKey = ['case-settings'] as const;

export function useCaseSettings() {
  return useQuery({ queryKey: caseSettingsKey, queryFn: ({ signal }) => api.get('/api/case-settings', { schema: caseSettingsSchema, signal }) });
}

export function useSaveCaseSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CaseSettings) => request('PUT', '/api/case-settings', { body, schema: caseSettingsSchema }),
    onSuccess: (saved) => {
      queryClient.setQueryData(caseSettingsKey, saved);
      void queryClient.invalidateQueries({ queryKey: retentionKey });
      void queryClient.invalidateQueries({ queryKey: myTasksKey });
    },
  });
}

const retentionItem = z.object({
  caseId: z.string(),
  caseNumber: z.number(),
  personId: z.string(),
  personName: z.string().nullable(),
  restricted: z.boolean(),
  closedAt: z.string(),
  purgeOn: z.string(),
  personGoes: z.boolean(),
});
const retentionReport = z.object({
  retentionMonths: z.number().nullable(),
  today: z.string(),
  upcomingDays: z.number(),
  due: z.array(retentionItem),
  upcoming: z.array(retentionItem),
});
export type RetentionItem = z.infer<typeof retentionItem>;
const purgeResult = z.object({ cases: z.number(), persons: z.number() });
const retentionKey = ['retention-report'] as const;

/** Closed cases due for purging now and soon (src/server/rights/retention.ts). */
export function useRetentionReport(enabled: boolean) {
  return useQuery({ queryKey: retentionKey, enabled, queryFn: ({ signal }) => api.get('/api/retention/report', { schema: retentionReport, signal }) });
}

export function usePurge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/api/retention/purge', undefined, { schema: purgeResult }),
    // Cases and persons are gone: every list may have changed.
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}
