/** The coalition strategy through the API as TanStack queries. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type CommitmentRequest,
  type CommitmentUpdateRequest,
  type CommitmentView,
  commitmentView,
  type GoalRequest,
  type GoalView,
  goalView,
  type StrategyActivityRequest,
  type StrategyActivityView,
  strategyActivityView,
  strategyView,
  type UpdateGoalRequest,
  type UpdateStrategyActivityRequest,
} from '../../../core/capacity/strategy.js';
import { api, request } from '../../api/client.js';

export const strategyKey = ['strategy'] as const;

export function useStrategy() {
  return useQuery({ queryKey: strategyKey, queryFn: ({ signal }) => api.get('/api/strategy', { schema: strategyView, signal }) });
}

function useChanged() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: strategyKey });
}

export function useSaveGoal(id: string | undefined) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: GoalRequest | UpdateGoalRequest) =>
      id
        ? request<GoalView>('PUT', `/api/strategy/goals/${encodeURIComponent(id)}`, { body, schema: goalView })
        : api.post<GoalView>('/api/strategy/goals', body, { schema: goalView }),
    onSuccess: changed,
    onError: changed,
  });
}

export function useSaveActivity(goalId: string, id: string | undefined) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: StrategyActivityRequest | UpdateStrategyActivityRequest) =>
      id
        ? request<StrategyActivityView>('PUT', `/api/strategy/activities/${encodeURIComponent(id)}`, { body, schema: strategyActivityView })
        : api.post<StrategyActivityView>(`/api/strategy/goals/${encodeURIComponent(goalId)}/activities`, body, { schema: strategyActivityView }),
    onSuccess: changed,
    onError: changed,
  });
}

export function useCommit(activityId: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: CommitmentRequest) =>
      api.post<CommitmentView>(`/api/strategy/activities/${encodeURIComponent(activityId)}/commitments`, body, { schema: commitmentView }),
    onSuccess: changed,
  });
}

export function useReportProgress(id: string) {
  const changed = useChanged();
  return useMutation({
    mutationFn: (body: CommitmentUpdateRequest) =>
      request<CommitmentView>('PATCH', `/api/strategy/commitments/${encodeURIComponent(id)}`, { body, schema: commitmentView }),
    onSuccess: changed,
    onError: changed,
  });
}
