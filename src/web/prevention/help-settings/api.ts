/** The help settings through the API. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type HelpSettingsRequest, helpSettings } from '../../../core/prevention/help.js';
import { api, request } from '../../api/client.js';

export const helpSettingsKey = ['help-settings'] as const;

export function useHelpSettings() {
  return useQuery({ queryKey: helpSettingsKey, queryFn: ({ signal }) => api.get('/api/help/settings', { schema: helpSettings, signal }) });
}

export function useSaveHelpSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: HelpSettingsRequest) => request('PUT', '/api/help/settings', { body, schema: helpSettings }),
    onSuccess: (saved) => queryClient.setQueryData(helpSettingsKey, saved),
  });
}
