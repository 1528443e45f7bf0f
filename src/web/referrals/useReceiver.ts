import type { DirectoryService } from '../../core/referrals/directory.js';
import { useOrganisations } from '../platform/organisations/api.js';

/** The receiving organisation on Haven: its name and country, from the network's organisations. */
export function useReceiver(service: DirectoryService) {
  const organisations = useOrganisations();
  const org = organisations.data?.organisations.find((o) => o.id === service.memberOrgId);
  return {
    id: service.memberOrgId ?? '',
    name: org?.name ?? service.organizationName,
    country: org?.country ?? service.countries[0] ?? '',
    pending: organisations.isPending,
  };
}
