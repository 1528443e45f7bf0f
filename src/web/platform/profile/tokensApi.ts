import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiToken, createTokenResponse, ok } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';

const tokensKey = ['tokens'] as const;
const listAnswer = z.object({ tokens: z.array(apiToken) });

export function useTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: () => api.get('/api/me/tokens', { schema: listAnswer }) });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { name: string; password: string }) => api.post('/api/me/tokens', body, { schema: createTokenResponse }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/me/tokens/${id}`, { schema: ok }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
