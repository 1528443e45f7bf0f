import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { Role } from '../../../core/platform/roles.js';
import { inviteResponse, role, userSummary } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { meKey } from '../../api/me.js';
import type { UserSummary } from '../../api/types.js';

export const usersKey = ['users'] as const;
const usersAnswer = z.object({ users: z.array(userSummary), assignableRoles: z.array(role) });
export type UsersAnswer = z.infer<typeof usersAnswer>;

export function useUsers() {
  return useQuery({ queryKey: usersKey, queryFn: () => api.get('/api/users', { schema: usersAnswer }) });
}

function useReplaceUser() {
  const queryClient = useQueryClient();
  return (user: UserSummary) => {
    queryClient.setQueryData<UsersAnswer>(usersKey, (answer) =>
      answer ? { ...answer, users: answer.users.map((known) => (known.id === user.id ? user : known)) } : answer,
    );
    void queryClient.invalidateQueries({ queryKey: usersKey });
    // The signed-in user may have changed their own roles.
    void queryClient.invalidateQueries({ queryKey: meKey });
  };
}

export interface UserChange {
  id: string;
  roles?: Role[];
  disabled?: boolean;
  supervisorId?: string | null;
}

export function useUpdateUser() {
  const replace = useReplaceUser();
  return useMutation({
    mutationFn: ({ id, ...change }: UserChange) => api.patch(`/api/users/${id}`, change, { schema: userSummary }),
    onSuccess: replace,
  });
}

export function useUnlockUser() {
  const replace = useReplaceUser();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/users/${id}/unlock`, undefined, { schema: userSummary }),
    onSuccess: replace,
  });
}

/** A lost phone: end the user's sessions; their devices erase what Haven keeps when they next reach the server. */
export function useWipeDevices() {
  return useMutation({
    mutationFn: (id: string) => api.post<{ sessionsEnded: number }>(`/api/users/${id}/wipe-devices`),
  });
}

export function useReinviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post(`/api/users/${id}/invitation`, undefined, { schema: inviteResponse }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export interface InviteInput {
  email: string;
  name: string;
  roles: Role[];
}

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteInput) => api.post('/api/users/invitations', body, { schema: inviteResponse }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
