import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { OrgType } from '../../../core/platform/roles.js';
import { createOrganisationResponse, organisation } from '../../../core/platform/schemas.js';
import { api } from '../../api/client.js';
import { meKey } from '../../api/me.js';

export const organisationsKey = ['organisations'] as const;
const listAnswer = z.object({ organisations: z.array(organisation) });

export function useOrganisations() {
  return useQuery({ queryKey: organisationsKey, queryFn: () => api.get('/api/organisations', { schema: listAnswer }) });
}

export interface OrganisationInput {
  name: string;
  country: string;
  type: OrgType;
  /** On creation only: the first administrator, invited with a link. */
  adminName?: string | undefined;
  adminEmail?: string | undefined;
}

/** Creates an organisation (no id) or changes one (with id). */
export function useSaveOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: OrganisationInput }) =>
      id ? api.patch(`/api/organisations/${id}`, body, { schema: organisation }) : api.post('/api/organisations', body, { schema: createOrganisationResponse }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organisationsKey });
      // The header shows the user's own organisation's name.
      void queryClient.invalidateQueries({ queryKey: meKey });
    },
  });
}
