/** The hotline's contacts, follow-ups and settings through the API, as TanStack queries. */
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CreatePersonRequest } from '../../core/cases/person.js';
import {
  type ContactListItem,
  type ContactView,
  type CreateContactRequest,
  contactView,
  type FollowUpRequest,
  type HotlineSettings,
  hotlineSettings,
  type UpdateContactRequest,
} from '../../core/hotline/contact.js';
import { colleague } from '../../core/platform/schemas.js';
import { api, request } from '../api/client.js';
import { type ContactFilters, queryOf } from './filters.js';

/** Every contact query starts with `contacts`; one contact is `['contacts', 'one', id]`. */
export const contactsKey = ['contacts'] as const;
export const contactKey = (id: string) => ['contacts', 'one', id] as const;
const settingsKey = ['hotline-settings'] as const;

export interface ContactPage {
  items: ContactListItem[];
  next: number | null;
}

export const PAGE_SIZE = 50;

/** The log, newest first, one page at a time (`next` of a page is `before` of the following one). */
export function useContactLog(filters: ContactFilters) {
  return useInfiniteQuery({
    queryKey: [...contactsKey, 'list', filters],
    queryFn: ({ pageParam, signal }) => api.get<ContactPage>('/api/contacts', { query: { ...queryOf(filters), before: pageParam, limit: PAGE_SIZE }, signal }),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => last.next ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useContact(id: string) {
  return useQuery({ queryKey: contactKey(id), queryFn: ({ signal }) => api.get(`/api/contacts/${id}`, { schema: contactView, signal }) });
}

/** Saves a new contact; the key is the same on every attempt of one form, so a repeat creates nothing new. */
export function createContact(body: CreateContactRequest, idempotencyKey: string): Promise<ContactView> {
  return api.post<ContactView>('/api/contacts', body, { headers: { 'Idempotency-Key': idempotencyKey } });
}

/** After a change: the contact as the server answered, and the lists again. */
function useContactChange<B>(id: string, send: (body: B) => Promise<ContactView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (contact) => {
      queryClient.setQueryData(contactKey(id), contact);
      void queryClient.invalidateQueries({ queryKey: [...contactsKey, 'list'] });
    },
  });
}

export function useUpdateContact(id: string) {
  return useContactChange(id, (body: UpdateContactRequest) => api.patch<ContactView>(`/api/contacts/${id}`, body));
}

export function useAddFollowUp(id: string) {
  return useContactChange(id, (body: FollowUpRequest) => api.post<ContactView>(`/api/contacts/${id}/follow-ups`, body));
}

export function useCompleteFollowUp(id: string) {
  return useContactChange(id, (followUpId: string) => api.post<ContactView>(`/api/contacts/${id}/follow-ups/${followUpId}/done`));
}

export interface OpenedCase {
  contact: ContactView;
  personId: string;
  caseId: string;
  caseNumber: number;
}

export function useOpenCase(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (person: CreatePersonRequest) => api.post<OpenedCase>(`/api/contacts/${id}/open-case`, { person }),
    onSuccess: (answer) => {
      queryClient.setQueryData(contactKey(id), answer.contact);
      void queryClient.invalidateQueries({ queryKey: [...contactsKey, 'list'] });
      // A new person and a new case: their lists are out of date.
      void queryClient.invalidateQueries({ queryKey: ['persons'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

const NO_SETTINGS: HotlineSettings = { customReasons: [], hiddenReasons: [] };

/** The organisation's own reasons and the hidden defaults. */
export function useHotlineSettings() {
  return useQuery({
    queryKey: settingsKey,
    queryFn: ({ signal }) => api.get('/api/hotline/settings', { schema: hotlineSettings, signal }),
    staleTime: 5 * 60_000,
  });
}

/** The settings, or none while they load (the defaults are offered meanwhile). */
export function useSettingsOrDefaults(): HotlineSettings {
  return useHotlineSettings().data ?? NO_SETTINGS;
}

export function useSaveHotlineSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HotlineSettings) => request<HotlineSettings>('PUT', '/api/hotline/settings', { body, schema: hotlineSettings }),
    onSuccess: (saved) => queryClient.setQueryData(settingsKey, saved),
  });
}

const colleaguesAnswer = z.object({ items: z.array(colleague) });

/** The active users of the organisation: assignees of follow-ups, operators of contacts. */
export function useColleagues() {
  return useQuery({ queryKey: ['colleagues'], queryFn: () => api.get('/api/colleagues', { schema: colleaguesAnswer }), staleTime: 5 * 60_000 });
}
