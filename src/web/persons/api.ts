import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseStatus } from '../../core/cases/case.js';
import type { CreatePersonRequest, DuplicateCheckRequest, UpdatePersonRequest } from '../../core/cases/person.js';
import type { DuplicateCheck, PersonSearchResult, PersonView } from '../../core/cases/views.js';
import { api } from '../api/client.js';

/** Query keys: every person query starts with `persons`, so that one invalidation refreshes them all. */
export const personsKey = ['persons'] as const;
export const personKey = (id: string) => ['persons', 'one', id] as const;

export interface PersonSearch {
  q: string;
  birthDate: string;
  citizenship: string;
  status: CaseStatus | '';
  caseworkerId: string;
}

/** `GET /api/persons`: best match first; the previous results stay on screen while the next arrive. */
export function usePersonSearch(search: PersonSearch, limit = 50) {
  return useQuery({
    queryKey: [...personsKey, 'search', search, limit],
    queryFn: ({ signal }) => api.get<PersonSearchResult>('/api/persons', { query: { ...search, limit }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
}

/** A person (the read is audited by the server each time it is fetched). */
export function usePerson(id: string, enabled = true) {
  return useQuery({ queryKey: personKey(id), queryFn: () => api.get<PersonView>(`/api/persons/${id}`), enabled, staleTime: 30_000 });
}

export function useDuplicateCheck() {
  return useMutation({ mutationFn: (body: DuplicateCheckRequest) => api.post<DuplicateCheck>('/api/persons/duplicates', body) });
}

export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreatePersonRequest) => api.post<PersonView>('/api/persons', body),
    onSuccess: (person) => {
      queryClient.setQueryData(personKey(person.id), person);
      void queryClient.invalidateQueries({ queryKey: [...personsKey, 'search'] });
    },
  });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePersonRequest) => api.patch<PersonView>(`/api/persons/${id}`, body),
    onSuccess: (person) => {
      queryClient.setQueryData(personKey(id), person);
      void queryClient.invalidateQueries({ queryKey: [...personsKey, 'search'] });
    },
  });
}

export function useErasePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<{ erased: string }>(`/api/persons/${id}`),
    onSuccess: (_, id) => {
      queryClient.removeQueries({ queryKey: personKey(id) });
      void queryClient.invalidateQueries({ queryKey: personsKey });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}

/** Where the export of a person is downloaded from (`persons:export`). */
export function exportUrl(id: string, format: 'json' | 'pdf'): string {
  return `/api/persons/${encodeURIComponent(id)}/export?format=${format}`;
}
